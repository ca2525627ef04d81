import { findingAt, type Rule, inFocus } from '../../rule.js'
import type { Finding } from '../../types.js'

export const RULE = 'cloud/pricing-present'

export const pricingPresentRule: Rule = {
  id: RULE,
  description: 'A cloud model states its published prices (pricing.input_per_1m and output_per_1m).',
  check({ store, focus }) {
    const out: Finding[] = []
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'cloud' || e.data.deprecated === true) continue
      // A pricing object without both prices is a schema error; only its absence is this rule's.
      if (e.data.pricing === undefined)
        out.push(findingAt(e, RULE, 'error', [], 'cloud model has no pricing', 'Add "pricing": { "input_per_1m": "$1.25", "output_per_1m": "$10.00" } from the provider\'s pricing page (leger-curate add prefills it from LiteLLM).'))
    }
    return out
  },
}
