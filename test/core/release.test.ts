import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CurateError } from '../../src/core/errors.js'
import { buildIndex } from '../../src/core/release-index.js'
import { buildRelease, publishedAssets } from '../../src/core/release.js'
import { tarGz } from '../../src/core/tar.js'
import { ROOT, tempDir } from '../helpers.js'
import { fixtureStore, sample, schemas, site, templates } from '../render-helpers.js'

const SHA = 'a'.repeat(40)
const sha256sum = spawnSync('sha256sum', ['--version']).status === 0
const input = (over = {}) => ({ store: fixtureStore(), schemas, templates, blueprints: ['minimal', 'multi-provider', 'local-only'].map(sample), commit: SHA, site, ...over })

describe('release bundle', () => {
  it('two builds of the same inputs are byte-identical', () => {
    const a = buildRelease(input()).files
    const b = buildRelease(input()).files
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [p, data] of a) expect(data.equals(b.get(p)!), p).toBe(true)
  })

  it('publishes index.json, each sample packed, and SHA256SUMS over exactly the published assets', () => {
    const { files } = buildRelease(input())
    const published = publishedAssets(files)
    expect(published).toEqual(['CHANGES.md', 'SHA256SUMS', 'index.json', 'local-only.tar.gz', 'minimal.tar.gz', 'multi-provider.tar.gz', 'site.tar.gz'])
    expect(files.has('blueprints/minimal/quadlet/litellm.yaml')).toBe(true)
    const sums = files.get('SHA256SUMS')!.toString().trimEnd().split('\n')
    expect(sums.map((l) => l.slice(66))).toEqual(published.filter((p) => p !== 'SHA256SUMS'))
    for (const line of sums) expect(line.slice(0, 64)).toBe(createHash('sha256').update(files.get(line.slice(66))!).digest('hex'))
  })

  it.skipIf(!sha256sum)('sha256sum -c passes over a folder holding only the published assets, and inside each unpacked archive', () => {
    const { files } = buildRelease(input())
    const dir = tempDir()
    for (const p of publishedAssets(files)) writeFileSync(path.join(dir, p), files.get(p)!)
    const top = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })
    expect(top.status, top.stdout + top.stderr).toBe(0)
    expect(top.stdout.trim().split('\n')).toHaveLength(6)
    for (const name of ['minimal', 'local-only', 'multi-provider']) {
      expect(spawnSync('tar', ['xzf', `${name}.tar.gz`], { cwd: dir }).status).toBe(0)
      const inner = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: path.join(dir, name), encoding: 'utf8' })
      expect(inner.status, inner.stdout + inner.stderr).toBe(0)
    }
    // A changed asset fails the check.
    writeFileSync(path.join(dir, 'index.json'), '{}')
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).status).not.toBe(0)
  })

  it('each archive explains itself: the rendered deployment, DEPLOY.md, the blueprint, the store commit, its checksums', () => {
    const { files } = buildRelease(input())
    const inside = [...files.keys()].filter((p) => p.startsWith('blueprints/minimal/')).map((p) => p.slice('blueprints/minimal/'.length)).sort()
    expect(inside).toEqual(['DEPLOY.md', 'SHA256SUMS', 'STORE_COMMIT', 'blueprint.json', ...JSON.parse(readFileSync(path.join(ROOT, 'test/golden/files.json'), 'utf8')).minimal.filter((p: string) => p !== 'DEPLOY.md')].sort())
    expect(files.get('blueprints/minimal/blueprint.json')!.toString()).toBe(sample('minimal').text)
    expect(files.get('blueprints/minimal/STORE_COMMIT')!.toString()).toBe(`${SHA}\n`)
    expect(files.get('blueprints/minimal/DEPLOY.md')!.toString()).toContain(`store commit \`${SHA}\``)
    const sums = files.get('blueprints/minimal/SHA256SUMS')!.toString().trimEnd().split('\n').map((l) => l.slice(66))
    expect(sums).toEqual(inside.filter((p) => p !== 'SHA256SUMS'))
    expect(buildRelease(input({ commit: null })).files.get('blueprints/minimal/STORE_COMMIT')!.toString()).toMatch(/^unknown/)
  })

  it('index.json follows index.schema.json, counts the store and flags deprecated models', () => {
    const index = JSON.parse(buildRelease(input()).files.get('index.json')!.toString())
    expect(schemas.errors('index.schema.json', index)).toEqual([])
    expect(index.commit).toBe(SHA)
    expect(index.counts).toMatchObject({ total: 8, deprecated: 1, by_kind: { cloud: 5, local: 3 }, by_provider: { anthropic: 1, deepseek: 1, gemini: 1, openai: 2 }, by_group: { embeddings: 1, task: 2 } })
    expect(index.models.map((m: { kind: string; id: string }) => `${m.kind}:${m.id}`)).toEqual([
      'cloud:claude-sonnet-4-5', 'cloud:deepseek-chat', 'cloud:gemini-2.5-pro', 'cloud:gpt-4o', 'cloud:gpt-5',
      'local:qwen3-0.6b', 'local:qwen3-4b', 'local:qwen3-embedding-8b',
    ])
    expect(index.models.find((m: { id: string }) => m.id === 'gpt-4o')).toMatchObject({ deprecated: true, replacement: 'gpt-5' })
    expect(index.models[0].definition.$schema).toBeUndefined()
    expect(buildIndex(fixtureStore(), null).commit).toBeNull()
  })

  it('refuses a sample blueprint that does not resolve, naming the problem', () => {
    const bad = { name: 'broken', path: 'templates/blueprints/broken.json', text: '{"models": {"cloud": ["gpt-55"]}}' }
    expect(() => buildRelease(input({ blueprints: [bad] }))).toThrow(/broken.json does not resolve against the store: unknown cloud model "gpt-55"/)
    expect(() => buildRelease(input({ blueprints: [{ ...bad, name: '../x', text: sample('minimal').text }] }))).toThrow(CurateError)
  })

  it('tarGz sorts entries, so input order does not matter', () => {
    const a = tarGz([{ path: 'x/b', data: Buffer.from('1') }, { path: 'x/a', data: Buffer.from('2') }])
    const b = tarGz([{ path: 'x/a', data: Buffer.from('2') }, { path: 'x/b', data: Buffer.from('1') }])
    expect(a.equals(b)).toBe(true)
    for (const bad of ['../x', '/abs', 'a//b', 'a\nb']) expect(() => tarGz([{ path: bad, data: Buffer.alloc(0) }])).toThrow(CurateError)
  })
})
