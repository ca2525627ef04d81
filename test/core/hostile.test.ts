/** Hostile input, judged without a process: nesting, encodings, separators, prototype keys. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_DEPTH, parseModelText, tooDeepAt } from '../../src/core/parse.js'
import { Locator } from '../../src/core/locate.js'
import { fieldChanges } from '../../src/core/release-notes.js'
import { buildIndex } from '../../src/core/release-index.js'
import { categories } from '../../src/core/site/api.js'
import { Store } from '../../src/core/store.js'
import { check } from '../../src/io/assemble.js'
import { loadStoreDir } from '../../src/io/fs.js'
import { readWorkingTree } from '../../src/io/read-tree.js'
import { cloudModel, localModel, makeStore } from '../helpers.js'

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n'
const deep = (n: number) => `{"id": ${'['.repeat(n)}${']'.repeat(n)}}`

describe('nesting', () => {
  it('finds the bracket past the limit without recursing, skipping strings', () => {
    expect(tooDeepAt(deep(MAX_DEPTH - 1))).toBe(-1)
    expect(tooDeepAt(deep(MAX_DEPTH))).toBe(7 + MAX_DEPTH - 1)
    expect(tooDeepAt(`{"a": "${'['.repeat(5000)}"}`)).toBe(-1)
    expect(tooDeepAt(`{"a": "\\"${'['.repeat(100)}"}`)).toBe(-1)
    expect(tooDeepAt('['.repeat(100_000))).toBe(MAX_DEPTH)
  })
  it('gives 4,000 levels in a 9 KB file a json-syntax finding that names it', () => {
    const text = `{\n  "id": ${'['.repeat(4000)}${']'.repeat(4000)}\n}\n`
    const r = parseModelText('model-store/cloud/x.json', text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.finding).toMatchObject({ rule: 'json-syntax', file: 'model-store/cloud/x.json', line: 2, message: `nesting deeper than ${MAX_DEPTH} levels` })
    // unbalanced too (a truncated file)
    expect(parseModelText('x.json', '['.repeat(9000)).ok).toBe(false)
    // the locator does not recurse into it either
    expect(new Locator(text).at(['id', 0, 0])).toEqual({ line: 1, column: 1 })
  })
  it('judges every other file of the store, in and out of focus', async () => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel({ name: 123 }), 'local/deep.json': `{"id": ${'['.repeat(4000)}${']'.repeat(4000)}}` })
    const { verdict } = await check(readWorkingTree({ base: dir }))
    expect(verdict.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(expect.arrayContaining(['model-store/cloud/test-cloud.json schema', 'model-store/local/deep.json json-syntax']))
    // a quick (out-of-focus) read never hands the deep file to a rule
    const store = new Store([{ kind: 'local', path: 'd.json', text: deep(5000) }], [], { focus: new Set(['other.json']) })
    expect(store.entries).toHaveLength(0)
    expect(store.syntax[0].rule).toBe('json-syntax')
  })
})

describe('encoding', () => {
  it('refuses a model file that is not UTF-8, by name, and reads the rest', () => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel() })
    const bytes = Buffer.concat([Buffer.from('{"id": "bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')])
    writeFileSync(path.join(dir, 'model-store/local/bad.json'), bytes)
    const { files, refused } = loadStoreDir(path.join(dir, 'model-store'), dir)
    expect(files.map((f) => f.path)).toEqual(['model-store/cloud/test-cloud.json'])
    expect(refused).toEqual([expect.objectContaining({ rule: 'file-read', file: 'model-store/local/bad.json', message: 'model file is not valid UTF-8' })])
  })
  it('keeps a BOM for json-syntax to name', () => {
    const dir = makeStore({ 'cloud/test-cloud.json': '\ufeff' + pretty(cloudModel()) })
    const { files } = loadStoreDir(path.join(dir, 'model-store'), dir)
    expect(files[0].text.charCodeAt(0)).toBe(0xfeff)
  })
})

describe('one-line and free-text fields', () => {
  const bad = ['\u2028', '\u2029', '\u0085', '\u009b', '\u202a', '\u202e', '\u2066', '\u2069']
  it.each(bad.map((c) => [c.codePointAt(0)!.toString(16)]))('a name holding U+%s is a schema error at the field', async (hex) => {
    const c = String.fromCodePoint(parseInt(hex, 16))
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel({ name: `Test${c}Cloud` }), 'local/test-local.json': localModel({ description: `a${c}b` }) })
    const { verdict } = await check(readWorkingTree({ base: dir }))
    const schema = verdict.findings.filter((f) => f.rule === 'schema')
    expect(schema.map((f) => `${f.file}:${f.line}`)).toEqual(expect.arrayContaining(['model-store/cloud/test-cloud.json:4']))
    expect(schema.some((f) => f.file === 'model-store/local/test-local.json')).toBe(true)
  })
  it('still accepts newlines in free text and plain unicode in names', async () => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel({ name: 'Tést Clöud 日本' }), 'local/test-local.json': localModel({ description: 'line one\nline two' }) })
    const { verdict } = await check(readWorkingTree({ base: dir }))
    expect(verdict.findings.filter((f) => f.rule === 'schema')).toEqual([])
  })
})


describe('no key is special', () => {
  const names = ['constructor', 'tostring', 'hasownproperty', 'valueof']
  it('a policy provider named "constructor" and its model: the verdict passes and index.json validates', async () => {
    const providers = Object.fromEntries(names.map((p) => [p, { api_key_env: 'CONSTRUCTOR_API_KEY' }]))
    const policy = JSON.stringify({ providers }, null, 2) + '\n'
    const files: Record<string, unknown> = {}
    names.forEach((p, i) => (files[`cloud/m${i}.json`] = cloudModel({ id: `m${i}`, provider: p, litellm_model_name: `${p}/x`, requires_api_key: 'CONSTRUCTOR_API_KEY', benchmarks: { constructor: 1, __proto__: 2 } })))
    const dir = makeStore(files)
    writeFileSync(path.join(dir, 'curation.config.json'), policy)
    const checked = await check(readWorkingTree({ base: dir }))
    expect(checked.verdict.findings.filter((f) => f.rule === 'cloud/established-provider' || f.rule === 'policy')).toEqual([])
    const index = buildIndex(checked.store, null)
    expect(index.counts.by_provider).toEqual({ constructor: 1, hasownproperty: 1, tostring: 1, valueof: 1 })
    expect(checked.schemas.errors('index.schema.json', index)).toEqual([])
    expect(JSON.stringify(categories(index))).not.toContain('native code')
  })
  it('release notes and commit summaries compare own fields only', () => {
    expect(fieldChanges({ benchmarks: {} }, JSON.parse('{"benchmarks": {"constructor": 1, "__proto__": 2}}'))).toEqual([
      { field: 'benchmarks.__proto__', new: 2 },
      { field: 'benchmarks.constructor', new: 1 },
    ])
    expect(fieldChanges({}, { toString: 'x' })).toEqual([{ field: 'toString', new: 'x' }])
  })
})

describe('no substitution', () => {
  it("a policy provider whose key is the proxy's own variable is an error at its line", async () => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel() })
    writeFileSync(path.join(dir, 'curation.config.json'), JSON.stringify({ providers: { openai: { api_key_env: 'LITELLM_MASTER_KEY' } } }, null, 2) + '\n')
    const { verdict } = await check(readWorkingTree({ base: dir }))
    expect(verdict.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'policy', severity: 'error', line: 4, message: expect.stringContaining('a variable of the deployment itself') })]))
  })
  it('no-environ-refs cannot be silenced by a policy', async () => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel({ name: 'os.environ/OPENAI_API_KEY' }) })
    writeFileSync(path.join(dir, 'curation.config.json'), JSON.stringify({ severity: { 'no-environ-refs': 'off' }, exceptions: [{ rule: 'no-environ-refs', id: 'test-cloud', reason: 'trust me please' }] }, null, 2) + '\n')
    const { verdict } = await check(readWorkingTree({ base: dir }))
    expect(verdict.findings.filter((f) => f.rule === 'no-environ-refs')).toEqual([expect.objectContaining({ severity: 'error', line: 4 })])
  })
})

describe('checks that did not run never act', () => {
  it('the audit lists the files that failed to parse', async () => {
    const { audit } = await import('../../src/core/audit/index.js')
    const store = new Store([
      { kind: 'cloud', path: 'model-store/cloud/a.json', text: '{"id": "a",' },
      { kind: 'cloud', path: 'model-store/cloud/b.json', text: pretty(cloudModel({ id: 'b' })) },
    ])
    const r = audit({ store, facts: {} }, { today: '2026-01-01' })
    expect(r.unparsed).toEqual(['model-store/cloud/a.json'])
  })
})

describe('numbers are sane', () => {
  it.each([
    ['context_window above 100,000,000', { context_window: 100_000_001 }, 'context_window'],
    ['an integer above 2^53 - 1 (rounded by JSON.parse)', { max_output: 9007199254740993 }, 'max_output'],
    ['a price above $1,000,000', { pricing: { input_per_1m: '$9999999.00', output_per_1m: 2000000 } }, 'pricing'],
  ])('refuses %s at the field', async (_name, over, field) => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel(over) })
    const { verdict } = await check(readWorkingTree({ base: dir }))
    expect(verdict.findings.filter((f) => f.rule === 'schema').map((f) => f.message).join('\n')).toContain(field)
  })
  it('local sizes, ttl and benchmarks have bounds too', async () => {
    const dir = makeStore({ 'local/test-local.json': localModel({ size_bytes: 1e14, ttl: 1e9, parameters_b: 1e6, benchmarks: { mmlu: 1e300 } }) })
    const { verdict } = await check(readWorkingTree({ base: dir }))
    const text = verdict.findings.filter((f) => f.rule === 'schema').map((f) => f.message).join('\n')
    for (const field of ['size_bytes', 'ttl', 'parameters_b', 'benchmarks']) expect(text).toContain(field)
  })
})

describe('bounded work', () => {
  it('screens preview patterns for catastrophic backtracking', async () => {
    const { backtrackingRisk } = await import('../../src/core/regex-safety.js')
    const { DEFAULT_POLICY } = await import('../../src/core/policy.js')
    for (const p of DEFAULT_POLICY.preview_patterns) expect(backtrackingRisk(p), p).toBeUndefined()
    for (const p of ['[(a+)+]', 'a+b*', '(ab)+', '(rc|beta)\\d?', 'x{2,5}']) expect(backtrackingRisk(p), p).toBeUndefined()
    for (const p of ['(a+)+', '(a|a)*', '(\\w+\\s?)*$', '((ab)*c)+', '(x+y?){2,}', '(a)\\1', 'a'.repeat(201)]) expect(backtrackingRisk(p), p).toBeDefined()
  })
  it('a hostile pattern is a policy error at its line and is never run', async () => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel({ id: 'a'.repeat(40), name: 'a'.repeat(60) + '!' }) })
    writeFileSync(path.join(dir, 'curation.config.json'), '{\n  "preview_patterns": [\n    "\\\\bbeta\\\\b",\n    "^(a+)+$"\n  ]\n}\n')
    const t = Date.now()
    const { verdict } = await check(readWorkingTree({ base: dir }))
    expect(Date.now() - t).toBeLessThan(5000)
    expect(verdict.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'policy', severity: 'error', line: 4, message: expect.stringContaining('"^(a+)+$" is refused') })]))
  })
  it('quotes values cut to a few hundred characters', async () => {
    const { quote } = await import('../../src/core/text.js')
    expect(quote('abc')).toBe('"abc"')
    const long = quote('x'.repeat(5000))
    expect(long.length).toBeLessThan(210)
    expect(long.endsWith('…"')).toBe(true)
    expect(quote('😀'.repeat(300))).not.toMatch(/\\ud83d"$/)
  })
  it('cuts upstream names in the audit\'s candidates to a few hundred characters', async () => {
    const { clip } = await import('../../src/core/text.js')
    const { litellmCandidates } = await import('../../src/core/audit/candidates.js')
    expect(clip('abc')).toBe('abc')
    expect([...clip('y'.repeat(5000))]).toHaveLength(200)
    const long = `gpt-${'9'.repeat(3000)}`
    const list = { [long]: { litellm_provider: 'openai', mode: 'chat', max_input_tokens: 1000, input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 } }
    const found = litellmCandidates(new Store([]), list, { providers: ['openai'], today: '2026-01-01', perProvider: 3, file: 'model-store/cloud', preview: () => undefined })
    expect(found!.message.length).toBeLessThan(400)
    expect(found!.message).toContain('…')
  })
})

describe('numeric flags', () => {
  it('accept plain decimals only', async () => {
    const { plainDecimal } = await import('../../src/cli/args.js')
    expect(plainDecimal('8192', '--ctx', { max: 100_000_000 })).toBe(8192)
    expect(plainDecimal('4.5', '--ram', { max: 4096, fraction: true })).toBe(4.5)
    for (const bad of ['0x10', '1e3', '', ' ', '-1', '+5', '010', '1_000', 'Infinity', '99999999999999999999', '4.5'])
      expect(() => plainDecimal(bad, '--ctx', { max: 100_000_000 }), bad).toThrow(/plain decimal/)
  })
})
