/** The curation policy: finding and reading it, merging it, and how the engine applies it. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CurateError } from '../../src/core/errors.js'
import { asLiteLLMList } from '../../src/core/litellm.js'
import { DEFAULT_POLICY, readPolicy, type Policy } from '../../src/core/policy.js'
import { Schemas } from '../../src/core/schema.js'
import { Store } from '../../src/core/store.js'
import type { Finding, Kind, ModelFile } from '../../src/core/types.js'
import { runRules, sortFindings, strictly } from '../../src/core/engine.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { readPolicyFile } from '../../src/io/policy.js'
import { cloudModel, localModel, ROOT, tempDir } from '../helpers.js'
import { trimmedLiteLLM } from '../servers/upstream.js'

const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))
const litellm = { list: asLiteLLMList(JSON.parse(trimmedLiteLLM())), origin: 'test list', offline: true }

function file(kind: Kind, name: string, content: unknown): ModelFile {
  return { kind, path: `model-store/${kind}/${name}`, text: JSON.stringify(content, null, 2) + '\n' }
}
/** A policy read from text laid out as a curator writes it (2-space JSON). */
function policyOf(doc: unknown): { policy: Policy; findings: Finding[] } {
  return readPolicy({ path: 'curation.config.json', text: typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2) + '\n' }, schemas)
}
/** The policy file a door would read (readPolicyFile), parsed as the assembler parses it. */
function loadPolicy(base: string, asked?: string, storeDir = path.join(base, 'model-store')) {
  const text = readPolicyFile(base, asked, storeDir)
  return text ? { ...readPolicy(text, schemas), path: text.path } : { policy: DEFAULT_POLICY, findings: [] as Finding[], path: undefined }
}
interface Options {
  only?: ReadonlySet<string>
  strict?: boolean
  policyFindings?: Finding[]
}
/** What the assembler reports: the engine's findings under the policy, then the policy file's own. */
function judge(policy: Policy, files: ModelFile[], options: Options = {}): Finding[] {
  const found = runRules({ store: new Store(files), schemas, policy, litellm, today: '2026-01-01', focus: options.only && { files: options.only, dependents: new Set() } })
  const all = sortFindings([...found, ...(options.policyFindings ?? [])])
  return options.strict ? strictly(all) : all
}
async function check(policy: Policy, files: ModelFile[], options: Options = {}) {
  return judge(policy, files, options).map((f) => [f.file.split('/').pop(), f.line, f.column, f.severity, f.rule, f.message])
}

const big = file('local', 'qwen3-235b.json', localModel({ id: 'qwen3-235b', ram_required_gb: 150, benchmarks: undefined }))

describe('reading the policy', () => {
  it('uses the built-in defaults when there is no file', () => {
    const dir = tempDir()
    expect(loadPolicy(dir)).toEqual({ policy: DEFAULT_POLICY, findings: [] })
    expect(DEFAULT_POLICY.thresholds).toEqual({ min_downloads: 1000, min_quantizations: 2, ram_min_gb: 1, ram_max_gb: 128, stale_after_days: 180 })
  })
  it('refuses a --policy file that does not exist, or is a link, cleanly', () => {
    const dir = tempDir()
    expect(() => loadPolicy(dir, 'nope.json')).toThrow(CurateError)
    writeFileSync(path.join(dir, 'real.json'), '{}')
    symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'curation.config.json'))
    expect(() => loadPolicy(dir)).toThrow(/not a regular file/)
  })
  it('reads the file at the repo root, with its path in findings', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'cfg'))
    writeFileSync(path.join(dir, 'cfg', 'p.json'), '{\n  "licenses": ["mit"],\n  "thresholds": { "ram_max_gb": 64 },\n  "bogus": 1\n}\n')
    const r = loadPolicy(dir, 'cfg/p.json')
    expect(r.path).toBe('cfg/p.json')
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.rule, f.message])).toEqual([['cfg/p.json', 4, 3, 'policy', 'unknown property "bogus"']])
    expect(r.policy).toBe(DEFAULT_POLICY) // an invalid policy is not half-applied
  })
  it('finds the policy beside a --store folder in another checkout, after the one in base', () => {
    const repo = tempDir()
    mkdirSync(path.join(repo, 'model-store'))
    writeFileSync(path.join(repo, 'curation.config.json'), '{ "licenses": ["mit"] }\n')
    const elsewhere = tempDir()
    const r = loadPolicy(elsewhere, undefined, path.join(repo, 'model-store'))
    expect([r.path, r.policy.licenses]).toEqual([path.join(repo, 'curation.config.json'), ['mit']])
    writeFileSync(path.join(elsewhere, 'curation.config.json'), '{ "licenses": ["apache-2.0"] }\n')
    expect(loadPolicy(elsewhere, undefined, path.join(repo, 'model-store')).policy.licenses).toEqual(['apache-2.0'])
  })
  it('points at a syntax error and falls back to the defaults', () => {
    const r = policyOf('{\n  "licenses": ["mit",]\n}\n')
    expect(r.findings.map((f) => [f.line, f.column, f.rule, f.severity, f.message])).toEqual([[2, 22, 'policy', 'error', 'invalid JSON: value expected (a trailing comma or a missing value?)']])
    expect(r.policy).toBe(DEFAULT_POLICY)
  })
  it('points at schema errors: a bad severity, an exception without a reason', () => {
    const r = policyOf({ severity: { 'sources-present': 'fatal' }, exceptions: [{ rule: 'local/ram-range', id: 'x' }] })
    expect(r.findings.map((f) => [f.line, f.message])).toEqual([
      [3, 'severity.sources-present "fatal" is not one of: error, warning, notice, off'],
      [6, 'missing required property "reason" in exceptions[0]'],
    ])
  })
  it('reports a preview pattern that is not a regular expression', () => {
    const r = policyOf({ preview_patterns: ['\\bpreview\\b', '(unclosed'] })
    expect(r.findings.map((f) => [f.line, f.column, f.message.split(':')[0]])).toEqual([[4, 5, 'preview pattern "(unclosed" is not a valid regular expression']])
  })
  it('merges thresholds and severity field by field, and replaces lists whole', () => {
    const { policy, findings } = policyOf({ licenses: ['mit'], thresholds: { min_downloads: 50 }, severity: { 'sources-present': 'error' } })
    expect(findings).toEqual([])
    expect(policy.licenses).toEqual(['mit'])
    expect(policy.thresholds).toEqual({ ...DEFAULT_POLICY.thresholds, min_downloads: 50 })
    expect(policy.providers).toEqual(DEFAULT_POLICY.providers)
  })
})

describe('applying the policy', () => {
  it('an exception silences one rule for one model, and only that', async () => {
    const { policy } = policyOf({ exceptions: [{ rule: 'local/ram-range', id: 'qwen3-235b', reason: 'the inventory keeps one 235B model for 192 GB hosts' }] })
    expect(await check(policy, [big])).toEqual([['qwen3-235b.json', 1, 1, 'error', 'local/benchmarks-present', 'local model has no published benchmarks']])
    expect((await check(DEFAULT_POLICY, [big])).map((f) => f[4])).toEqual(['local/benchmarks-present', 'local/ram-range'])
  })
  it('an exception that matches nothing is a warning at its line', async () => {
    const { policy } = policyOf({
      exceptions: [
        { rule: 'local/ram-range', id: 'test-local', reason: 'it fits now, the exception is stale' },
        { rule: 'local/ram-rnage', id: 'test-local', reason: 'a typo in the rule id' },
        { rule: 'local/licence', id: 'gone', reason: 'the model was removed' },
        { rule: 'schema', id: 'test-local', reason: 'trying to let a broken file through' },
      ],
    })
    expect(await check(policy, [file('local', 'test-local.json', localModel())])).toEqual([
      ['curation.config.json', 3, 5, 'warning', 'policy/unused-exception', 'exception for local/ram-range on "test-local" no longer matches anything: the model passes the rule'],
      ['curation.config.json', 9, 15, 'warning', 'policy', 'exception for unknown rule "local/ram-rnage"'],
      ['curation.config.json', 15, 13, 'warning', 'policy', 'exception for "gone", which no model in the store has as its id'],
      ['curation.config.json', 19, 15, 'warning', 'policy', 'rule "schema" cannot have exceptions: it keeps broken or hostile files out'],
    ])
  })
  it('does not judge exceptions of rules that did not look at the model', async () => {
    const { policy } = policyOf({ exceptions: [{ rule: 'local/quantizations', id: 'test-local', reason: 'the maker publishes one quant only' }] })
    // Offline, the online rule never ran: the exception is neither used nor unused.
    expect(await check(policy, [file('local', 'test-local.json', localModel())])).toEqual([])
  })
  it('re-grades or silences a rule, but never a protected one', async () => {
    const { policy } = policyOf({ severity: { 'sources-present': 'error', 'local/benchmarks-present': 'off', schema: 'off' } })
    const f = await check(policy, [file('local', 'test-local.json', localModel({ sources: undefined, benchmarks: undefined, ram_required_gb: 'x' }))])
    expect(f).toEqual([
      ['curation.config.json', 5, 5, 'warning', 'policy', 'rule "schema" cannot be re-graded: it keeps broken or hostile files out'],
      ['test-local.json', 1, 1, 'error', 'sources-present', 'model names no sources'],
      ['test-local.json', 7, 22, 'error', 'schema', 'ram_required_gb must be a number, got the string "x"'],
    ])
  })
  it('keeps policy warnings out of runs limited to some model files, but never its errors', async () => {
    const files = [file('local', 'test-local.json', localModel())]
    const only = new Set(['model-store/local/test-local.json'])
    const unused = policyOf({ exceptions: [{ rule: 'local/licence', id: 'test-local', reason: 'no longer needed at all' }] }).policy
    expect(await check(unused, files, { only })).toEqual([])
    const broken = policyOf('{ "licenses": 1 }')
    const r = judge(broken.policy, files, { policyFindings: broken.findings, only })
    expect(r.map((f) => [f.file, f.rule, f.severity])).toEqual([['curation.config.json', 'policy', 'error']])
  })
  it('--strict also hardens warnings a policy produced', async () => {
    const f = await check(DEFAULT_POLICY, [file('cloud', 'test-cloud.json', cloudModel({ sources: undefined }))], { strict: true })
    expect(f.map((x) => [x[3], x[4]])).toEqual([['error', 'sources-present']])
  })
})
