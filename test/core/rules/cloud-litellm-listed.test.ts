import { describe, expect, it } from 'vitest'
import { litellmListedRule } from '../../../src/core/rules/cloud/litellm-listed.js'
import { cloud, findingsOf, local, ruleTester } from './tester.js'

const sonnet = { provider: 'anthropic', litellm_model_name: 'anthropic/claude-sonnet-4-5-20250929', requires_api_key: 'ANTHROPIC_API_KEY', context_window: 200000, max_output: 64000 }

ruleTester(litellmListedRule, {
  valid: [
    { name: 'a prefixed OpenAI key', files: [cloud()] },
    { name: 'a prefixed Anthropic key', files: [cloud({ id: 'sonnet', ...sonnet })] },
    { name: 'a bare key', files: [cloud({ litellm_model_name: 'gpt-5-2025-08-07' })] },
    { name: 'local models are not its business', files: [local({ litellm_model_name: 'nowhere/x' })] },
  ],
  invalid: [
    {
      name: 'a bare key routed through a provider that does not have it, at the value',
      files: [cloud({ provider: 'anthropic', litellm_model_name: 'anthropic/gpt-5-2025-08-07' })],
      errors: [{ line: 6, column: 25, message: 'litellm_model_name "anthropic/gpt-5-2025-08-07" is not in LiteLLM\'s price list' }],
    },
    { name: 'suggests the closest listed name', files: [cloud({ litellm_model_name: 'openai/gpt-5-2025-08-7' })], errors: [{ message: 'is not in LiteLLM\'s price list', hint: 'Did you mean "openai/gpt-5-2025-08-07"' }] },
    { name: 'names the list it read', files: [cloud({ litellm_model_name: 'openai/zzzzzzzzzzzzzzzzzzzz' })], errors: [{ hint: 'test list' }] },
    { name: 'only the files in focus', files: [cloud({ id: 'a', litellm_model_name: 'openai/nope-a' }), cloud({ id: 'b', litellm_model_name: 'openai/nope-b' })], focus: ['model-store/cloud/b.json'], errors: [{ file: 'model-store/cloud/b.json' }] },
  ],
})

describe('cloud/litellm-listed on a large store', () => {
  it('suggests names for the first ten misses only, and still reports every miss', () => {
    const files = Array.from({ length: 11 }, (_, i) => cloud({ id: `m${String(i).padStart(2, '0')}`, litellm_model_name: `openai/gpt-5-2025-08-${i}` }))
    const f = findingsOf(litellmListedRule, { name: 'x', files })
    expect(f).toHaveLength(11)
    expect(f.slice(0, 10).every((x) => x.hint?.startsWith('Did you mean'))).toBe(true)
    expect(f[10].hint).toContain('LiteLLM cannot route a name its list does not hold')
  })
})
