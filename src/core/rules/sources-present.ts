import type { FileRule } from '../rule.js'

export const RULE = 'sources-present'

export const sourcesPresentRule: FileRule = {
  id: RULE,
  scope: 'file',
  tier: 'quality',
  severity: 'warning',
  description: 'Every model names the sources its facts come from.',
  check(e, _ctx, report) {
    if (e.data.sources === undefined)
      report([], 'model names no sources', { hint: 'Add "sources": [ URLs of the pages every fact here comes from: the provider\'s docs, the model card, LiteLLM\'s list ].' })
  },
}
