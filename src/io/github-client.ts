/**
 * The one way every door talks to GitHub's REST API: Octokit from @actions/github (REST
 * methods, paginate) with plugin-retry (5xx, with backoff) and plugin-throttling (primary and
 * secondary rate limits, honouring retry-after and x-ratelimit-reset), pointed at
 * GITHUB_API_URL so GHES (and tests on 127.0.0.1) work. Generic on purpose: the check, audit
 * and release modes all build their client here. A module of its own, loaded when a client is
 * first needed: Octokit is most of the Action's bundle, and a check that posts nothing skips it.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'
import type { GitHubClient } from './github.js'
export interface GitHubClientOptions {
  /** API root; defaults to $GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string
  /** Where retries and Octokit's warnings are logged (the Action passes its log). */
  log?: (message: string) => void
  /** Retries after the first attempt, for 5xx (4xx other than 429 are never retried) and for rate limits. Default 3. */
  retries?: number
  /** Milliseconds per second of waiting the API asks for (1000; tests shrink it). */
  secondMs?: number
  /**
   * GitHub asks integrations to space writes (1 s) and content creation (3 s); the throttling
   * plugin does. false removes the spacing (tests against a local server only).
   */
  pacing?: boolean
  env?: NodeJS.ProcessEnv
}

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const env = options.env ?? process.env
  const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const log = options.log ?? (() => {})
  const retries = options.retries ?? 3
  const unit = options.secondMs ?? 1000
  const unpaced = options.pacing === false ? { write: new Bottleneck.Group({ maxConcurrent: 1 }), notifications: new Bottleneck.Group({ maxConcurrent: 1 }) } : {}
  const again = (kind: string) => (after: number, req: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const last = retryCount >= retries
    log(`GitHub ${kind} on ${req.method ?? ''} ${req.url ?? ''}: ${last ? 'giving up' : `retrying in ${after} s (retry ${retryCount + 1} of ${retries})`}`)
    return !last
  }
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'leger-curate',
      retry: { retries, retryAfterBaseValue: unit },
      throttle: { retryAfterBaseValue: unit, ...unpaced, onRateLimit: again('rate limit'), onSecondaryRateLimit: again('secondary rate limit') },
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
  )
}

