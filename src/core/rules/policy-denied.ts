import { parseModelUri } from '../model-uri.js'
import type { FileRule } from '../rule.js'
import { idOf, str } from '../store.js'

export const RULE = 'policy/denied'

export const policyDeniedRule: FileRule = {
  id: RULE,
  scope: 'file',
  tier: 'quality',
  severity: 'error',
  description: "No model the policy's deny list names (a provider, a HuggingFace organisation or an id pattern), and with an allow list, only models on it. Deny wins.",
  check(e, { policy }, report) {
    const id = idOf(e)
    if (!id) return
    let provider = str(e.data.provider)
    let field = 'provider'
    if (e.kind === 'local') {
      const u = str(e.data.model_uri)
      const parsed = u ? parseModelUri(u) : undefined
      provider = parsed?.ok ? parsed.uri.org : undefined
      field = 'model_uri'
    }
    const why = policy.refusal(id, provider)
    if (why)
      report(why.startsWith('provider') ? [field] : ['id'], `the curation policy refuses this model: ${why}`, { hint: 'The allow and deny lists are in curation.config.json; a curator changes them.', at: 'value' })
  },
}
