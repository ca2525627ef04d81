import { ggufOnHfRule } from '../../../src/core/rules/local/gguf-on-hf.js'
import { cloud, local, ruleTester } from './tester.js'

const uri = (file: string) => ({ model_uri: `huggingface://Qwen/Qwen3-4B-GGUF/${file}` })

ruleTester(ggufOnHfRule, {
  valid: [
    { name: 'the model GGUF', files: [local()] },
    { name: 'names that only contain the words ("Gloraxis", "mmprojector")', files: [local(uri('Gloraxis-Q4_K_M.gguf')), local({ id: 'b', ...uri('mmprojector-Q4_K_M.gguf') })] },
    { name: 'a uri with bad grammar is uri-format\'s (one finding per problem)', files: [local(uri('../mmproj.gguf'))] },
    { name: 'cloud models are not its business', files: [cloud({ model_uri: 'huggingface://a/b/mmproj.gguf' })] },
  ],
  invalid: [
    {
      name: 'a projector, at the value',
      files: [local({ ...uri('mmproj-Qwen3-4B-F16.gguf'), quantization: 'F16' })],
      errors: [{ file: 'model-store/local/test-local.json', line: 5, column: 16, message: 'model_uri names "mmproj-Qwen3-4B-F16.gguf", a mmproj file, not the model\'s weights' }],
    },
    { name: 'an imatrix, in a folder', files: [local(uri('extra/Qwen3-4B.imatrix.gguf'))], errors: [{ message: 'model_uri names "Qwen3-4B.imatrix.gguf", a imatrix file' }] },
    { name: 'a LoRA, in any case', files: [local(uri('Qwen3-4B-LoRA-F16.gguf'))], errors: [{ message: 'a lora file' }] },
  ],
})
