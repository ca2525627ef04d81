import type { FileRule } from '../../rule.js'
import { hfAnswer } from './hf-entries.js'

export const RULE = 'upstream-unreachable'

const hint = 'The check did not run. Retry later, or check the network and HF_ENDPOINT / LITELLM_PRICES_URL / HF_TOKEN.'

export const upstreamUnreachableRule: FileRule = {
  id: RULE,
  scope: 'file',
  tier: 'online',
  severity: 'error',
  protected: true,
  description: 'An online check that could not reach its upstream is an error, never a silent pass.',
  check(e, ctx, report) {
    if (e.kind === 'local') {
      const a = hfAnswer(e, ctx)
      if (a?.result.status === 'unreachable') report(['model_uri'], `could not check the HuggingFace repository: ${a.result.message}`, { hint, at: 'value' })
    } else if (ctx.litellmProblem) {
      report(['litellm_model_name'], `could not fetch LiteLLM's live price list (checked against ${ctx.litellm.origin} instead): ${ctx.litellmProblem}`, { hint, at: 'value' })
    }
  },
}
