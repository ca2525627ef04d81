/** The audit's reports: terminal text, JSON, Markdown, and the text of its GitHub issues. */
import { auditSummaryLine, fingerprintIn, markerFor, parseFingerprint, type AuditFinding, type AuditResult } from '../core/audit/index.js'
import { CANDIDATES_FINGERPRINT, type CloseReason, type ExistingIssue, type IssueDraft, type IssueRenderer } from '../core/audit/issue-plan.js'
import { clean, formatLocation, painter } from './text.js'
import { mdCode, mdTable, mdText, oneLine } from '../core/markdown.js'

const TONE = { error: 'red', warning: 'yellow', notice: 'blue' } as const

/** What did not run, and the findings the policy's exceptions silenced, one line each. */
function notCheckedLines(r: AuditResult): string[] {
  return r.notChecked.map((x) => `${x.check}: ${x.why}`)
}

/** The findings the policy's exceptions silenced, as one line (or none). */
function exceptedLine(r: AuditResult): string | undefined {
  return r.excepted.length ? `silenced by the policy's exceptions: ${r.excepted.map((x) => `${x.rule} for ${x.model} (${x.criterion})`).join(', ')}` : undefined
}

/** One line saying what the audit read, and what it did not. */
export function sourcesLine(r: AuditResult, offline: boolean): string {
  const parts = [`Audited against ${r.sources.join(' and ') || 'the store alone'}`]
  if (offline) parts.push('offline: used the shipped LiteLLM snapshot; HuggingFace not checked (pass --online to fetch both)')
  return parts.join('; ')
}

export function formatAuditText(r: AuditResult, offline: boolean, color: boolean): string {
  const paint = painter(color)
  const lines = [paint('dim', clean(sourcesLine(r, offline))), '']
  for (const f of r.findings) {
    lines.push(`${paint('bold', clean(formatLocation(f)))} ${paint(TONE[f.severity], f.severity)} ${paint('dim', f.rule)} ${clean(f.message)}`)
    for (const c of [...(f.candidates ?? []), ...(f.items ?? [])]) lines.push(`  - ${clean(c.name)} ${paint('dim', `(${clean(c.detail)})`)}`)
    if (f.hint) lines.push(`  ${paint('dim', 'hint:')} ${clean(f.hint)}`)
  }
  if (r.findings.length) lines.push('')
  for (const u of r.unreachable) lines.push(`${paint('red', 'upstream unreachable:')} ${clean(u)}; nothing was concluded from it`)
  for (const x of notCheckedLines(r)) lines.push(`${paint('dim', 'not checked:')} ${clean(x)}`)
  const excepted = exceptedLine(r)
  if (excepted) lines.push(paint('dim', clean(excepted)))
  if (r.unreachable.length || r.notChecked.length || excepted) lines.push('')
  lines.push(r.findings.length ? auditSummaryLine(r) : paint('green', `✔ no audit findings over ${r.models.length} models`))
  return lines.join('\n') + '\n'
}

export function formatAuditJson(r: AuditResult, offline: boolean): string {
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length
  const out = {
    offline,
    sources: r.sources,
    checked: r.checked,
    unchecked: r.unchecked,
    not_checked: r.notChecked,
    unreachable: r.unreachable,
    excepted: r.excepted,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line ?? null,
      column: f.column ?? null,
      model: f.model ?? null,
      fingerprint: f.fingerprint,
      message: f.message,
      hint: f.hint ?? null,
      ...(f.candidates ? { candidates: f.candidates } : {}),
      ...(f.items ? { items: f.items } : {}),
    })),
    summary: { models: r.models.length, findings: r.findings.length, errors: count('error'), warnings: count('warning'), notices: count('notice') },
  }
  return JSON.stringify(out, null, 2) + '\n'
}

export function formatAuditMarkdown(r: AuditResult, offline: boolean): string {
  const out = ['## Model audit', '', mdText(sourcesLine(r, offline)), '']
  const issues = r.findings.filter((f) => !f.candidates)
  if (issues.length) {
    out.push(mdTable(['Severity', 'Model', 'Rule', 'Finding', 'Where'], issues.map((f) => [f.severity, f.model ? mdCode(f.model) : '', mdCode(f.rule), mdText(f.message), mdCode(formatLocation(f))])), '')
  }
  for (const f of issues.filter((x) => x.items)) out.push(itemsSection(f), '')
  for (const f of r.findings.filter((x) => x.candidates)) out.push(candidatesSection(f), '')
  out.push(...notCheckedMarkdown(r))
  out.push(mdText(r.findings.length ? auditSummaryLine(r) : `No audit findings over ${r.models.length} models`))
  return out.join('\n') + '\n'
}

function candidatesSection(f: AuditFinding): string {
  if (f.rule === 'audit/candidates-hf')
    return ['### Trending GGUF repositories on HuggingFace not in the store', '', mdText(f.hint ?? ''), '', mdTable(['Candidate', 'Why here'], (f.candidates ?? []).map((c) => [mdCode(c.name), mdText(c.detail)]))].join('\n')
  return [
    '### New LiteLLM chat models of tracked providers (newest of each provider first)',
    '',
    mdText(f.message),
    '',
    mdText(f.hint ?? ''),
    '',
    mdTable(['Provider', 'Candidate', 'Input window and prices'], (f.candidates ?? []).map((c) => [mdText(c.provider ?? ''), mdCode(c.name), mdText(c.detail)])),
  ].join('\n')
}

/** A rolled-up finding's models, one row each. */
function itemsSection(f: AuditFinding): string {
  return [`### ${mdText(f.message)}`, '', mdTable(['Model', 'Finding'], (f.items ?? []).map((i) => [mdCode(i.name), mdText(i.detail)]))].join('\n')
}

/** What the run did not check, as Markdown: upstreams unreachable first. */
function notCheckedMarkdown(r: AuditResult): string[] {
  const out: string[] = []
  if (r.unreachable.length) out.push('> [!CAUTION]', ...r.unreachable.map((u) => `> Upstream unreachable: ${mdText(u)}. Nothing was concluded from it, and no issue is opened or closed.`), '')
  const lines = notCheckedLines(r)
  if (lines.length) out.push('### Not checked', '', ...lines.map((x) => `- ${mdText(x)}`), '')
  const excepted = exceptedLine(r)
  if (excepted) out.push(`_${mdText(excepted)}._`, '')
  return out
}

// ---- GitHub issues ----

export interface IssueTextOptions {
  /** https://github.com/owner/repo, to link findings to their line on the default branch. */
  repoUrl?: string
}

const FOOTER = '<sub>Kept up to date by the monthly model audit (leger-curate): it rewrites this description while the finding holds (comment rather than edit it) and closes the issue, with a comment, when the finding no longer holds.</sub>'

/** What no longer holding means, rule by rule, for the close comment. */
const RESOLVED: Record<string, string> = {
  'audit/unlisted': "LiteLLM's list has the model again (or litellm_model_name was updated)",
  'audit/context-window': "the store's input limit and LiteLLM's max_input_tokens agree now",
  'audit/max-input': "the store's max_input and LiteLLM's max_input_tokens agree now",
  'audit/max-output': "the store's max_output and LiteLLM's agree now",
  'audit/price': "the store's price and LiteLLM's agree now",
  'audit/litellm-deprecation': 'the model is deprecated in the store now (or LiteLLM dropped the date)',
  'audit/hf-gone': 'the repository answers again (or model_uri points elsewhere)',
  'audit/hf-disabled': 'the repository is no longer disabled (or model_uri points elsewhere)',
  'audit/hf-gated': 'the repository is no longer gated (or model_uri points elsewhere)',
  'audit/hf-file-missing': 'every file model_uri needs is in the repository now',
  'audit/hf-quantizations': 'the repository offers several quantizations again (or model_uri points elsewhere)',
  'audit/hf-downloads': "the repository's downloads are back above the policy's threshold",
  'audit/hf-file-replaced': "the file's recorded sha256 and the Hub's agree now",
  'audit/hf-revision-gone': 'the pinned revision exists (or the file pins another)',
  'audit/past-sunset': 'a passed sunset is now reported in the audit summary only (the store keeps deprecated models, so no change to it could close this)',
  'audit/replacement-deprecated': 'the replacement is no longer a deprecated model',
  'audit/stale': "no model's last_verified is older than the policy allows now",
}

export function issueTitle(f: AuditFinding): string {
  const t = oneLine(`[model audit] ${f.model ? `${f.model}: ` : ''}${f.message}`)
  return t.length > 200 ? `${t.slice(0, 199)}…` : t
}

export function issueRenderer(options: IssueTextOptions = {}): IssueRenderer {
  const where = (f: AuditFinding) => {
    const loc = mdCode(formatLocation(f))
    // Only a path the store layout produces goes into a link.
    if (!options.repoUrl || !/^[A-Za-z0-9._/-]+$/.test(f.file) || f.file.includes('..')) return loc
    return `[${loc}](${options.repoUrl}/blob/HEAD/${f.file}${f.line ? `#L${f.line}` : ''})`
  }
  return {
    issue(f): IssueDraft {
      const body = [
        `**${mdText(f.message)}**`,
        '',
        mdTable(['', ''], [
          ['Model', f.model ? mdCode(f.model) : ''],
          ['Where', where(f)],
          ['Rule', `${mdCode(f.rule)} (${f.severity})`],
          ['Fingerprint', mdCode(f.fingerprint)],
        ]),
        '',
        ...(f.items ? [mdTable(['Model', 'Finding'], f.items.map((i) => [mdCode(i.name), mdText(i.detail)])), ''] : []),
        f.hint ? `**What to do:** ${mdText(f.hint)}` : '',
        '',
        FOOTER,
        '',
        markerFor(f.fingerprint),
      ]
      return { title: issueTitle(f), body: body.join('\n') }
    },
    candidates(fs, result): IssueDraft {
      const parts = ['Suggestions from the monthly model audit: models upstream lists that the store does not have. Nothing here is an error; add the ones worth curating with `leger-curate add`.', '']
      for (const f of fs) parts.push(candidatesSection(f), '')
      const missing = (['candidates-litellm', 'candidates-hf'] as const).filter((c) => !result.checked.includes(c))
      if (missing.length) parts.push(`_Not checked in this run: ${missing.join(', ')}._`, '')
      parts.push(FOOTER, '', markerFor(CANDIDATES_FINGERPRINT))
      return { title: '[model audit] Candidates for the store', body: parts.join('\n') }
    },
    closeComment(_issue: ExistingIssue, reason: CloseReason): string {
      if (reason.kind === 'duplicate') return `Closing as a duplicate of #${reason.of}, which tracks the same finding.`
      if (reason.kind === 'removed') return `The monthly audit no longer finds this: ${mdCode(reason.model)} is no longer in the store. Closing.`
      if (reason.kind === 'superseded')
        return [`The monthly audit no longer finds this as stated: the upstream fact changed again.`, '', ...reason.by.map((f) => `- ${mdText(f.message)}`), '', 'That is tracked in its own issue. Closing this one.'].join('\n')
      return resolvedComment(fingerprintIn(_issue.body) ?? '')
    },
    reopenComment(_issue: ExistingIssue, fs: AuditFinding[]): string {
      return [`The monthly audit finds this again, so it is reopened rather than filed twice:`, '', ...fs.map((f) => `- ${mdText(f.message)}`)].join('\n')
    },
  }
}

/** The resolved close comment, specific to the rule (kept apart so the renderer stays small). */
export function resolvedComment(fingerprint: string): string {
  if (fingerprint === CANDIDATES_FINGERPRINT) return 'The monthly audit finds no candidates this time: the store has every model the upstream lists suggested. Closing.'
  const { rule } = parseFingerprint(fingerprint)
  const what = Object.hasOwn(RESOLVED, rule) ? RESOLVED[rule] : undefined
  return what ? `The monthly audit no longer finds this: ${what}. Closing.` : 'The monthly audit no longer finds this. Closing.'
}

// ---- The Action's job summary ----

/** The minimal view of an outcome the summary needs (the I/O layer's Outcome fits). */
export interface SummaryOutcome {
  action: { kind: string; fingerprint: string; findings?: AuditFinding[]; why?: string; reason?: CloseReason; issue?: { title: string } }
  status: 'done' | 'planned' | 'failed' | 'skipped'
  number?: number
  error?: string
}

const VERB: Record<string, [done: string, planned: string]> = {
  open: ['opened', 'would open'],
  update: ['updated', 'would update'],
  reopen: ['reopened', 'would reopen'],
  close: ['closed', 'would close'],
  unchanged: ['unchanged', 'unchanged'],
  kept: ['left as is', 'left as is'],
}

function what(o: SummaryOutcome): string {
  const ref = o.number ? ` #${o.number}` : ''
  const [done, planned] = VERB[o.action.kind] ?? [o.action.kind, o.action.kind]
  if (o.status === 'failed') return `**failed** to ${o.action.kind}${ref}: ${mdText(o.error ?? '')}`
  if (o.status === 'skipped') return `not attempted (${o.action.kind}${ref}) after an earlier failure`
  const verb = o.status === 'planned' ? planned : done
  return `${verb}${ref}${o.action.why ? ` (${mdText(o.action.why)})` : ''}`
}

export function formatAuditSummary(r: AuditResult, outcomes: SummaryOutcome[], options: { offline: boolean; dryRun: boolean; failure?: string; notes?: string[] }): string {
  const out = [`## Model audit${options.dryRun ? ' (dry run: nothing written)' : ''}`, '', mdText(sourcesLine(r, options.offline)), '']
  for (const n of options.notes ?? []) out.push(`- ${mdText(n)}`)
  if (options.notes?.length) out.push('')
  if (options.failure) out.push(`> [!CAUTION]`, `> The issue sync stopped: ${mdText(options.failure)}`, '')
  out.push(...notCheckedMarkdown(r))
  const byFinding = new Map<AuditFinding, SummaryOutcome>()
  for (const o of outcomes) for (const f of o.action.findings ?? []) byFinding.set(f, o)
  const rows = r.findings.map((f) => {
    const o = byFinding.get(f)
    const done = !f.sync ? (f.rule === 'audit/past-sunset' ? 'reported only: no issue' : 'reported only: nothing concluded') : o ? what(o) : 'not synced'
    return [f.severity, f.model ? mdCode(f.model) : '', mdCode(f.rule), mdText(f.message), done]
  })
  out.push(`### Findings (${r.findings.length})`, '')
  out.push(rows.length ? mdTable(['Severity', 'Model', 'Rule', 'Finding', 'Issue'], rows) : 'No findings.', '')
  const gone = outcomes.filter((o) => o.action.kind === 'close' || (o.action.kind === 'kept' && !(o.action.findings ?? []).length))
  if (gone.length) {
    out.push(`### Existing issues with no finding this run (${gone.length})`, '')
    out.push(mdTable(['Issue', 'Fingerprint', 'Done'], gone.map((o) => [o.number ? `#${o.number}` : '', mdCode(o.action.fingerprint), what(o)])), '')
  }
  const count = (k: string) => outcomes.filter((o) => o.action.kind === k && o.status !== 'skipped' && o.status !== 'failed').length
  out.push(`${options.dryRun ? 'Planned' : 'Done'}: ${count('open')} opened, ${count('update')} updated, ${count('reopen')} reopened, ${count('close')} closed, ${count('unchanged')} unchanged.`)
  return out.join('\n') + '\n'
}
