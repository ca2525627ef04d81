import { findingAt, type Rule, inFocus } from '../../rule.js'
import { num } from '../../store.js'
import type { Finding } from '../../types.js'

export const RULE = 'local/ram-range'

export const ramRangeRule: Rule = {
  id: RULE,
  description: 'ram_required_gb is inside the policy range (1-128 GB by default) and can hold the weights (size_bytes).',
  check({ store, focus, policy }) {
    const { ram_min_gb: min, ram_max_gb: max } = policy.policy.thresholds
    const out: Finding[] = []
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'local') continue
      const ram = num(e.data.ram_required_gb)
      if (ram === undefined) continue
      if (ram < min || ram > max) {
        out.push(findingAt(e, RULE, 'error', ['ram_required_gb'], `ram_required_gb ${ram} is outside the store's range of ${min}-${max} GB`, `The store serves models that fit in ${min}-${max} GB of RAM (thresholds in curation.config.json).`, 'value'))
        continue
      }
      const size = num(e.data.size_bytes)
      if (size !== undefined && size / 1e9 > ram)
        out.push(findingAt(e, RULE, 'error', ['ram_required_gb'], `ram_required_gb ${ram} cannot hold the ${(size / 1e9).toFixed(2)} GB of weights (size_bytes ${size})`, 'RAM needed is the file size plus the KV cache at ctx_size plus overhead: leger-curate add computes it.', 'value'))
    }
    return out
  },
}
