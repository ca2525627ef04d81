import { quantizations } from '../../hf.js'
import type { FileRule } from '../../rule.js'
import { hfInfo } from './hf-entries.js'

export const RULE = 'local/quantizations'

export const hfQuantizationsRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'online',
  severity: 'error',
  description: "The repository offers at least the policy's number of distinct quantizations (2 by default), so users can pick another.",
  check(e, ctx, report) {
    const min = ctx.policy.policy.thresholds.min_quantizations
    const h = hfInfo(e, ctx)
    if (!h || !Array.isArray(h.info.siblings)) return
    const qs = quantizations(h.info)
    if (qs.length < min)
      report(['model_uri'], `repository "${h.uri.repoId}" offers ${qs.length === 0 ? 'no recognisable quantization' : `only ${qs.join(', ')}`}; the store wants ${min} or more`, { hint: 'Pick a repository that publishes several quantizations of the model.', at: 'value' })
  },
}
