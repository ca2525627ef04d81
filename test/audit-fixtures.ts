/** A small store and the upstream facts about it, shared by the audit tests. */
import type { HfModelInfo } from '../src/core/hf.js'
import { cloudModel, localModel } from './helpers.js'

export const TODAY = '2026-06-01'

export const auditStore = () => ({
  'cloud/gpt-x.json': cloudModel({ id: 'gpt-x', name: 'GPT X', litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, max_input: 272000, max_output: 128000, pricing: { input_per_1m: '$1.25', output_per_1m: '$10.00' }, last_verified: '2026-05-01' }),
  'cloud/claude-y.json': cloudModel({ id: 'claude-y', name: 'Claude Y', provider: 'anthropic', litellm_model_name: 'anthropic/claude-y-20260101', requires_api_key: 'ANTHROPIC_API_KEY', context_window: 200000, max_output: 64000, last_verified: '2026-05-01' }),
  'cloud/old-one.json': cloudModel({ id: 'old-one', name: 'Old One', litellm_model_name: 'openai/old-one', context_window: 8192, max_output: 4096, last_verified: '2026-05-01' }),
  'local/qwen-a.json': localModel({ id: 'qwen-a', name: 'Qwen A', model_uri: 'huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf', last_verified: '2026-05-01' }),
  'local/gated-b.json': localModel({ id: 'gated-b', name: 'Gated B', model_uri: 'huggingface://meta/B-GGUF/B-Q4_K_M.gguf', last_verified: '2026-05-01' }),
})

export const prices = (claudeWindow = 1_000_000): Record<string, unknown> => ({
  sample_spec: { max_tokens: 'documentation, not a model' },
  'gpt-x-2026-01-01': { litellm_provider: 'openai', mode: 'chat', max_input_tokens: 272000, max_output_tokens: 128000, input_cost_per_token: 1.25e-6, output_cost_per_token: 1e-5 },
  'gpt-z-2026-05-01': { litellm_provider: 'openai', mode: 'chat', max_input_tokens: 272000, max_output_tokens: 128000 },
  'gpt-w-2025-02-01': { litellm_provider: 'openai', mode: 'chat', max_input_tokens: 128000 },
  'text-embedding-q': { litellm_provider: 'openai', mode: 'embedding' },
  'claude-y-20260101': { litellm_provider: 'anthropic', mode: 'chat', max_input_tokens: claudeWindow, max_output_tokens: 64000 },
})

export const sibling = (rfilename: string) => ({ rfilename, lfs: { size: 1000 } })

export function hfRepos(): [string, HfModelInfo][] {
  return [
    ['Qwen/A-GGUF', { id: 'Qwen/A-GGUF', gated: false, disabled: false, downloads: 50000, siblings: [sibling('A-Q4_K_M.gguf'), sibling('A-Q8_0.gguf'), sibling('README.md')] }],
    ['meta/B-GGUF', { id: 'meta/B-GGUF', gated: 'manual', disabled: false, downloads: 90000, siblings: [sibling('B-Q4_K_M.gguf'), sibling('B-Q6_K.gguf')] }],
  ]
}

export const trending = (): HfModelInfo[] => [
  { id: 'Qwen/A-GGUF', trendingScore: 120, downloads: 50000 },
  { id: 'unsloth/New-GGUF', trendingScore: 90, downloads: 7000 },
]
