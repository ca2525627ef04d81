import { factsMatchUpstreamRule } from '../../../src/core/rules/cloud/facts-match-upstream.js'
import { cloud, ruleTester } from './tester.js'

const gemini = { provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-pro', requires_api_key: 'GEMINI_API_KEY' }

ruleTester(factsMatchUpstreamRule, {
  valid: [
    { name: "OpenAI's window as input + output", files: [cloud()] },
    { name: "OpenAI's window as input alone (gpt-4o documents it so)", files: [cloud({ context_window: 272000 })] },
    { name: 'prices compared as numbers', files: [cloud({ pricing: { input_per_1m: 1.25, output_per_1m: '$10', cache_read_per_1m: '$0.125' } })] },
    { name: 'max_input_tokens is the window for other providers', files: [cloud({ ...gemini, context_window: 1048576, max_output: 65535 })] },
    { name: 'a name LiteLLM does not list is cloud/litellm-listed\'s', files: [cloud({ litellm_model_name: 'openai/nope', context_window: 1 })] },
    { name: 'a pricing of the wrong shape is the schema rule\'s', files: [cloud({ pricing: ['$1'] })] },
  ],
  invalid: [
    {
      name: 'window, max_output and a price that differ, at their values',
      files: [cloud({ context_window: 300000, max_output: 100000, pricing: { input_per_1m: '$1.30', output_per_1m: 10, cache_read_per_1m: '$0.125' } })],
      errors: [
        { line: 7, column: 21, message: 'context_window 300000 differs from LiteLLM\'s 272000 (max_input_tokens) or 400000 (max_input_tokens + max_output_tokens) for "gpt-5-2025-08-07"' },
        { line: 8, column: 17, message: 'max_output 100000 differs from LiteLLM\'s max_output_tokens 128000 for "gpt-5-2025-08-07"' },
        { line: 11, column: 21, message: 'pricing.input_per_1m $1.30 differs from LiteLLM\'s $1.25 per 1M tokens for "gpt-5-2025-08-07"', hint: 'test list' },
      ],
    },
    {
      name: "one window only when the provider's is max_input_tokens",
      files: [cloud({ ...gemini, context_window: 1048576 + 65535, max_output: 65535 })],
      errors: [{ line: 7, message: /^context_window 1114111 differs from LiteLLM's 1048576 for "gemini\/gemini-2.5-pro"$/ }],
    },
    { name: 'the cache price', files: [cloud({ pricing: { input_per_1m: 1.25, output_per_1m: 10, cache_read_per_1m: 1 } })], errors: [{ message: 'pricing.cache_read_per_1m $1.00 differs' }] },
    { name: 'only the files in focus', files: [cloud({ id: 'a', max_output: 1 }), cloud({ id: 'b', max_output: 2 })], focus: ['model-store/cloud/b.json'], errors: [{ file: 'model-store/cloud/b.json', message: 'max_output 2' }] },
  ],
})
