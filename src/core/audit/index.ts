/** The audit: the store against upstream facts, as findings with fingerprints. Pure. */
import { compilePolicy, DEFAULT_POLICY } from '../policy.js'
import { plural } from '../text.js'
import { storeProviders, litellmCandidates, hfCandidates } from './candidates.js'
import { auditId } from './common.js'
import { applyExceptions } from './criteria.js'
import { driftFindings } from './drift.js'
import { lifecycleFindings, rollUpStale } from './lifecycle.js'
import { hubUnreachable, localHealthFindings } from './local-health.js'
import type { AuditCheck, AuditFinding, AuditInput, AuditOptions, AuditResult, NotChecked } from './types.js'

export * from './types.js'
export { reposToCheck } from './local-health.js'
export { fingerprint, fingerprintIn, markerFor, parseFingerprint } from './fingerprint.js'

export const AUDIT_DEFAULTS = { minDownloads: 1000, staleDays: 180, candidateLimit: 3, storePath: 'model-store' } as const

const SEVERITY = { error: 0, warning: 1, notice: 2 } as const

export function audit({ store, facts }: AuditInput, options: AuditOptions): AuditResult {
  const o = { ...AUDIT_DEFAULTS, ...options }
  const policy = options.policy ?? DEFAULT_POLICY
  let findings: AuditFinding[] = []
  const checked: AuditCheck[] = ['lifecycle']
  const unchecked: string[] = []
  const sources: string[] = []
  const notChecked: NotChecked[] = []
  const unreachable: string[] = []
  findings.push(...lifecycleFindings(store, o.today, o.staleDays))
  if (facts.litellm) {
    sources.push(facts.litellm.origin)
    checked.push('drift', 'candidates-litellm')
    findings.push(...driftFindings(store, facts.litellm.list, facts.litellm.origin))
    const c = litellmCandidates(store, facts.litellm.list, {
      providers: options.trackedProviders ?? storeProviders(store),
      today: o.today,
      perProvider: o.candidateLimit,
      file: `${o.storePath}/cloud`,
      preview: compilePolicy(policy).preview,
      baseline: facts.baseline?.list,
    })
    if (c) findings.push(c)
  }
  if (facts.hf) {
    const locals = store.entries.filter((e) => e.kind === 'local').map(auditId).filter((x): x is string => x !== undefined)
    const down = hubUnreachable(facts.hf, facts.trending !== undefined, facts.hfEndpoint)
    if (down) {
      // Nothing is concluded from a Hub that did not answer: no finding, no issue opened or closed.
      unreachable.push(down)
      unchecked.push(...locals)
      notChecked.push({ check: 'local-health', why: `${plural(locals.length, 'local model')} not checked: ${down}` })
    } else {
      checked.push('local-health')
      const r = localHealthFindings(store, facts.hf, o.minDownloads)
      findings.push(...r.findings)
      unchecked.push(...r.unchecked)
      if (r.unchecked.length) notChecked.push({ check: 'local-health', why: `not checked: ${r.unchecked.join(', ')} (their repositories did not answer)` })
    }
  }
  if (facts.trending) {
    checked.push('candidates-hf')
    const c = hfCandidates(store, facts.trending, o.candidateLimit * 5, `${o.storePath}/local`)
    if (c) findings.push(c)
  } else if (facts.trendingProblem) notChecked.push({ check: 'candidates-hf', why: `trending GGUF repositories not checked: ${facts.trendingProblem}` })
  const { kept, excepted } = applyExceptions(findings, policy)
  findings = rollUpStale(kept, o.storePath, o.staleDays)
  findings.sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || SEVERITY[a.severity] - SEVERITY[b.severity] || cmp(a.fingerprint, b.fingerprint))
  const models = store.entries.map(auditId).filter((x): x is string => x !== undefined)
  const unparsed = [...new Set(store.syntax.map((f) => f.file))].sort(cmp)
  return { findings, checked, unchecked, models, sources, notChecked, unreachable, excepted, ...(unparsed.length && { unparsed }) }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The exit code README promises: 2 when an upstream could not be read, 1 on error findings, else 0. */
export function auditExitCode(r: AuditResult): number {
  if (r.unreachable.length) return 2
  return r.findings.some((f) => f.severity === 'error') ? 1 : 0
}

export function auditSummaryLine(r: AuditResult): string {
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length
  return `${plural(r.findings.length, 'audit finding')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('notice'), 'notice')}) over ${plural(r.models.length, 'model')}`
}
