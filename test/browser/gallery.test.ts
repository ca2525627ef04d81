/**
 * The release's gallery (site/) in a real Chromium, from file:// and from a static server:
 * no console error and no request outside site/; one visible card per enabled model; filters
 * change the visible set and live in the URL; deprecated models shown on request with a warning
 * naming the replacement and sunset date; markup in a model's name shown as text; the builder's
 * JSON validates against the shipped schema and resolves against the store. Screenshots of the
 * default and a filtered view are written to .tmp/ for review.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ReleaseIndex } from '../../src/core/release-index.js'
import { resolveBlueprint } from '../../src/core/resolve.js'
import { prepareRelease, writeOutputDir } from '../../src/io/bundle.js'
import { cloudModel, makeStore, ROOT, tempDir } from '../helpers.js'
import { FIXTURE_STORE, fixtureStore, schemas } from '../render-helpers.js'
import { CHROMIUM, launch, REASON, serveStatic } from './browser.js'

const SHOTS = path.join(ROOT, '.tmp')
const MARKUP = '<img src=x onerror="window.__pwned=1"><b>Bold</b> & <script>window.__pwned=2</script>'

/** Builds the release of the store under `base` into a fresh folder; returns that folder. */
async function release(base: string, options: { schemas?: string; templates?: string } = {}): Promise<string> {
  const prepared = await prepareRelease({ base, ...options })
  expect(prepared.validation.summary.errors).toBe(0)
  const out = path.join(tempDir('leger-site-'), 'out')
  writeOutputDir(out, prepared.release!.files, 'SHA256SUMS')
  return out
}

/** The fixture store with some models enabled, a dated deprecation and a model whose name is markup. */
function hostileStore(): string {
  const files: Record<string, unknown> = {}
  for (const kind of ['cloud', 'local']) {
    for (const f of readdirSync(path.join(FIXTURE_STORE, 'model-store', kind))) {
      const data = JSON.parse(readFileSync(path.join(FIXTURE_STORE, 'model-store', kind, f), 'utf8'))
      if (['gpt-5', 'claude-sonnet-4-5', 'qwen3-4b', 'qwen3-0.6b'].includes(data.id)) data.enabled = true
      if (data.id === 'gpt-4o') data.sunset_date = '2026-06-30'
      files[`${kind}/${f}`] = data
    }
  }
  // gpt-4.1-mini's facts as LiteLLM's list has them: only the name and description are hostile.
  files['cloud/markup-model.json'] = cloudModel({ id: 'markup-model', name: MARKUP, description: MARKUP, litellm_model_name: 'openai/gpt-4.1-mini-2025-04-14', context_window: 1047576, max_output: 32768, pricing: { input_per_1m: '$0.40', output_per_1m: '$1.60' }, enabled: true })
  return makeStore(files)
}

interface Opened {
  page: Page
  /** Console errors and warnings, and uncaught exceptions. */
  problems: string[]
  requests: string[]
}

async function open(ctx: BrowserContext, url: string): Promise<Opened> {
  const page = await ctx.newPage()
  // Fail at the step that hangs, well inside the test's own timeout.
  page.setDefaultTimeout(20_000)
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (m) => void (['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`)))
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(url)
  await page.waitForSelector('#cards .card', { state: 'attached' })
  return { page, problems, requests }
}

const visible = (page: Page) => page.$$eval('#cards .card:not([hidden])', (els) => els.map((e) => e.id.replace(/^model-/, '')))
const indexOf = (out: string) => JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as ReleaseIndex
const enabledIds = (index: ReleaseIndex, kind?: string) =>
  index.models.filter((m) => m.definition.enabled === true && !m.deprecated && (!kind || m.kind === kind)).map((m) => m.id)

if (process.env.LEGER_REQUIRE_CHROMIUM === '1') it('chromium is installed (LEGER_REQUIRE_CHROMIUM=1)', () => expect(CHROMIUM, REASON).toBeDefined())

describe.skipIf(!CHROMIUM)('the gallery in Chromium', () => {
  let ctx: BrowserContext
  let bundled: string
  let hostile: string
  let hostileDir: string

  beforeAll(async () => {
    bundled = await release(ROOT)
    hostileDir = hostileStore()
    hostile = await release(hostileDir, { schemas: path.join(ROOT, 'schemas'), templates: path.join(ROOT, 'templates') })
    ctx = await launch()
    mkdirSync(SHOTS, { recursive: true })
  }, 120_000)
  afterAll(async () => ctx?.close())
  afterEach(async () => {
    for (const p of ctx?.pages() ?? []) await p.close()
  })

  it('from file://: no console error, nothing outside site/, a card per enabled model, a filter in the URL', async () => {
    const site = path.join(bundled, 'site')
    const { page, problems, requests } = await open(ctx, pathToFileURL(path.join(site, 'index.html')).href)
    const index = indexOf(bundled)
    expect(await page.$$eval('#cards .card', (els) => els.length)).toBe(index.models.length)
    expect(await visible(page)).toEqual(enabledIds(index))
    const deprecated = index.models.filter((m) => m.deprecated).length
    expect(await page.textContent('#count')).toBe(`Showing ${enabledIds(index).length} of ${index.models.length} models${deprecated ? ` (${deprecated} deprecated hidden)` : ''}.`)
    await page.screenshot({ path: path.join(SHOTS, 'gallery-default.png') })

    await page.getByLabel('Kind').selectOption('local')
    expect(await visible(page)).toEqual(enabledIds(index, 'local'))
    await page.getByLabel('Capability').selectOption('embeddings')
    expect(await visible(page)).toEqual(['qwen3-embedding-8b'])
    await page.getByLabel('Capability').selectOption('')
    await page.getByLabel('Enabled').selectOption('any')
    expect(await visible(page)).toEqual(index.models.filter((m) => m.kind === 'local').map((m) => m.id))
    await page.screenshot({ path: path.join(SHOTS, 'gallery-filtered.png') })

    // The URL holds the filters: opening it again (a shared link) shows the same view.
    expect(new URL(page.url()).hash).toBe('#kind=local&enabled=any')
    const shared = await open(ctx, page.url())
    expect(await visible(shared.page)).toEqual(index.models.filter((m) => m.kind === 'local').map((m) => m.id))
    expect(await shared.page.getByLabel('Kind').inputValue()).toBe('local')

    const prefix = pathToFileURL(site).href + '/'
    expect(requests.filter((u) => !u.startsWith(prefix))).toEqual([])
    expect(requests.map((u) => u.slice(prefix.length)).sort()).toEqual(['app.css', 'app.js', 'icon.svg', 'index.html'])
    expect([...problems, ...shared.problems]).toEqual([])
  }, 60_000)

  it('from a static server: only site/ is asked for, and the API is there beside the page', async () => {
    const server = await serveStatic(bundled)
    try {
      const { page, problems, requests } = await open(ctx, `${server.url}/site/index.html`)
      expect(await visible(page)).toEqual(enabledIds(indexOf(bundled)))
      expect(problems).toEqual([])
      expect(requests.every((u) => u.startsWith(`${server.url}/site/`))).toBe(true)
      expect(server.requests.filter((p) => !p.startsWith('/site/'))).toEqual([])
      const get = async (p: string): Promise<any> => (await fetch(`${server.url}/site/api/${p}`)).json()
      expect((await get('models.json')).models).toEqual(indexOf(bundled).models)
      expect((await get('models/gpt-5.json')).id).toBe('gpt-5')
      expect((await get('categories.json')).kinds.local.count).toBe(enabledIds(indexOf(bundled), 'local').length + indexOf(bundled).models.filter((m) => m.kind === 'local' && m.definition.enabled !== true).length)
      expect((await get('blueprint.schema.json')).title).toBe('Blueprint')
    } finally {
      await server.close()
    }
  }, 60_000)

  it('shows deprecated models on request, each warning naming its replacement and sunset date', async () => {
    const { page, problems } = await open(ctx, pathToFileURL(path.join(hostile, 'site/index.html')).href)
    expect(await visible(page)).toEqual(['claude-sonnet-4-5', 'gpt-5', 'markup-model', 'qwen3-0.6b', 'qwen3-4b'])
    expect(await page.textContent('#count')).toContain('(1 deprecated hidden)')
    await page.getByLabel('Show deprecated models').check()
    expect(await visible(page)).toContain('gpt-4o')
    const warning = await page.textContent('[id="model-gpt-4o"] .warning')
    expect(warning).toBe('Deprecated: use gpt-5 instead. Sunset 2026-06-30.')
    expect(new URL(page.url()).hash).toBe('#deprecated=1')
    expect(problems).toEqual([])
  }, 60_000)

  it('shows markup in a model name as text, and runs none of it', async () => {
    const { page, problems } = await open(ctx, pathToFileURL(path.join(hostile, 'site/index.html')).href)
    await page.getByLabel('Search').fill('markup')
    expect(await visible(page)).toEqual(['markup-model'])
    expect(await page.textContent('[id="model-markup-model"] .name')).toBe(MARKUP)
    expect(await page.textContent('[id="model-markup-model"] .desc')).toBe(MARKUP)
    expect(await page.$$eval('#cards img, #cards b, #cards script', (els) => els.length)).toBe(0)
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
    expect(problems).toEqual([])
    // The CSP is in force: an inline script added to the page is refused, not run.
    const refused = await page.evaluate(`new Promise((done) => {
      document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective))
      const s = document.createElement('script')
      s.textContent = 'window.__pwned = 3'
      document.body.appendChild(s)
    })`)
    expect(refused).toBe('script-src-elem')
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
  }, 60_000)

  it('builds a blueprint from the keyboard that validates against the schema and resolves against the store', async () => {
    const { page, problems } = await open(ctx, pathToFileURL(path.join(hostile, 'site/index.html')).href)
    // Every control has a name a screen reader can say.
    const unnamed = await page.$$eval('input, select, textarea, button', (els) =>
      els.filter((e) => !((e as unknown as { labels?: { length: number } }).labels?.length || e.getAttribute('aria-label') || e.textContent?.trim())).map((e) => e.outerHTML),
    )
    expect(unnamed).toEqual([])

    await page.getByLabel('Search').focus()
    await page.keyboard.type('qwen')
    expect(await visible(page)).toEqual(['qwen3-0.6b', 'qwen3-4b'])
    // Tab through the filters into the cards; Enter and Space press each "Add to blueprint".
    for (const key of ['Enter', ' ']) {
      for (let i = 0; i < 40 && !(await page.evaluate(`document.activeElement.classList.contains('add') && document.activeElement.getAttribute('aria-pressed') === 'false'`)); i++)
        await page.keyboard.press('Tab')
      await page.keyboard.press(key)
    }
    await page.getByLabel('Search').fill('')
    await page.getByRole('button', { name: 'Add GPT-5 to the blueprint' }).click()
    const text = await page.getByLabel('Blueprint JSON').inputValue()
    const bp = JSON.parse(text)
    expect(bp).toEqual({ name: 'my-blueprint', models: { cloud: ['gpt-5'], local: ['qwen3-0.6b', 'qwen3-4b'] } })
    expect(new URL(page.url()).hash).toBe('#bp=gpt-5%2Cqwen3-0.6b%2Cqwen3-4b')

    // The schema the site ships, alone; the project's own; and the resolver, as render would.
    const ajv = new Ajv2020({ strict: false })
    addFormats.default(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(hostile, 'site/api/blueprint.schema.json'), 'utf8')))
    expect(validate(bp), JSON.stringify(validate.errors)).toBe(true)
    expect(schemas.errors('blueprint.schema.json', bp)).toEqual([])
    const store = fixtureStore()
    expect(resolveBlueprint({ path: 'blueprint.json', text }, store, schemas).resolved?.cloud.map((m) => m.id)).toEqual(['gpt-5'])

    // An invalid name is flagged and left out, so the JSON stays valid.
    await page.getByLabel('Blueprint name').fill('My Blueprint')
    expect(await page.getByLabel('Blueprint name').getAttribute('aria-invalid')).toBe('true')
    const unnamedBp = JSON.parse(await page.getByLabel('Blueprint JSON').inputValue())
    expect(unnamedBp.name).toBeUndefined()
    expect(validate(unnamedBp)).toBe(true)
    await page.getByLabel('Blueprint name').fill('home-lab')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()])
    expect(download.suggestedFilename()).toBe('home-lab.json')
    expect(readFileSync(await download.path(), 'utf8')).toBe(await page.getByLabel('Blueprint JSON').inputValue())
    await page.getByRole('button', { name: 'Copy' }).click()
    await expect.poll(() => page.textContent('#bp-status')).toMatch(/^(Blueprint copied\.|Select the JSON and copy it\.)$/)
    expect(problems).toEqual([])
  }, 60_000)
})
