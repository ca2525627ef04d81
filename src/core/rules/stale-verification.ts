import type { FileRule } from '../rule.js'
import { str } from '../store.js'

export const RULE = 'stale-verification'

const DAY = 86_400_000

export const staleVerificationRule: FileRule = {
  id: RULE,
  scope: 'file',
  tier: 'quality',
  severity: 'notice',
  description: "last_verified is within the policy's staleness window.",
  check(e, { policy, today }, report) {
    const days = policy.policy.thresholds.stale_after_days
    const now = Date.parse(today)
    const v = str(e.data.last_verified)
    const t = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(v) : NaN
    if (Number.isNaN(now) || Number.isNaN(t)) return
    const age = Math.floor((now - t) / DAY)
    if (age > days)
      report(['last_verified'], `last verified ${age} days ago (${v}); the policy wants every ${days} days`, { hint: 'Re-check the facts against their sources (leger-curate validate --online helps) and set last_verified to today.', at: 'value' })
    else if (age < -1) report(['last_verified'], `last_verified ${v} is in the future`, { hint: 'Set last_verified to the day the facts were checked.', at: 'value', severity: 'warning' })
  },
}
