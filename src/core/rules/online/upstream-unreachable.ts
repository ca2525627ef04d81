import { findingAt, inScope, type Rule } from '../../rule.js'
import type { Finding } from '../../types.js'
import { hfEntries } from './hf-entries.js'

export const RULE = 'upstream-unreachable'

export const upstreamUnreachableRule: Rule = {
  id: RULE,
  tier: 'online',
  description: 'An online check that could not reach its upstream is an error, never a silent pass.',
  check(ctx) {
    const out: Finding[] = []
    const hint = 'The check did not run. Retry later, or check the network and HF_ENDPOINT / LITELLM_PRICES_URL / HF_TOKEN.'
    for (const { entry, result } of hfEntries(ctx))
      if (result.status === 'unreachable') out.push(findingAt(entry, RULE, 'error', ['model_uri'], `could not check the HuggingFace repository: ${result.message}`, hint, 'value'))
    if (ctx.litellmProblem)
      for (const e of ctx.store.entries)
        if (e.kind === 'cloud' && inScope(ctx, e))
          out.push(findingAt(e, RULE, 'error', ['litellm_model_name'], `could not fetch LiteLLM's live price list (checked against ${ctx.litellm.origin} instead): ${ctx.litellmProblem}`, hint, 'value'))
    return out
  },
}
