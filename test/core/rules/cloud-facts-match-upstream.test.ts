import { factsMatchUpstreamRule } from '../../../src/core/rules/cloud/facts-match-upstream.js'
import { cloud, ruleTester } from './tester.js'

const gemini = { provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-pro', requires_api_key: 'GEMINI_API_KEY' }

ruleTester(factsMatchUpstreamRule, {
  valid: [
    { name: "gpt-5: a 400,000 window with a 272,000 input cap (max_input), as OpenAI documents it", files: [cloud()] },
    { name: 'without max_input the whole window is the input limit', files: [cloud({ context_window: 272000 })] },
    { name: 'prices compared as numbers', files: [cloud({ pricing: { input_per_1m: 1.25, output_per_1m: '$10', cache_read_per_1m: '$0.125' } })] },
    { name: 'max_input_tokens is the window for other providers', files: [cloud({ ...gemini, context_window: 1048576, max_output: 65535 })] },
    { name: 'a name LiteLLM does not list is cloud/litellm-listed\'s', files: [cloud({ litellm_model_name: 'openai/nope', context_window: 1 })] },
    { name: 'a pricing of the wrong shape is the schema rule\'s', files: [cloud({ pricing: ['$1'] })] },
  ],
  invalid: [
    {
      name: 'window, max_output and a price that differ, at their values',
      files: [cloud({ context_window: 400000, max_output: 100000, pricing: { input_per_1m: '$1.30', output_per_1m: 10, cache_read_per_1m: '$0.125' } })],
      errors: [
        { line: 7, column: 21, message: 'context_window 400000 differs from LiteLLM\'s max_input_tokens 272000 for "gpt-5-2025-08-07" (the file has no max_input, so its input limit is the whole window)', hint: 'record that cap as max_input' },
        { line: 8, column: 17, message: 'max_output 100000 differs from LiteLLM\'s max_output_tokens 128000 for "gpt-5-2025-08-07"' },
        { line: 11, column: 21, message: 'pricing.input_per_1m $1.30 differs from LiteLLM\'s $1.25 per 1M tokens for "gpt-5-2025-08-07"', hint: 'test list' },
      ],
    },
    {
      name: "the window against max_input_tokens for other providers",
      files: [cloud({ ...gemini, context_window: 1048576 + 65535, max_output: 65535 })],
      errors: [{ line: 7, message: /^context_window 1114111 differs from LiteLLM's max_input_tokens 1048576 for "gemini\/gemini-2.5-pro"/ }],
    },
    { name: 'max_input against max_input_tokens, at its value', files: [cloud({ context_window: 400000, max_input: 200000 })], errors: [{ line: 10, column: 16, message: 'max_input 200000 differs from LiteLLM\'s max_input_tokens 272000 for "gpt-5-2025-08-07"' }] },
    { name: 'the cache price', files: [cloud({ pricing: { input_per_1m: 1.25, output_per_1m: 10, cache_read_per_1m: 1 } })], errors: [{ message: 'pricing.cache_read_per_1m $1.00 differs' }] },
    { name: 'only the files in focus', files: [cloud({ id: 'a', max_output: 1 }), cloud({ id: 'b', max_output: 2 })], focus: ['model-store/cloud/b.json'], errors: [{ file: 'model-store/cloud/b.json', message: 'max_output 2' }] },
  ],
})
