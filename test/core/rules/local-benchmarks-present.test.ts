import { benchmarksPresentRule } from '../../../src/core/rules/local/benchmarks-present.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(benchmarksPresentRule, {
  valid: [
    { name: 'published scores', files: [local({ benchmarks: { mmlu: 85.3 } })] },
    { name: 'a deprecated model need not have them', files: [local({ id: 'old', benchmarks: undefined, deprecated: true, replacement: 'test-local' }), local()] },
    { name: 'benchmarks of the wrong type are the schema rule\'s', files: [local({ benchmarks: 'great' })] },
    { name: 'cloud models are not its business', files: [cloud()] },
  ],
  invalid: [
    { name: 'no benchmarks, at the top of the file', files: [local({ benchmarks: undefined })], errors: [{ file: 'model-store/local/test-local.json', line: 1, column: 1, message: 'local model has no published benchmarks', hint: 'policy exception' }] },
    { name: 'only the files in focus', files: [local({ id: 'a', benchmarks: undefined }), local({ id: 'b', benchmarks: undefined })], focus: ['model-store/local/a.json'], errors: [{ file: 'model-store/local/a.json' }] },
  ],
})
