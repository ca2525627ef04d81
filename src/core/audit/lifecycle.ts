/** Lifecycle: deprecated models past their sunset, replacements that are deprecated, stale verification. */
import { str, type Store } from '../store.js'
import { plural } from '../text.js'
import { auditFinding, auditId, daysBetween, isDate, type At } from './common.js'
import { fingerprint } from './fingerprint.js'
import type { AuditFinding } from './types.js'

export function lifecycleFindings(store: Store, today: string, staleDays: number): AuditFinding[] {
  const out: AuditFinding[] = []
  for (const entry of store.entries) {
    const id = auditId(entry)
    if (!id) continue
    const at: At = { entry, id, check: 'lifecycle' }
    const deprecated = entry.data.deprecated === true
    const sunset = entry.data.sunset_date
    if (deprecated && isDate(sunset) && sunset < today) {
      const days = daysBetween(sunset, today)
      // The store keeps deprecated models (it is rolling), so nothing in it can resolve this: a
      // notice in the report, never an issue that could only be closed by hand.
      out.push(auditFinding(at, 'audit/past-sunset', 'notice', ['sunset_date'], sunset, `${id} is deprecated and its sunset_date ${sunset} passed ${plural(days, 'day')} ago`, `Blueprints that name ${id} still render, with a warning; point them at ${str(entry.data.replacement) ?? 'its replacement'}.`, false))
    }
    const replacement = str(entry.data.replacement)
    if (replacement) {
      const target = store.find(replacement)
      if (target && target !== entry && target.data.deprecated === true) {
        const next = str(target.data.replacement)
        out.push(auditFinding(at, 'audit/replacement-deprecated', 'warning', ['replacement'], replacement, `the replacement of ${id}, ${replacement}, is itself deprecated`, next ? `Point replacement at "${next}" (the replacement's own replacement).` : 'Point replacement at a model that is not deprecated.'))
      }
    }
    const verified = entry.data.last_verified
    if (isDate(verified) && verified <= today) {
      const age = daysBetween(verified, today)
      if (age > staleDays)
        out.push(auditFinding(at, 'audit/stale', 'notice', ['last_verified'], verified, `last_verified ${verified} is ${plural(age, 'day')} old; the policy allows ${staleDays}`, 'Check every fact against the sources, fix what changed, and set last_verified to today.'))
    }
  }
  return out
}

export const STALE_FINGERPRINT = fingerprint('audit/stale', undefined, 'rolling')

/**
 * Staleness is one issue: the models whose last_verified is too old (after the policy's
 * exceptions) become one rolling finding listing each with its age, oldest first. The
 * fingerprint is fixed, so the issue is updated in place and closed when none is stale.
 */
export function rollUpStale(findings: AuditFinding[], storePath: string, staleDays: number): AuditFinding[] {
  const stale = findings.filter((f) => f.rule === 'audit/stale' && f.model)
  if (!stale.length) return findings
  const items = stale
    .map((f) => ({ f, verified: f.fingerprint.split('|').pop() ?? '' }))
    .sort((a, b) => (a.verified < b.verified ? -1 : a.verified > b.verified ? 1 : a.f.model! < b.f.model! ? -1 : 1))
    .map(({ f }) => ({ name: f.model!, detail: f.message }))
  const rolled: AuditFinding = {
    rule: 'audit/stale',
    severity: 'notice',
    file: storePath,
    check: 'lifecycle',
    fingerprint: STALE_FINGERPRINT,
    sync: true,
    items,
    message: `${plural(items.length, 'model')} last verified more than ${plural(staleDays, 'day')} ago: ${items.map((i) => i.name).join(', ')}`,
    hint: 'Check each model\'s facts against its sources (the audit\'s drift findings show what changed upstream), fix what changed, and set last_verified to the day you checked.',
  }
  return [...findings.filter((f) => !stale.includes(f)), rolled]
}
