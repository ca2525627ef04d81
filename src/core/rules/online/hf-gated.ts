import type { FileRule } from '../../rule.js'
import { hfInfo } from './hf-entries.js'

export const RULE = 'local/gated'

export const hfGatedRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'online',
  severity: 'notice',
  description: 'A gated repository (users must accept terms and use a token) is reported.',
  check(e, ctx, report) {
    const h = hfInfo(e, ctx)
    if (h?.info.gated)
      report(['model_uri'], `repository "${h.uri.repoId}" is gated (${h.info.gated}): users must accept its terms and download with a token`, { hint: 'Say so in notes, or prefer an ungated mirror of the same weights.', at: 'value' })
  },
}
