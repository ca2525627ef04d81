/**
 * The online tier end to end in process: checkWorkspace gathers upstream facts from real
 * loopback servers shaped like the HuggingFace Hub and LiteLLM's raw file, then the rules run.
 */
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { changeSetOf } from '../../src/core/changes.js'
import { check } from '../../src/io/assemble.js'
import { readWorkingTree } from '../../src/io/read-tree.js'
import { cloudModel, localModel, makeStore } from '../helpers.js'
import { json, serve, type Served } from '../servers/http.js'
import { qwen3_4bInfo, trimmedLiteLLM } from '../servers/upstream.js'

let server: Served | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

type Routes = Record<string, (res: ServerResponse) => void>
/** A Hub + price list server: /api/models/<repo> from `repos`, /prices.json the trimmed list. */
async function upstream(repos: Routes, prices: (res: ServerResponse) => void = (res) => json(res, 200, trimmedLiteLLM())) {
  server = await serve((req, res) => {
    const p = (req.url ?? '').split('?')[0]
    if (p === '/prices.json') return prices(res)
    const route = repos[p.slice('/api/models/'.length)]
    if (route) return route(res)
    json(res, 404, { error: 'Repository not found' })
  })
  return { HF_ENDPOINT: server.url, LITELLM_PRICES_URL: `${server.url}/prices.json`, LEGER_HTTP_TIMEOUT_MS: '300', LEGER_HTTP_RETRIES: '1', LEGER_HTTP_BACKOFF_MS: '5' }
}

async function online(files: Record<string, unknown>, env: NodeJS.ProcessEnv, added?: string[]) {
  const dir = makeStore(files)
  let snapshot = readWorkingTree({ base: dir })
  if (added) snapshot = { ...snapshot, changes: changeSetOf(added.map((p) => ({ path: p, status: 'added' as const })), snapshot.layout) }
  const r = (await check(snapshot, { online: true, env, today: '2026-01-01', report: added })).verdict
  return r.findings.map((f) => [f.file.split('/').pop(), f.line, f.severity, f.rule, f.message])
}

const qwen = (res: ServerResponse) => json(res, 200, qwen3_4bInfo())

describe('online rules', () => {
  it('pass a model whose repo, file, downloads, quants, size and context agree', async () => {
    const env = await upstream({ 'Qwen/Qwen3-4B-GGUF': qwen })
    expect(await online({ 'local/test-local.json': localModel({ size_bytes: 2497280256 }), 'cloud/test-cloud.json': cloudModel() }, env)).toEqual([])
    expect(server!.requests.map((r) => r.url).sort()).toEqual(['/api/models/Qwen/Qwen3-4B-GGUF?blobs=true', '/prices.json'])
  })
  it('find a missing file, wrong size, a window the header cannot serve, another licence', async () => {
    const env = await upstream({ 'Qwen/Qwen3-4B-GGUF': qwen })
    const f = await online({ 'local/test-local.json': localModel({ model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q3_K_M.gguf', quantization: 'Q3_K_M' }), 'local/bb.json': localModel({ id: 'bb', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0', ram_required_gb: 6, size_bytes: 4280404000, context_window: 131072, license: 'mit' }) }, env)
    expect(f).toEqual([
      ['bb.json', 8, 'warning', 'local/facts-match-hf', 'context_window 131072 is larger than the GGUF header\'s context length 40960'],
      ['bb.json', 10, 'warning', 'local/facts-match-hf', 'size_bytes 4280404000 differs from the repository\'s 4280404704'],
      ['bb.json', 11, 'warning', 'local/facts-match-hf', 'license "mit" differs from the repository\'s "apache-2.0"'],
      ['test-local.json', 5, 'error', 'local/hf-file', 'repository "Qwen/Qwen3-4B-GGUF" does not hold "Qwen3-4B-Q3_K_M.gguf"'],
    ])
    expect(server!.requests.filter((r) => r.url.startsWith('/api/models/'))).toHaveLength(1) // one request per repo
  })
  it('find a missing repo, a disabled one, few downloads, one quant, a missing shard, and note a gated one', async () => {
    const env = await upstream({
      'org/disabled-GGUF': (res) => json(res, 200, qwen3_4bInfo({ id: 'org/disabled-GGUF', disabled: true })),
      'org/tiny-GGUF': (res) => json(res, 200, qwen3_4bInfo({ id: 'org/tiny-GGUF', downloads: 12, siblings: [{ rfilename: 'tiny-Q4_K_M.gguf' }] })),
      'org/split-GGUF': (res) => json(res, 200, qwen3_4bInfo({ id: 'org/split-GGUF', gated: 'auto', siblings: [{ rfilename: 'm-Q4_K_M-00001-of-00003.gguf' }, { rfilename: 'm-Q4_K_M-00003-of-00003.gguf' }, { rfilename: 'm-Q8_0.gguf' }] })),
    })
    const m = (id: string, uri: string) => [`local/${id}.json`, localModel({ id, model_uri: `huggingface://${uri}` })]
    const f = await online(Object.fromEntries([m('gone', 'org/gone-GGUF/x-Q4_K_M.gguf'), m('disabled', 'org/disabled-GGUF/Qwen3-4B-Q4_K_M.gguf'), m('tiny', 'org/tiny-GGUF/tiny-Q4_K_M.gguf'), m('split', 'org/split-GGUF/m-Q4_K_M-00001-of-00003.gguf')]), env)
    expect(f).toEqual([
      ['disabled.json', 5, 'error', 'local/hf-repo', 'HuggingFace repository "org/disabled-GGUF" is disabled'],
      ['gone.json', 5, 'error', 'local/hf-repo', `HuggingFace repository "org/gone-GGUF" does not exist: org/gone-GGUF not found on ${server!.url} (HTTP 404: Repository not found)`],
      ['split.json', 5, 'error', 'local/hf-file', 'repository "org/split-GGUF" does not hold 1 of its 3 shards: m-Q4_K_M-00002-of-00003.gguf'],
      ['split.json', 5, 'notice', 'local/gated', 'repository "org/split-GGUF" is gated (auto): users must accept its terms and download with a token'],
      ['tiny.json', 5, 'error', 'local/downloads', 'repository "org/tiny-GGUF" has 12 downloads in the last 30 days; the store wants 1000'],
      ['tiny.json', 5, 'error', 'local/quantizations', 'repository "org/tiny-GGUF" offers only Q4_K_M; the store wants 2 or more'],
    ])
  })
  it('check a pinned file: a changed sha256 is an error (the file was replaced), a vanished revision a warning', async () => {
    const REV = 'bc640142c66e1fdd12af0bd68f40445458f3869b'
    const env = await upstream({ 'Qwen/Qwen3-4B-GGUF': qwen, [`Qwen/Qwen3-4B-GGUF/revision/${REV}`]: qwen })
    const pinned = (sha256: string, revision: string) => localModel({ size_bytes: 2497280256, sha256, revision })
    expect(await online({ 'local/test-local.json': pinned('7485fe6f11af29433bc51cab58009521f205840f5b4ae3a32fa7f92e8534fdf5', REV) }, env)).toEqual([])
    expect(server!.requests.map((r) => r.url).sort()).toEqual(['/api/models/Qwen/Qwen3-4B-GGUF/revision/' + REV, '/api/models/Qwen/Qwen3-4B-GGUF?blobs=true'])
    const f = await online({ 'local/test-local.json': pinned('0'.repeat(64), '1'.repeat(40)) }, env)
    expect(f).toEqual([
      ['test-local.json', 11, 'error', 'local/pinned-file', `the file was replaced upstream: Qwen3-4B-Q4_K_M.gguf now has sha256 7485fe6f11af29433bc51cab58009521f205840f5b4ae3a32fa7f92e8534fdf5, not ${'0'.repeat(64)}`],
      ['test-local.json', 12, 'warning', 'local/pinned-file', `revision ${'1'.repeat(40)} no longer exists in "Qwen/Qwen3-4B-GGUF"`],
    ])
  })
  it('make an unreachable upstream an error finding, never a silent pass', async () => {
    const env = await upstream({ 'Qwen/Qwen3-4B-GGUF': (res) => json(res, 503, 'down') }, (res) => json(res, 500, 'oops'))
    const f = await online({ 'local/test-local.json': localModel(), 'cloud/test-cloud.json': cloudModel() }, env)
    expect(f.map((x) => [x[0], x[1], x[2], x[3]])).toEqual([
      ['test-cloud.json', 6, 'error', 'upstream-unreachable'],
      ['test-local.json', 5, 'error', 'upstream-unreachable'],
    ])
    expect(f[0][4]).toMatch(/could not fetch LiteLLM's live price list \(checked against LiteLLM snapshot of .*\): .*HTTP 500/)
    expect(f[1][4]).toMatch(/could not check the HuggingFace repository: .*HTTP 503 \(after 2 attempts\)/)
  })
  it('uses the live list instead of the snapshot', async () => {
    // The live list knows gpt-5-2025-08-07 with other prices than the snapshot's.
    const live = JSON.parse(trimmedLiteLLM())
    live['gpt-5-2025-08-07'].input_cost_per_token = 0.000002
    const env = await upstream({}, (res) => json(res, 200, live))
    const f = await online({ 'cloud/test-cloud.json': cloudModel() }, env)
    expect(f.map((x) => x[4])).toEqual([expect.stringContaining('pricing.input_per_1m $1.25 differs from LiteLLM\'s $2.00')])
  })
  it('with added files, checks upstream only for them, and flags a redundant variant', async () => {
    const env = await upstream({ 'unsloth/Qwen3-4B-GGUF': (res) => json(res, 200, qwen3_4bInfo({ id: 'unsloth/Qwen3-4B-GGUF' })) })
    const files = { 'local/qwen3-4b.json': localModel({ id: 'qwen3-4b' }), 'local/qwen3-4b-v2.json': localModel({ id: 'qwen3-4b-v2', model_uri: 'huggingface://unsloth/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf' }) }
    const f = await online(files, env, ['model-store/local/qwen3-4b-v2.json'])
    expect(f).toEqual([['qwen3-4b-v2.json', 3, 'error', 'local/redundant-variant', '"qwen3-4b-v2" is a variant of "qwen3-4b", already in the store']])
    expect(server!.requests.map((r) => r.url)).toEqual(['/api/models/unsloth/Qwen3-4B-GGUF?blobs=true'])
  })
})
