import { lookupLiteLLM, providerModels } from '../../litellm.js'
import type { FileRule } from '../../rule.js'
import { str } from '../../store.js'
import { closestAll, quote } from '../../text.js'

export const RULE = 'cloud/litellm-listed'

/** Did-you-mean costs a scan of the provider's names: only the first misses of a list get one, so a huge store stays fast. */
const MAX_SUGGESTIONS = 10

export const litellmListedRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'cloud',
  tier: 'quality',
  severity: 'error',
  description: "A cloud model's litellm_model_name is in LiteLLM's price list (OpenAI and Anthropic keys are looked up with and without the prefix).",
  check(e, { litellm, perRun }, report) {
    const name = str(e.data.litellm_model_name)
    if (!name || lookupLiteLLM(litellm.list, name)) return
    // The provider's names (built once per run) and how many suggestions were made.
    const state = perRun(RULE, () => ({ names: new Map<string, string[]>(), made: 0 }))
    const provider = name.split('/')[0]
    let hint = `LiteLLM cannot route a name its list does not hold (${litellm.origin}). Use the name LiteLLM lists, e.g. provider/model-id.`
    if (state.made++ < MAX_SUGGESTIONS) {
      let names = state.names.get(provider)
      if (!names) state.names.set(provider, (names = providerModels(litellm.list, provider).map((m) => m.name)))
      const guesses = closestAll(name, names)
      if (guesses.length) hint = `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}? (${litellm.origin})`
    }
    report(['litellm_model_name'], `litellm_model_name ${quote(name)} is not in LiteLLM's price list`, { hint, at: 'value' })
  },
}
