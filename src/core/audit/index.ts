/** The audit: the store against upstream facts, as findings with fingerprints. Pure. */
import { plural } from '../text.js'
import { storeProviders, litellmCandidates, hfCandidates } from './candidates.js'
import { auditId } from './common.js'
import { driftFindings } from './drift.js'
import { lifecycleFindings } from './lifecycle.js'
import { localHealthFindings } from './local-health.js'
import type { AuditCheck, AuditFinding, AuditInput, AuditOptions, AuditResult } from './types.js'

export * from './types.js'
export { reposToCheck } from './local-health.js'
export { fingerprint, fingerprintIn, markerFor, parseFingerprint } from './fingerprint.js'

export const AUDIT_DEFAULTS = { minDownloads: 1000, staleDays: 180, candidateLimit: 15, storePath: 'model-store' } as const

const SEVERITY = { error: 0, warning: 1, notice: 2 } as const

export function audit({ store, facts }: AuditInput, options: AuditOptions): AuditResult {
  const o = { ...AUDIT_DEFAULTS, ...options }
  const findings: AuditFinding[] = []
  const checked: AuditCheck[] = ['lifecycle']
  const unchecked: string[] = []
  const sources: string[] = []
  findings.push(...lifecycleFindings(store, o.today, o.staleDays))
  if (facts.litellm) {
    sources.push(facts.litellm.origin)
    checked.push('drift', 'candidates-litellm')
    findings.push(...driftFindings(store, facts.litellm.list, facts.litellm.origin))
    const providers = options.trackedProviders ?? storeProviders(store)
    const c = litellmCandidates(store, facts.litellm.list, providers, o.today, o.candidateLimit, `${o.storePath}/cloud`)
    if (c) findings.push(c)
  }
  if (facts.hf) {
    checked.push('local-health')
    const r = localHealthFindings(store, facts.hf, o.minDownloads)
    findings.push(...r.findings)
    unchecked.push(...r.unchecked)
  }
  if (facts.trending) {
    checked.push('candidates-hf')
    const c = hfCandidates(store, facts.trending, o.candidateLimit, `${o.storePath}/local`)
    if (c) findings.push(c)
  }
  findings.sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || SEVERITY[a.severity] - SEVERITY[b.severity] || cmp(a.fingerprint, b.fingerprint))
  const models = store.entries.map(auditId).filter((x): x is string => x !== undefined)
  return { findings, checked, unchecked, models, sources }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function auditSummaryLine(r: AuditResult): string {
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length
  return `${plural(r.findings.length, 'audit finding')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('notice'), 'notice')}) over ${plural(r.models.length, 'model')}`
}
