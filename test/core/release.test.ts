import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CurateError } from '../../src/core/errors.js'
import { buildIndex, buildRelease } from '../../src/core/release.js'
import { tarGz } from '../../src/core/tar.js'
import { tempDir } from '../helpers.js'
import { fixtureStore, sample, schemas, site, templates } from '../render-helpers.js'

const SHA = 'a'.repeat(40)
const input = (over = {}) => ({ store: fixtureStore(), schemas, templates, blueprints: ['minimal', 'multi-provider', 'local-only'].map(sample), commit: SHA, site, ...over })

describe('release bundle', () => {
  it('two builds of the same inputs are byte-identical', () => {
    const a = buildRelease(input()).files
    const b = buildRelease(input()).files
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [p, data] of a) expect(data.equals(b.get(p)!), p).toBe(true)
  })

  it('holds index.json, each sample rendered and packed, and SHA256SUMS over every other file', () => {
    const { files } = buildRelease(input())
    expect([...files.keys()].filter((p) => !p.includes('/')).sort()).toEqual(['CHANGES.md', 'SHA256SUMS', 'index.json', 'local-only.tar.gz', 'minimal.tar.gz', 'multi-provider.tar.gz', 'site.tar.gz'])
    expect(files.has('blueprints/minimal/litellm/litellm.yaml')).toBe(true)
    const sums = files.get('SHA256SUMS')!.toString().trimEnd().split('\n')
    expect(sums.map((l) => l.slice(66))).toEqual([...files.keys()].filter((p) => p !== 'SHA256SUMS').sort())
    for (const line of sums) expect(line.slice(0, 64)).toBe(createHash('sha256').update(files.get(line.slice(66))!).digest('hex'))
  })

  it('packs each blueprint so tar extracts exactly the rendered files, with fixed metadata', () => {
    const { files } = buildRelease(input())
    const dir = tempDir()
    writeFileSync(path.join(dir, 'minimal.tar.gz'), files.get('minimal.tar.gz')!)
    const list = spawnSync('tar', ['tvzf', 'minimal.tar.gz', '--numeric-owner'], { cwd: dir, encoding: 'utf8' })
    expect(list.status).toBe(0)
    for (const line of list.stdout.trim().split('\n')) expect(line).toMatch(/^(-rw-r--r--|drwxr-xr-x) 0\/0 +\d+ 1970-01-01 00:00 minimal\//)
    expect(spawnSync('tar', ['xzf', 'minimal.tar.gz'], { cwd: dir }).status).toBe(0)
    for (const [p, data] of files) if (p.startsWith('blueprints/minimal/')) expect(readFileSync(path.join(dir, p.slice('blueprints/'.length))).equals(data), p).toBe(true)
    // gzip header: no timestamp, no file name.
    const gz = files.get('minimal.tar.gz')!
    expect(gz.readUInt32LE(4)).toBe(0)
    expect(gz[3] & 0x08).toBe(0)
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
