import { findingAt, type Rule, inFocus } from '../rule.js'
import type { Finding } from '../types.js'

export const RULE = 'sources-present'

export const sourcesPresentRule: Rule = {
  id: RULE,
  description: 'Every model names the sources its facts come from.',
  check({ store, focus }) {
    const out: Finding[] = []
    for (const e of inFocus(store, focus))
      if (e.data.sources === undefined)
        out.push(findingAt(e, RULE, 'warning', [], 'model names no sources', 'Add "sources": [ URLs of the pages every fact here comes from: the provider\'s docs, the model card, LiteLLM\'s list ].'))
    return out
  },
}
