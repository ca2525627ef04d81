import { parseModelUri } from '../model-uri.js'
import { findingAt, type Rule, inFocus } from '../rule.js'
import { idOf, str } from '../store.js'
import type { Finding } from '../types.js'

export const RULE = 'policy/denied'

export const policyDeniedRule: Rule = {
  id: RULE,
  description: "No model the policy's deny list names (a provider, a HuggingFace organisation or an id pattern), and with an allow list, only models on it. Deny wins.",
  check({ store, focus, policy }) {
    const out: Finding[] = []
    const p = policy.policy
    if (!p.deny.providers.length && !p.deny.ids.length && !p.allow.providers.length && !p.allow.ids.length) return out
    for (const e of inFocus(store, focus)) {
      const id = idOf(e)
      if (!id) continue
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
        out.push(findingAt(e, RULE, 'error', why.startsWith('provider') ? [field] : ['id'], `the curation policy refuses this model: ${why}`, 'The allow and deny lists are in curation.config.json; a curator changes them.', 'value'))
    }
    return out
  },
}
