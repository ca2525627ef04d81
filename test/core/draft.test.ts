import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { changeSetOf, focusOn } from '../../src/core/changes.js'
import {
  buildModel,
  checkAnswer,
  checkDraft,
  idProblem,
  lastVerifiedOf,
  normalizePrice,
  parseBenchmarks,
  parseList,
  policyRequires,
  serializeModel,
  storeUsesTier,
  withValue,
  type DraftContext,
} from '../../src/core/draft.js'
import { runRules } from '../../src/core/engine.js'
import { DEFAULT_LAYOUT } from '../../src/core/layout.js'
import { LITELLM_SOURCE } from '../../src/core/prefill.js'
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

describe('ids', () => {
  it('refuses ids that are not plain and ids already taken, by id or alias', () => {
    const store = new Store([file('cloud', cloudModel({ id: 'gpt-5', aliases: ['gpt5'] }))])
    for (const bad of ['../x', 'a/b', 'a..b', '.hidden', 'A', 'x', 'a\\b', 'a\nb', '__proto__']) expect(idProblem(store, bad)).toMatch(/not a plain id/)
    expect(idProblem(store, 'GPT-5')).toMatch(/not a plain id/) // upper case is not plain: ids are file names
    expect(idProblem(store, 'gpt-5')).toBe('id "gpt-5" is taken: model-store/cloud/gpt-5.json')
    expect(idProblem(store, 'gpt5')).toBe('id "gpt5" is taken: an alias in model-store/cloud/gpt-5.json')
    expect(idProblem(store, 'gpt-5-mini')).toBeUndefined()
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
  it('reads benchmark scores as name=score pairs, and says what it cannot read', () => {
    expect(parseBenchmarks('mmlu=83.7, gpqa_diamond=55.9')).toEqual({ scores: { mmlu: 83.7, gpqa_diamond: 55.9 } })
    expect(parseBenchmarks('MMLU: 85%,humaneval=70')).toEqual({ scores: { mmlu: 85, humaneval: 70 } })
    expect(parseBenchmarks('  ')).toEqual({})
    expect(parseBenchmarks('mmlu 83.7').problem).toMatch(/"mmlu 83.7" is not name=score/)
    expect(parseBenchmarks('mmlu=high').problem).toBe('the score of mmlu must be a number; got "high"')
    expect(parseBenchmarks('mmlu=1, MMLU=2').problem).toBe('mmlu is given twice')
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
  it('says when the policy requires a field: benchmarks and a licence for local models, prices for cloud', () => {
    const local = ctxOf('local')
    const l = { ...localModel({ id: 'l-1', benchmarks: undefined, license: undefined }), $schema: undefined }
    expect(policyRequires(local, l, 'local/benchmarks-present')).toBe(true)
    expect(policyRequires(local, l, 'local/licence')).toBe(true)
    expect(policyRequires(local, { ...l, benchmarks: { mmlu: 80 } }, 'local/benchmarks-present')).toBe(false)
    expect(policyRequires(ctxOf('cloud'), base, 'cloud/pricing-present')).toBe(true)
    expect(policyRequires(ctxOf('cloud'), { ...base, pricing: { input_per_1m: '$1.00', output_per_1m: '$2.00' } }, 'cloud/pricing-present')).toBe(false)
  })
})

describe('what the store asks of a new file', () => {
  it('asks for a tier when the store\'s cloud models record one', () => {
    expect(storeUsesTier(new Store([file('cloud', cloudModel({ id: 'a-1' }))]))).toBe(false)
    expect(storeUsesTier(new Store([file('cloud', cloudModel({ id: 'a-1', pricing: { input_per_1m: '$1.00', output_per_1m: '$2.00', tier: 'mid' } }))]))).toBe(true)
    expect(schemas.enumOf('cloud.schema.json', ['pricing', 'tier'])).toEqual(['frontier', 'premium', 'mid', 'budget', 'free'])
    expect(schemas.enumOf('local.schema.json', ['group'])).toEqual(['task', 'balanced', 'heavy', 'embeddings'])
    expect(schemas.enumOf('cloud.schema.json', ['name'])).toBeUndefined()
  })
  it('dates last_verified today only when a prefill source is among the sources', () => {
    expect(lastVerifiedOf([LITELLM_SOURCE], [LITELLM_SOURCE, 'https://x.example/'], '2026-05-01')).toBe('2026-05-01')
    expect(lastVerifiedOf([LITELLM_SOURCE], ['https://x.example/'], '2026-05-01')).toBeUndefined()
    expect(lastVerifiedOf([], ['https://x.example/'], '2026-05-01')).toBeUndefined()
    expect(lastVerifiedOf([LITELLM_SOURCE], undefined, '2026-05-01')).toBeUndefined()
  })
  it('sets a nested value on a copy, and drops an emptied object', () => {
    const d = { id: 'x', pricing: { input_per_1m: '$1.00' } }
    expect(withValue(d, ['pricing', 'tier'], 'mid')).toEqual({ id: 'x', pricing: { input_per_1m: '$1.00', tier: 'mid' } })
    expect(withValue(d, ['pricing', 'input_per_1m'], undefined)).toEqual({ id: 'x' })
    expect(d).toEqual({ id: 'x', pricing: { input_per_1m: '$1.00' } })
  })
})
