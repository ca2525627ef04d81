import { findingAt, type Rule } from '../../rule.js'
import type { Finding } from '../../types.js'
import { hfInfos } from './hf-entries.js'

export const RULE = 'local/gated'

export const hfGatedRule: Rule = {
  id: RULE,
  tier: 'online',
  description: 'A gated repository (users must accept terms and use a token) is reported.',
  check(ctx) {
    const out: Finding[] = []
    for (const { entry, uri, info } of hfInfos(ctx))
      if (info.gated)
        out.push(findingAt(entry, RULE, 'notice', ['model_uri'], `repository "${uri.repoId}" is gated (${info.gated}): users must accept its terms and download with a token`, 'Say so in notes, or prefer an ungated mirror of the same weights.', 'value'))
    return out
  },
}
