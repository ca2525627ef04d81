import { findingAt, type Rule, inFocus } from '../rule.js'
import { str } from '../store.js'
import type { Finding } from '../types.js'

export const RULE = 'stale-verification'

const DAY = 86_400_000

export const staleVerificationRule: Rule = {
  id: RULE,
  description: "last_verified is within the policy's staleness window (a notice in checks, a warning in the audit).",
  check({ store, focus, policy, today, audit }) {
    const days = policy.policy.thresholds.stale_after_days
    const now = Date.parse(today)
    const out: Finding[] = []
    if (Number.isNaN(now)) return out
    for (const e of inFocus(store, focus)) {
      const v = str(e.data.last_verified)
      const t = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(v) : NaN
      if (Number.isNaN(t)) continue
      const age = Math.floor((now - t) / DAY)
      if (age > days)
        out.push(findingAt(e, RULE, audit ? 'warning' : 'notice', ['last_verified'], `last verified ${age} days ago (${v}); the policy wants every ${days} days`, 'Re-check the facts against their sources (leger-curate validate --online helps) and set last_verified to today.', 'value'))
      else if (age < -1)
        out.push(findingAt(e, RULE, 'warning', ['last_verified'], `last_verified ${v} is in the future`, 'Set last_verified to the day the facts were checked.', 'value'))
    }
    return out
  },
}
