import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Schemas } from '../../src/core/schema.js'
import { Store } from '../../src/core/store.js'
import type { Finding, Kind, ModelFile } from '../../src/core/types.js'
import { STRUCTURE_RULES } from '../../src/core/rules/index.js'
import { validateStore } from '../../src/core/validate.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { cloudModel, localModel, ROOT } from '../helpers.js'

const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))

/** A file from a value (pretty-printed like the store) or raw text. */
function file(kind: Kind, name: string, content: unknown): ModelFile {
  return { kind, path: `model-store/${kind}/${name}`, text: typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n' }
}

async function check(...files: ModelFile[]): Promise<Finding[]> {
  // The structure rules only: the quality rules have their own tests (test/core/quality-rules.test.ts).
  return (await validateStore(new Store(files), schemas, { rules: STRUCTURE_RULES })).findings
}

const pick = (fs: Finding[], rule: string) =>
  fs.filter((f) => f.rule === rule).map((f) => ({ file: f.file, line: f.line, column: f.column, severity: f.severity, message: f.message }))

describe('json-syntax', () => {
  it('accepts a valid file', async () => {
    expect(await check(file('cloud', 'test-cloud.json', cloudModel()))).toEqual([])
  })
  it('locates a trailing comma', async () => {
    const f = await check(file('cloud', 'a.json', '{\n  "id": "a",\n}\n'))
    expect(pick(f, 'json-syntax')).toEqual([
      { file: 'model-store/cloud/a.json', line: 3, column: 1, severity: 'error', message: 'invalid JSON: property name expected (a trailing comma?)' },
    ])
  })
  it('rejects an empty file, a BOM, and a top-level array', async () => {
    const f = await check(file('cloud', 'e.json', '  \n'), file('cloud', 'b.json', '\ufeff{}'), file('local', 'arr.json', '\n [1]'))
    expect(pick(f, 'json-syntax').map((x) => [x.file, x.line, x.column, x.message])).toEqual([
      ['model-store/cloud/b.json', 1, 1, 'file starts with a byte-order mark (BOM)'],
      ['model-store/cloud/e.json', 1, 1, 'file is empty'],
      ['model-store/local/arr.json', 2, 2, 'the top level is an array, not an object'],
    ])
  })
  it('locates a raw newline inside a string', async () => {
    const f = await check(file('cloud', 'n.json', '{\n  "id": "a\nb"\n}'))
    expect(pick(f, 'json-syntax')[0]).toMatchObject({ line: 2, message: expect.stringContaining('invalid') })
  })
})

describe('schema', () => {
  it('points at an unknown property and suggests the right name', async () => {
    const f = await check(file('cloud', 'test-cloud.json', cloudModel({ contxt_window: 5 })))
    const unknown = f.find((x) => x.message.includes('contxt_window'))!
    expect(unknown).toMatchObject({ rule: 'schema', line: 10, column: 3, hint: 'Did you mean "context_window"?' })
  })
  it('names a missing required property at the object', async () => {
    const { provider: _p, ...m } = cloudModel()
    const f = await check(file('cloud', 'test-cloud.json', m))
    expect(pick(f, 'schema')).toEqual([
      { file: 'model-store/cloud/test-cloud.json', line: 1, column: 1, severity: 'error', message: 'missing required property "provider"' },
    ])
  })
  it('points at the value of a wrong type, a bad pattern and an impossible date', async () => {
    const f = await check(file('cloud', 'test-cloud.json', cloudModel({ context_window: '400k', requires_api_key: 'openai key', release_date: '2025-02-30' })))
    expect(pick(f, 'schema').map((x) => [x.line, x.column, x.message])).toEqual([
      [7, 21, 'context_window must be an integer, got the string "400k"'],
      [9, 23, 'requires_api_key "openai key" is not in the expected form'],
      [10, 19, 'release_date "2025-02-30" is not a valid date'],
    ])
  })
  it('rejects control characters in one-line fields and __proto__ keys', async () => {
    const text = JSON.stringify(cloudModel({ name: 'A\nB' }), null, 2).replace('"name"', '"__proto__": {},\n  "name"')
    const f = await check(file('cloud', 'test-cloud.json', text))
    expect(pick(f, 'schema').map((x) => x.message)).toEqual(['unknown property "__proto__"', 'name "A\\nB" is not in the expected form'])
  })
  it('accepts prices as numbers or "$1.25", and rejects other strings', async () => {
    expect(await check(file('cloud', 'test-cloud.json', cloudModel({ pricing: { input_per_1m: 1.25, output_per_1m: '$10.00' } })))).toEqual([])
    const f = await check(file('cloud', 'test-cloud.json', cloudModel({ pricing: { input_per_1m: '1.25 USD', output_per_1m: '$10' } })))
    expect(pick(f, 'schema').map((x) => x.message)).toEqual(['pricing.input_per_1m "1.25 USD" is not in the expected form'])
  })
})

describe('file-name', () => {
  it('requires <id>.json in the folder of its kind', async () => {
    const f = await check(file('cloud', 'other.json', cloudModel()), file('cloud', 'test-local.json', localModel()))
    expect(pick(f, 'file-name').map((x) => [x.file, x.line, x.message])).toEqual([
      ['model-store/cloud/other.json', 3, 'file name "other.json" does not match id "test-cloud"'],
      ['model-store/cloud/test-local.json', 1, 'a local model (it has model_uri) sits in cloud/'],
    ])
  })
})

describe('duplicate-id and duplicate-target', () => {
  it('finds ids repeated across kinds, case-insensitively, aliases included', async () => {
    const f = await check(file('cloud', 'test-cloud.json', cloudModel({ aliases: ['shared'] })), file('local', 'shared.json', localModel({ id: 'shared' })))
    expect(pick(f, 'duplicate-id').map((x) => [x.file, x.line])).toEqual([
      ['model-store/cloud/test-cloud.json', 11],
      ['model-store/local/shared.json', 3],
    ])
  })
  it('finds two files with the same model_uri, hf:// or huggingface://', async () => {
    const f = await check(
      file('local', 'a.json', localModel({ id: 'a' })),
      file('local', 'b.json', localModel({ id: 'b', model_uri: 'hf://qwen/qwen3-4b-gguf/Qwen3-4B-Q4_K_M.gguf' })),
    )
    expect(pick(f, 'duplicate-target')).toHaveLength(2)
  })
})

describe('uri-format', () => {
  const uri = async (over: Record<string, unknown>) =>
    pick(await check(file('local', 'test-local.json', localModel(over))), 'uri-format').map((x) => x.message)
  it('accepts the store forms, shard 1 and folders', async () => {
    expect(await uri({ model_uri: 'hf://ggml-org/gpt-oss-120b-GGUF/gpt-oss-120b-mxfp4-00001-of-00003.gguf', quantization: 'MXFP4' })).toEqual([])
    expect(await uri({ model_uri: 'huggingface://Qwen/Qwen3-235B-A22B-GGUF/Q4_K_M/Qwen3-235B-A22B-Q4_K_M-00001-of-00005.gguf' })).toEqual([])
  })
  it.each([
    ['huggingface://Qwen/Qwen3-4B-GGUF/../x.gguf', 'model_uri contains a "." or ".." path segment'],
    ['huggingface://Qwen/Qwen3-4B-GGUF:Q4_K_M', 'model_uri contains ":" (ramalama reads it as a quant tag)'],
    ['huggingface://Qwen/Qwen3-4B-GGUF/model.bin', 'model_uri does not name a .gguf file'],
    ['huggingface://Qwen/Qwen3-4B-GGUF', 'model_uri names no file: expected <org>/<repo>/<file>.gguf'],
    ['huggingface://ggml-org/x-GGUF/x-Q4_K_M-00002-of-00003.gguf', 'model_uri names shard 2 of 3'],
  ])('rejects %s', async (value, message) => {
    expect(await uri({ model_uri: value })).toEqual([message])
  })
  it('checks hf_repo, hf_file and quantization against the uri', async () => {
    expect(await uri({ hf_repo: 'Qwen/Qwen3-8B-GGUF', hf_file: 'Qwen3-4B-Q4_K_M.gguf', quantization: 'Q8_0' })).toEqual([
      'quantization "Q8_0" differs from the file name, which says Q4_K_M',
      'hf_repo "Qwen/Qwen3-8B-GGUF" differs from the repository in model_uri ("Qwen/Qwen3-4B-GGUF")',
    ])
  })
})

describe('deprecation', () => {
  const dep = (id: string, replacement: string, over = {}) =>
    file('cloud', `${id}.json`, cloudModel({ id, litellm_model_name: `openai/${id}`, deprecated: true, replacement, ...over }))
  it('accepts a deprecated model with a live replacement', async () => {
    expect(await check(dep('old', 'test-cloud'), file('cloud', 'test-cloud.json', cloudModel()))).toEqual([])
  })
  it('requires a replacement that exists and is not itself', async () => {
    const f = await check(dep('old', 'gone'), dep('self', 'self'))
    expect(pick(f, 'deprecation').map((x) => x.message)).toEqual(['replacement "gone" does not exist in the store', 'a model cannot replace itself'])
  })
  it('finds cycles, deprecated replacements and enabled deprecated models', async () => {
    const f = await check(dep('a', 'b'), dep('b', 'a'), dep('c', 'd', { enabled: true }), dep('d', 'test-cloud'), file('cloud', 'test-cloud.json', cloudModel()))
    expect(pick(f, 'deprecation').map((x) => [x.file.split('/').pop(), x.severity, x.message])).toEqual([
      ['a.json', 'error', 'replacement chain forms a cycle: a -> b -> a'],
      ['b.json', 'error', 'replacement chain forms a cycle: b -> a -> b'],
      ['c.json', 'warning', 'replacement "d" is itself deprecated'],
      ['c.json', 'warning', 'deprecated model is still enabled by default'],
    ])
  })
  it('wants sunset_date after release_date', async () => {
    const f = await check(dep('old', 'test-cloud', { release_date: '2025-05-01', sunset_date: '2025-01-01' }), file('cloud', 'test-cloud.json', cloudModel()))
    expect(pick(f, 'deprecation').map((x) => x.message)).toEqual(['sunset_date 2025-01-01 is not after release_date 2025-05-01'])
  })
})

describe('limits', () => {
  it('keeps max_output and ctx_size inside context_window', async () => {
    const f = await check(file('cloud', 'test-cloud.json', cloudModel({ max_output: 500000 })), file('local', 'test-local.json', localModel({ ctx_size: 65536 })))
    expect(pick(f, 'limits').map((x) => [x.file.split('/').pop(), x.line, x.message])).toEqual([
      ['test-cloud.json', 8, 'max_output 500000 is larger than context_window 400000'],
      ['test-local.json', 10, 'ctx_size 65536 is larger than context_window 32768'],
    ])
  })
})

describe('validateStore options', () => {
  it('reports only the files asked about, while cross-file rules see all', async () => {
    const store = new Store([file('cloud', 'aa.json', cloudModel({ id: 'aa' })), file('cloud', 'bb.json', cloudModel({ id: 'bb' }))])
    const r = await validateStore(store, schemas, { only: new Set(['model-store/cloud/bb.json']) })
    expect(r.findings.map((f) => [f.file, f.rule])).toEqual([['model-store/cloud/bb.json', 'duplicate-target']])
    expect(r.summary).toEqual({ files: 1, errors: 1, warnings: 0, notices: 0 })
  })
  it('--strict turns warnings into errors', async () => {
    const files = [
      file('cloud', 'test-cloud.json', cloudModel({ replacement: 'test-cloud2' })),
      file('cloud', 'test-cloud2.json', cloudModel({ id: 'test-cloud2', litellm_model_name: 'openai/x' })),
    ]
    expect((await validateStore(new Store(files), schemas, { rules: STRUCTURE_RULES })).summary.errors).toBe(0)
    expect((await validateStore(new Store(files), schemas, { rules: STRUCTURE_RULES, strict: true })).summary.errors).toBe(1)
  })
})

describe('duplicate keys', () => {
  it('refuses a repeated key at the second occurrence, even spelled with an escape', async () => {
    const text = JSON.stringify(cloudModel(), null, 2).replace('"requires_api_key": "OPENAI_API_KEY"', '"requires_api_key": "OPENAI_API_KEY",\n  "requires_api_key": "EVIL"')
    expect(pick(await check(file('cloud', 'test-cloud.json', text)), 'json-syntax')).toEqual([
      { file: 'model-store/cloud/test-cloud.json', line: 10, column: 3, severity: 'error', message: 'duplicate key "requires_api_key"' },
    ])
    const escaped = JSON.stringify(cloudModel(), null, 2).replace('"name"', '"\\u0069d": "other",\n  "name"')
    expect(pick(await check(file('cloud', 'test-cloud.json', escaped)), 'json-syntax')[0]).toMatchObject({ line: 4, message: 'duplicate key "id"' })
  })
  it('is not fooled by keys spaced from their colon', async () => {
    const text = '{\n  "id": "test-cloud",\n  "id" : "evil",\n  "name" :"x"\n}\n'
    expect(pick(await check(file('cloud', 'test-cloud.json', text)), 'json-syntax')[0]).toMatchObject({ line: 3, column: 3, message: 'duplicate key "id"' })
  })
  it('leaves equal keys in different objects and quoted colons in values alone', async () => {
    const m = cloudModel({ notes: 'say "id": here', pricing: { input_per_1m: 1, output_per_1m: 2 }, performance: { input_per_1m: 3 } })
    expect(await check(file('cloud', 'test-cloud.json', m))).toEqual([])
  })
})
