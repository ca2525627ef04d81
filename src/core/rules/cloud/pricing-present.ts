import type { FileRule } from '../../rule.js'

export const RULE = 'cloud/pricing-present'

export const pricingPresentRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'cloud',
  skipDeprecated: true,
  tier: 'quality',
  severity: 'error',
  description: 'A cloud model states its published prices (pricing.input_per_1m and output_per_1m).',
  check(e, _ctx, report) {
    // A pricing object without both prices is a schema error; only its absence is this rule's.
    if (e.data.pricing === undefined)
      report([], 'cloud model has no pricing', { hint: 'Add "pricing": { "input_per_1m": "$1.25", "output_per_1m": "$10.00" } from the provider\'s pricing page (leger-curate add prefills it from LiteLLM).' })
  },
}
