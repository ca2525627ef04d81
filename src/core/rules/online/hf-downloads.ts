import type { FileRule } from '../../rule.js'
import { hfInfo } from './hf-entries.js'

export const RULE = 'local/downloads'

export const hfDownloadsRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'online',
  severity: 'error',
  description: "The repository has at least the policy's downloads (1,000 in the last 30 days by default): community validated.",
  check(e, ctx, report) {
    const min = ctx.policy.policy.thresholds.min_downloads
    const h = hfInfo(e, ctx)
    if (h && typeof h.info.downloads === 'number' && h.info.downloads < min)
      report(['model_uri'], `repository "${h.uri.repoId}" has ${h.info.downloads} downloads in the last 30 days; the store wants ${min}`, { hint: "Prefer the model maker's own GGUF repository or a widely used one (ggml-org, unsloth, bartowski).", at: 'value' })
  },
}
