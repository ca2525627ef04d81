import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deprecateText, formattingOf } from '../../src/core/deprecate.js'
import type { HfModelInfo } from '../../src/core/hf.js'
import { asLiteLLMList } from '../../src/core/litellm.js'
import { suggestGroup, suggestRamGb } from '../../src/core/ram.js'
import {
  buildModel,
  checkAnswer,
  checkDraft,
  cloudFacts,
  idProblem,
  isPlainId,
  LITELLM_SOURCE,
  localFacts,
  normalizePrice,
  parseList,
  pickableFiles,
  serializeModel,
  suggestCtxSize,
  suggestId,
  suggestLocal,
  type DraftContext,
} from '../../src/core/scaffold.js'
import { changeSetOf, focusOn } from '../../src/core/changes.js'
import { runRules } from '../../src/core/engine.js'
import { DEFAULT_LAYOUT } from '../../src/core/layout.js'
import { DEFAULT_POLICY } from '../../src/core/policy.js'
import { Schemas } from '../../src/core/schema.js'
import { Store } from '../../src/core/store.js'
import type { Kind, ModelFile } from '../../src/core/types.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { cloudModel, localModel, ROOT } from '../helpers.js'
import { litellm } from './rules/tester.js'

const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))

function file(kind: Kind, data: Record<string, unknown>): ModelFile {
  return { kind, path: `model-store/${kind}/${String(data.id)}.json`, text: JSON.stringify(data, null, 2) + '\n' }
}

/** A draft context judging as validate does: every rule of the default policy, the draft as a new file. */
function ctxOf(kind: Kind, ...files: ModelFile[]): DraftContext {
  const store = new Store(files)
  const judge = (file: ModelFile) => runRules({ store: store.withFile(file), schemas, policy: DEFAULT_POLICY, litellm, today: '2026-01-01', changes: changeSetOf([{ path: file.path, status: 'added' }], DEFAULT_LAYOUT), focus: focusOn([file.path]) })
  return { store, schemas, kind, storePath: 'model-store', judge }
}

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
  it('refuses ids that are not plain and ids already taken, by id or alias', () => {
    const store = new Store([file('cloud', cloudModel({ id: 'gpt-5', aliases: ['gpt5'] }))])
    for (const bad of ['../x', 'a/b', 'a..b', '.hidden', 'A', 'x', 'a\\b', 'a\nb', '__proto__']) expect(idProblem(store, bad)).toMatch(/not a plain id/)
    expect(idProblem(store, 'GPT-5')).toMatch(/not a plain id/) // upper case is not plain: ids are file names
    expect(idProblem(store, 'gpt-5')).toBe('id "gpt-5" is taken: model-store/cloud/gpt-5.json')
    expect(idProblem(store, 'gpt5')).toBe('id "gpt5" is taken: an alias in model-store/cloud/gpt-5.json')
    expect(idProblem(store, 'gpt-5-mini')).toBeUndefined()
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
      name: 'gpt-5-nano-2025-08-07',
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
    expect(u).toMatchObject({ listed: false, provider: 'acme', sources: [], name: 'unlisted-1' })
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
        name: 'Qwen3-4B',
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

describe('values as typed', () => {
  it('normalises prices to the human form and splits lists', () => {
    expect(normalizePrice('1.25')).toBe('$1.25')
    expect(normalizePrice(' 10 ')).toBe('$10.00')
    expect(normalizePrice('$0.40')).toBe('$0.40')
    expect(normalizePrice('1.25 USD')).toBe('1.25 USD')
    expect(normalizePrice('')).toBeUndefined()
    expect(parseList('chat, vision tools,,chat')).toEqual(['chat', 'vision', 'tools'])
  })
})

describe('building and serialising', () => {
  it('writes keys in schema order, $schema first, 2-space indent, trailing newline, empty values left out', () => {
    const draft = { enabled: true, pricing: { output_per_1m: '$1.00', input_per_1m: '$0.50' }, name: 'X', id: 'x-1', description: '', capabilities: [], provider: 'openai', litellm_model_name: 'openai/x-1', context_window: 1000, requires_api_key: 'OPENAI_API_KEY' }
    const order = schemas.keyOrder('cloud.schema.json')
    const data = buildModel('cloud', draft, order)
    const keys = Object.keys(data)
    expect(keys[0]).toBe('$schema')
    expect(keys.slice(1)).toEqual(order.filter((k) => keys.includes(k) && k !== '$schema'))
    expect(keys).not.toContain('description')
    expect(keys).not.toContain('capabilities')
    expect(Object.keys(data.pricing as object)).toEqual(['input_per_1m', 'output_per_1m'])
    const text = serializeModel(data)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "$schema": "../../schemas/cloud.schema.json",')
    expect(JSON.parse(text)).toEqual({ ...data })
  })
  it('builds files that validate with no finding', async () => {
    const ctx = ctxOf('local')
    const draft = { ...localModel({ id: 'qwen3-4b' }), $schema: undefined, hf_repo: 'Qwen/Qwen3-4B-GGUF', hf_file: 'Qwen3-4B-Q4_K_M.gguf', ctx_size: 8192 }
    expect(await checkDraft(ctx, draft)).toEqual([])
  })
  it('escapes hostile text instead of writing it raw', () => {
    const data = buildModel('cloud', { id: 'a-1', description: 'line\n"quoted" ${HOME} 100% \u0000' }, schemas.keyOrder('cloud.schema.json'))
    const text = serializeModel(data)
    expect(text.split('\n')).toHaveLength(6) // {, $schema, id, description, }, ''
    expect(JSON.parse(text).description).toBe('line\n"quoted" ${HOME} 100% \u0000')
  })
})

describe('checking answers with the rules validate runs', () => {
  const existing = file('cloud', cloudModel({ id: 'gpt-5', litellm_model_name: 'openai/gpt-5-2025-08-07' }))
  const base = { id: 'new-1', name: 'New', provider: 'openai', litellm_model_name: 'openai/new-1', context_window: 1000, requires_api_key: 'OPENAI_API_KEY' }

  it('accepts a good answer', async () => {
    expect(await checkAnswer(ctxOf('cloud', existing), base, ['name'])).toBe(true)
  })
  it('reports the schema problem of the field asked, with its hint', async () => {
    const r = await checkAnswer(ctxOf('cloud', existing), { ...base, requires_api_key: 'openai key' }, ['requires_api_key'])
    // The finding's message, then its hint (which names the form and an example).
    expect(r).toMatch(/^requires_api_key "openai key" is not in the expected form\. Expected .*environment variable.*; for example "OPENAI_API_KEY"\.$/)
    expect(await checkAnswer(ctxOf('cloud'), { ...base, context_window: 0 }, ['context_window'])).toMatch(/^context_window must be >= 1, got 0/)
    expect(await checkAnswer(ctxOf('cloud'), { ...base, name: 'a\nb' }, ['name'])).toMatch(/^name "a\\nb" is not in the expected form/)
    expect(await checkAnswer(ctxOf('cloud'), { ...base, pricing: { input_per_1m: '1.25 USD' } }, ['pricing', 'input_per_1m'])).toMatch(/pricing.input_per_1m "1.25 USD" is not in the expected form/)
  })
  it('does not blame the field asked for another field, or for a property not asked yet', async () => {
    const draft = { ...base, requires_api_key: 'bad key', pricing: { input_per_1m: '$1.00' } }
    expect(await checkAnswer(ctxOf('cloud'), draft, ['name'])).toBe(true)
    expect(await checkAnswer(ctxOf('cloud'), draft, ['pricing', 'input_per_1m'])).toBe(true) // output_per_1m comes next
  })
  it('runs the cross-file and cross-field rules: taken ids, shared targets, limits', async () => {
    const ctx = ctxOf('cloud', existing)
    expect(await checkAnswer(ctx, { ...base, id: 'gpt-5' }, ['id'])).toBe('id "gpt-5" is taken: model-store/cloud/gpt-5.json')
    expect(await checkAnswer(ctx, { ...base, litellm_model_name: 'openai/gpt-5-2025-08-07' }, ['litellm_model_name'])).toMatch(/is also used by model-store\/cloud\/gpt-5.json/)
    expect(await checkAnswer(ctx, { ...base, max_output: 2000 }, ['max_output'])).toMatch(/^max_output 2000 is larger than context_window 1000/)
    const local = ctxOf('local')
    const l = { id: 'l-1', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf', hf_file: 'Qwen3-4B-Q4_K_M.gguf' }
    expect(await checkAnswer(local, { ...l, quantization: 'Q8_0' }, ['quantization'])).toMatch(/differs from the file name, which says Q4_K_M/)
    expect(await checkAnswer(local, { ...l, hf_file: 'x/../y.gguf', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/x/../y.gguf' }, ['hf_file'], [['model_uri']])).toMatch(/model_uri contains a "." or ".." path segment/)
  })
})

describe('deprecate edits', () => {
  const order = schemas.keyOrder('cloud.schema.json')
  it('reads indentation and line ends from the file', () => {
    expect(formattingOf('{\n\t"a": 1\n}')).toMatchObject({ insertSpaces: false, eol: '\n' })
    expect(formattingOf('{\r\n    "a": 1\r\n}')).toMatchObject({ insertSpaces: true, tabSize: 4, eol: '\r\n' })
  })
  it('changes only the deprecation fields, in place, new keys in schema order', () => {
    const text = '{\n    "id": "old",\n    "name": "Old",   \n    "enabled": true,\n    "sources": ["https://example.com/a"]\n}\n'
    const out = deprecateText(text, { replacement: 'new', reason: 'Superseded', sunset: '2027-01-01' }, order)
    expect(out).toBe(
      '{\n    "id": "old",\n    "name": "Old",   \n    "enabled": false,\n    "deprecated": true,\n    "replacement": "new",\n    "deprecation_reason": "Superseded",\n    "sunset_date": "2027-01-01",\n    "sources": ["https://example.com/a"]\n}\n',
    )
  })
  it('keeps tabs and CRLF, replaces existing values, and leaves a reason not given alone', () => {
    const text = '{\r\n\t"id": "old",\r\n\t"deprecated": false,\r\n\t"deprecation_reason": "kept"\r\n}'
    const out = deprecateText(text, { replacement: 'new' }, order)
    expect(out).toBe('{\r\n\t"id": "old",\r\n\t"enabled": false,\r\n\t"deprecated": true,\r\n\t"replacement": "new",\r\n\t"deprecation_reason": "kept"\r\n}')
  })
  it('writes hostile text as escaped JSON', () => {
    const out = deprecateText('{\n  "id": "old"\n}\n', { replacement: 'new', reason: 'a\n"b" ${X}' }, order)
    expect(JSON.parse(out).deprecation_reason).toBe('a\n"b" ${X}')
  })
})
