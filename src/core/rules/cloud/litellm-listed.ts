import { lookupLiteLLM, providerModels, type LiteLLMSource } from '../../litellm.js'
import { findingAt, type Rule, inFocus } from '../../rule.js'
import { str } from '../../store.js'
import { closestAll } from '../../text.js'
import type { Finding } from '../../types.js'

export const RULE = 'cloud/litellm-listed'

/** Did-you-mean costs a scan of the provider's names: only the first misses get one, so a huge store stays fast. */
const MAX_SUGGESTIONS = 10

export const litellmListedRule: Rule = {
  id: RULE,
  description: "A cloud model's litellm_model_name is in LiteLLM's price list (OpenAI and Anthropic keys are looked up with and without the prefix).",
  check({ store, focus, litellm }) {
    const out: Finding[] = []
    const names = new Map<string, string[]>()
    let suggested = 0
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'cloud') continue
      const name = str(e.data.litellm_model_name)
      if (!name || lookupLiteLLM(litellm.list, name)) continue
      const provider = name.split('/')[0]
      let hint = `LiteLLM cannot route a name its list does not hold (${litellm.origin}). Use the name LiteLLM lists, e.g. provider/model-id.`
      if (suggested++ < MAX_SUGGESTIONS) {
        const guesses = closestAll(name, namesOf(litellm, provider, names))
        if (guesses.length) hint = `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}? (${litellm.origin})`
      }
      out.push(findingAt(e, RULE, 'error', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is not in LiteLLM's price list`, hint, 'value'))
    }
    return out
  },
}

function namesOf(litellm: LiteLLMSource, provider: string, cache: Map<string, string[]>): string[] {
  let list = cache.get(provider)
  if (!list) cache.set(provider, (list = providerModels(litellm.list, provider).map((m) => m.name)))
  return list
}
