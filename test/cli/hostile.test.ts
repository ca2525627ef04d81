/** Hostile and faulty input through the doors as processes: no crash, no internal error, nothing lost. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Schemas } from '../../src/core/schema.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { loadLiteLLMSnapshot } from '../../src/io/litellm.js'
import { cloudModel, copyBundledStore, localModel, makeStore, ROOT, runCli, tempDir } from '../helpers.js'
import { trimmedLiteLLM } from '../servers/upstream.js'
import { FIXTURE_STORE } from '../render-helpers.js'

const STORE = path.join(FIXTURE_STORE, 'model-store')
const SCHEMAS = path.join(ROOT, 'schemas')
const POLICY = path.join(FIXTURE_STORE, 'curation.config.json')
const INJECT = path.join(ROOT, 'test/faults/inject.mjs')
const withFault = (fault: string) => ({ NODE_OPTIONS: `--import ${INJECT}`, LEGER_FAULT: fault })
const killAt = (at: string) => ({ NODE_OPTIONS: `--import ${INJECT}`, LEGER_KILL_AT: at })
const noBug = (r: { stdout: string; stderr: string }) => {
  expect(r.stderr + r.stdout).not.toMatch(/internal error|This is a bug|Maximum call stack/)
}
const good = () => ({ 'cloud/test-cloud.json': cloudModel(), 'local/test-local.json': localModel() })

describe('never a crash on data', () => {
  it('4,000 levels of nesting: validate names the file and judges the others, in every format', () => {
    const dir = makeStore({ ...good(), 'cloud/deep.json': `{"id": ${'['.repeat(4000)}${']'.repeat(4000)}}\n` })
    for (const format of ['text', 'json', 'github']) {
      const r = runCli(['validate', '--format', format], { cwd: dir })
      noBug(r)
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('deep.json')
      expect(r.stdout).toContain('nesting deeper than 64 levels')
    }
    const json = JSON.parse(runCli(['validate', '--format', 'json'], { cwd: dir }).stdout)
    expect(json.summary.files).toBe(3)
  })
  it('a deep policy file is a policy finding, not a crash', () => {
    const dir = makeStore(good())
    writeFileSync(path.join(dir, 'curation.config.json'), `{"licenses": ${'['.repeat(5000)}${']'.repeat(5000)}}`)
    const r = runCli(['validate'], { cwd: dir })
    noBug(r)
    expect(r.stdout).toContain('curation.config.json:1:')
  })
})

describe('what the check accepts, every output accepts', () => {
  it('a name with U+2028 fails validate at the field, so release never meets it', () => {
    const dir = makeStore({ ...good(), 'cloud/test-cloud.json': cloudModel({ name: 'Test\u2028Cloud' }) })
    const r = runCli(['validate'], { cwd: dir })
    noBug(r)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('model-store/cloud/test-cloud.json:4:11 error schema name')
  })
  it('invalid UTF-8 is a file-read finding naming the file', () => {
    const dir = makeStore(good())
    writeFileSync(path.join(dir, 'model-store/local/bad.json'), Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]))
    const r = runCli(['validate'], { cwd: dir })
    noBug(r)
    expect(r.stdout).toContain('model-store/local/bad.json:1:1 error file-read model file is not valid UTF-8')
  })
})

describe('no key is special', () => {
  it('release with a policy provider named "constructor" writes an index.json that validates', () => {
    const dir = copyBundledStore()
    writeFileSync(path.join(dir, 'model-store/cloud/ctor.json'), JSON.stringify(cloudModel({ id: 'ctor', provider: 'constructor', litellm_model_name: 'constructor/x', requires_api_key: 'CTOR_API_KEY', pricing: { input_per_1m: '$1.00', output_per_1m: '$2.00' } }), null, 2) + '\n')
    const policy = JSON.parse(readFileSync(path.join(ROOT, 'curation.config.json'), 'utf8'))
    policy.providers = { ...policy.providers, constructor: { api_key_env: 'CTOR_API_KEY' } }
    policy.severity = { ...policy.severity, 'cloud/litellm-listed': 'off' }
    writeFileSync(path.join(dir, 'curation.config.json'), JSON.stringify(policy, null, 2) + '\n')
    const r = runCli(['release', '--out', 'out'], { cwd: dir })
    noBug(r)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    const index = JSON.parse(readFileSync(path.join(dir, 'out/index.json'), 'utf8'))
    expect(index.counts.by_provider.constructor).toBe(1)
    expect(new Schemas(loadSchemaDocs(SCHEMAS)).errors('index.schema.json', index)).toEqual([])
  })
})

describe('faults are errors, not bugs', () => {
  const expectFault = (r: { code: number | null; stdout: string; stderr: string }, code: string) => {
    noBug(r)
    expect(r.code, r.stderr).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`^leger-curate: cannot [a-z ]+ \\S+.*\\(${code}\\)\\n.+\\n`))
  }
  it('deprecate on a read-only store', () => {
    const dir = makeStore({ ...good(), 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5', litellm_model_name: 'openai/gpt-5' }) })
    const before = readFileSync(path.join(dir, 'model-store/cloud/test-cloud.json'), 'utf8')
    expectFault(runCli(['deprecate', 'test-cloud', '--replacement', 'gpt-5'], { cwd: dir, env: withFault('EROFS:openSync:test-cloud.json.') }), 'EROFS')
    expect(readFileSync(path.join(dir, 'model-store/cloud/test-cloud.json'), 'utf8')).toBe(before)
  })
  it('release on a full disk, render without permission, refresh-upstream on a read-only data folder', () => {
    const out = path.join(tempDir(), 'out')
    expectFault(runCli(['release', '--out', out, '--store', STORE, '--schemas', SCHEMAS, '--policy', POLICY], { env: withFault('ENOSPC:writeFileSync:/.out.') }), 'ENOSPC')
    expect(existsSync(out)).toBe(false)
    expectFault(runCli(['render', path.join(ROOT, 'templates/blueprints/minimal.json'), '--out', out, '--store', path.join(ROOT, 'model-store'), '--schemas', SCHEMAS], { env: withFault('EACCES:mkdirSync:/.out.') }), 'EACCES')
    const dir = makeStore({})
    writeFileSync(path.join(dir, 'copy.json'), trimmedLiteLLM())
    expectFault(runCli(['refresh-upstream', '--from', 'copy.json', '--date', '2026-07-24'], { cwd: dir, env: withFault('EROFS:writeFileSync:litellm-model-prices') }), 'EROFS')
  })
  it('an --out under a file is ENOTDIR, said plainly', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'file'), 'x')
    expectFault(runCli(['render', path.join(ROOT, 'templates/blueprints/minimal.json'), '--out', path.join(dir, 'file/out'), '--store', path.join(ROOT, 'model-store'), '--schemas', SCHEMAS]), 'ENOTDIR|EEXIST')
  })
})

describe('nothing lost or half-written', () => {
  const release = (out: string, env?: NodeJS.ProcessEnv) => runCli(['release', '--out', out, '--store', STORE, '--schemas', SCHEMAS, '--policy', POLICY], { env })
  it('release killed between its renames: the next run restores the old out/, then replaces it', () => {
    const parent = tempDir()
    const out = path.join(parent, 'out')
    expect(release(out).code).toBe(0)
    writeFileSync(path.join(out, 'old-marker'), 'the old release')
    const killed = release(out, killAt('renameSync:2'))
    expect(killed.code).toBe(null)
    // killed between the two renames: the old folder is aside
    expect(readdirSync(parent).filter((n) => n !== 'out').some((n) => /^\.out\.\d+\.old$/.test(n))).toBe(true)
    // any later run (render, release) restores or replaces it whole
    const again = release(out, withFault('ENOSPC:writeFileSync:/.out.'))
    expect(again.code).toBe(2)
    expect(readFileSync(path.join(out, 'old-marker'), 'utf8')).toBe('the old release')
    expect(release(out).code).toBe(0)
    expect(existsSync(path.join(out, 'old-marker'))).toBe(false)
    expect(readdirSync(parent)).toEqual(['out'])
  })
  it('refresh-upstream killed between the list and its note: readers see the note does not match; the next run completes', () => {
    const dir = makeStore({})
    mkdirSync(path.join(dir, 'data'))
    const list = JSON.parse(trimmedLiteLLM())
    writeFileSync(path.join(dir, 'copy.json'), trimmedLiteLLM())
    expect(runCli(['refresh-upstream', '--from', 'copy.json', '--date', '2026-07-01'], { cwd: dir }).code).toBe(0)
    writeFileSync(path.join(dir, 'copy2.json'), JSON.stringify({ ...list, extra: { mode: 'chat' } }))
    const killed = runCli(['refresh-upstream', '--from', 'copy2.json', '--date', '2026-07-24'], { cwd: dir, env: killAt('renameSync:2') })
    expect(killed.code).toBe(null)
    expect(loadLiteLLMSnapshot(path.join(dir, 'data')).origin).toMatch(/unknown date \(its note, of 2026-07-01, describes another list/)
    expect(runCli(['refresh-upstream', '--from', 'copy2.json', '--date', '2026-07-24'], { cwd: dir }).code).toBe(0)
    expect(readdirSync(path.join(dir, 'data')).sort()).toEqual(['litellm-model-prices.json', 'litellm-model-prices.source.json'])
  })
  it('deprecate killed before its rename keeps the old file; the next write removes the dead temp file', () => {
    const dir = makeStore({ ...good(), 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5', litellm_model_name: 'openai/gpt-5' }) })
    const file = path.join(dir, 'model-store/cloud/test-cloud.json')
    const before = readFileSync(file, 'utf8')
    expect(runCli(['deprecate', 'test-cloud', '--replacement', 'gpt-5'], { cwd: dir, env: killAt('renameSync:1') }).code).toBe(null)
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp'))).toHaveLength(1)
    expect(runCli(['deprecate', 'test-cloud', '--replacement', 'gpt-5'], { cwd: dir }).code).toBe(0)
    expect(readdirSync(path.dirname(file)).filter((n) => n.startsWith('.'))).toEqual([])
  })
  it('add killed before its file is linked in writes nothing; the next add removes the dead temp file and writes it', () => {
    const dir = makeStore({})
    const args = ['add', '--kind', 'cloud', '--litellm-model', 'openai/gpt-5-nano-2025-08-07', '--id', 'gpt-5-nano', '--name', 'GPT-5 Nano', '--yes']
    const folder = path.join(dir, 'model-store/cloud')
    // Killed before the temporary file is written: nothing at all.
    expect(runCli(args, { cwd: dir, env: killAt('openSync:1') }).code).toBe(null)
    expect(readdirSync(folder)).toEqual([])
    // Killed between the temporary file and its link into place: no model file, one dead temporary.
    expect(runCli(args, { cwd: dir, env: killAt('linkSync:1') }).code).toBe(null)
    expect(readdirSync(folder).filter((n) => !n.startsWith('.'))).toEqual([])
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toHaveLength(1)
    const done = runCli(args, { cwd: dir })
    noBug(done)
    expect(done.code).toBe(0)
    expect(readdirSync(folder)).toEqual(['gpt-5-nano.json'])
  })
  it('refresh-upstream refuses a list that lost most entries or the store\'s models, unless --force', () => {
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel() })
    writeFileSync(path.join(dir, 'copy.json'), trimmedLiteLLM())
    expect(runCli(['refresh-upstream', '--from', 'copy.json', '--date', '2026-07-01'], { cwd: dir }).code).toBe(0)
    const list = JSON.parse(trimmedLiteLLM())
    const keys = Object.keys(list).filter((k) => k !== 'sample_spec')
    writeFileSync(path.join(dir, 'small.json'), JSON.stringify({ [keys[0]]: list[keys[0]] }))
    const small = runCli(['refresh-upstream', '--from', 'small.json', '--date', '2026-07-24'], { cwd: dir })
    noBug(small)
    expect([small.code, small.stderr]).toEqual([1, expect.stringContaining('fewer than half')])
    const without = { ...list }
    delete without['gpt-5-2025-08-07']
    writeFileSync(path.join(dir, 'without.json'), JSON.stringify(without))
    const lost = runCli(['refresh-upstream', '--from', 'without.json', '--date', '2026-07-24'], { cwd: dir })
    expect([lost.code, lost.stderr]).toEqual([1, expect.stringContaining('no longer lists a model of the store: test-cloud (openai/gpt-5-2025-08-07)')])
    expect(readFileSync(path.join(dir, 'data/litellm-model-prices.json'), 'utf8')).toBe(trimmedLiteLLM())
    expect(runCli(['refresh-upstream', '--from', 'without.json', '--date', '2026-07-24', '--force'], { cwd: dir }).code).toBe(0)
  })
})
