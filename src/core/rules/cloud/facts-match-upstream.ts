import { contextWindowsOf, formatPrice, lookupLiteLLM, perMillion } from '../../litellm.js'
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
    "context_window, max_output and prices agree with LiteLLM's entry (OpenAI's window may be input + output; prices compare as numbers, \"$1.25\" = 1.25).",
  check(e, { litellm }, report) {
    const src = litellm.origin
    const name = str(e.data.litellm_model_name)
    const hit = name ? lookupLiteLLM(litellm.list, name) : undefined
    if (!hit) return // cloud/litellm-listed reports it
    const windows = contextWindowsOf(hit.entry)
    const window = num(e.data.context_window)
    if (window !== undefined && windows.length && !windows.includes(window)) {
      const how = windows.length > 1 ? `${windows[0]} (max_input_tokens) or ${windows[1]} (max_input_tokens + max_output_tokens)` : `${windows[0]}`
      report(['context_window'], `context_window ${window} differs from LiteLLM's ${how} for "${hit.key}"`, { hint: `Check the provider's documentation and ${src}; fix whichever is wrong.`, at: 'value' })
    }
    const maxOut = num(e.data.max_output)
    const upstreamOut = num(hit.entry.max_output_tokens)
    if (maxOut !== undefined && upstreamOut !== undefined && maxOut !== upstreamOut)
      report(['max_output'], `max_output ${maxOut} differs from LiteLLM's max_output_tokens ${upstreamOut} for "${hit.key}"`, { hint: `Check the provider's documentation and ${src}.`, at: 'value' })
    const pricing = e.data.pricing
    if (!pricing || typeof pricing !== 'object' || Array.isArray(pricing)) return
    for (const [field, upstreamField] of PRICES) {
      const ours = price((pricing as Record<string, unknown>)[field])
      const theirs = perMillion(num(hit.entry[upstreamField]))
      if (ours === undefined || theirs === undefined) continue
      if (Math.abs(ours - theirs) > 1e-9)
        report(['pricing', field], `pricing.${field} ${formatPrice(ours)} differs from LiteLLM's ${formatPrice(theirs)} per 1M tokens for "${hit.key}"`, { hint: `Check the provider's pricing page and ${src}.`, at: 'value' })
    }
  },
}
