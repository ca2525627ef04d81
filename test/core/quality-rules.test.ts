/** Every quality rule on fixtures, good and bad, with the exact place of each finding. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { asLiteLLMList, type LiteLLMSource } from '../../src/core/litellm.js'
import { mergePolicy, type Policy } from '../../src/core/policy.js'
import { Schemas } from '../../src/core/schema.js'
import { Store } from '../../src/core/store.js'
import type { Finding, Kind, ModelFile } from '../../src/core/types.js'
import { validateStore, type ValidateOptions } from '../../src/core/validate.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { cloudModel, localModel, ROOT } from '../helpers.js'
import { trimmedLiteLLM } from '../io/serve.js'

const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))
const litellm: LiteLLMSource = { list: asLiteLLMList(JSON.parse(trimmedLiteLLM())), origin: 'test list', offline: true }

function file(kind: Kind, name: string, content: unknown): ModelFile {
  return { kind, path: `model-store/${kind}/${name}`, text: JSON.stringify(content, null, 2) + '\n' }
}
const cloud = (over: Record<string, unknown> = {}) => file('cloud', `${(over.id as string) ?? 'test-cloud'}.json`, cloudModel(over))
const local = (over: Record<string, unknown> = {}) => file('local', `${(over.id as string) ?? 'test-local'}.json`, localModel(over))

async function run(files: ModelFile[], options: ValidateOptions = {}): Promise<Finding[]> {
  return (await validateStore(new Store(files), schemas, { litellm, today: '2026-01-01', ...options })).findings
}
/** Findings of one rule as [file name, line, column, severity, message]. */
async function rule(id: string, files: ModelFile[], options: ValidateOptions = {}) {
  return (await run(files, options)).filter((f) => f.rule === id).map((f) => [f.file.split('/').pop(), f.line, f.column, f.severity, f.message])
}

describe('the fixtures', () => {
  it('pass every rule as they are', async () => {
    expect(await run([cloud(), local()])).toEqual([])
  })
})

describe('cloud/litellm-listed', () => {
  it('finds prefixed and bare keys, checking the bare key belongs to the provider', async () => {
    const ok = [cloud(), cloud({ id: 'sonnet', provider: 'anthropic', litellm_model_name: 'anthropic/claude-sonnet-4-5-20250929', requires_api_key: 'ANTHROPIC_API_KEY', context_window: 200000, max_output: 64000, pricing: undefined })]
    expect(await rule('cloud/litellm-listed', ok)).toEqual([])
    // The bare key gpt-5-2025-08-07 is OpenAI's: routed through anthropic it does not exist.
    const f = await run([cloud({ provider: 'anthropic', litellm_model_name: 'anthropic/gpt-5-2025-08-07' })])
    expect(f.filter((x) => x.rule === 'cloud/litellm-listed').map((x) => [x.line, x.column, x.message])).toEqual([
      [6, 25, 'litellm_model_name "anthropic/gpt-5-2025-08-07" is not in LiteLLM\'s price list'],
    ])
  })
  it('suggests the closest listed name', async () => {
    const f = (await run([cloud({ litellm_model_name: 'openai/gpt-5-2025-08-7' })])).find((x) => x.rule === 'cloud/litellm-listed')!
    expect(f.hint).toContain('"openai/gpt-5-2025-08-07"')
  })
})

describe('cloud/facts-match-upstream', () => {
  it('compares the input limit with max_input_tokens and max_output with max_output_tokens, and prices as numbers', async () => {
    // gpt-5: a 400,000 window with a 272,000 input cap (max_input), as OpenAI documents it.
    expect(await rule('cloud/facts-match-upstream', [cloud()])).toEqual([])
    expect(await rule('cloud/facts-match-upstream', [cloud({ pricing: { input_per_1m: 1.25, output_per_1m: '$10' } })])).toEqual([])
    // Without max_input the whole window is the input limit: 400,000 is then one reading, and a wrong one.
    expect(await rule('cloud/facts-match-upstream', [cloud({ context_window: 272000 })])).toEqual([])
    expect(await rule('cloud/facts-match-upstream', [cloud({ context_window: 400000, max_output: 100000, pricing: { input_per_1m: '$1.30', output_per_1m: 10, cache_read_per_1m: '$0.125' } })])).toEqual([
      ['test-cloud.json', 7, 21, 'warning', 'context_window 400000 differs from LiteLLM\'s max_input_tokens 272000 for "gpt-5-2025-08-07" (the file has no max_input, so its input limit is the whole window)'],
      ['test-cloud.json', 8, 17, 'warning', 'max_output 100000 differs from LiteLLM\'s max_output_tokens 128000 for "gpt-5-2025-08-07"'],
      ['test-cloud.json', 11, 21, 'warning', 'pricing.input_per_1m $1.30 differs from LiteLLM\'s $1.25 per 1M tokens for "gpt-5-2025-08-07"'],
    ])
    expect(await rule('cloud/facts-match-upstream', [cloud({ context_window: 400000, max_input: 200000 })])).toEqual([
      ['test-cloud.json', 10, 16, 'warning', 'max_input 200000 differs from LiteLLM\'s max_input_tokens 272000 for "gpt-5-2025-08-07"'],
    ])
  })
  it('takes max_input_tokens as the window for other providers', async () => {
    const gemini = cloud({ provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-pro', requires_api_key: 'GEMINI_API_KEY', context_window: 1048576, max_output: 65535 })
    expect(await rule('cloud/facts-match-upstream', [gemini])).toEqual([])
  })
})

describe('cloud/pricing-present', () => {
  it('wants pricing, except on deprecated models', async () => {
    expect(await rule('cloud/pricing-present', [cloud({ pricing: undefined })])).toEqual([['test-cloud.json', 1, 1, 'error', 'cloud model has no pricing']])
    const old = cloud({ id: 'old', litellm_model_name: 'openai/gpt-5', pricing: undefined, deprecated: true, replacement: 'test-cloud' })
    expect(await rule('cloud/pricing-present', [old, cloud()])).toEqual([])
  })
})

describe('cloud/established-provider', () => {
  it('knows the policy providers and their key variables', async () => {
    const f = await rule('cloud/established-provider', [cloud({ provider: 'acme', litellm_model_name: 'acme/x' }), cloud({ id: 'b', litellm_model_name: 'openai/gpt-5', requires_api_key: 'OPENAI_KEY' })])
    expect(f).toEqual([
      ['b.json', 9, 23, 'warning', 'requires_api_key "OPENAI_KEY" is not openai\'s key variable "OPENAI_API_KEY"'],
      ['test-cloud.json', 5, 15, 'error', 'provider "acme" is not an established provider of this store'],
    ])
  })
  it('follows the policy when it names the providers', async () => {
    const policy = mergePolicy({ providers: { acme: { api_key_env: 'ACME_KEY' } } })
    expect(await rule('cloud/established-provider', [cloud({ provider: 'acme', requires_api_key: 'ACME_KEY' })], { policy })).toEqual([])
    expect(await rule('cloud/established-provider', [cloud()], { policy })).toHaveLength(1)
  })
})

describe('cloud/not-preview', () => {
  it('finds preview, beta, experimental and -latest in id, name or LiteLLM name', async () => {
    const f = await rule('cloud/not-preview', [
      cloud({ id: 'gemini-2.5-pro-preview', provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-pro-preview-06-05', requires_api_key: 'GEMINI_API_KEY' }),
      cloud({ id: 'b', name: 'GPT-5 Beta', litellm_model_name: 'openai/gpt-5' }),
      cloud({ id: 'c', litellm_model_name: 'openai/gpt-5-chat-latest' }),
      cloud({ id: 'd', name: 'Expert Coder', litellm_model_name: 'openai/gpt-5' }),
    ])
    expect(f.map((x) => [x[0], x[1], x[4]])).toEqual([
      ['b.json', 4, 'name "GPT-5 Beta" names a preview, beta or experimental model (matches /\\bbeta\\b/i)'],
      ['c.json', 6, 'litellm_model_name "openai/gpt-5-chat-latest" names a preview, beta or experimental model (matches /-latest\\b/i)'],
      ['gemini-2.5-pro-preview.json', 3, 'id "gemini-2.5-pro-preview" names a preview, beta or experimental model (matches /\\bpreview\\b/i)'],
    ])
  })
})

describe('local/gguf-on-hf', () => {
  it('wants the model file, not a projector', async () => {
    expect(await rule('local/gguf-on-hf', [local()])).toEqual([])
    const f = await rule('local/gguf-on-hf', [local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/mmproj-Qwen3-4B-F16.gguf', quantization: 'F16' })])
    expect(f).toEqual([['test-local.json', 5, 16, 'error', 'model_uri names "mmproj-Qwen3-4B-F16.gguf", a mmproj file, not the model\'s weights']])
  })
  it('leaves grammar to uri-format (one finding per problem)', async () => {
    const f = await run([local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/../x.gguf' })])
    expect(f.filter((x) => x.line === 5).map((x) => x.rule)).toEqual(['uri-format'])
  })
})

describe('local/benchmarks-present', () => {
  it('wants published scores', async () => {
    expect(await rule('local/benchmarks-present', [local({ benchmarks: undefined })])).toEqual([['test-local.json', 1, 1, 'error', 'local model has no published benchmarks']])
    expect(await rule('local/benchmarks-present', [local({ benchmarks: { mmlu: 85.3 } })])).toEqual([])
  })
})

describe('local/ram-range', () => {
  it('keeps ram_required_gb in the policy range and above the weights', async () => {
    const f = await rule('local/ram-range', [local({ id: 'a', ram_required_gb: 142 }), local({ id: 'b', ram_required_gb: 4, size_bytes: 9001752960 }), local({ id: 'c', ram_required_gb: 128 })])
    expect(f).toEqual([
      ['a.json', 7, 22, 'error', 'ram_required_gb 142 is outside the store\'s range of 1-128 GB'],
      ['b.json', 7, 22, 'error', 'ram_required_gb 4 cannot hold the 9.00 GB of weights (size_bytes 9001752960)'],
    ])
  })
  it('follows the policy thresholds', async () => {
    const policy = mergePolicy({ thresholds: { ram_max_gb: 256 } as Policy['thresholds'] })
    expect(await rule('local/ram-range', [local({ ram_required_gb: 142 })], { policy })).toEqual([])
    expect(policy.thresholds.min_downloads).toBe(1000) // merged field by field
  })
})

describe('local/licence', () => {
  it('wants a licence the policy allows', async () => {
    expect(await rule('local/licence', [local({ license: undefined }), local({ id: 'b', license: 'cc-by-nc-4.0' }), local({ id: 'c', license: 'llama4' })])).toEqual([
      ['b.json', 10, 14, 'error', 'licence "cc-by-nc-4.0" is not one the policy allows'],
      ['test-local.json', 1, 1, 'error', 'local model states no licence'],
    ])
  })
})

describe('local/redundant-variant', () => {
  const existing = local({ id: 'qwen3-4b' })
  const v2 = local({ id: 'qwen3-4b-v2', model_uri: 'huggingface://unsloth/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf' })
  const q8 = local({ id: 'qwen3-4b-q8', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0' })
  const other = local({ id: 'qwen3-14b', model_uri: 'huggingface://Qwen/Qwen3-14B-GGUF/Qwen3-14B-Q4_K_M.gguf' })
  it('flags a new -v2 or another quant of a model the store has', async () => {
    const added = new Set([v2.path, q8.path, other.path])
    expect(await rule('local/redundant-variant', [existing, v2, q8, other], { added })).toEqual([
      ['qwen3-4b-q8.json', 5, 16, 'error', 'the store already has this model from the same repository: "qwen3-4b" (Q4_K_M)'],
      ['qwen3-4b-v2.json', 3, 9, 'error', '"qwen3-4b-v2" is a variant of "qwen3-4b", already in the store'],
    ])
  })
  it('runs only in the new-submission tier, and not against deprecated models', async () => {
    expect(await rule('local/redundant-variant', [existing, v2])).toEqual([])
    const gone = local({ id: 'qwen3-4b', deprecated: true, replacement: 'qwen3-4b-v2' })
    expect(await rule('local/redundant-variant', [gone, v2], { added: new Set([v2.path]) })).toEqual([])
  })
})

describe('sources-present and stale-verification', () => {
  it('warns when a model names no sources', async () => {
    expect(await rule('sources-present', [cloud({ sources: undefined })])).toEqual([['test-cloud.json', 1, 1, 'warning', 'model names no sources']])
  })
  it('is a notice in checks and a warning in the audit', async () => {
    const files = [cloud({ last_verified: '2025-03-01' }), local({ last_verified: '2025-12-01' })]
    expect(await rule('stale-verification', files)).toEqual([['test-cloud.json', 10, 20, 'notice', 'last verified 306 days ago (2025-03-01); the policy wants every 180 days']])
    expect((await rule('stale-verification', files, { audit: true }))[0][3]).toBe('warning')
    expect(await rule('stale-verification', [cloud({ last_verified: '2027-01-01' })])).toEqual([['test-cloud.json', 10, 20, 'warning', 'last_verified 2027-01-01 is in the future']])
  })
})

describe('policy/denied', () => {
  it('refuses what the deny list names; deny wins over allow', async () => {
    const policy = mergePolicy({ allow: { providers: ['openai', 'qwen'], ids: ['spare-*'] }, deny: { providers: [], ids: ['*-pro'] } })
    const f = await rule('policy/denied', [cloud({ id: 'gpt-5-pro', litellm_model_name: 'openai/gpt-5' }), cloud(), cloud({ id: 'spare-1', provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-pro', requires_api_key: 'GEMINI_API_KEY' }), local(), local({ id: 'other', model_uri: 'huggingface://unsloth/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf' })], { policy })
    expect(f).toEqual([
      ['gpt-5-pro.json', 3, 9, 'error', 'the curation policy refuses this model: id matches "*-pro" on the policy\'s deny list'],
      ['other.json', 3, 9, 'error', 'the curation policy refuses this model: the policy has an allow list and this model is not on it'],
    ])
    const byOrg = mergePolicy({ deny: { providers: ['Qwen'], ids: [] } })
    expect((await rule('policy/denied', [local()], { policy: byOrg })).map((x) => [x[1], x[4]])).toEqual([[5, 'the curation policy refuses this model: provider "Qwen" is on the policy\'s deny list']])
  })
})

describe('hostile and malformed files', () => {
  it('never crash a quality rule: wrong types, __proto__, control characters', async () => {
    const weird = {
      id: '__proto__',
      provider: 'constructor',
      litellm_model_name: 'constructor/toString\n::error::forged',
      pricing: ['$1'],
      benchmarks: 'great',
      license: 7,
      last_verified: 20250101,
      sources: null,
      ram_required_gb: '4',
      model_uri: { toString: 1 },
      name: 'Beta${HOME}%0A',
    }
    const f = await run([file('cloud', 'weird.json', { ...weird, model_uri: undefined }), file('local', 'weird2.json', { ...weird, id: 'weird2', provider: undefined, litellm_model_name: undefined })], {
      added: new Set(['model-store/local/weird2.json']),
    })
    expect(f.length).toBeGreaterThan(0)
    expect(f.every((x) => x.line !== undefined && x.column !== undefined && x.file.startsWith('model-store/'))).toBe(true)
    expect(f.find((x) => x.rule === 'cloud/established-provider')?.message).toBe('provider "constructor" is not an established provider of this store')
  })
})
