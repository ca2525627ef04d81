/** Lifecycle: deprecated models past their sunset, replacements that are deprecated, stale verification. */
import { str, type Store } from '../store.js'
import { plural } from '../text.js'
import { auditFinding, auditId, daysBetween, isDate, type At } from './common.js'
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
      out.push(auditFinding(at, 'audit/past-sunset', 'warning', ['sunset_date'], sunset, `${id} is deprecated and its sunset_date ${sunset} passed ${plural(days, 'day')} ago`, `Remove ${id} from blueprints${str(entry.data.replacement) ? ` in favour of ${str(entry.data.replacement)}` : ''}, then from the store.`))
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
