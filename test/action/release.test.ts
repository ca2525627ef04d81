/**
 * The release mode against a real HTTP server on 127.0.0.1 that speaks GitHub's release API:
 * GET releases (newest first, with assets), GET releases/tags/{tag}, POST releases, PATCH
 * releases/{id}, GET releases/{id}/assets (paginated with Link headers), GET releases/assets/{id}
 * (the bytes, for Accept: application/octet-stream), DELETE releases/assets/{id}, and POST to
 * the upload_url.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { getOctokit } from '@actions/github'
import { afterEach, describe, expect, it } from 'vitest'
import { runRelease, type ReleaseReporter } from '../../src/action/release.js'
import { CurateError } from '../../src/core/errors.js'
import type { Finding } from '../../src/core/types.js'
import { cloudModel, makeStore, ROOT, tempDir } from '../helpers.js'
import { FIXTURE_STORE } from '../render-helpers.js'

interface Asset {
  id: number
  name: string
  content_type: string
  data: Buffer
}
interface Rel {
  id: number
  tag_name: string
  name: string
  body: string
  target_commitish?: string
  draft?: boolean
  assets: Asset[]
}

class FakeGitHub {
  releases: Rel[] = []
  log: string[] = []
  failWith?: { method: string; status: number }
  private server!: Server
  private nextId = 1000
  url = ''

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req).then(([status, body, headers]) => {
      if (Buffer.isBuffer(body)) {
        res.writeHead(status, { 'content-type': 'application/octet-stream', ...headers }).end(body)
        return
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(body === undefined ? '' : JSON.stringify(body))
    }))
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }
  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()))
  }
  private json(r: Rel) {
    return { id: r.id, tag_name: r.tag_name, name: r.name, body: r.body, html_url: `https://github.com/o/r/releases/tag/${r.tag_name}`, upload_url: `${this.url}/uploads/repos/o/r/releases/${r.id}/assets{?name,label}` }
  }
  private async handle(req: IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const body = Buffer.concat(chunks)
    const u = new URL(req.url!, this.url)
    this.log.push(`${req.method} ${u.pathname}${u.search}`)
    if (this.failWith && req.method === this.failWith.method) return [this.failWith.status, { message: 'Resource not accessible by integration' }]
    if (req.headers.authorization !== 'token t0ken') return [401, { message: 'Bad credentials' }]
    let m: RegExpExecArray | null
    if (req.method === 'GET' && u.pathname === '/repos/o/r/releases') {
      const newest = [...this.releases].reverse().map((r) => ({ ...this.json(r), draft: !!r.draft, assets: r.assets.map((a) => ({ id: a.id, name: a.name, size: a.data.length })) }))
      return [200, newest.slice(0, Number(u.searchParams.get('per_page') ?? 30))]
    }
    if (req.method === 'GET' && (m = /^\/repos\/o\/r\/releases\/assets\/(\d+)$/.exec(u.pathname))) {
      const a = this.releases.flatMap((r) => r.assets).find((x) => x.id === Number(m![1]))
      if (!a) return [404, { message: 'Not Found' }]
      return req.headers.accept === 'application/octet-stream' ? [200, a.data] : [200, { id: a.id, name: a.name, size: a.data.length }]
    }
    if (req.method === 'GET' && (m = /^\/repos\/o\/r\/releases\/tags\/(.+)$/.exec(u.pathname))) {
      const r = this.releases.find((x) => x.tag_name === decodeURIComponent(m![1]))
      return r ? [200, this.json(r)] : [404, { message: 'Not Found' }]
    }
    if (req.method === 'POST' && u.pathname === '/repos/o/r/releases') {
      const b = JSON.parse(body.toString())
      const r: Rel = { id: this.nextId++, tag_name: b.tag_name, name: b.name, body: b.body, target_commitish: b.target_commitish, assets: [] }
      this.releases.push(r)
      return [201, this.json(r)]
    }
    if (req.method === 'PATCH' && (m = /^\/repos\/o\/r\/releases\/(\d+)$/.exec(u.pathname))) {
      const r = this.releases.find((x) => x.id === Number(m![1]))!
      Object.assign(r, JSON.parse(body.toString()))
      return [200, this.json(r)]
    }
    if (req.method === 'GET' && (m = /^\/repos\/o\/r\/releases\/(\d+)\/assets$/.exec(u.pathname))) {
      const r = this.releases.find((x) => x.id === Number(m![1]))!
      const per = Number(u.searchParams.get('per_page') ?? 30)
      const page = Number(u.searchParams.get('page') ?? 1)
      const slice = r.assets.slice((page - 1) * per, page * per).map((a) => ({ id: a.id, name: a.name, size: a.data.length }))
      const more = page * per < r.assets.length
      return [200, slice, more ? { link: `<${this.url}${u.pathname}?per_page=${per}&page=${page + 1}>; rel="next"` } : {}]
    }
    if (req.method === 'DELETE' && (m = /^\/repos\/o\/r\/releases\/assets\/(\d+)$/.exec(u.pathname))) {
      for (const r of this.releases) r.assets = r.assets.filter((a) => a.id !== Number(m![1]))
      return [204, undefined]
    }
    if (req.method === 'POST' && (m = /^\/uploads\/repos\/o\/r\/releases\/(\d+)\/assets$/.exec(u.pathname))) {
      const r = this.releases.find((x) => x.id === Number(m![1]))!
      const name = u.searchParams.get('name')!
      if (r.assets.some((a) => a.name === name)) return [422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] }]
      if (Number(req.headers['content-length']) !== body.length) return [400, { message: 'bad length' }]
      r.assets.push({ id: this.nextId++, name, content_type: String(req.headers['content-type']), data: body })
      return [201, { id: this.nextId, name }]
    }
    return [404, { message: `no route ${req.method} ${u.pathname}` }]
  }
}

let gh: FakeGitHub
afterEach(async () => gh?.stop())

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
    gh = await new FakeGitHub().start()
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
    gh = await new FakeGitHub().start()
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
    expect(gh.log.filter((l) => l.startsWith('GET /repos/o/r/releases/7/assets'))).toHaveLength(2)
    expect(gh.log).toContain('DELETE /repos/o/r/releases/assets/500')
    // A second run replaces all seven and leaves the same set.
    await runRelease(inputs({ tag: 'v1' }), getOctokit('t0ken', { baseUrl: gh.url }), rep)
    expect(gh.releases[0].assets).toHaveLength(111)
  })

  it('explains a token without write permission', async () => {
    gh = await new FakeGitHub().start()
    gh.failWith = { method: 'POST', status: 403 }
    const { rep } = reporter()
    const err = await runRelease(inputs(), getOctokit('t0ken', { baseUrl: gh.url }), rep).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CurateError)
    expect((err as CurateError).message).toMatch(/could not create release store-2026-03-04 \(HTTP 403\)/)
    expect((err as CurateError).hint).toContain('permissions: contents: write')
  })

  it('publishes nothing from a store with errors, annotating them', async () => {
    gh = await new FakeGitHub().start()
    const dir = makeStore({ 'cloud/bad.json': cloudModel({ id: 'bad', context_window: 'lots' }) })
    const { r, rep } = reporter()
    const err = await runRelease(inputs({ workspace: dir }), getOctokit('t0ken', { baseUrl: gh.url }), rep).catch((e: unknown) => e)
    expect((err as CurateError).message).toBe('release refused: the store has 1 error')
    expect(r.findings.map((f) => [f.file, f.severity])).toEqual([['model-store/cloud/bad.json', 'error']])
    // It may read the previous release; it writes nothing.
    expect(gh.log.filter((l) => !l.startsWith('GET '))).toEqual([])
  })

  it("compares with the previous release's index.json: the notes are CHANGES.md and the body, the same on a re-run", async () => {
    gh = await new FakeGitHub().start()
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
    expect(gh.log).toContain(`GET /repos/o/r/releases/assets/${old.id}`)

    // A re-run the same day updates this release and still compares with the one before.
    await runRelease(inputs(), octokit, rep)
    expect(gh.releases.find((x) => x.tag_name === 'store-2026-03-04')!.assets.find((a) => a.name === 'CHANGES.md')!.data.toString()).toBe(notes)
  })

  it('says so in the notes when the previous index.json cannot be read, and still publishes', async () => {
    gh = await new FakeGitHub().start()
    gh.releases.push({ id: 5, tag_name: 'store-2026-01-01', name: 'old', body: '', assets: [{ id: 6, name: 'index.json', content_type: 'application/json', data: Buffer.from('{"schema_version": 0}') }] })
    const { rep } = reporter()
    await runRelease(inputs(), getOctokit('t0ken', { baseUrl: gh.url }), rep)
    expect(gh.releases[1].body).toMatch(/index\.json of release store-2026-01-01 is not a release index: .*: nothing to compare with\./)
  })
})
