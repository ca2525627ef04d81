import { noEnvironRefsRule } from '../../../src/core/rules/no-environ-refs.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(noEnvironRefsRule, {
  valid: [
    { name: 'the fixtures', files: [cloud(), local()] },
    { name: 'os.environ/ inside text, not at its start', files: [cloud({ description: 'reads os.environ/ never' })] },
  ],
  invalid: [
    { name: 'a name LiteLLM would substitute, at its value', files: [cloud({ name: 'os.environ/OPENAI_API_KEY' })], errors: [{ line: 4, column: 11, message: 'name starts with "os.environ/"' }] },
    { name: 'any case, leading space', files: [local({ name: ' OS.ENVIRON/HF_TOKEN' })], errors: [{ line: 4, message: 'name starts with' }] },
    {
      name: 'inside lists and nested objects',
      files: [cloud({ aliases: ['gpt5', 'os.environ/X'], pricing: { input_per_1m: '$1.25', output_per_1m: '$10.00', tier: 'os.environ/Y' } })],
      errors: [{ line: 12, message: 'aliases.1 starts with' }, { line: 17, message: 'pricing.tier starts with' }],
    },
    { name: 'a key', files: [local({ benchmarks: { 'os.environ/k': 1 } })], errors: [{ message: 'the key "os.environ/k"' }] },
    ...['LITELLM_MASTER_KEY', 'LITELLM_SALT_KEY', 'DATABASE_URL'].map((k) => ({
      name: `requires_api_key ${k}, an error at the value`,
      files: [cloud({ requires_api_key: k })],
      errors: [{ line: 9, column: 23, message: `requires_api_key "${k}" names a variable of the deployment itself` }],
    })),
  ],
})
