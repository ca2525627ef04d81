/** `leger-curate validate` through its public door: the built CLI as a process. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cloudModel, localModel, makeStore, runCli } from '../helpers.js'

const good = () => ({ 'cloud/test-cloud.json': cloudModel(), 'local/test-local.json': localModel() })

describe('leger-curate validate', () => {
  it('exits 0 on a clean store and says so', () => {
    const r = runCli(['validate'], { cwd: makeStore(good()) })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('✔ 2 files checked, no problems\n')
    expect(r.code).toBe(0)
  })

  it('exits 1 with path:line:col, rule, message and hint for an error', () => {
    const r = runCli(['validate'], { cwd: makeStore({ ...good(), 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) }) })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('model-store/cloud/test-cloud.json:7:21 error schema context_window must be an integer, got the string "400k"\n  hint: Expected the whole context window')
    expect(r.stdout).toMatch(/✖ 1 error, 0 warnings in 2 files checked\n$/)
  })

  it('prints exactly the documented JSON shape', () => {
    const r = runCli(['validate', '--format', 'json'], { cwd: makeStore({ ...good(), 'local/test-local.json': localModel({ ctx_size: 99999 }) }) })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [
        {
          rule: 'limits',
          severity: 'error',
          file: 'model-store/local/test-local.json',
          line: 10,
          column: 15,
          message: 'ctx_size 99999 is larger than context_window 32768',
          hint: "ctx_size must fit inside the context window; check both against the model's documentation.",
        },
      ],
      summary: { files: 2, errors: 1, warnings: 0 },
    })
  })

  it('prints GitHub workflow commands with escaped properties', () => {
    const r = runCli(['validate', '--format', 'github'], { cwd: makeStore({ ...good(), 'cloud/test-cloud.json': cloudModel({ name: 'a\nb' }) }) })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      '::error file=model-store/cloud/test-cloud.json,line=4,col=11,title=schema::name "a\\nb" is not in the expected form (Expected the display name: one line of text, 1 to 200 characters, without control characters, line separators (U+2028, U+2029, U+0085) or bidirectional controls; for example "GPT-5".)\n',
    )
  })

  it('limits the report to PATH arguments while cross-file rules see the whole store', () => {
    const dir = makeStore({ ...good(), 'cloud/twin.json': cloudModel({ id: 'twin' }) })
    const r = runCli(['validate', 'model-store/cloud/twin.json', '--format', 'json'], { cwd: dir })
    const out = JSON.parse(r.stdout) as { findings: { file: string; rule: string }[]; summary: { files: number } }
    expect(out.findings.map((f) => [f.file, f.rule])).toEqual([['model-store/cloud/twin.json', 'duplicate-target']])
    expect(out.summary.files).toBe(1)
    expect(runCli(['validate', 'model-store/local'], { cwd: dir }).code).toBe(0)
  })

  it('--strict fails on warnings', () => {
    const dir = makeStore({ ...good(), 'cloud/test-cloud.json': cloudModel({ sunset_date: '2027-01-01' }) })
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0)
    expect(runCli(['validate', '--strict'], { cwd: dir }).code).toBe(1)
  })

  it('reads --store from elsewhere, and reports paths relative to the current folder', () => {
    const dir = makeStore({ 'cloud/bad.json': '{"id": }' })
    const r = runCli(['validate', '--store', path.join(dir, 'model-store'), '--format', 'json'], { cwd: dir })
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ rule: 'json-syntax', file: 'model-store/cloud/bad.json', line: 1, column: 8 })
  })

  it('exits 2 on usage and I/O problems, without a stack trace', () => {
    const dir = makeStore(good())
    for (const args of [['validate', '--format', 'xml'], ['validate', '--bogus'], ['validate', '--store', 'nowhere'], ['validate', 'missing.json'], ['frobnicate']]) {
      const r = runCli(args, { cwd: dir })
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stderr.length).toBeGreaterThan(0)
    }
  })

  it('refuses huge files and symbolic links unread, and never echoes control characters', () => {
    const dir = makeStore(good())
    writeFileSync(path.join(dir, 'model-store/cloud/huge.json'), `{"id": "${'x'.repeat(1024 * 1024)}"}`)
    mkdirSync(path.join(dir, 'outside'))
    writeFileSync(path.join(dir, 'outside/secret.json'), '{}')
    symlinkSync(path.join(dir, 'outside/secret.json'), path.join(dir, 'model-store/local/link.json'))
    writeFileSync(path.join(dir, 'model-store/cloud/evil.json'), JSON.stringify(cloudModel({ id: 'evil', litellm_model_name: 'openai/evil', name: 'x\u001b[2J\u0007' })))
    const r = runCli(['validate'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('model-store/cloud/huge.json:1:1 error file-read model file is 1048586 bytes, over the 1048576-byte limit')
    expect(r.stdout).toContain('model-store/local/link.json:1:1 error file-read model file is a symbolic link')
    expect(r.stdout).not.toContain('\u001b')
    expect(r.stdout).not.toContain('\u0007')
  })

  it('does not modify the store', () => {
    const dir = makeStore({ 'cloud/test-cloud.json': '{ "id": "test-cloud",\n"name": 1 }' })
    runCli(['validate'], { cwd: dir })
    expect(runCli(['validate', '--format', 'json'], { cwd: dir }).stdout).toContain('"name must be a string')
  })
})
