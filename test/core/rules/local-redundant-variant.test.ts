import { describe, expect, it } from 'vitest'
import { redundantVariantRule, variantStem } from '../../../src/core/rules/local/redundant-variant.js'
import { local, ruleTester } from './tester.js'

const existing = local({ id: 'qwen3-4b' })
const v2 = local({ id: 'qwen3-4b-v2', model_uri: 'huggingface://unsloth/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf' })
const q8 = local({ id: 'qwen3-4b-q8', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0' })
const other = local({ id: 'qwen3-14b', model_uri: 'huggingface://Qwen/Qwen3-14B-GGUF/Qwen3-14B-Q4_K_M.gguf' })
const added = (...files: { path: string }[]) => files.map((f) => ({ path: f.path, status: 'added' as const }))

ruleTester(redundantVariantRule, {
  valid: [
    { name: 'runs only on what a change adds', files: [existing, v2, q8] },
    { name: 'a modified file is not new', files: [existing, v2], changes: [{ path: v2.path, status: 'modified' }] },
    { name: 'another model of the family', files: [existing, other], changes: added(other) },
    { name: 'deprecated models do not count', files: [local({ id: 'qwen3-4b', deprecated: true, replacement: 'qwen3-4b-v2' }), v2], changes: added(v2) },
    { name: 'two variants added together do not judge each other', files: [v2, q8], changes: added(v2, q8) },
  ],
  invalid: [
    {
      name: 'a new -v2, and another quant from the same repository',
      files: [existing, v2, q8, other],
      changes: added(v2, q8, other),
      errors: [
        { file: q8.path, line: 5, column: 16, message: 'the store already has this model from the same repository: "qwen3-4b" (Q4_K_M)', hint: 'Improve "qwen3-4b" instead' },
        { file: v2.path, line: 3, column: 9, message: '"qwen3-4b-v2" is a variant of "qwen3-4b", already in the store' },
      ],
    },
    {
      name: 'the repository is compared ignoring case',
      files: [existing, local({ id: 'qwen-small', model_uri: 'hf://qwen/qwen3-4b-gguf/Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0' })],
      changes: [{ path: 'model-store/local/qwen-small.json', status: 'added' }],
      errors: [{ file: 'model-store/local/qwen-small.json', message: 'the store already has this model from the same repository: "qwen3-4b" (Q4_K_M)' }],
    },
    { name: 'a -gguf or bf16 suffix', files: [existing, local({ id: 'qwen3-4b-gguf-bf16', model_uri: 'huggingface://x/y/Qwen3-4B-BF16.gguf', quantization: 'BF16' })], changes: [{ path: 'model-store/local/qwen3-4b-gguf-bf16.json', status: 'added' }], errors: [{ message: 'is a variant of "qwen3-4b"' }] },
  ],
})

describe('variantStem', () => {
  it('drops quants, -vN and -gguf, in any order', () => {
    expect(['qwen3-4b', 'qwen3-4b-v2', 'Qwen3-4B-Q8_0', 'qwen3-4b-gguf', 'qwen3-4b-iq4_xs-v1.1', 'qwen3-4b-f16'].map(variantStem)).toEqual(Array(6).fill('qwen3-4b'))
    expect(variantStem('qwen3-14b')).toBe('qwen3-14b')
    expect(variantStem('gpt-oss-20b-mxfp4')).toBe('gpt-oss-20b')
  })
})
