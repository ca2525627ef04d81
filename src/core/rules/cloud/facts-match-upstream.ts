import { formatPrice, lookupLiteLLM, perMillion } from '../../litellm.js'
import { compareLimits } from '../../model-limits.js'
import type { FileRule } from '../../rule.js'
import { num, price, str } from '../../store.js'

export const RULE = 'cloud/facts-match-upstream'

const PRICES = [
  ['input_per_1m', 'input_cost_per_token'],
  ['output_per_1m', 'output_cost_per_token'],
  ['cache_read_per_1m', 'cache_read_input_token_cost'],
] as const

export const factsMatchUpstreamRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'cloud',
  tier: 'quality',
  severity: 'warning',
  description:
    "The input limit (max_input, else context_window), max_output and prices agree with LiteLLM's entry (prices compare as numbers, \"$1.25\" = 1.25).",
  check(e, { litellm }, report) {
    const name = str(e.data.litellm_model_name)
    const hit = name ? lookupLiteLLM(litellm.list, name) : undefined
    if (!hit) return // cloud/litellm-listed reports it
    for (const d of compareLimits(e.data, hit.entry)) {
      const theirs = d.field === 'max_output' ? 'max_output_tokens' : 'max_input_tokens'
      const how = d.field === 'context_window' ? ' (the file has no max_input, so its input limit is the whole window)' : ''
      report([d.field], `${d.field} ${d.ours} differs from LiteLLM's ${theirs} ${d.theirs} for "${hit.key}"${how}`, {
        hint:
          d.field === 'context_window'
            ? `Check the provider's documentation and ${litellm.origin}: if the provider caps input below the window, record that cap as max_input; else fix whichever is wrong.`
            : `Check the provider's documentation and ${litellm.origin}.`,
        at: 'value',
      })
    }
    const pricing = e.data.pricing
    if (!pricing || typeof pricing !== 'object' || Array.isArray(pricing)) return
    for (const [field, upstreamField] of PRICES) {
      const ours = price((pricing as Record<string, unknown>)[field])
      const theirs = perMillion(num(hit.entry[upstreamField]))
      if (ours === undefined || theirs === undefined) continue
      if (Math.abs(ours - theirs) > 1e-9)
        report(['pricing', field], `pricing.${field} ${formatPrice(ours)} differs from LiteLLM's ${formatPrice(theirs)} per 1M tokens for "${hit.key}"`, { hint: `Check the provider's pricing page and ${litellm.origin}.`, at: 'value' })
    }
  },
}
