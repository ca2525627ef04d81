import type { Thresholds } from '../../../src/core/policy.js'
import { hfDownloadsRule } from '../../../src/core/rules/online/hf-downloads.js'
import { hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'

ruleTester(hfDownloadsRule, {
  valid: [
    { name: 'a widely used repository', files: [local()], hf: { [QWEN]: hubOk() } },
    { name: 'exactly the minimum', files: [local()], hf: { [QWEN]: hubOk({ downloads: 1000 }) } },
    { name: 'the policy\'s minimum', files: [local()], hf: { [QWEN]: hubOk({ downloads: 12 }) }, policy: { thresholds: { min_downloads: 10 } as Thresholds } },
    { name: 'no count in the answer', files: [local()], hf: { [QWEN]: hubOk({ downloads: undefined }) } },
  ],
  invalid: [
    {
      name: 'too few downloads, at model_uri',
      files: [local()],
      hf: { [QWEN]: hubOk({ downloads: 12 }) },
      errors: [{ line: 5, column: 16, message: 'repository "Qwen/Qwen3-4B-GGUF" has 12 downloads in the last 30 days; the store wants 1000' }],
    },
    { name: 'the policy\'s higher bar', files: [local()], hf: { [QWEN]: hubOk() }, policy: { thresholds: { min_downloads: 1_000_000 } as Thresholds }, errors: [{ message: 'has 552000 downloads in the last 30 days; the store wants 1000000' }] },
  ],
})
