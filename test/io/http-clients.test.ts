/** getJson, the HuggingFace client and the LiteLLM client against real servers on 127.0.0.1. */
import { afterEach, describe, expect, it } from 'vitest'
import { quantizations } from '../../src/core/hf.js'
import { getJson, limiter, retryAfterMs, UpstreamError } from '../../src/io/http.js'
import { createHfClient } from '../../src/io/huggingface.js'
import { fetchLiteLLMList } from '../../src/io/litellm.js'
import { json, serve, type Served } from '../servers/http.js'
import { qwen3_4bInfo, trimmedLiteLLM } from '../servers/upstream.js'

let server: Served | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const fast = { backoffMs: 10, timeoutMs: 2000 }

describe('getJson', () => {
  it('retries 5xx with backoff, then succeeds', async () => {
    server = await serve((_req, res, n) => (n < 3 ? json(res, 503, { error: 'busy' }) : json(res, 200, { ok: true })))
    const r = await getJson(`${server.url}/x`, fast)
    expect([r.status, r.json]).toEqual([200, { ok: true }])
    expect(server.requests).toHaveLength(3)
  })
  it('honours Retry-After on 429', async () => {
    server = await serve((_req, res, n) => (n === 1 ? json(res, 429, { error: 'slow down' }, { 'retry-after': '1' }) : json(res, 200, [1])))
    const t = Date.now()
    const r = await getJson(`${server.url}/x`, { ...fast, backoffMs: 1 })
    expect(r.json).toEqual([1])
    expect(Date.now() - t).toBeGreaterThanOrEqual(950)
  })
  it('gives up at once when Retry-After asks for longer than it waits', async () => {
    server = await serve((_req, res) => json(res, 429, {}, { 'retry-after': '3600' }))
    await expect(getJson(`${server.url}/x`, fast)).rejects.toThrow(/HTTP 429, asked to retry after 3600 s/)
    expect(server.requests).toHaveLength(1)
  })
  it('times out a hanging server, each attempt, then fails with an UpstreamError', async () => {
    server = await serve(() => {
      /* never answers */
    })
    const t = Date.now()
    const err = await getJson(`${server.url}/x`, { timeoutMs: 200, retries: 1, backoffMs: 10 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UpstreamError)
    expect((err as Error).message).toMatch(/no answer within 200 ms \(after 2 attempts\)/)
    expect(Date.now() - t).toBeLessThan(3000)
    expect(server.requests).toHaveLength(2)
  })
  it('times out a server that sends headers and then stalls the body', async () => {
    server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"partial":')
    })
    await expect(getJson(`${server.url}/x`, { timeoutMs: 200, retries: 0 })).rejects.toThrow(UpstreamError)
  })
  it('returns malformed JSON as text without json', async () => {
    server = await serve((_req, res) => json(res, 200, '{"id": "Qwen/'))
    const r = await getJson(`${server.url}/x`, fast)
    expect([r.status, r.json, r.text]).toEqual([200, undefined, '{"id": "Qwen/'])
  })
  it('fails cleanly on a refused connection, and redacts credentials in the URL', async () => {
    const closed = await serve(() => {})
    const url = closed.url.replace('http://', 'http://user:secret@')
    await closed.close()
    const err = (await getJson(`${url}/x`, { retries: 1, backoffMs: 1 }).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UpstreamError)
    expect(err.message).not.toContain('secret')
    const refused = (await getJson(`${closed.url}/x`, { retries: 1, backoffMs: 1 }).catch((e: unknown) => e)) as Error
    expect(refused.message).toBe(`${closed.url}/x: ECONNREFUSED (after 2 attempts)`)
  })
  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('2')).toBe(2000)
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000)
    expect(retryAfterMs('soon')).toBeUndefined()
  })
  it('limiter keeps at most n tasks running', async () => {
    const run = limiter(2)
    let active = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 6 }, () =>
        run(async () => {
          peak = Math.max(peak, ++active)
          await new Promise((r) => setTimeout(r, 20))
          active--
        }),
      ),
    )
    expect(peak).toBe(2)
  })
})

describe('HuggingFace client', () => {
  const hub = (routes: Record<string, (res: import('node:http').ServerResponse) => void>) =>
    serve((req, res) => {
      const path = (req.url ?? '').split('?')[0]
      const route = routes[path]
      if (route) route(res)
      else json(res, 404, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound' })
    })

  it('reads a model with blobs=true, once per repo, with the token', async () => {
    server = await hub({ '/api/models/Qwen/Qwen3-4B-GGUF': (res) => json(res, 200, qwen3_4bInfo()) })
    const client = createHfClient({ HF_ENDPOINT: `${server.url}/`, HF_TOKEN: 'hf_test' }, fast)
    const [a, b] = await Promise.all([client.modelInfo('Qwen/Qwen3-4B-GGUF'), client.modelInfo('Qwen/Qwen3-4B-GGUF')])
    expect(a).toBe(b)
    expect(a.status === 'ok' && quantizations(a.info)).toEqual(['Q4_K_M', 'Q5_0', 'Q5_K_M', 'Q6_K', 'Q8_0'])
    expect(server.requests.map((r) => r.url)).toEqual(['/api/models/Qwen/Qwen3-4B-GGUF?blobs=true'])
    expect(server.requests[0].headers.authorization).toBe('Bearer hf_test')
  })
  it('maps 404, and an anonymous 401, to not-found', async () => {
    server = await hub({ '/api/models/private/repo': (res) => json(res, 401, { error: 'Invalid username or password.' }) })
    const client = createHfClient({ HF_ENDPOINT: server.url }, fast)
    expect(await client.modelInfo('nobody/nothing-GGUF')).toEqual({ status: 'not-found', message: `nobody/nothing-GGUF not found on ${server.url} (HTTP 404: Repository not found)` })
    expect((await client.modelInfo('private/repo')).status).toBe('not-found')
    expect(server.requests[0].headers.authorization).toBeUndefined()
  })
  it('reports a rejected token as unreachable, not as a missing repo', async () => {
    server = await hub({ '/api/models/Qwen/Qwen3-4B-GGUF': (res) => json(res, 401, { error: 'Invalid credentials in Authorization header' }) })
    const r = await createHfClient({ HF_ENDPOINT: server.url, HF_TOKEN: 'bad' }, fast).modelInfo('Qwen/Qwen3-4B-GGUF')
    expect(r).toEqual({ status: 'unreachable', message: `${server.url} rejected HF_TOKEN (HTTP 401: Invalid credentials in Authorization header)` })
  })
  it('reads a gated repo (the API answers 200 with gated set)', async () => {
    server = await hub({ '/api/models/meta-llama/Llama-GGUF': (res) => json(res, 200, qwen3_4bInfo({ id: 'meta-llama/Llama-GGUF', gated: 'manual' })) })
    const r = await createHfClient({ HF_ENDPOINT: server.url }, fast).modelInfo('meta-llama/Llama-GGUF')
    expect(r.status === 'ok' && r.info.gated).toBe('manual')
  })
  it('turns malformed JSON, 5xx after retries and a hanging server into unreachable', async () => {
    server = await hub({
      '/api/models/a/bad-json': (res) => json(res, 200, '<html>oops'),
      '/api/models/a/down': (res) => json(res, 502, 'bad gateway'),
      '/api/models/a/hang': () => {},
    })
    const client = createHfClient({ HF_ENDPOINT: server.url, LEGER_HTTP_TIMEOUT_MS: '200', LEGER_HTTP_RETRIES: '1', LEGER_HTTP_BACKOFF_MS: '5' })
    const [bad, down, hang] = await Promise.all(['a/bad-json', 'a/down', 'a/hang'].map((r) => client.modelInfo(r)))
    expect(bad).toEqual({ status: 'unreachable', message: `a/bad-json: ${server.url} answered with something that is not a model description (upstream answer malformed: not a JSON object)` })
    expect(down.status === 'unreachable' && down.message).toMatch(/HTTP 502 \(after 2 attempts\)/)
    expect(hang.status === 'unreachable' && hang.message).toMatch(/no answer within 200 ms/)
  })
  it('bounds requests in flight and refuses ids that are not repo ids without asking', async () => {
    server = await serve(async (req, res) => {
      await new Promise((r) => setTimeout(r, 30))
      json(res, 200, qwen3_4bInfo({ id: (req.url ?? '').split('?')[0].slice('/api/models/'.length) }))
    })
    const client = createHfClient({ HF_ENDPOINT: server.url }, { ...fast, concurrency: 2 })
    const rs = await Promise.all(['a/1', 'a/2', 'a/3', 'a/4', 'a/5', '../etc', 'a/b/c'].map((r) => client.modelInfo(r)))
    expect(rs.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'not-found', 'not-found'])
    expect(server.peak()).toBe(2)
    expect(server.requests).toHaveLength(5)
  })
})

describe('LiteLLM list client', () => {
  it('fetches the live list from LITELLM_PRICES_URL', async () => {
    server = await serve((_req, res) => json(res, 200, trimmedLiteLLM()))
    const live = await fetchLiteLLMList({ LITELLM_PRICES_URL: `${server.url}/prices.json` }, fast)
    expect(live.offline).toBe(false)
    expect(live.list['gpt-5-2025-08-07'].max_input_tokens).toBe(272000)
    expect('sample_spec' in live.list).toBe(false)
    expect(live.raw).toBe(trimmedLiteLLM())
  })
  it.each([
    ['a 404', (res: import('node:http').ServerResponse) => json(res, 404, 'Not Found'), /HTTP 404/],
    ['malformed JSON', (res: import('node:http').ServerResponse) => json(res, 200, '{"gpt-5": {'), /got HTTP 200 with a body that is not JSON/],
    ['an array', (res: import('node:http').ServerResponse) => json(res, 200, []), /got HTTP 200 with an array/],
    ['an empty list', (res: import('node:http').ServerResponse) => json(res, 200, { sample_spec: {} }), /holds no models/],
  ])('refuses %s with an UpstreamError', async (_what, answer, message) => {
    server = await serve((_req, res) => answer(res))
    const err = await fetchLiteLLMList({ LITELLM_PRICES_URL: `${server.url}/p.json` }, fast).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UpstreamError)
    expect((err as Error).message).toMatch(message)
  })
})
