/**
 * The check's report as GitHub-flavoured Markdown: the job summary and the PR comment.
 * Every string that can come from a model file (messages quote values, file names come from
 * a PR) passes md(): it must not break the table, inject HTML, ping people or link anywhere.
 */
import { plural } from '../core/text.js'
import type { Finding, Kind, Summary } from '../core/types.js'

/** The hidden marker that finds our PR comment again on the next run. */
export const COMMENT_MARKER = '<!-- leger-curate:check -->'

/** GitHub refuses comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 60_000
/** A step's summary over 1 MiB is not shown at all: stay well under it (in UTF-8 bytes). */
export const SUMMARY_LIMIT = 900_000

/** Escapes text for a Markdown table cell. */
export function md(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
}

export interface ChangedModel {
  id: string
  kind: Kind
  file: string
  change: 'added' | 'modified' | 'renamed' | 'deleted'
}

export interface CheckReport {
  findings: Finding[]
  summary: Summary
  /** Findings in files the change did not touch (reported because they are errors). */
  elsewhere: number
  changed: ChangedModel[]
  /** Why every file was checked, when it was. */
  scopeNote?: string
  failOn: 'error' | 'warning'
  /** A link to the workflow run, when known. */
  runUrl?: string
  /** The commit checked, when known. */
  sha?: string
  /** `https://github.com/OWNER/REPO/blob/SHA`: locations link to the file and line when set. */
  blobUrl?: string
}

export function failed(r: Pick<CheckReport, 'summary' | 'failOn'>): boolean {
  return r.summary.errors > 0 || (r.failOn === 'warning' && r.summary.warnings > 0)
}

export function headline(r: CheckReport): string {
  const s = r.summary
  if (!s.errors && !s.warnings && !s.notices) return `✅ ${plural(s.files, 'model file')} checked, no problems`
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')]
  if (s.notices) parts.push(plural(s.notices, 'notice'))
  return `${failed(r) ? '❌' : '⚠️'} ${parts.join(', ')} in ${plural(s.files, 'model file')} checked`
}

function location(f: Finding, blobUrl?: string): string {
  const text = md(`${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`)
  if (!blobUrl) return text
  // Every segment percent-encoded, parentheses too: a file name cannot end the link or start another.
  const href = `${blobUrl}/${f.file.split('/').map((s) => encodeURIComponent(s).replace(/[()'*!~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')}${f.line ? `#L${f.line}` : ''}`
  return `[${text}](${href})`
}

const ICON = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' } as const

function findingRows(findings: Finding[], blobUrl?: string): string[] {
  return findings.map((f) => `| ${location(f, blobUrl)} | ${ICON[f.severity]} | ${md(f.rule)} | ${md(f.message)} | ${f.hint ? md(f.hint) : ''} |`)
}

const FINDINGS_HEAD = ['| Where | Severity | Rule | Message | Hint |', '| --- | --- | --- | --- | --- |']

function changedSection(changed: ChangedModel[]): string[] {
  if (!changed.length) return []
  return [
    '',
    '### Changed models',
    '',
    '| Model | Kind | Change | File |',
    '| --- | --- | --- | --- |',
    ...changed.map((c) => `| ${md(c.id)} | ${c.kind} | ${c.change} | ${md(c.file)} |`),
  ]
}

function intro(r: CheckReport): string[] {
  const lines = [`**${headline(r)}**`]
  if (r.scopeNote) lines.push('', md(r.scopeNote))
  if (r.elsewhere) lines.push('', `${plural(r.elsewhere, 'error')} ${r.elsewhere === 1 ? 'is' : 'are'} in model files this change did not touch (cross-file rules, such as a replacement that no longer exists).`)
  return lines
}

/** The job summary: counts, every finding (as many as fit its size limit), the changed models. */
export function formatSummary(r: CheckReport): string {
  const head = ['## leger-curate check', '', ...intro(r)]
  return fit(head, r, 'run `npx leger-curate validate` to see them all', changedSection(r.changed), SUMMARY_LIMIT, '### Findings')
}

/** The PR comment: the same report, as many rows as fit GitHub's size limit. */
export function formatComment(r: CheckReport): string {
  const head = [COMMENT_MARKER, '## leger-curate check', '', ...intro(r)]
  return fit(head, r, 'see the job summary', [...changedSection(r.changed), '', footer(r)], COMMENT_LIMIT)
}

/** head, the findings table with as many rows as fit in `limit` UTF-8 bytes, then tail. */
function fit(head: string[], r: CheckReport, more: string, tail: string[], limit: number, title?: string): string {
  const rows = findingRows(r.findings, r.blobUrl)
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8') + 1
  let size = [...head, ...FINDINGS_HEAD, ...tail].reduce((n, l) => n + bytes(l), 300)
  let shown = 0
  while (shown < rows.length && size + bytes(rows[shown]) <= limit) size += bytes(rows[shown++])
  const out = [...head]
  if (rows.length) {
    out.push('', ...(title ? [title, ''] : []), ...FINDINGS_HEAD, ...rows.slice(0, shown))
    if (shown < rows.length) out.push('', `…and ${rows.length - shown} more: ${more}.`)
  }
  return [...out, ...tail].join('\n') + '\n'
}

/** The comment once everything passes: kept (edited), so the history of the thread still makes sense. */
export function formatResolvedComment(r: CheckReport): string {
  return [COMMENT_MARKER, '## leger-curate check', '', `**✅ Resolved: every model check passes${r.sha ? ` as of ${r.sha.slice(0, 7)}` : ''}.**`, '', footer(r)].join('\n') + '\n'
}

function footer(r: CheckReport): string {
  const run = r.runUrl ? ` · [workflow run](${r.runUrl})` : ''
  return `<sub>leger-curate check${r.sha ? ` · ${r.sha.slice(0, 7)}` : ''}${run}</sub>`
}
