/** The HuggingFace Hub client: GET {HF_ENDPOINT}/api/models/{repo}, HF_TOKEN when set. */
import type { HfClient, HfModelInfo, HfRepoResult } from '../core/hf.js'
import { getJson, limiter, UpstreamError, type HttpOptions } from './http.js'

export const DEFAULT_HF_ENDPOINT = 'https://huggingface.co'
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/

export interface HfClientOptions extends HttpOptions {
  endpoint?: string
  token?: string
  /** Requests in flight at once (the Hub allows 500 anonymous API calls per 5 minutes). */
  concurrency?: number
}

export function createHfClient(env: NodeJS.ProcessEnv = process.env, options: HfClientOptions = {}): HfClient {
  const endpoint = (options.endpoint ?? env.HF_ENDPOINT ?? DEFAULT_HF_ENDPOINT).replace(/\/+$/, '')
  const token = options.token ?? env.HF_TOKEN
  const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers }
  const http = { ...options, headers }
  const run = limiter(options.concurrency ?? 4)
  const cache = new Map<string, Promise<HfRepoResult>>()

  async function fetchInfo(repo: string): Promise<HfRepoResult> {
    if (!REPO.test(repo) || repo.includes('..')) return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` }
    const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`
    try {
      const res = await run(() => getJson(url, http))
      // The Hub answers 401 for missing repos when unauthenticated (huggingface_hub treats it as not found).
      if (res.status === 404 || res.status === 401) return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status})` }
      if (res.status !== 200) return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` }
      const info = res.json as HfModelInfo | undefined
      if (!info || typeof info !== 'object' || typeof info.id !== 'string') return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description` }
      return { status: 'ok', info }
    } catch (err) {
      return { status: 'unreachable', message: err instanceof UpstreamError ? err.message : String(err) }
    }
  }

  return {
    modelInfo(repo) {
      let p = cache.get(repo)
      if (!p) cache.set(repo, (p = fetchInfo(repo)))
      return p
    },
    async listModels(query) {
      const qs = new URLSearchParams()
      for (const [k, v] of Object.entries(query)) qs.set(k, String(v))
      const url = `${endpoint}/api/models?${qs}`
      const res = await run(() => getJson(url, http))
      if (res.status !== 200 || !Array.isArray(res.json)) throw new UpstreamError(url, `HTTP ${res.status}, expected a JSON array of models`)
      return (res.json as HfModelInfo[]).filter((m) => m && typeof m.id === 'string')
    },
  }
}
