/** The HuggingFace Hub client: GET {HF_ENDPOINT}/api/models/{repo}, HF_TOKEN when set. */
import { sanitizeHfInfo, type HfClient, type HfModelInfo, type HfRepoResult, type RevisionStatus } from '../core/hf.js'
import { getJson, httpOptionsFromEnv, limiter, UpstreamError, type HttpOptions } from './http.js'

export const DEFAULT_HF_ENDPOINT = 'https://huggingface.co'
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/

export interface HfClientOptions extends HttpOptions {
  endpoint?: string
  token?: string
  /** Requests in flight at once (the Hub allows 500 anonymous API calls per 5 minutes). */
  concurrency?: number
}

export function createHfClient(env: NodeJS.ProcessEnv = process.env, options: HfClientOptions = {}): HfClient {
  const endpoint = (options.endpoint ?? (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT)).replace(/\/+$/, '')
  const token = options.token ?? (env.HF_TOKEN || undefined)
  const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers }
  const http = { ...httpOptionsFromEnv(env), ...options, headers }
  const run = limiter(options.concurrency ?? 4)
  const cache = new Map<string, Promise<HfRepoResult>>()

  async function fetchInfo(repo: string): Promise<HfRepoResult> {
    if (!REPO.test(repo) || repo.includes('..')) return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` }
    const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`
    try {
      const res = await run(() => getJson(url, http))
      const says = hubMessage(res.headers, res.json)
      // A rejected token is the caller's problem, not a missing repo: the check did not run.
      if (res.status === 401 && token && /invalid credentials/i.test(says))
        return { status: 'unreachable', message: `${endpoint} rejected HF_TOKEN (HTTP 401: ${says})` }
      // The Hub answers 401 for missing (and private) repos when unauthenticated (huggingface_hub treats it as not found).
      if (res.status === 404 || res.status === 401) return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status}${says ? `: ${says}` : ''})` }
      if (res.status !== 200) return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` }
      const info = sanitizeHfInfo(res.json)
      if (!info.ok) return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description (${info.problem})` }
      return { status: 'ok', info: info.info }
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
    async revisionStatus(repo, revision) {
      if (!REPO.test(repo) || !/^[0-9a-f]{40}$/.test(revision)) return 'not-found'
      const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}/revision/${revision}`
      try {
        const res = await run(() => getJson(url, http))
        if (res.status === 200 && res.json && typeof res.json === 'object' && typeof (res.json as { id?: unknown }).id === 'string') return 'ok'
        // The Hub answers 404 for a revision it does not know ("Invalid rev id"), 401 for a repo it does not show.
        return res.status === 404 || res.status === 401 ? 'not-found' : 'unreachable'
      } catch {
        return 'unreachable'
      }
    },
    async listModels(query) {
      const qs = new URLSearchParams()
      for (const [k, v] of Object.entries(query)) qs.set(k, String(v))
      const url = `${endpoint}/api/models?${qs}`
      const res = await run(() => getJson(url, http))
      if (res.status !== 200 || !Array.isArray(res.json)) throw new UpstreamError(url, `HTTP ${res.status}, expected a JSON array of models`)
      // A listing's malformed entries are dropped: the rest still name candidates.
      return (res.json as unknown[]).map(sanitizeHfInfo).flatMap((m): HfModelInfo[] => (m.ok ? [m.info] : []))
    },
  }
}

/** The Hub's own words for an error: X-Error-Message, else the JSON body's "error" (one line, bounded). */
function hubMessage(headers: Headers, json: unknown): string {
  const body = json && typeof json === 'object' && !Array.isArray(json) ? (json as { error?: unknown }).error : undefined
  const raw = headers.get('x-error-message') ?? (typeof body === 'string' ? body : '')
  return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200)
}

/**
 * Asks the Hub about each pinned revision of the repositories it described, and records the
 * answers on their results (repositories that did not answer are not asked).
 */
export async function addRevisionStatus(client: HfClient, wanted: Map<string, string[]>, results: Map<string, HfRepoResult>): Promise<void> {
  if (!client.revisionStatus) return
  await Promise.all(
    [...wanted].map(async ([repo, revs]) => {
      const r = results.get(repo)
      if (r?.status !== 'ok') return
      const revisions: Record<string, RevisionStatus> = {}
      for (const rev of revs) revisions[rev] = await client.revisionStatus!(repo, rev)
      results.set(repo, { ...r, revisions })
    }),
  )
}
