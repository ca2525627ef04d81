import { hfFactsRule } from '../../../src/core/rules/online/hf-facts.js'
import { hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'
const Q8 = { id: 'bb', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0', ram_required_gb: 6 }
const shards = hubOk({ id: 'org/split-GGUF', siblings: [{ rfilename: 'm-Q4_K_M-00001-of-00002.gguf', size: 10 }, { rfilename: 'm-Q4_K_M-00002-of-00002.gguf', lfs: { size: 5 } }] })

ruleTester(hfFactsRule, {
  valid: [
    { name: 'size, window and licence that agree (the card\'s window may be smaller than the header\'s)', files: [local({ size_bytes: 2497280256 })], hf: { [QWEN]: hubOk() } },
    { name: 'the licence compared ignoring case', files: [local({ license: 'Apache-2.0' })], hf: { [QWEN]: hubOk() } },
    { name: 'the shards of a split model summed', files: [local({ model_uri: 'huggingface://org/split-GGUF/m-Q4_K_M-00001-of-00002.gguf', size_bytes: 15 })], hf: { 'org/split-GGUF': shards } },
    { name: 'a file the repository does not hold is local/hf-file\'s', files: [local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q3_K_M.gguf', size_bytes: 1 })], hf: { [QWEN]: hubOk() } },
    { name: 'an answer without a header or a licence', files: [local({ context_window: 10 ** 6, license: 'mit' })], hf: { [QWEN]: hubOk({ gguf: undefined, cardData: undefined, tags: [] }) } },
  ],
  invalid: [
    {
      name: 'a window the header cannot serve, a wrong size, another licence, at their values',
      files: [local({ ...Q8, size_bytes: 4280404000, context_window: 131072, license: 'mit' })],
      hf: { [QWEN]: hubOk() },
      errors: [
        { line: 8, column: 21, message: "context_window 131072 is larger than the GGUF header's context length 40960" },
        { line: 10, column: 17, message: "size_bytes 4280404000 differs from the repository's 4280404704" },
        { line: 11, column: 14, message: 'license "mit" differs from the repository\'s "apache-2.0"' },
      ],
    },
    { name: 'shards summed', files: [local({ model_uri: 'huggingface://org/split-GGUF/m-Q4_K_M-00001-of-00002.gguf', size_bytes: 10 })], hf: { 'org/split-GGUF': shards }, errors: [{ message: "size_bytes 10 differs from the repository's 15 (2 shards summed)" }] },
    { name: 'the licence from a tag when the card has none', files: [local()], hf: { [QWEN]: hubOk({ cardData: undefined, tags: ['gguf', 'license:mit'] }) }, errors: [{ message: 'license "apache-2.0" differs from the repository\'s "mit"' }] },
  ],
})
