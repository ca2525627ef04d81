/**
 * The Octokit the audit talks to GitHub with: @actions/github's getOctokit (REST methods,
 * paginate, GITHUB_API_URL) plus plugin-retry (5xx, with backoff) and plugin-throttling
 * (primary and secondary rate limits, honouring retry-after and x-ratelimit-reset).
 * Construction lives here alone so the Action's shared factory can replace it at merge.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string
  /** Retries after the first attempt, for 5xx and for rate limits. Default 3. */
  retries?: number
  /** Milliseconds per second of waiting the API asks for (1000; tests shrink it). */
  secondMs?: number
  /**
   * GitHub asks integrations to space writes (1 s) and content creation (3 s); the throttling
   * plugin does. false removes the spacing (tests against a local server only).
   */
  pacing?: boolean
  log?: (message: string) => void
}

export function createGitHubClient(o: GitHubClientOptions): GitHubClient {
  const retries = o.retries ?? 3
  const unit = o.secondMs ?? 1000
  const log = o.log ?? (() => {})
  const unpaced = o.pacing === false ? { write: new Bottleneck.Group({ maxConcurrent: 1 }), notifications: new Bottleneck.Group({ maxConcurrent: 1 }) } : {}
  const again = (kind: string) => (after: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const last = retryCount >= retries
    log(`GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${last ? 'giving up' : `retrying in ${after} s (retry ${retryCount + 1} of ${retries})`}`)
    return !last
  }
  return getOctokit(
    o.token,
    {
      baseUrl: (o.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
      retry: { retries, retryAfterBaseValue: unit },
      throttle: { retryAfterBaseValue: unit, ...unpaced, onRateLimit: again('rate limit'), onSecondaryRateLimit: again('secondary rate limit') },
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
  )
}
