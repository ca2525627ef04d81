import { hfFileRule } from '../../../src/core/rules/online/hf-file.js'
import { hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'
const split = (...names: string[]) => hubOk({ id: 'org/split-GGUF', siblings: names.map((rfilename) => ({ rfilename })) })

ruleTester(hfFileRule, {
  valid: [
    { name: 'a file the repository holds', files: [local(), local({ id: 'b', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0' })], hf: { [QWEN]: hubOk() } },
    {
      name: 'every shard of a split model',
      files: [local({ model_uri: 'huggingface://org/split-GGUF/m-Q4_K_M-00001-of-00002.gguf' })],
      hf: { 'org/split-GGUF': split('m-Q4_K_M-00001-of-00002.gguf', 'm-Q4_K_M-00002-of-00002.gguf') },
    },
    { name: 'an answer without a file list says nothing', files: [local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/nope.gguf' })], hf: { [QWEN]: hubOk({ siblings: undefined }) } },
  ],
  invalid: [
    {
      name: 'a file the repository does not hold, at model_uri, with the files it does',
      files: [local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q3_K_M.gguf', quantization: 'Q3_K_M' })],
      hf: { [QWEN]: hubOk() },
      errors: [{ line: 5, column: 16, message: 'repository "Qwen/Qwen3-4B-GGUF" does not hold "Qwen3-4B-Q3_K_M.gguf"', hint: 'Its GGUF files include: Qwen3-4B-Q4_K_M.gguf' }],
    },
    {
      name: 'a missing shard',
      files: [local({ model_uri: 'huggingface://org/split-GGUF/m-Q4_K_M-00001-of-00003.gguf' })],
      hf: { 'org/split-GGUF': split('m-Q4_K_M-00001-of-00003.gguf', 'm-Q4_K_M-00003-of-00003.gguf', 'm-Q8_0.gguf') },
      errors: [{ message: 'repository "org/split-GGUF" does not hold 1 of its 3 shards: m-Q4_K_M-00002-of-00003.gguf' }],
    },
    { name: 'a repository with no GGUF at all', files: [local()], hf: { [QWEN]: hubOk({ siblings: [{ rfilename: 'README.md' }] }) }, errors: [{ hint: 'The repository holds no .gguf file.' }] },
  ],
})
