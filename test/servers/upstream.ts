/**
 * LiteLLM's price list and the HuggingFace Hub's model API, served from 127.0.0.1 in the
 * shapes the real ones answer with; tests edit `prices` and `repos` between runs. Also the
 * fixtures online tests answer with (the Hub's Qwen3-4B-GGUF, a trimmed LiteLLM list).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { HfModelInfo } from '../../src/core/hf.js'
import { ROOT } from '../helpers.js'
import { startServer, type TestServer } from './http.js'

export interface FakeUpstream extends TestServer {
  prices: Record<string, unknown>
  /** repo id -> model info, or a status code to answer with. */
  repos: Map<string, HfModelInfo | number>
  trending: HfModelInfo[]
  /** "org/repo@revision" of the revisions the Hub knows (others answer 404, as the Hub does). */
  revisions: Set<string>
  env(): Record<string, string>
}

export async function startUpstream(): Promise<FakeUpstream> {
  const state = { prices: {} as Record<string, unknown>, repos: new Map<string, HfModelInfo | number>(), trending: [] as HfModelInfo[], revisions: new Set<string>() }
  const server = await startServer((_req, u) => {
    if (u.pathname === '/litellm/model_prices_and_context_window.json') return { status: 200, body: state.prices }
    if (u.pathname === '/api/models') {
      const limit = Number(u.searchParams.get('limit') ?? 1000)
      if (u.searchParams.get('filter') !== 'gguf') return { status: 200, body: [] }
      return { status: 200, body: state.trending.slice(0, limit) }
    }
    const rev = /^\/api\/models\/([^/]+)\/([^/]+)\/revision\/([0-9a-f]{40})$/.exec(u.pathname)
    if (rev) {
      const repo = `${decodeURIComponent(rev[1])}/${decodeURIComponent(rev[2])}`
      const r = state.repos.get(repo)
      if (r === undefined || typeof r === 'number') return { status: typeof r === 'number' ? r : 401, body: { error: 'Repository not found' } }
      return state.revisions.has(`${repo}@${rev[3]}`) ? { status: 200, body: { ...r, sha: rev[3] } } : { status: 404, body: { error: `Invalid rev id: ${rev[3]}` } }
    }
    const m = /^\/api\/models\/([^/]+)\/([^/]+)$/.exec(u.pathname)
    if (m) {
      const r = state.repos.get(`${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`)
      // The Hub answers 401 for a repo that does not exist when unauthenticated.
      if (r === undefined) return { status: 401, body: { error: 'Repository not found' } }
      if (typeof r === 'number') return { status: r, body: { error: `HTTP ${r}` } }
      return { status: 200, body: r }
    }
    return undefined
  })
  const up = server as FakeUpstream
  Object.defineProperties(up, {
    prices: { get: () => state.prices, set: (v: Record<string, unknown>) => void (state.prices = v) },
    trending: { get: () => state.trending, set: (v: HfModelInfo[]) => void (state.trending = v) },
    repos: { value: state.repos },
    revisions: { value: state.revisions },
    env: { value: () => ({ LITELLM_PRICES_URL: `${server.url}/litellm/model_prices_and_context_window.json`, HF_ENDPOINT: server.url }) },
  })
  return up
}

/** Sizes of Qwen/Qwen3-4B-GGUF's files at revision bc640142 (local-models.md, found-2). */
const QWEN3_4B_SIZES: Record<string, number> = {
  'Qwen3-4B-Q4_K_M.gguf': 2497280256,
  'Qwen3-4B-Q5_0.gguf': 2823710976,
  'Qwen3-4B-Q5_K_M.gguf': 2889513184,
  'Qwen3-4B-Q6_K.gguf': 3306260704,
  'Qwen3-4B-Q8_0.gguf': 4280404704,
}

/**
 * GET /api/models/Qwen/Qwen3-4B-GGUF?blobs=true as the Hub shapes it: the reference example
 * without its documentation keys, siblings carrying size and lfs.size as blobs=true adds them.
 */
export function qwen3_4bInfo(over: Record<string, unknown> = {}): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/hf/qwen3-4b-gguf.json'), 'utf8')) as Record<string, unknown>
  const info = Object.fromEntries(Object.entries(doc).filter(([k]) => !k.startsWith('_') || k === '_id'))
  // blobs=true adds lfs.sha256: the fixture documents the one it knows under _with_blobs_true.
  const blobs = ((doc._with_blobs_true as { siblings_example?: { rfilename: string; lfs?: { sha256?: string } }[] } | undefined)?.siblings_example ?? [])
  const sha = new Map(blobs.map((b) => [b.rfilename, b.lfs?.sha256]))
  info.siblings = (info.siblings as { rfilename: string }[]).map((s) => {
    const size = QWEN3_4B_SIZES[s.rfilename]
    const sha256 = sha.get(s.rfilename)
    return size ? { ...s, size, lfs: sha256 ? { sha256, size } : { size } } : { ...s, size: 1000 }
  })
  return { ...info, ...over }
}

/** The trimmed LiteLLM list (real entries copied from the reference file). */
export function trimmedLiteLLM(): string {
  return readFileSync(path.join(ROOT, 'test/fixtures/litellm-trimmed.json'), 'utf8')
}
