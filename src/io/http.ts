/**
 * JSON over HTTP for upstream facts: a timeout on every request, retries with backoff on
 * 429 and 5xx (honouring Retry-After), and a cap on requests in flight. Failures come back
 * as values or an UpstreamError (a CurateError), never as an unhandled rejection.
 */
import { CurateError } from '../core/errors.js'

export interface HttpOptions {
  headers?: Record<string, string>
  /** Per attempt. */
  timeoutMs?: number
  /** Extra attempts after the first, on 429 / 5xx / network errors. */
  retries?: number
  /** First backoff; doubles each retry. */
  backoffMs?: number
  /** The longest Retry-After honoured; longer waits give up instead. */
  maxWaitMs?: number
}

export interface HttpResponse {
  status: number
  headers: Headers
  /** Parsed JSON body, or undefined when the body is not JSON. */
  json: unknown
  text: string
}

/** Network failure, timeout, or retries exhausted. */
export class UpstreamError extends CurateError {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${redact(url)}: ${message}`, { hint: 'Check the network, or the endpoint variable (HF_ENDPOINT, LITELLM_PRICES_URL, GITHUB_API_URL).' })
    this.name = 'UpstreamError'
  }
}

const DEFAULTS = { timeoutMs: 15_000, retries: 3, backoffMs: 500, maxWaitMs: 60_000 }

export async function getJson(url: string, options: HttpOptions = {}): Promise<HttpResponse> {
  const o = { ...DEFAULTS, ...options }
  let lastProblem = ''
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    let wait = o.backoffMs * 2 ** attempt
    try {
      const res = await fetch(url, { headers: { accept: 'application/json', ...o.headers }, signal: AbortSignal.timeout(o.timeoutMs), redirect: 'follow' })
      const text = await res.text()
      if (res.status === 429 || res.status >= 500) {
        lastProblem = `HTTP ${res.status}`
        const after = retryAfterMs(res.headers.get('retry-after'))
        if (after !== undefined) {
          if (after > o.maxWaitMs) throw new UpstreamError(url, `HTTP ${res.status}, asked to retry after ${Math.ceil(after / 1000)} s`)
          wait = after
        }
      } else {
        let json: unknown
        try {
          json = text ? JSON.parse(text) : undefined
        } catch {
          json = undefined
        }
        return { status: res.status, headers: res.headers, json, text }
      }
    } catch (err) {
      if (err instanceof UpstreamError) throw err
      const e = err as Error & { cause?: { code?: string } }
      lastProblem = e.name === 'TimeoutError' ? `no answer within ${o.timeoutMs} ms` : (e.cause?.code ?? e.message)
    }
    if (attempt < o.retries) await sleep(wait)
  }
  throw new UpstreamError(url, `${lastProblem} (after ${o.retries + 1} attempts)`)
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const t = Date.parse(value)
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now())
}

/** Runs at most `n` tasks at once. */
export function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0
  const queue: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => queue.push(resolve))
    active++
    try {
      return await task()
    } finally {
      active--
      queue.shift()?.()
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** URLs in messages lose their credentials. */
function redact(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//***@')
}
