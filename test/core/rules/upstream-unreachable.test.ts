import { upstreamUnreachableRule } from '../../../src/core/rules/online/upstream-unreachable.js'
import { cloud, hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'
const down = { status: 'unreachable' as const, message: 'HTTP 503 from the Hub' }

ruleTester(upstreamUnreachableRule, {
  valid: [
    { name: 'every upstream answered', files: [cloud(), local()], hf: { [QWEN]: hubOk() } },
    { name: 'a missing repository is local/hf-repo\'s', files: [local()], hf: { [QWEN]: { status: 'not-found', message: 'HTTP 404' } } },
    { name: 'a repository that was not asked about', files: [local()], hf: {} },
    { name: 'a model_uri that does not parse is uri-format\'s', files: [local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF' })], hf: { [QWEN]: down } },
    { name: 'offline, nothing is checked', files: [local()] },
  ],
  invalid: [
    { name: 'the Hub could not be reached, at model_uri', files: [local()], hf: { [QWEN]: down }, errors: [{ file: 'model-store/local/test-local.json', line: 5, column: 16, message: 'could not check the HuggingFace repository: HTTP 503 from the Hub', hint: 'Retry later' }] },
    {
      name: "LiteLLM's live list could not be had, at litellm_model_name of every cloud model",
      files: [cloud(), local()],
      hf: { [QWEN]: hubOk() },
      litellmProblem: 'HTTP 500',
      errors: [{ file: 'model-store/cloud/test-cloud.json', line: 6, column: 25, message: "could not fetch LiteLLM's live price list (checked against test list instead): HTTP 500" }],
    },
    {
      name: 'protected: a policy cannot silence or re-grade it',
      files: [local()],
      hf: { [QWEN]: down },
      policy: { severity: { 'upstream-unreachable': 'off' }, exceptions: [{ rule: 'upstream-unreachable', id: 'test-local', reason: 'flaky' }] },
      errors: [{ severity: 'error' }],
    },
    { name: 'only the files in focus', files: [local({ id: 'a' }), local({ id: 'b', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf' })], hf: { [QWEN]: down }, focus: ['model-store/local/b.json'], errors: [{ file: 'model-store/local/b.json' }] },
  ],
})
