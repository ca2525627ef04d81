/** The engine: every rule over the store, tiers, focus, the policy's exceptions and severities, sorting and counts. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { changeSetOf, type FileChange } from '../../src/core/changes.js'
import { FILE_READ, PROTECTED, runRules, sortFindings, strictly, summarize, type EngineInput } from '../../src/core/engine.js'
import { DEFAULT_LAYOUT } from '../../src/core/layout.js'
import { mergePolicy, type Policy } from '../../src/core/policy.js'
import { RULES } from '../../src/core/rules/index.js'
import { Schemas } from '../../src/core/schema.js'
import { Store } from '../../src/core/store.js'
import type { Finding, ModelFile } from '../../src/core/types.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { ROOT } from '../helpers.js'
import { cloud, file, hubOk, litellm, local } from './rules/tester.js'

const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))
const QWEN = 'Qwen/Qwen3-4B-GGUF'
const POLICY = 'curation.config.json'

interface Run extends Partial<Omit<EngineInput, 'store' | 'policy' | 'changes'>> {
  policy?: Partial<Policy>
  /** Read the policy as if from curation.config.json laid out as 2-space JSON (positions of notes). */
  policyFile?: boolean
  changes?: FileChange[]
  refused?: Finding[]
}

function run(files: ModelFile[], o: Run = {}): Finding[] {
  const doc = o.policy ?? {}
  const policy = o.policyFile ? mergePolicy(doc, { path: POLICY, text: JSON.stringify(doc, null, 2) + '\n' }) : mergePolicy(doc)
  return runRules({
    schemas,
    litellm,
    today: '2026-01-01',
    ...o,
    store: new Store(files, o.refused),
    policy,
    changes: o.changes ? changeSetOf(o.changes, DEFAULT_LAYOUT) : undefined,
  })
}
const brief = (fs: Finding[]) => fs.map((f) => [f.file.split('/').pop(), f.line, f.column, f.severity, f.rule, f.message])
const rules = (fs: Finding[]) => fs.map((f) => f.rule)
const focusOn = (...files: string[]) => ({ files: new Set(files), dependents: new Set<string>() })

describe('the fixtures', () => {
  it('pass every rule as they are, online included', () => {
    expect(run([cloud(), local()])).toEqual([])
    expect(run([cloud(), local()], { online: true, hf: new Map([[QWEN, hubOk()]]) })).toEqual([])
    expect(run([cloud(), local()], { changes: [{ path: 'model-store/local/test-local.json', status: 'added' }] })).toEqual([])
  })
})

describe('json-syntax and file-read', () => {
  it('reports a file that is not JSON, where it breaks, and runs no rule on it', () => {
    const f = run([file('cloud', '{\n  "id": "a",\n}\n', 'a.json'), file('cloud', '{\n  "id": "a\nb"\n}', 'n.json')])
    expect(brief(f)).toEqual([
      ['a.json', 3, 1, 'error', 'json-syntax', 'invalid JSON: property name expected (a trailing comma?)'],
      ['n.json', 2, 9, 'error', 'json-syntax', 'invalid JSON: unterminated string'],
    ])
    expect(f.every((x) => x.hint)).toBe(true)
  })
  it('reports the files a reader refused, and no exception silences them', () => {
    const refused: Finding = { rule: FILE_READ, severity: 'error', file: 'model-store/cloud/big.json', line: 1, column: 1, message: 'file is too large', hint: 'x' }
    const policy = { severity: { [FILE_READ]: 'off' as const, 'json-syntax': 'warning' as const } }
    const f = run([cloud(), file('cloud', '{', 'broken.json')], { refused: [refused], policy })
    expect(brief(f).filter((x) => x[0] !== POLICY)).toEqual([
      ['big.json', 1, 1, 'error', FILE_READ, 'file is too large'],
      ['broken.json', 1, 2, 'error', 'json-syntax', 'invalid JSON: closing brace expected'],
    ])
  })
})

describe('tiers', () => {
  const q8 = local({ id: 'qwen3-4b-q8', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0' })
  const existing = local({ id: 'qwen3-4b' })
  it('runs the new-submission tier on what a change adds, and only then', () => {
    expect(rules(run([existing, q8]))).toEqual([])
    expect(rules(run([existing, q8], { changes: [{ path: q8.path, status: 'added' }] }))).toEqual(['local/redundant-variant'])
  })
  it('runs the online tier when asked, on the files in focus only', () => {
    const down = { status: 'unreachable' as const, message: 'down' }
    const hf = new Map([[QWEN, down]])
    expect(rules(run([existing, q8], { hf }))).toEqual([])
    expect(brief(run([existing, q8], { hf, online: true })).map((x) => [x[0], x[4]])).toEqual([
      ['qwen3-4b-q8.json', 'upstream-unreachable'],
      ['qwen3-4b.json', 'upstream-unreachable'],
    ])
    expect(run([existing, q8], { hf, online: true, focus: { files: new Set([q8.path]), dependents: new Set([existing.path]) } }).map((x) => x.file)).toEqual([q8.path])
  })
  it('leaves a uri\'s grammar to uri-format alone: one finding per problem', () => {
    const f = run([local({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/../x.gguf' })])
    expect(f.filter((x) => x.line === 5).map((x) => x.rule)).toEqual(['uri-format'])
  })
})

describe('focus', () => {
  it('reports only the files asked about, while cross-file rules see all', () => {
    const f = run([cloud({ id: 'aa' }), cloud({ id: 'bb' })], { focus: focusOn('model-store/cloud/bb.json') })
    expect(f.map((x) => [x.file, x.rule])).toEqual([['model-store/cloud/bb.json', 'duplicate-target']])
    expect(summarize(f, 1)).toEqual({ files: 1, errors: 1, warnings: 0, notices: 0 })
  })
  it('gives the focused files exactly the findings an unfocused run gives them', () => {
    // Every file broken for a per-file rule, and two of them duplicates of each other.
    const files = [
      cloud({ id: 'a', context_window: 'x', max_output: 1 }),
      cloud({ id: 'b', litellm_model_name: 'openai/a-b', max_output: 900000, pricing: undefined }),
      local({ id: 'c', quantization: 'Q8_0', aliases: ['a'], benchmarks: undefined }),
    ]
    const all = run(files)
    for (const focus of [[files[0].path], [files[2].path], [files[1].path, files[2].path]]) {
      const mine = (fs: Finding[]) => fs.filter((f) => focus.includes(f.file))
      expect(mine(all).length).toBeGreaterThan(1)
      expect(run(files, { focus: focusOn(...focus) })).toEqual(mine(all))
    }
  })
  it('reports only broken replacement links on dependents', () => {
    const target = cloud({ id: 'target', litellm_model_name: 'openai/target', deprecated: true })
    const dependent = cloud({ id: 'dep', litellm_model_name: 'openai/dep', deprecated: true, replacement: 'target', contxt_window: 1 })
    const f = run([target, dependent], { focus: { files: new Set([target.path]), dependents: new Set([dependent.path]) } })
    // dep.json also breaks the schema (contxt_window) and cloud/litellm-listed: not reported there.
    expect(brief(f.filter((x) => x.file === dependent.path)).map((x) => [x[4], x[5]])).toEqual([['deprecation', 'replacement "target" is itself deprecated']])
    expect(rules(f.filter((x) => x.file === target.path))).toContain('deprecation')
  })
})

describe('the policy', () => {
  const big = local({ id: 'qwen3-235b', ram_required_gb: 150, benchmarks: undefined })
  it('silences one rule for one model with an exception', () => {
    const other = local({ id: 'other', model_uri: 'huggingface://Qwen/Qwen3-8B-GGUF/Qwen3-8B-Q4_K_M.gguf', ram_required_gb: 150 })
    const policy = { exceptions: [{ rule: 'local/ram-range', id: 'qwen3-235b', reason: 'the flagship' }] }
    expect(brief(run([big, other], { policy })).map((x) => [x[0], x[4]])).toEqual([
      ['other.json', 'local/ram-range'],
      ['qwen3-235b.json', 'local/benchmarks-present'],
    ])
  })
  it('re-grades a rule, or drops it with "off"', () => {
    expect(brief(run([big], { policy: { severity: { 'local/ram-range': 'warning', 'local/benchmarks-present': 'off' } } }))).toEqual([
      ['qwen3-235b.json', 7, 22, 'warning', 'local/ram-range', "ram_required_gb 150 is outside the store's range of 1-128 GB"],
    ])
  })
  it('never silences or re-grades a protected rule, and says so on the policy file', () => {
    const dup = [cloud({ id: 'aa' }), cloud({ id: 'bb' })]
    const policy = { severity: { 'duplicate-target': 'off' as const }, exceptions: [{ rule: 'duplicate-target', id: 'aa', reason: 'x' }] }
    const f = brief(run(dup, { policy, policyFile: true }))
    expect(f).toEqual([
      [POLICY, 3, 5, 'warning', 'policy', 'rule "duplicate-target" cannot be re-graded: it keeps broken or hostile files out'],
      [POLICY, 7, 15, 'warning', 'policy', 'rule "duplicate-target" cannot have exceptions: it keeps broken or hostile files out'],
      ['aa.json', 6, 25, 'error', 'duplicate-target', 'litellm_model_name "openai/gpt-5-2025-08-07" is also used by model-store/cloud/bb.json'],
      ['bb.json', 6, 25, 'error', 'duplicate-target', 'litellm_model_name "openai/gpt-5-2025-08-07" is also used by model-store/cloud/aa.json'],
    ])
  })
  it('names unknown rules (with a did-you-mean), unknown ids and repeated exceptions', () => {
    const policy = {
      severity: { 'local/ram-rnage': 'warning' as const },
      exceptions: [
        { rule: 'nonsense-rule-zzz', id: 'qwen3-235b', reason: 'x' },
        { rule: 'local/ram-range', id: 'nobody', reason: 'x' },
        { rule: 'local/ram-range', id: 'qwen3-235b', reason: 'x' },
        { rule: 'local/ram-range', id: 'qwen3-235b', reason: 'again' },
      ],
    }
    const f = run([big], { policy, policyFile: true }).filter((x) => x.file === POLICY)
    expect(f.map((x) => [x.line, x.severity, x.message])).toEqual([
      [3, 'warning', 'severity override for unknown rule "local/ram-rnage"'],
      [7, 'warning', 'exception for unknown rule "nonsense-rule-zzz"'],
      [13, 'warning', 'exception for "nobody", which no model in the store has as its id'],
      [21, 'warning', 'exception for local/ram-range on "qwen3-235b" repeats entry 3'],
    ])
    expect(f[0].hint).toBe('Did you mean "local/ram-range"?')
  })
  it('reports an exception that no longer silences anything, where its rule looked', () => {
    const fixed = local({ id: 'qwen3-235b', ram_required_gb: 100 })
    const policy = { exceptions: [{ rule: 'local/ram-range', id: 'qwen3-235b', reason: 'x' }] }
    const f = run([fixed], { policy, policyFile: true })
    expect(brief(f)).toEqual([[POLICY, 3, 5, 'warning', 'policy/unused-exception', 'exception for local/ram-range on "qwen3-235b" no longer matches anything: the model passes the rule']])
    // The new-submission tier did not run: its exception is not judged unused.
    expect(run([fixed], { policy: { exceptions: [{ rule: 'local/redundant-variant', id: 'qwen3-235b', reason: 'x' }] } })).toEqual([])
    // A rule of the other kind never looked at the model.
    expect(run([fixed], { policy: { exceptions: [{ rule: 'cloud/pricing-present', id: 'qwen3-235b', reason: 'x' }] } })).toEqual([])
  })
  it('reports warnings on the policy file only when it, or the whole store, is judged; its errors always', () => {
    const policy = { severity: { 'no-such-rule': 'warning' as const } }
    expect(run([cloud()], { policy, focus: focusOn('model-store/cloud/test-cloud.json') })).toEqual([])
    expect(rules(run([cloud()], { policy, focus: focusOn('model-store/cloud/test-cloud.json', POLICY) }))).toEqual(['policy'])
    expect(rules(run([cloud()], { policy }))).toEqual(['policy'])
  })
})

describe('PROTECTED', () => {
  it('holds the rules that keep broken or hostile files out, and no curation rule', () => {
    expect([...PROTECTED].sort()).toEqual(['deleted-model', 'duplicate-id', 'duplicate-target', FILE_READ, 'file-name', 'json-syntax', 'no-environ-refs', 'policy', 'schema', 'upstream-unreachable', 'uri-format'].sort())
    for (const r of RULES) expect(PROTECTED.has(r.id), r.id).toBe(r.protected === true)
  })
})

describe('sortFindings, strictly, summarize', () => {
  const f = (file: string, line: number, column: number, severity: Finding['severity'], rule = 'r', message = 'm'): Finding => ({ rule, severity, file, line, column, message })
  it('sorts by file, line, column, severity, rule, message', () => {
    const sorted = [f('a', 1, 1, 'error', 'a', 'a'), f('a', 1, 1, 'error', 'a', 'b'), f('a', 1, 1, 'error', 'b'), f('a', 1, 1, 'warning'), f('a', 1, 2, 'error'), f('a', 2, 1, 'notice'), f('b', 1, 1, 'error')]
    expect(sortFindings([...sorted].reverse())).toEqual(sorted)
    expect(sortFindings([{ rule: 'r', severity: 'error', file: 'a', message: 'm' }, f('a', 1, 1, 'error')])[0].line).toBeUndefined()
  })
  it('--strict turns warnings into errors, and leaves notices', () => {
    const files = [cloud({ replacement: 'test-cloud2', last_verified: '2025-01-01' }), cloud({ id: 'test-cloud2', litellm_model_name: 'openai/gpt-5', max_input: 272000, pricing: { input_per_1m: 1.25, output_per_1m: 10 } })]
    const found = run(files)
    expect(summarize(found, 2)).toEqual({ files: 2, errors: 0, warnings: 1, notices: 1 })
    expect(summarize(strictly(found), 2)).toEqual({ files: 2, errors: 1, warnings: 0, notices: 1 })
  })
})

describe('hostile and malformed files', () => {
  it('never crash a rule: wrong types, __proto__, control characters', () => {
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
      replacement: 'constructor',
      aliases: ['__proto__', 'toString'],
    }
    const files = [file('cloud', { ...weird, model_uri: undefined }, 'weird.json'), file('local', { ...weird, id: 'weird2', provider: undefined, litellm_model_name: undefined })]
    const f = run(files, { changes: [{ path: 'model-store/local/weird2.json', status: 'added' }], online: true, hf: new Map() })
    expect(f.length).toBeGreaterThan(0)
    expect(f.every((x) => x.line !== undefined && x.column !== undefined && x.file.startsWith('model-store/') && x.hint)).toBe(true)
    expect(f.find((x) => x.rule === 'cloud/established-provider')?.message).toBe('provider "constructor" is not an established provider of this store')
  })
})

