import { describe, expect, it } from 'vitest'
import { isPlainId } from '../../src/core/draft.js'
import type { HfModelInfo } from '../../src/core/hf.js'
import { asLiteLLMList } from '../../src/core/litellm.js'
import { cloudFacts, LITELLM_SOURCE, localFacts, pickableFiles, suggestCtxSize, suggestId, suggestLocal, suggestName } from '../../src/core/prefill.js'
import { suggestGroup, suggestRamGb } from '../../src/core/ram.js'

// Entries shaped like LiteLLM's list (keys and fields as in data/litellm-model-prices.json).
const LIST = asLiteLLMList({
  sample_spec: { max_tokens: 'LEGACY parameter' },
  'gpt-5-nano-2025-08-07': {
    litellm_provider: 'openai',
    mode: 'chat',
    max_input_tokens: 272000,
    max_output_tokens: 128000,
    input_cost_per_token: 5e-8,
    output_cost_per_token: 4e-7,
    cache_read_input_token_cost: 5e-9,
    supports_vision: true,
    supports_function_calling: true,
  },
  'gemini/gemini-2.5-pro': { litellm_provider: 'gemini', mode: 'chat', max_input_tokens: 1048576, max_output_tokens: 65535, input_cost_per_token: 1.25e-6, output_cost_per_token: 1e-5 },
  'groq/no-prices': { litellm_provider: 'groq', mode: 'chat', max_input_tokens: 8192 },
})

describe('ids', () => {
  it('suggests a plain id from a model or repo name', () => {
    expect(suggestId('openai/gpt-5-nano-2025-08-07')).toBe('gpt-5-nano-2025-08-07')
    expect(suggestId('Qwen3-4B-GGUF')).toBe('qwen3-4b')
    expect(suggestId('Meta Llama 3.1 (8B) Instruct')).toBe('meta-llama-3.1-8b-instruct')
    expect(suggestId('a..b__c')).toBe('a.b-c')
    expect(suggestId('--')).toBeUndefined()
    for (const name of ['x/../../etc', '__proto__', 'A/B/C', 'é']) {
      const id = suggestId(name)
      if (id !== undefined) expect(isPlainId(id)).toBe(true)
    }
  })
})

describe('display names', () => {
  it('suggests the name the store would write, from a model or repo name', () => {
    const cases: [string, string][] = [
      ['claude-haiku-4-5-20251001', 'Claude Haiku 4.5'],
      ['anthropic/claude-opus-4-1-20250805', 'Claude Opus 4.1'],
      ['claude-3-5-sonnet-20240620', 'Claude 3.5 Sonnet'],
      ['gpt-5-nano-2025-08-07', 'GPT-5 Nano'],
      ['openai/gpt-5', 'GPT-5'],
      ['gpt-4o-mini', 'GPT-4o Mini'],
      ['gpt-oss-120b', 'GPT-OSS 120B'],
      ['gemini/gemini-2.5-flash', 'Gemini 2.5 Flash'],
      ['xai/grok-4-fast', 'Grok 4 Fast'],
      ['deepseek-chat', 'DeepSeek Chat'],
      ['mistral-large-2411', 'Mistral Large 2411'],
      ['Qwen/Qwen3-4B-GGUF', 'Qwen3 4B'],
      ['Qwen3-30B-A3B-Instruct-2507', 'Qwen3 30B A3B Instruct 2507'],
      ['qwen3-0.6b', 'Qwen3 0.6B'],
      ['meta-llama/Llama-3.2-3B-Instruct', 'Llama 3.2 3B Instruct'],
      ['llama-3-1-8b', 'Llama 3.1 8B'],
      ['unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF', 'Llama 4 Scout 17B 16E Instruct'],
      ['ibm-granite/granite-4.0-h-micro-GGUF', 'Granite 4.0 H Micro'],
    ]
    for (const [raw, name] of cases) expect([raw, suggestName(raw)]).toEqual([raw, name])
  })
  it('keeps a name it cannot improve', () => {
    expect(suggestName('x')).toBe('X')
    expect(suggestName('--')).toBe('--')
  })
})

describe('cloud facts from the LiteLLM list', () => {
  it('prefills window, output, prices, capabilities and the key variable, and names the source', () => {
    const f = cloudFacts(LIST, 'openai/gpt-5-nano-2025-08-07')
    const e = LIST['gpt-5-nano-2025-08-07']
    expect(f).toMatchObject({
      provider: 'openai',
      litellm_model_name: 'openai/gpt-5-nano-2025-08-07',
      listed: true,
      // The list records the input cap, not the whole window: the prefill is what compareLimits agrees with.
      context_window: e.max_input_tokens,
      max_output: e.max_output_tokens,
      requires_api_key: 'OPENAI_API_KEY',
      pricing: { input_per_1m: '$0.05', output_per_1m: '$0.40', cache_read_per_1m: '$0.005' },
      name: 'GPT-5 Nano',
      id: 'gpt-5-nano-2025-08-07',
      sources: [LITELLM_SOURCE],
    })
    expect(f.capabilities).toEqual(['chat', 'vision', 'tools'])
  })
  it('finds a bare key too, and routes prefixed names as listed', () => {
    expect(cloudFacts(LIST, 'gpt-5-nano-2025-08-07').litellm_model_name).toBe('openai/gpt-5-nano-2025-08-07')
    const g = cloudFacts(LIST, 'gemini/gemini-2.5-pro')
    expect(g).toMatchObject({ provider: 'gemini', context_window: 1048576, requires_api_key: 'GEMINI_API_KEY', pricing: { input_per_1m: '$1.25', output_per_1m: '$10.00' } })
    expect(g.pricing?.cache_read_per_1m).toBeUndefined()
  })
  it('prefills nothing it does not know', () => {
    const n = cloudFacts(LIST, 'groq/no-prices')
    expect(n.pricing).toBeUndefined()
    expect(n.max_output).toBeUndefined()
    const u = cloudFacts(LIST, 'acme/unlisted-1')
    expect(u).toMatchObject({ listed: false, provider: 'acme', sources: [], name: 'Unlisted 1' })
    expect(u.context_window).toBeUndefined()
    expect(u.requires_api_key).toBeUndefined()
  })
})

const SIZE_1 = 2_497_280_256
const INFO: HfModelInfo = {
  id: 'Qwen/Qwen3-4B-GGUF',
  pipeline_tag: 'text-generation',
  cardData: { license: 'apache-2.0' },
  tags: ['gguf', 'license:apache-2.0'],
  gguf: { total: 4022468096, architecture: 'qwen3', context_length: 40960 },
  siblings: [
    { rfilename: 'README.md', size: 100 },
    { rfilename: 'Qwen3-4B-Q4_K_M.gguf', size: SIZE_1, lfs: { sha256: 'a'.repeat(64), size: SIZE_1 } },
    { rfilename: 'Qwen3-4B-Q8_0.gguf', size: 4_280_405_248, lfs: { size: 4_280_405_248 } },
    { rfilename: 'big/Qwen3-4B-F16-00001-of-00002.gguf', lfs: { size: 5_000_000_000 } },
    { rfilename: 'big/Qwen3-4B-F16-00002-of-00002.gguf', lfs: { size: 3_000_000_000 } },
    { rfilename: 'mmproj-Qwen3-4B-F16.gguf', size: 800_000_000 },
  ],
}

describe('local facts from the file name and the HF API', () => {
  it('offline: quantization from the file name, name and id from the repo', () => {
    const r = localFacts('Qwen/Qwen3-4B-GGUF', 'Qwen3-4B-Q4_K_M.gguf')
    expect(r).toEqual({
      ok: true,
      facts: {
        model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf',
        hf_repo: 'Qwen/Qwen3-4B-GGUF',
        hf_file: 'Qwen3-4B-Q4_K_M.gguf',
        quantization: 'Q4_K_M',
        embeddings: false,
        name: 'Qwen3 4B',
        id: 'qwen3-4b',
        sources: [],
      },
    })
  })
  it('online: size, context and licence from the API; shards summed', () => {
    const r = localFacts('Qwen/Qwen3-4B-GGUF', 'Qwen3-4B-Q4_K_M.gguf', INFO)
    expect(r.ok && r.facts).toMatchObject({ size_bytes: SIZE_1, context_window: 40960, license: 'apache-2.0', sources: ['https://huggingface.co/Qwen/Qwen3-4B-GGUF'] })
    const split = localFacts('Qwen/Qwen3-4B-GGUF', 'big/Qwen3-4B-F16-00001-of-00002.gguf', INFO)
    expect(split.ok && split.facts.size_bytes).toBe(8_000_000_000)
  })
  it('refuses a file the repo does not hold, a later shard and a traversal path', () => {
    const missing = localFacts('Qwen/Qwen3-4B-GGUF', 'nope.gguf', INFO)
    expect(missing).toMatchObject({ ok: false, problem: 'Qwen/Qwen3-4B-GGUF has no file nope.gguf' })
    expect(!missing.ok && missing.hint).toContain('Qwen3-4B-Q4_K_M.gguf')
    expect(localFacts('Qwen/Qwen3-4B-GGUF', 'big/Qwen3-4B-F16-00002-of-00002.gguf')).toMatchObject({ ok: false })
    expect(localFacts('Qwen/Qwen3-4B-GGUF', '../x.gguf')).toMatchObject({ ok: false })
    expect(localFacts('Qwen/Qwen3-4B-GGUF', 'a b.gguf')).toMatchObject({ ok: false })
  })
  it('lists shard 1 of split files and no projector files to pick from', () => {
    expect(pickableFiles(INFO).map((f) => [f.file, f.size])).toEqual([
      ['Qwen3-4B-Q4_K_M.gguf', SIZE_1],
      ['Qwen3-4B-Q8_0.gguf', 4_280_405_248],
      ['big/Qwen3-4B-F16-00001-of-00002.gguf', 8_000_000_000],
    ])
  })
  it('spots embedding models by pipeline tag or name', () => {
    const emb = { ...INFO, id: 'Qwen/Qwen3-Embedding-8B-GGUF', pipeline_tag: 'feature-extraction', siblings: [{ rfilename: 'Qwen3-Embedding-8B-Q8_0.gguf', size: 8e9 }] }
    expect(localFacts(emb.id, 'Qwen3-Embedding-8B-Q8_0.gguf', emb)).toMatchObject({ ok: true, facts: { embeddings: true } })
    expect(localFacts('x/some-embed-GGUF', 'm-Q8_0.gguf')).toMatchObject({ ok: true, facts: { embeddings: true } })
  })
  it('suggests ctx_size, group and ram with the store formula', () => {
    expect(suggestCtxSize(4096)).toBe(4096)
    expect(suggestCtxSize(40960)).toBe(8192)
    expect(suggestLocal(SIZE_1, 8192, false)).toEqual({ group: suggestGroup(SIZE_1), ram_required_gb: suggestRamGb(SIZE_1, 8192) })
    expect(suggestLocal(undefined, 8192, false)).toEqual({})
    expect(suggestLocal(undefined, 8192, true)).toEqual({ group: 'embeddings' })
  })
})

