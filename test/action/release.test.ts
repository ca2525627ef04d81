/**
 * The release mode against the fake GitHub on 127.0.0.1 (test/servers/github.ts), whose release API it uses:
 * GET releases (newest first, with assets), GET releases/tags/{tag}, POST releases, PATCH
 * releases/{id}, GET releases/{id}/assets (paginated with Link headers), GET releases/assets/{id}
 * (the bytes, for Accept: application/octet-stream), DELETE releases/assets/{id}, and POST to
 * the upload_url.
 */
import path from 'node:path'
import { getOctokit } from '@actions/github'
import { afterEach, describe, expect, it } from 'vitest'
import { runRelease, type ReleaseReporter } from '../../src/action/release.js'
import { CurateError } from '../../src/core/errors.js'
import type { Finding } from '../../src/core/types.js'
import { cloudModel, makeStore, ROOT, tempDir } from '../helpers.js'
import { FIXTURE_STORE } from '../render-helpers.js'
import { startGitHub, type FakeGitHub } from '../servers/github.js'

let gh: FakeGitHub
const github = () => startGitHub({ owner: 'o', repo: 'r', token: 't0ken' })
afterEach(async () => gh?.close())

function reporter() {
  const r = { outputs: {} as Record<string, string>, infos: [] as string[], findings: [] as Finding[] }
  const rep: ReleaseReporter = { info: (m) => r.infos.push(m), annotate: (f) => r.findings.push(f), setOutput: (k, v) => void (r.outputs[k] = v) }
  return { r, rep }
}

const inputs = (over = {}) => ({
  workspace: FIXTURE_STORE,
  schemas: path.join(ROOT, 'schemas'),
  templates: path.join(ROOT, 'templates'),
  outDir: path.join(tempDir(), 'release'),
  owner: 'o',
  repo: 'r',
  sha: 'b'.repeat(40),
  now: new Date('2026-03-04T12:00:00Z'),
  ...over,
})

describe('release mode', () => {
  it('creates the release for the tag and uploads every top-level file of the bundle', async () => {
    gh = await github()
    const { r, rep } = reporter()
    const out = await runRelease(inputs(), getOctokit('t0ken', { baseUrl: gh.url }), rep)
    expect(out.created).toBe(true)
    expect(gh.releases).toHaveLength(1)
    const rel = gh.releases[0]
    expect([rel.tag_name, rel.name, rel.target_commitish]).toEqual(['store-2026-03-04', 'Model store 2026-03-04', 'b'.repeat(40)])
    expect(rel.body).toContain('8 models (5 cloud, 3 local), 1 deprecated.')
    expect(rel.body).toContain('No earlier release has an index.json: nothing to compare with.')
    expect(rel.assets.map((a) => `${a.name} ${a.content_type}`).sort()).toEqual([
      'CHANGES.md text/markdown', 'SHA256SUMS text/plain', 'index.json application/json', 'local-only.tar.gz application/gzip', 'minimal.tar.gz application/gzip',
      'multi-provider.tar.gz application/gzip', 'site.tar.gz application/gzip',
    ])
    expect(rel.body.startsWith(rel.assets.find((a) => a.name === 'CHANGES.md')!.data.toString().trimEnd())).toBe(true)
    // The uploaded bytes are the bundle's bytes, and SHA256SUMS vouches for them.
    const { createHash } = await import('node:crypto')
    const sums = rel.assets.find((a) => a.name === 'SHA256SUMS')!.data.toString()
    for (const a of rel.assets.filter((x) => x.name !== 'SHA256SUMS')) expect(sums).toContain(`${createHash('sha256').update(a.data).digest('hex')}  ${a.name}\n`)
    expect(r.outputs).toEqual({ 'release-url': 'https://github.com/o/r/releases/tag/store-2026-03-04', 'release-tag': 'store-2026-03-04' })
  })

  it('updates an existing release, replacing same-name assets (found across pages) and keeping others', async () => {
    gh = await github()
    const old = Array.from({ length: 104 }, (_, i) => ({ id: i + 1, name: `old-${i}.txt`, content_type: 'text/plain', data: Buffer.from('x') }))
    old.push({ id: 500, name: 'minimal.tar.gz', content_type: 'application/gzip', data: Buffer.from('stale') })
    gh.releases.push({ id: 7, tag_name: 'v1', name: 'old', body: 'old', assets: old })
    const { rep } = reporter()
    const out = await runRelease(inputs({ tag: 'v1' }), getOctokit('t0ken', { baseUrl: gh.url }), rep)
    expect(out.created).toBe(false)
    expect(out.replaced).toEqual(['minimal.tar.gz'])
    const rel = gh.releases[0]
    expect(rel.name).toBe('Model store v1')
    expect(rel.assets).toHaveLength(104 + 7)
    expect(rel.assets.find((a) => a.name === 'minimal.tar.gz')!.data.toString()).not.toBe('stale')
    expect(gh.calls().filter((l) => l.startsWith('GET /repos/o/r/releases/7/assets'))).toHaveLength(2)
    expect(gh.calls()).toContain('DELETE /repos/o/r/releases/assets/500')
    // A second run replaces all seven and leaves the same set.
    await runRelease(inputs({ tag: 'v1' }), getOctokit('t0ken', { baseUrl: gh.url }), rep)
    expect(gh.releases[0].assets).toHaveLength(111)
  })

  it('explains a token without write permission', async () => {
    gh = await github()
    gh.deny.set('createRelease', 403)
    const { rep } = reporter()
    const err = await runRelease(inputs(), getOctokit('t0ken', { baseUrl: gh.url }), rep).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CurateError)
    expect((err as CurateError).message).toMatch(/could not create release store-2026-03-04 \(HTTP 403\)/)
    expect((err as CurateError).hint).toContain('permissions: contents: write')
  })

  it('publishes nothing from a store with errors, annotating them', async () => {
    gh = await github()
    const dir = makeStore({ 'cloud/bad.json': cloudModel({ id: 'bad', context_window: 'lots' }) })
    const { r, rep } = reporter()
    const err = await runRelease(inputs({ workspace: dir }), getOctokit('t0ken', { baseUrl: gh.url }), rep).catch((e: unknown) => e)
    expect((err as CurateError).message).toBe('release refused: the store has 1 error')
    expect(r.findings.map((f) => [f.file, f.severity])).toEqual([['model-store/cloud/bad.json', 'error']])
    // It may read the previous release; it writes nothing.
    expect(gh.calls().filter((l) => !l.startsWith('GET '))).toEqual([])
  })

  it("compares with the previous release's index.json: the notes are CHANGES.md and the body, the same on a re-run", async () => {
    gh = await github()
    const octokit = getOctokit('t0ken', { baseUrl: gh.url })
    const { rep, r } = reporter()
    await runRelease(inputs({ tag: 'store-2026-03-03' }), octokit, rep)
    // Yesterday's index lacked gpt-5 and had qwen3-4b enabled by default.
    const old = gh.releases[0].assets.find((a) => a.name === 'index.json')!
    const index = JSON.parse(old.data.toString())
    index.models = index.models.filter((m: { id: string }) => m.id !== 'gpt-5')
    index.models.find((m: { id: string }) => m.id === 'qwen3-4b').definition.enabled = true
    old.data = Buffer.from(JSON.stringify(index))
    // A newer release without index.json (the toolkit's own, say) and a draft are passed over.
    gh.releases.push({ id: 90, tag_name: 'v0.1.0', name: 'toolkit', body: '', assets: [{ id: 91, name: 'leger.tgz', content_type: 'application/gzip', data: Buffer.from('x') }] })
    gh.releases.push({ id: 92, tag_name: 'draft', name: 'draft', body: '', draft: true, assets: [{ id: 93, name: 'index.json', content_type: 'application/json', data: Buffer.from('{}') }] })

    await runRelease(inputs(), octokit, rep)
    const rel = gh.releases.find((x) => x.tag_name === 'store-2026-03-04')!
    const notes = rel.assets.find((a) => a.name === 'CHANGES.md')!.data.toString()
    expect(notes).toMatch(/\nCompared with the previous release: .*, commit [0-9a-f]{40}\.\n/)
    expect(notes).toContain('## Added (1)\n\n- `gpt-5` GPT-5 (cloud, openai)')
    expect(notes).toContain('- `qwen3-4b` Qwen3 4B: no longer enabled by default')
    expect(rel.body).toContain(notes.trimEnd())
    expect(r.infos).toContain('Release notes compare with index.json of release store-2026-03-03')
    expect(gh.calls()).toContain(`GET /repos/o/r/releases/assets/${old.id}`)

    // A re-run the same day updates this release and still compares with the one before.
    await runRelease(inputs(), octokit, rep)
    expect(gh.releases.find((x) => x.tag_name === 'store-2026-03-04')!.assets.find((a) => a.name === 'CHANGES.md')!.data.toString()).toBe(notes)
  })

  it('says so in the notes when the previous index.json cannot be read, and still publishes', async () => {
    gh = await github()
    gh.releases.push({ id: 5, tag_name: 'store-2026-01-01', name: 'old', body: '', assets: [{ id: 6, name: 'index.json', content_type: 'application/json', data: Buffer.from('{"schema_version": 0}') }] })
    const { rep } = reporter()
    await runRelease(inputs(), getOctokit('t0ken', { baseUrl: gh.url }), rep)
    expect(gh.releases[1].body).toMatch(/index\.json of release store-2026-01-01 is not a release index: .*: nothing to compare with\./)
  })
})
