import { findingAt, type Rule, inFocus } from '../../rule.js'
import { str } from '../../store.js'
import { closest } from '../../text.js'
import type { Finding } from '../../types.js'

export const RULE = 'cloud/established-provider'

export const establishedProviderRule: Rule = {
  id: RULE,
  description: "A cloud model's provider is one the policy names, and requires_api_key is that provider's key variable.",
  check({ store, focus, policy }) {
    const out: Finding[] = []
    const providers = policy.policy.providers
    const known = Object.keys(providers)
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'cloud') continue
      const provider = str(e.data.provider)
      if (!provider) continue
      if (!Object.hasOwn(providers, provider)) {
        const guess = closest(provider, known)
        out.push(findingAt(e, RULE, 'error', ['provider'], `provider "${provider}" is not an established provider of this store`, guess ? `Did you mean "${guess}"? Known: ${known.join(', ')}.` : `Known: ${known.join(', ')}. A new provider is added to "providers" in curation.config.json, by a curator.`, 'value'))
        continue
      }
      const want = providers[provider].api_key_env
      const key = str(e.data.requires_api_key)
      if (key !== undefined && key !== want)
        out.push(findingAt(e, RULE, 'warning', ['requires_api_key'], `requires_api_key "${key}" is not ${provider}'s key variable "${want}"`, `LiteLLM reads ${provider}'s key from ${want}: use it, or change the provider's entry in curation.config.json.`, 'value'))
    }
    return out
  },
}
