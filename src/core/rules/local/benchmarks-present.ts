import { findingAt, type Rule, inFocus } from '../../rule.js'
import type { Finding } from '../../types.js'

export const RULE = 'local/benchmarks-present'

export const benchmarksPresentRule: Rule = {
  id: RULE,
  description: 'A local model records published benchmark scores (MMLU, HumanEval, ...), each from a source.',
  check({ store, focus }) {
    const out: Finding[] = []
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'local' || e.data.deprecated === true) continue
      const b = e.data.benchmarks
      if (b === undefined)
        out.push(findingAt(e, RULE, 'error', [], 'local model has no published benchmarks', 'Add "benchmarks": { "mmlu": 85.3 } with the scores the model card or paper publishes, and that page in "sources". If none are published, a curator may add a policy exception with the reason.'))
    }
    return out
  },
}
