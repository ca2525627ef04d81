import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { CurateError } from '../../src/core/errors.js'
import { buildIndex } from '../../src/core/release-index.js'
import { buildRelease } from '../../src/core/release.js'
import { categories, selfContained } from '../../src/core/site/api.js'
import { cardOf, galleryData, gigabytes, thousands } from '../../src/core/site/cards.js'
import { buildSite } from '../../src/core/site/index.js'
import { DATA_MARKER, renderPage } from '../../src/core/site/page.js'
import type { ModelFile } from '../../src/core/types.js'
import { cloudModel, ROOT } from '../helpers.js'
import { bundledStore, fixtureStore, sample, schemas, site } from '../render-helpers.js'

const SHA = 'c'.repeat(40)
const index = (extra: ModelFile[] = []) => buildIndex(fixtureStore(extra), SHA)
const file = (kind: 'cloud' | 'local', value: Record<string, unknown>): ModelFile => ({ kind, path: `model-store/${kind}/${value.id}.json`, text: JSON.stringify(value) })
const json = (files: Map<string, Buffer>, p: string) => JSON.parse(files.get(p)!.toString())
/** The JSON the page reads, parsed back out of index.html. */
const pageData = (html: string) => JSON.parse(/<script type="application\/json" id="gallery-data">(.*?)<\/script>/s.exec(html)![1])

describe('site files', () => {
  it('are the page, its assets and the API, byte-identical on a second build', () => {
    const a = buildSite(index(), site, schemas.docs)
    const b = buildSite(index(), site, schemas.docs)
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [p, data] of a) expect(data.equals(b.get(p)!), p).toBe(true)
    expect([...a.keys()].filter((p) => !p.startsWith('api/models/'))).toEqual([
      'api/blueprint.schema.json', 'api/categories.json', 'api/models.json', 'app.css', 'app.js', 'icon.svg', 'index.html',
    ])
    expect([...a.keys()].filter((p) => p.startsWith('api/models/'))).toEqual(index().models.map((m) => `api/models/${m.id}.json`).sort())
  })

  it('serve every model as in index.json, one file per model, and categories with counts and ids', () => {
    const idx = index()
    const files = buildSite(idx, site, schemas.docs)
    expect(json(files, 'api/models.json')).toEqual({ schema_version: 1, commit: SHA, count: 8, models: idx.models })
    expect(json(files, 'api/models/gpt-4o.json')).toEqual(idx.models.find((m) => m.id === 'gpt-4o'))
    const cats = json(files, 'api/categories.json')
    expect(Object.keys(cats)).toEqual(['schema_version', 'kinds', 'providers', 'groups', 'capabilities'])
    expect(cats.kinds.local).toEqual({ count: 3, ids: ['qwen3-0.6b', 'qwen3-4b', 'qwen3-embedding-8b'] })
    expect(cats.providers.openai).toEqual({ count: 2, ids: ['gpt-4o', 'gpt-5'] })
    // The counts agree with index.json's tallies.
    for (const [key, tally] of [['kinds', 'by_kind'], ['providers', 'by_provider'], ['groups', 'by_group'], ['capabilities', 'by_capability']] as const)
      expect(Object.fromEntries(Object.entries(cats[key] as Record<string, { count: number }>).map(([k, v]) => [k, v.count]))).toEqual(idx.counts[tally])
    expect(categories(idx).capabilities.embeddings.ids).toEqual(['qwen3-embedding-8b'])
  })

  it('ship a blueprint schema that validates on its own, with no other file', () => {
    const schema = json(buildSite(index(), site, schemas.docs), 'api/blueprint.schema.json')
    expect(JSON.stringify(schema)).not.toContain('common.schema.json#')
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    for (const name of ['minimal', 'multi-provider', 'local-only']) expect(validate(JSON.parse(sample(name).text)), name).toBe(true)
    expect(validate({ models: { cloud: ['bad id!'] } })).toBe(false)
    expect(validate({ name: 'Not An Id', models: { cloud: ['gpt-5'] } })).toBe(false)
    expect(validate({ models: {} })).toBe(false)
    // Same verdicts as the project's own schemas, which load common.schema.json beside it.
    expect(schemas.errors('blueprint.schema.json', { name: 'x!', models: { cloud: ['gpt-5'] } })).not.toEqual([])
  })

  it('bundles references inside copied definitions too, and names what it cannot resolve', () => {
    const docs = {
      'a.schema.json': { $id: 'a.schema.json', properties: { x: { $ref: 'b.schema.json#/$defs/outer' } } },
      'b.schema.json': { $defs: { outer: { items: { $ref: '#/$defs/inner' } }, inner: { type: 'string' } } },
    }
    expect(selfContained('a.schema.json', docs)).toEqual({
      $id: 'a.schema.json',
      properties: { x: { $ref: '#/$defs/b.outer' } },
      $defs: { 'b.inner': { type: 'string' }, 'b.outer': { items: { $ref: '#/$defs/b.inner' } } },
    })
    expect(() => selfContained('a.schema.json', { 'a.schema.json': docs['a.schema.json'] })).toThrow(/refers to b.schema.json, which is missing/)
  })

  it('refuse a model id that cannot be a file name', () => {
    const idx = index()
    idx.models[0] = { ...idx.models[0], id: '../../etc/passwd' }
    expect(() => buildSite(idx, site, schemas.docs)).toThrow(CurateError)
  })
})

describe('the page', () => {
  it('carries a CSP allowing only its own files, and loads its script from a file', () => {
    const html = buildSite(index(), site, schemas.docs).get('index.html')!.toString()
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe|https?:|\*/)
    // Every <script> is either the page's own file or the non-executable data block.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="app.js" defer>', '<script type="application/json" id="gallery-data">'])
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('keeps model text as data: markup in a name cannot end the data block', () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & \u2028'
    const idx = index([file('cloud', cloudModel({ id: 'evil-model', name: evil, description: evil }))])
    const html = buildSite(idx, site, schemas.docs).get('index.html')!.toString()
    expect(html.match(/<\/script>/g)).toHaveLength(2) // the page's own two
    expect(html).not.toContain('<img src=x')
    const card = pageData(html).cards.find((c: { id: string }) => c.id === 'evil-model')
    expect(card.name).toBe(evil)
    expect(card.description).toBe(evil)
  })

  it('needs the data marker exactly once in its template', () => {
    const data = galleryData(index())
    expect(() => renderPage('<html></html>', data)).toThrow(/exactly once/)
    expect(() => renderPage(DATA_MARKER + DATA_MARKER, data)).toThrow(CurateError)
    expect(() => buildSite(index(), { ...site, 'app.js': undefined as unknown as string }, schemas.docs)).toThrow(/app.js is missing/)
  })

  it('is well under 200 KB for the bundled store', () => {
    const files = buildSite(buildIndex(bundledStore(), SHA), site, schemas.docs)
    const weight = ['index.html', 'app.js', 'app.css', 'icon.svg'].reduce((n, p) => n + files.get(p)!.length, 0)
    expect(weight).toBeLessThan(200 * 1024)
  })
})

describe('cards', () => {
  it('state what the issue lists: cloud facts and prices, local quantization, size, RAM, group, licence, benchmarks', () => {
    const data = galleryData(index())
    const gpt5 = data.cards.find((c) => c.id === 'gpt-5')!
    expect(gpt5).toMatchObject({ kind: 'cloud', byLabel: 'Provider', by: 'openai', deprecated: false })
    // The fixture's files leave "enabled" out: not enabled by default, as blueprints read it.
    expect(gpt5.enabled).toBe(false)
    const m = index().models.find((x) => x.id === 'gpt-5')!
    expect(cardOf({ ...m, definition: { ...m.definition, enabled: true } }).enabled).toBe(true)
    expect(Object.fromEntries(gpt5.facts)).toMatchObject({ 'Context window': '400,000 tokens', 'Price per 1M tokens': '$1.25 in / $10 out' })
    const qwen = data.cards.find((c) => c.id === 'qwen3-4b')!
    expect(qwen).toMatchObject({ kind: 'local', byLabel: 'Family', group: 'task' })
    expect(qwen.facts.map(([k]) => k)).toEqual(expect.arrayContaining(['Context window', 'Quantization', 'Size', 'RAM', 'Group', 'Licence']))
    expect(qwen.sources.length).toBeGreaterThan(0)
    expect(data.filters.kind).toEqual(['cloud', 'local'])
    expect(data.filters.group).toEqual(['embeddings', 'task'])
  })

  it('warn on deprecated models, naming the replacement and the sunset date', () => {
    const [gpt4o] = index().models.filter((m) => m.id === 'gpt-4o')
    expect(cardOf(gpt4o).warning).toBe('Deprecated: use gpt-5 instead. No sunset date set.')
    const dated = cardOf({ ...gpt4o, definition: { ...gpt4o.definition, sunset_date: '2026-06-30', deprecation_reason: 'Superseded by GPT-5.' } })
    expect(dated).toMatchObject({ replacement: 'gpt-5', sunset: '2026-06-30', warning: 'Deprecated: use gpt-5 instead. Sunset 2026-06-30. Superseded by GPT-5.' })
  })

  it('format numbers the same in every locale', () => {
    expect([thousands(400000), thousands(1048576), thousands(4), thousands(1.5)]).toEqual(['400,000', '1,048,576', '4', '1.5'])
    expect([gigabytes(2497280256), gigabytes(63387346464)]).toEqual(['2.5 GB', '63 GB'])
  })
})

describe('in the release', () => {
  it('site/ holds the site and site.tar.gz packs exactly those files', () => {
    const { files } = buildRelease({ store: fixtureStore(), schemas, templates: {}, blueprints: [], commit: SHA, site })
    const siteFiles = [...files.keys()].filter((p) => p.startsWith('site/'))
    expect(siteFiles).toContain('site/index.html')
    const tar = gunzipSync(files.get('site.tar.gz')!)
    const names: string[] = []
    for (let off = 0; off + 512 <= tar.length; ) {
      const name = tar.subarray(off, off + 100).toString('utf8').replace(/\0.*$/s, '')
      if (!name) break
      const prefix = tar.subarray(off + 345, off + 500).toString('utf8').replace(/\0.*$/s, '')
      const size = parseInt(tar.subarray(off + 124, off + 136).toString('latin1'), 8)
      if (tar[off + 156] === 0x30) names.push(prefix ? `${prefix}/${name}` : name)
      off += 512 + Math.ceil(size / 512) * 512
    }
    expect(names).toEqual(siteFiles.sort())
  })

  it('reads the page assets from templates/site/', () => {
    expect(site['index.html']).toBe(readFileSync(path.join(ROOT, 'templates/site/index.html'), 'utf8'))
  })
})
