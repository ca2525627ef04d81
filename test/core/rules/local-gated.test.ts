import { hfGatedRule } from '../../../src/core/rules/online/hf-gated.js'
import { cloud, hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'

ruleTester(hfGatedRule, {
  valid: [
    { name: 'an open repository', files: [local(), cloud()], hf: { [QWEN]: hubOk() } },
    { name: 'offline, nothing is known', files: [local()] },
  ],
  invalid: [
    {
      name: 'a gated repository, a notice at model_uri',
      files: [local()],
      hf: { [QWEN]: hubOk({ gated: 'auto' }) },
      errors: [{ line: 5, column: 16, severity: 'notice', message: 'repository "Qwen/Qwen3-4B-GGUF" is gated (auto): users must accept its terms and download with a token' }],
    },
    { name: 'manual gating', files: [local()], hf: { [QWEN]: hubOk({ gated: 'manual' }) }, errors: [{ message: 'is gated (manual)' }] },
  ],
})
