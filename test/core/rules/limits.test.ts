import { limitsRule } from '../../../src/core/rules/limits.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(limitsRule, {
  valid: [
    { name: 'limits inside the window', files: [cloud({ context_window: 400000, max_input: 272000, max_output: 128000 }), local({ ctx_size: 8192 })] },
    { name: 'limits equal to the window', files: [cloud({ max_output: 400000, max_input: 400000 }), local({ ctx_size: 32768 })] },
    { name: 'no window: nothing to compare', files: [cloud({ context_window: undefined, max_output: 500000 })] },
    { name: 'a window of the wrong type is the schema rule\'s', files: [cloud({ context_window: 'big', max_output: 1 })] },
  ],
  invalid: [
    {
      name: 'max_output over the window, at its value',
      files: [cloud({ max_output: 500000 })],
      errors: [{ file: 'model-store/cloud/test-cloud.json', line: 8, column: 17, message: 'max_output 500000 is larger than context_window 400000' }],
    },
    { name: 'max_input over the window', files: [cloud({ max_input: 400001 })], errors: [{ message: 'max_input 400001' }] },
    { name: 'ctx_size over the window, at its value', files: [local({ ctx_size: 65536 })], errors: [{ file: 'model-store/local/test-local.json', line: 10, column: 15, message: 'ctx_size 65536 is larger than context_window 32768' }] },
    { name: 'ctx_size over a window of its own', files: [local({ context_window: 4096, ctx_size: 8192 })], errors: [{ message: 'ctx_size 8192 is larger than context_window 4096' }] },
    { name: 'only the files in focus', files: [cloud({ id: 'a', max_output: 500000 }), cloud({ id: 'b', litellm_model_name: 'openai/b', max_output: 500000 })], focus: ['model-store/cloud/b.json'], errors: [{ file: 'model-store/cloud/b.json' }] },
  ],
})
