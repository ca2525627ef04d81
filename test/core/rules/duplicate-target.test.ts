import { duplicateTargetRule } from '../../../src/core/rules/duplicate-target.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(duplicateTargetRule, {
  valid: [
    { name: 'distinct targets', files: [cloud(), cloud({ id: 'b', litellm_model_name: 'openai/gpt-5' }), local(), local({ id: 'b2', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf' })] },
    { name: 'the same file name in another repository', files: [local(), local({ id: 'b', model_uri: 'huggingface://unsloth/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf' })] },
  ],
  invalid: [
    {
      name: 'one model_uri as hf:// and huggingface://, in any case',
      files: [local({ id: 'a' }), local({ id: 'b', model_uri: 'hf://qwen/qwen3-4b-gguf/Qwen3-4B-Q4_K_M.gguf' })],
      errors: [
        { file: 'model-store/local/a.json', line: 5, column: 16, message: 'model_uri "huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf" is also used by model-store/local/b.json' },
        { file: 'model-store/local/b.json', line: 5, column: 16, message: 'is also used by model-store/local/a.json' },
      ],
    },
    {
      name: 'one litellm_model_name, ignoring case',
      files: [cloud({ id: 'a' }), cloud({ id: 'b', litellm_model_name: 'OpenAI/GPT-5-2025-08-07' })],
      errors: [{ file: 'model-store/cloud/a.json', line: 6, column: 25 }, { file: 'model-store/cloud/b.json', message: 'litellm_model_name "OpenAI/GPT-5-2025-08-07" is also used by model-store/cloud/a.json' }],
    },
    {
      name: 'only the files in focus, though it sees the whole store',
      files: [cloud({ id: 'aa' }), cloud({ id: 'bb' })],
      focus: ['model-store/cloud/bb.json'],
      errors: [{ file: 'model-store/cloud/bb.json', message: 'is also used by model-store/cloud/aa.json' }],
    },
  ],
})
