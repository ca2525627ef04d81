import type { FileRule } from '../../rule.js'
import { num } from '../../store.js'

export const RULE = 'local/ram-range'

export const ramRangeRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'quality',
  severity: 'error',
  description: 'ram_required_gb is inside the policy range (1-128 GB by default) and can hold the weights (size_bytes).',
  check(e, { policy }, report) {
    const { ram_min_gb: min, ram_max_gb: max } = policy.policy.thresholds
    const ram = num(e.data.ram_required_gb)
    if (ram === undefined) return
    if (ram < min || ram > max)
      return report(['ram_required_gb'], `ram_required_gb ${ram} is outside the store's range of ${min}-${max} GB`, { hint: `The store serves models that fit in ${min}-${max} GB of RAM (thresholds in curation.config.json).`, at: 'value' })
    const size = num(e.data.size_bytes)
    if (size !== undefined && size / 1e9 > ram)
      report(['ram_required_gb'], `ram_required_gb ${ram} cannot hold the ${(size / 1e9).toFixed(2)} GB of weights (size_bytes ${size})`, {
        hint: 'RAM needed is the file size plus the KV cache at ctx_size plus overhead: leger-curate add computes it.',
        at: 'value',
      })
  },
}
