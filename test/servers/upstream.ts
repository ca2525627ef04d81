/**
 * LiteLLM's price list and the HuggingFace Hub's model API, served from 127.0.0.1 in the
 * shapes the real ones answer with; tests edit `prices` and `repos` between runs.
 */
import type { HfModelInfo } from '../../src/core/hf.js'
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
