/** Upstream answers of the wrong shape: dropped or refused as "upstream answer malformed", never a crash. */
import { afterEach, describe, expect, it } from 'vitest'
import { ggufFiles, licenseOf, quantizations, sanitizeHfInfo } from '../../src/core/hf.js'
import { asLiteLLMList, lookupLiteLLM } from '../../src/core/litellm.js'
import { createHfClient } from '../../src/io/huggingface.js'
import { fetchLiteLLMList } from '../../src/io/litellm.js'
import { json, serve, type Served } from '../servers/http.js'
import { qwen3_4bInfo } from '../servers/upstream.js'

let server: Served | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})
const fast = { backoffMs: 10, timeoutMs: 2000 }

describe('the Hub answer', () => {
  it('drops siblings that are not file entries and tags that are not strings', () => {
    const r = sanitizeHfInfo(qwen3_4bInfo({ siblings: [null, 7, { rfilename: 3 }, { rfilename: 'a-Q4_K_M.gguf', size: '12', lfs: { size: -1, sha256: {} } }], tags: ['license:mit', 5, null], cardData: { license: 7 } }))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.info.siblings).toEqual([{ rfilename: 'a-Q4_K_M.gguf', lfs: {} }])
    expect(ggufFiles(r.info)).toHaveLength(1)
    expect(quantizations(r.info)).toEqual(['Q4_K_M'])
    expect(licenseOf(r.info)).toBe('mit')
  })
  it.each([
    ['siblings as an object', { siblings: {} }, /"siblings" is not a list/],
    ['downloads as a string', { downloads: '1000' }, /"downloads"/],
    ['negative downloads', { downloads: -5 }, /"downloads"/],
    ['an infinite context length', { gguf: { context_length: Infinity } }, /context_length/],
    ['gated true', { gated: true }, /"gated"/],
    ['no id', { id: 5 }, /"id"/],
  ])('refuses %s as malformed', (_name, over, problem) => {
    const r = sanitizeHfInfo(qwen3_4bInfo(over as Record<string, unknown>))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem).toMatch(/^upstream answer malformed: /), expect(r.problem).toMatch(problem)
  })
  it('the client turns a malformed answer into "unreachable", the check did not run', async () => {
    server = await serve((_req, res) => json(res, 200, qwen3_4bInfo({ siblings: {} })))
    const hf = createHfClient({}, { endpoint: server.url, ...fast })
    const r = await hf.modelInfo('Qwen/Qwen3-4B-GGUF')
    expect(r.status).toBe('unreachable')
    if (r.status === 'unreachable') expect(r.message).toContain('upstream answer malformed')
  })
  it('a listing drops malformed entries and keeps the rest', async () => {
    server = await serve((_req, res) => json(res, 200, [null, { id: 1 }, { id: 'a/b', downloads: '9' }, { id: 'c/d', downloads: 9, tags: [1] }]))
    const hf = createHfClient({}, { endpoint: server.url, ...fast })
    expect(await hf.listModels({ filter: 'gguf' })).toEqual([{ id: 'c/d', downloads: 9, tags: [] }])
  })
})

describe("LiteLLM's list", () => {
  it('drops numbers of the wrong type or range from an entry, keeps the rest', () => {
    const list = asLiteLLMList(
      JSON.parse('{"m": {"litellm_provider": "openai", "mode": "chat", "max_input_tokens": 1e309, "max_output_tokens": "8192", "input_cost_per_token": -1e-6, "output_cost_per_token": 1e-5, "supports_vision": true}}'),
    )
    expect({ ...list.m }).toEqual({ litellm_provider: 'openai', mode: 'chat', output_cost_per_token: 1e-5, supports_vision: true })
  })
  it('prototype names are plain keys', () => {
    const list = asLiteLLMList(JSON.parse('{"__proto__": {"mode": "chat"}, "constructor": {"mode": "chat"}}'))
    expect(Object.keys(list).sort()).toEqual(['__proto__', 'constructor'])
    expect(lookupLiteLLM(list, 'toString')).toBeUndefined()
    expect(lookupLiteLLM(list, 'openai/hasOwnProperty')).toBeUndefined()
    expect(lookupLiteLLM(list, 'constructor')?.entry.mode).toBe('chat')
  })
  it('the live list with malformed entries is read, not a crash', async () => {
    server = await serve((_req, res) => json(res, 200, { a: null, b: [1], c: 'x', d: { max_tokens: { x: 1 }, litellm_provider: 5 } }))
    const got = await fetchLiteLLMList({ LITELLM_PRICES_URL: `${server.url}/list.json` }, fast)
    expect({ ...got.list.d }).toEqual({})
  })
})

describe('GitHub pagination', () => {
  it('stops at the documented page limit with a clear error', async () => {
    const { listAll, MAX_PAGES } = await import('../../src/io/github.js')
    async function* pages(n: number) {
      for (let i = 0; i < n; i++) yield { data: [i] }
    }
    expect(await listAll('comments', pages(MAX_PAGES))).toHaveLength(MAX_PAGES)
    await expect(listAll('comments', pages(10_000))).rejects.toThrow(`GitHub lists more than ${MAX_PAGES} pages of comments`)
  })
})
