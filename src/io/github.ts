/**
 * The one way every door talks to GitHub's REST API: Octokit from @actions/github with the
 * retry and throttling plugins, pointed at GITHUB_API_URL so GHES (and tests on 127.0.0.1) work.
 * Generic on purpose: the check, audit and release modes all build their client here.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  /** API root; defaults to $GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string
  /** Where rate-limit retries are logged (the Action passes core.info). */
  log?: (message: string) => void
  /** How many times a rate-limited request is retried before it fails. */
  rateLimitRetries?: number
  /** Retries of 5xx and network errors (plugin-retry; 4xx other than 429 are never retried). */
  retries?: number
  env?: NodeJS.ProcessEnv
}

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const env = options.env ?? process.env
  const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const log = options.log ?? (() => {})
  const limit = options.rateLimitRetries ?? 2
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'leger-curate',
      retry: { retries: options.retries ?? 3 },
      throttle: {
        onRateLimit: (retryAfter, req, _octokit, retryCount) => {
          log(`GitHub rate limit hit on ${req.method} ${req.url}; ${retryCount < limit ? `retrying in ${retryAfter}s` : 'giving up'}`)
          return retryCount < limit
        },
        onSecondaryRateLimit: (retryAfter, req, _octokit, retryCount) => {
          log(`GitHub secondary rate limit hit on ${req.method} ${req.url}; ${retryCount < limit ? `retrying in ${retryAfter}s` : 'giving up'}`)
          return retryCount < limit
        },
      },
    },
    retry,
    throttling,
  )
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

/** A token that may not write here (fork PRs get a read-only one): GitHub answers 403, or 404 to hide the resource. */
export function isPermissionError(err: unknown): boolean {
  const s = httpStatus(err)
  return s === 403 || s === 404
}
