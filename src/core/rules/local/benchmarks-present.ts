import type { FileRule } from '../../rule.js'

export const RULE = 'local/benchmarks-present'

export const benchmarksPresentRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  skipDeprecated: true,
  tier: 'quality',
  severity: 'error',
  description: 'A local model records published benchmark scores (MMLU, HumanEval, ...), each from a source.',
  check(e, _ctx, report) {
    if (e.data.benchmarks === undefined)
      report([], 'local model has no published benchmarks', {
        hint: 'Add "benchmarks": { "mmlu": 85.3 } with the scores the model card or paper publishes, and that page in "sources". If none are published, a curator may add a policy exception with the reason.',
      })
  },
}
