import { uriFormatRule } from '../../../src/core/rules/uri-format.js'
import { cloud, local, ruleTester, type InvalidCase } from './tester.js'

const bad: [string, string][] = [
  ['huggingface://Qwen/Qwen3-4B-GGUF/../x.gguf', 'model_uri contains a "." or ".." path segment'],
  ['huggingface://Qwen/Qwen3-4B-GGUF:Q4_K_M', 'model_uri contains ":" (ramalama reads it as a quant tag)'],
  ['huggingface://Qwen/Qwen3-4B-GGUF/model.bin', 'model_uri does not name a .gguf file'],
  ['huggingface://Qwen/Qwen3-4B-GGUF', 'model_uri names no file: expected <org>/<repo>/<file>.gguf'],
  ['huggingface://ggml-org/x-GGUF/x-Q4_K_M-00002-of-00003.gguf', 'model_uri names shard 2 of 3'],
]

ruleTester(uriFormatRule, {
  valid: [
    { name: 'the fixtures', files: [cloud(), local()] },
    { name: 'hf://, shard 1 of a split model', files: [local({ model_uri: 'hf://ggml-org/gpt-oss-120b-GGUF/gpt-oss-120b-mxfp4-00001-of-00003.gguf', quantization: 'MXFP4' })] },
    { name: 'a file in a folder of the repository', files: [local({ model_uri: 'huggingface://Qwen/Qwen3-235B-A22B-GGUF/Q4_K_M/Qwen3-235B-A22B-Q4_K_M-00001-of-00005.gguf' })] },
    { name: 'hf_repo, hf_file and quantization (any case) that agree', files: [local({ hf_repo: 'Qwen/Qwen3-4B-GGUF', hf_file: 'Qwen3-4B-Q4_K_M.gguf', quantization: 'q4_k_m' })] },
    { name: 'a file name that states no quant', files: [local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/model.gguf', quantization: 'Q8_0' })] },
    { name: 'a LiteLLM name without a prefix', files: [cloud({ litellm_model_name: 'gpt-5-2025-08-07' })] },
  ],
  invalid: [
    ...bad.map(([value, message]): InvalidCase => ({ name: `rejects ${value}`, files: [local({ model_uri: value })], errors: [{ line: 5, column: 16, message }] })),
    {
      name: 'hf_repo and quantization that disagree with the uri, at their values',
      files: [local({ hf_repo: 'Qwen/Qwen3-8B-GGUF', hf_file: 'Qwen3-4B-Q4_K_M.gguf', quantization: 'Q8_0' })],
      errors: [
        { line: 6, column: 19, message: 'quantization "Q8_0" differs from the file name, which says Q4_K_M' },
        { line: 10, column: 14, message: 'hf_repo "Qwen/Qwen3-8B-GGUF" differs from the repository in model_uri ("Qwen/Qwen3-4B-GGUF")' },
      ],
    },
    { name: 'hf_file that disagrees', files: [local({ hf_file: 'Qwen3-4B-Q8_0.gguf' })], errors: [{ line: 10, message: 'hf_file "Qwen3-4B-Q8_0.gguf" differs from the file in model_uri ("Qwen3-4B-Q4_K_M.gguf")' }] },
    {
      name: 'a LiteLLM prefix that is not the provider, a warning',
      files: [cloud({ litellm_model_name: 'azure/gpt-5-2025-08-07' })],
      errors: [{ line: 6, column: 25, severity: 'warning', message: 'litellm_model_name "azure/gpt-5-2025-08-07" is routed through "azure" but provider is "openai"' }],
    },
    { name: 'only the files in focus', files: [local({ id: 'a', model_uri: bad[0][0] }), local({ id: 'b', model_uri: bad[2][0] })], focus: ['model-store/local/b.json'], errors: [{ file: 'model-store/local/b.json', message: bad[2][1] }] },
  ],
})
