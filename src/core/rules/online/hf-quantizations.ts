import { quantizations } from '../../hf.js'
import { findingAt, type Rule } from '../../rule.js'
import type { Finding } from '../../types.js'
import { hfInfos } from './hf-entries.js'

export const RULE = 'local/quantizations'

export const hfQuantizationsRule: Rule = {
  id: RULE,
  tier: 'online',
  description: "The repository offers at least the policy's number of distinct quantizations (2 by default), so users can pick another.",
  check(ctx) {
    const min = ctx.policy.policy.thresholds.min_quantizations
    const out: Finding[] = []
    for (const { entry, uri, info } of hfInfos(ctx)) {
      if (!Array.isArray(info.siblings)) continue
      const qs = quantizations(info)
      if (qs.length < min)
        out.push(findingAt(entry, RULE, 'error', ['model_uri'], `repository "${uri.repoId}" offers ${qs.length === 0 ? 'no recognisable quantization' : `only ${qs.join(', ')}`}; the store wants ${min} or more`, 'Pick a repository that publishes several quantizations of the model.', 'value'))
    }
    return out
  },
}
