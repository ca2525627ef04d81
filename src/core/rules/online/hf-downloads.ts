import { findingAt, type Rule } from '../../rule.js'
import type { Finding } from '../../types.js'
import { hfInfos } from './hf-entries.js'

export const RULE = 'local/downloads'

export const hfDownloadsRule: Rule = {
  id: RULE,
  tier: 'online',
  description: "The repository has at least the policy's downloads (1,000 in the last 30 days by default): community validated.",
  check(ctx) {
    const min = ctx.policy.policy.thresholds.min_downloads
    const out: Finding[] = []
    for (const { entry, uri, info } of hfInfos(ctx))
      if (typeof info.downloads === 'number' && info.downloads < min)
        out.push(findingAt(entry, RULE, 'error', ['model_uri'], `repository "${uri.repoId}" has ${info.downloads} downloads in the last 30 days; the store wants ${min}`, 'Prefer the model maker\'s own GGUF repository or a widely used one (ggml-org, unsloth, bartowski).', 'value'))
    return out
  },
}
