/**
 * The GitHub issue sync, decided: given this run's findings and the existing `model-audit`
 * issues (found by the fingerprint hidden in their bodies), what to open, update, reopen,
 * close or leave. Pure: the renderer (report layer) writes the text, the I/O layer acts.
 */
import { fingerprintIn, parseFingerprint } from './fingerprint.js'
import { RULE_CHECK, type AuditFinding, type AuditResult } from './types.js'

export const AUDIT_LABEL = 'model-audit'
/** Both kinds of candidates share one rolling issue. */
export const CANDIDATES_FINGERPRINT = 'audit/candidates|*|rolling'

export interface ExistingIssue {
  number: number
  state: 'open' | 'closed'
  /** GitHub's state_reason: "completed", "not_planned", "reopened", or null. */
  stateReason?: string | null
  title: string
  body: string
}

export interface IssueDraft {
  title: string
  body: string
}

export type CloseReason =
  | { kind: 'removed'; model: string }
  | { kind: 'superseded'; by: AuditFinding[] }
  | { kind: 'resolved' }
  | { kind: 'duplicate'; of: number }

export interface IssueRenderer {
  /** The issue for one finding; the body must carry markerFor(finding.fingerprint). */
  issue(finding: AuditFinding): IssueDraft
  /** The rolling candidates issue; the body must carry markerFor(CANDIDATES_FINGERPRINT). */
  candidates(findings: AuditFinding[], result: AuditResult): IssueDraft
  /** The comment a close leaves: what changed. */
  closeComment(issue: ExistingIssue, reason: CloseReason): string
  /** The comment a reopen leaves. */
  reopenComment(issue: ExistingIssue, findings: AuditFinding[]): string
}

export type PlannedAction =
  | { kind: 'open'; fingerprint: string; draft: IssueDraft; findings: AuditFinding[] }
  | { kind: 'update'; fingerprint: string; issue: ExistingIssue; draft: IssueDraft; findings: AuditFinding[] }
  | { kind: 'reopen'; fingerprint: string; issue: ExistingIssue; draft: IssueDraft; comment: string; findings: AuditFinding[] }
  | { kind: 'close'; fingerprint: string; issue: ExistingIssue; comment: string; reason: CloseReason }
  | { kind: 'unchanged'; fingerprint: string; issue: ExistingIssue; findings: AuditFinding[] }
  /** An issue left alone: its check did not run, or a curator closed it as not planned. */
  | { kind: 'kept'; fingerprint: string; issue: ExistingIssue; why: string; findings: AuditFinding[] }

export type ActionKind = PlannedAction['kind']

/** Bodies compare as GitHub returns them: line endings and trailing space may differ. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd()
  return norm(a) === norm(b)
}

const ORDER: Record<ActionKind, number> = { close: 0, reopen: 1, update: 2, open: 3, unchanged: 4, kept: 5 }

export function planIssues(result: AuditResult, existing: ExistingIssue[], render: IssueRenderer): PlannedAction[] {
  // An upstream that could not be read leaves every issue as it is: nothing is opened, updated or closed.
  if (result.unreachable.length) {
    const why = `not synced: ${result.unreachable.join('; ')}`
    return existing
      .filter((i) => i.state === 'open' && fingerprintIn(i.body))
      .map((issue): PlannedAction => ({ kind: 'kept', fingerprint: fingerprintIn(issue.body)!, issue, why, findings: [] }))
      .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
  }
  // What this run wants, by fingerprint.
  const wanted = new Map<string, AuditFinding[]>()
  for (const f of result.findings) {
    if (!f.sync) continue
    const fp = f.check.startsWith('candidates') ? CANDIDATES_FINGERPRINT : f.fingerprint
    wanted.set(fp, [...(wanted.get(fp) ?? []), f])
  }
  const draftFor = (fp: string, fs: AuditFinding[]): IssueDraft => (fp === CANDIDATES_FINGERPRINT ? render.candidates(fs, result) : render.issue(fs[0]))

  // What exists, by fingerprint: issues without a well-formed marker are people's, not ours.
  const byFp = new Map<string, ExistingIssue[]>()
  for (const issue of existing) {
    const fp = fingerprintIn(issue.body)
    if (fp) byFp.set(fp, [...(byFp.get(fp) ?? []), issue])
  }

  const actions: PlannedAction[] = []
  const checked = new Set<string>(result.checked)
  const unchecked = new Set(result.unchecked)
  const models = new Set(result.models)
  const unparsed = result.unparsed ?? []

  for (const [fp, findings] of wanted) {
    const issues = byFp.get(fp) ?? []
    const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)
    const draft = draftFor(fp, findings)
    if (open.length) {
      const [keep, ...dupes] = open
      actions.push(sameText(keep.title, draft.title) && sameText(keep.body, draft.body) ? { kind: 'unchanged', fingerprint: fp, issue: keep, findings } : { kind: 'update', fingerprint: fp, issue: keep, draft, findings })
      for (const d of dupes) actions.push({ kind: 'close', fingerprint: fp, issue: d, reason: { kind: 'duplicate', of: keep.number }, comment: render.closeComment(d, { kind: 'duplicate', of: keep.number }) })
      continue
    }
    const last = [...issues].sort((a, b) => b.number - a.number)[0]
    if (!last) actions.push({ kind: 'open', fingerprint: fp, draft, findings })
    else if (last.stateReason === 'not_planned') actions.push({ kind: 'kept', fingerprint: fp, issue: last, why: `#${last.number} was closed as not planned; the audit respects that`, findings })
    else actions.push({ kind: 'reopen', fingerprint: fp, issue: last, draft, comment: render.reopenComment(last, findings), findings })
  }

  for (const [fp, issues] of byFp) {
    if (wanted.has(fp)) continue
    const { rule, model } = parseFingerprint(fp)
    const families = fp === CANDIDATES_FINGERPRINT ? ['candidates-litellm', 'candidates-hf'] : Object.hasOwn(RULE_CHECK, rule) ? [RULE_CHECK[rule]] : []
    for (const issue of issues.filter((i) => i.state === 'open')) {
      if (!families.some((c) => checked.has(c))) {
        actions.push({ kind: 'kept', fingerprint: fp, issue, why: families.length ? `not checked this run (${families.join(', ')})` : `unknown audit rule "${rule}"`, findings: [] })
        continue
      }
      // A model whose file failed to parse was not checked: not resolved, not removed.
      const broken = model ? unparsedFor(model, models, unparsed) : undefined
      if (broken) {
        actions.push({ kind: 'kept', fingerprint: fp, issue, why: `${model} could not be checked this run: ${broken} failed to parse`, findings: [] })
        continue
      }
      if (model && unchecked.has(model)) {
        actions.push({ kind: 'kept', fingerprint: fp, issue, why: `${model} could not be checked this run`, findings: [] })
        continue
      }
      let reason: CloseReason
      if (model && !models.has(model)) reason = { kind: 'removed', model }
      else {
        // A rolled-up finding of the same rule (staleness) supersedes the per-model issues it replaces.
        const by = model ? result.findings.filter((f) => f.sync && f.rule === rule && (f.model === model || (f.model === undefined && f.items?.some((i) => i.name === model)))) : []
        reason = by.length ? { kind: 'superseded', by } : { kind: 'resolved' }
      }
      actions.push({ kind: 'close', fingerprint: fp, issue, reason, comment: render.closeComment(issue, reason) })
    }
  }

  return actions.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
}

/**
 * The unreadable file that may hold `model`: its own `<model>.json`, or, when no model of the
 * run has that id, any unreadable file (its id cannot be known, so "removed" cannot be concluded).
 */
function unparsedFor(model: string, models: ReadonlySet<string>, unparsed: readonly string[]): string | undefined {
  const own = unparsed.find((f) => f.slice(f.lastIndexOf('/') + 1) === `${model}.json`)
  if (own) return own
  if (!models.has(model) && unparsed.length) return unparsed.length === 1 ? unparsed[0] : `${unparsed[0]} (and ${unparsed.length - 1} more model files)`
  return undefined
}
