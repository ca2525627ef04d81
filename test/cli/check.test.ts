import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli, tempDir } from '../helpers.js'
import { FIXTURE_STORE } from '../render-helpers.js'

const STORE = path.join(FIXTURE_STORE, 'model-store')
const check = (bp: unknown, extra: string[] = []) => {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'bp.json'), typeof bp === 'string' ? bp : JSON.stringify(bp, null, 2) + '\n')
  return runCli(['check', 'bp.json', '--store', STORE, '--schemas', path.join(ROOT, 'schemas'), ...extra], { cwd: dir })
}

describe('leger-curate check', () => {
  it('exits 0 on a usable blueprint, saying what it serves and warning about deprecated models', () => {
    const r = check({ name: 'mine', models: { cloud: ['gpt-4o'], local: ['qwen3-4b'] } })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('bp.json:5:7 warning resolve gpt-4o is deprecated; use gpt-5 instead')
    expect(r.stdout).toContain("You're using 1 deprecated model: gpt-4o -> gpt-5")
    expect(r.stdout).toContain('Blueprint mine: 1 cloud, 1 local models, one endpoint.')
    expect(r.stdout).toMatch(/The local models need [\d.]+ GB at once; pass --ram GB to check that they fit\./)
  })

  it('exits 1 on an unknown id or an override out of range, at the line, with a suggestion', () => {
    const r = check({ models: { cloud: ['claude-sonet-4-5', { id: 'gpt-5', max_tokens: 999999 }] } })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('bp.json:4:7 error resolve unknown cloud model "claude-sonet-4-5"')
    expect(r.stdout).toContain('hint: Did you mean "claude-sonnet-4-5"?')
    expect(r.stdout).toContain("bp.json:7:23 error resolve gpt-5: max_tokens 999,999 is above the model's max_output 128,000")
  })

  it('--ram says whether the local models fit; exit 1 when they do not', () => {
    const bp = { models: { local: ['qwen3-4b', 'qwen3-embedding-8b'] } }
    const fits = check(bp, ['--ram', '64'])
    expect(fits.code, fits.stdout + fits.stderr).toBe(0)
    expect(fits.stdout).toMatch(/bp\.json:3:5 notice ram-fit the local models fit: [\d.]+ GB of 64 GB at once/)
    const short = check(bp, ['--ram', '2.5'])
    expect(short.code).toBe(1)
    expect(short.stdout).toMatch(/bp\.json:3:5 error ram-fit the local models need [\d.]+ GB at once, more than the 2\.5 GB given/)
  })

  it('exits 2 on usage errors: no blueprint, a --ram that is not a plain decimal', () => {
    expect(runCli(['check']).code).toBe(2)
    for (const bad of ['0x10', '1e3', '-4', '0', 'lots']) {
      const r = check({ models: { local: ['qwen3-4b'] } }, [`--ram=${bad}`])
      expect(r.code, bad).toBe(2)
      expect(r.stderr).toContain('--ram takes a memory size in GB')
    }
    expect(runCli(['check', '--help']).stdout).toContain('Usage: leger-curate check BLUEPRINT')
    expect(runCli(['--help']).stdout).toMatch(/^ {2}check {13}check a blueprint/m)
  })
})
