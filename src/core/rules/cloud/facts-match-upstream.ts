import { formatPrice, lookupLiteLLM, perMillion } from '../../litellm.js'
import { compareLimits } from '../../model-limits.js'
import { findingAt, type Rule, inFocus } from '../../rule.js'
import { num, price, str } from '../../store.js'
import type { Finding } from '../../types.js'

export const RULE = 'cloud/facts-match-upstream'

const PRICES = [
  ['input_per_1m', 'input_cost_per_token'],
  ['output_per_1m', 'output_cost_per_token'],
  ['cache_read_per_1m', 'cache_read_input_token_cost'],
] as const

export const factsMatchUpstreamRule: Rule = {
  id: RULE,
  description:
    "The input limit (max_input, else context_window), max_output and prices agree with LiteLLM's entry (prices compare as numbers, \"$1.25\" = 1.25).",
  check({ store, focus, litellm }) {
    const out: Finding[] = []
    const src = litellm.origin
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'cloud') continue
      const name = str(e.data.litellm_model_name)
      const hit = name ? lookupLiteLLM(litellm.list, name) : undefined
      if (!hit) continue // cloud/litellm-listed reports it
      for (const d of compareLimits(e.data, hit.entry)) {
        const theirs = d.field === 'max_output' ? 'max_output_tokens' : 'max_input_tokens'
        const how = d.field === 'context_window' ? ' (the file has no max_input, so its input limit is the whole window)' : ''
        out.push(findingAt(e, RULE, 'warning', [d.field], `${d.field} ${d.ours} differs from LiteLLM's ${theirs} ${d.theirs} for "${hit.key}"${how}`, d.field === 'context_window' ? `Check the provider's documentation and ${src}: if the provider caps input below the window, record that cap as max_input; else fix whichever is wrong.` : `Check the provider's documentation and ${src}.`, 'value'))
      }
      const pricing = e.data.pricing
      if (!pricing || typeof pricing !== 'object' || Array.isArray(pricing)) continue
      for (const [field, upstreamField] of PRICES) {
        const ours = price((pricing as Record<string, unknown>)[field])
        const theirs = perMillion(num(hit.entry[upstreamField]))
        if (ours === undefined || theirs === undefined) continue
        if (Math.abs(ours - theirs) > 1e-9)
          out.push(findingAt(e, RULE, 'warning', ['pricing', field], `pricing.${field} ${formatPrice(ours)} differs from LiteLLM's ${formatPrice(theirs)} per 1M tokens for "${hit.key}"`, `Check the provider's pricing page and ${src}.`, 'value'))
      }
    }
    return out
  },
}
