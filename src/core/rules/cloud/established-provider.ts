import type { FileRule } from '../../rule.js'
import { str } from '../../store.js'
import { closest } from '../../text.js'

export const RULE = 'cloud/established-provider'

export const establishedProviderRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'cloud',
  tier: 'quality',
  severity: 'error',
  description: "A cloud model's provider is one the policy names, and requires_api_key is that provider's key variable.",
  check(e, { policy }, report) {
    const providers = policy.policy.providers
    const provider = str(e.data.provider)
    if (!provider) return
    if (!Object.hasOwn(providers, provider)) {
      const known = Object.keys(providers)
      const guess = closest(provider, known)
      return report(['provider'], `provider "${provider}" is not an established provider of this store`, {
        hint: guess ? `Did you mean "${guess}"? Known: ${known.join(', ')}.` : `Known: ${known.join(', ')}. A new provider is added to "providers" in curation.config.json, by a curator.`,
        at: 'value',
      })
    }
    const want = providers[provider].api_key_env
    const key = str(e.data.requires_api_key)
    if (key !== undefined && key !== want)
      report(['requires_api_key'], `requires_api_key "${key}" is not ${provider}'s key variable "${want}"`, {
        hint: `LiteLLM reads ${provider}'s key from ${want}: use it, or change the provider's entry in curation.config.json.`,
        at: 'value',
        severity: 'warning',
      })
  },
}
