import type { Thresholds } from '../../../src/core/policy.js'
import { hfQuantizationsRule } from '../../../src/core/rules/online/hf-quantizations.js'
import { hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'
const files = (...names: string[]) => hubOk({ siblings: names.map((rfilename) => ({ rfilename })) })

ruleTester(hfQuantizationsRule, {
  valid: [
    { name: 'five quantizations', files: [local()], hf: { [QWEN]: hubOk() } },
    { name: 'the policy\'s minimum', files: [local()], hf: { [QWEN]: files('Qwen3-4B-Q4_K_M.gguf') }, policy: { thresholds: { min_quantizations: 1 } as Thresholds } },
    { name: 'no file list in the answer', files: [local()], hf: { [QWEN]: hubOk({ siblings: undefined }) } },
  ],
  invalid: [
    {
      name: 'one quantization (its shards count once), at model_uri',
      files: [local()],
      hf: { [QWEN]: files('Qwen3-4B-Q4_K_M-00001-of-00002.gguf', 'Qwen3-4B-Q4_K_M-00002-of-00002.gguf', 'README.md') },
      errors: [{ line: 5, column: 16, message: 'repository "Qwen/Qwen3-4B-GGUF" offers only Q4_K_M; the store wants 2 or more' }],
    },
    { name: 'no recognisable quantization', files: [local()], hf: { [QWEN]: files('model.gguf', 'Q4_K_M.txt') }, errors: [{ message: 'offers no recognisable quantization; the store wants 2 or more' }] },
  ],
})
