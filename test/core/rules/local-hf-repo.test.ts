import { hfRepoRule } from '../../../src/core/rules/online/hf-repo.js'
import { cloud, hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'

ruleTester(hfRepoRule, {
  valid: [
    { name: 'a repository the Hub describes', files: [local()], hf: { [QWEN]: hubOk() } },
    { name: 'an unreachable Hub is upstream-unreachable\'s', files: [local()], hf: { [QWEN]: { status: 'unreachable', message: 'timeout' } } },
    { name: 'offline, the Hub is not asked', files: [local()] },
    { name: 'cloud models are not its business', files: [cloud({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/x.gguf' })], hf: { [QWEN]: { status: 'not-found', message: 'x' } } },
  ],
  invalid: [
    {
      name: 'a repository that does not exist, at model_uri',
      files: [local({ model_uri: 'huggingface://org/gone-GGUF/x-Q4_K_M.gguf' })],
      hf: { 'org/gone-GGUF': { status: 'not-found', message: 'org/gone-GGUF not found (HTTP 404: Repository not found)' } },
      errors: [{ line: 5, column: 16, message: 'HuggingFace repository "org/gone-GGUF" does not exist: org/gone-GGUF not found (HTTP 404: Repository not found)' }],
    },
    { name: 'a disabled repository', files: [local()], hf: { [QWEN]: hubOk({ disabled: true }) }, errors: [{ line: 5, column: 16, message: 'HuggingFace repository "Qwen/Qwen3-4B-GGUF" is disabled' }] },
    {
      name: 'only the files in focus',
      files: [local({ id: 'a' }), local({ id: 'b', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf' })],
      hf: { [QWEN]: hubOk({ disabled: true }) },
      focus: ['model-store/local/a.json'],
      errors: [{ file: 'model-store/local/a.json' }],
    },
  ],
})
