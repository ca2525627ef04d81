/**
 * A real HTTP server on 127.0.0.1 for tests. `serve` takes a raw node:http handler and keeps
 * every request, the peak of requests in flight, and its sockets (destroyed on close, so a
 * keep-alive client cannot hold it open). `startServer` is built on it for handlers that
 * answer `{ status, headers, body }`, with a request log and injectable faults.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface Served {
  url: string
  /** Every request: method and path with query. */
  requests: { url: string; headers: http.IncomingHttpHeaders }[]
  /** The most requests seen in flight at once. */
  peak(): number
  close(): Promise<void>
}

export type RawHandler = (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>

export async function serve(handler: RawHandler): Promise<Served> {
  const requests: Served['requests'] = []
  let active = 0
  let peak = 0
  const sockets = new Set<Socket>()
  const server = http.createServer(async (req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers })
    active++
    peak = Math.max(peak, active)
    res.on('close', () => active--)
    await handler(req, res, requests.length)
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    peak: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Answers JSON; a string body is sent as it is (to serve malformed or pre-encoded JSON). */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

export interface Logged {
  method: string
  /** Path with query. */
  path: string
  at: number
  body?: unknown
  headers: IncomingMessage['headers']
}

export interface Fault {
  method?: string
  path: RegExp
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** How many matching requests fail; then they pass. Infinity: all of them. */
  times: number
}

/** A Buffer body is sent as application/octet-stream, anything else as JSON. */
export interface Answer {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** `body` is the request's JSON (or its text when it is not JSON); `raw` its bytes. */
export type Handler = (req: IncomingMessage, url: URL, body: unknown, raw: Buffer) => Answer | undefined | Promise<Answer | undefined>

export interface TestServer extends Served {
  log: Logged[]
  faults: Fault[]
  fail(f: Fault): void
}

/** `headers`: sent with every answer (faults' and the handler's own headers win). */
export async function startServer(handler: Handler, options: { headers?: Record<string, string> } = {}): Promise<TestServer> {
  const log: Logged[] = []
  const faults: Fault[] = []
  const served = await serve(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks)
    const text = raw.toString('utf8')
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    log.push({ method: req.method ?? 'GET', path: url.pathname + url.search, at: Date.now(), body, headers: req.headers })
    const fault = faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(url.pathname))
    const answer = fault ? (fault.times--, { status: fault.status, headers: fault.headers, body: fault.body ?? { message: `HTTP ${fault.status}` } }) : await handler(req, url, body, raw)
    const a = answer ?? { status: 404, body: { message: 'Not Found' } }
    const binary = Buffer.isBuffer(a.body)
    res.writeHead(a.status, { ...options.headers, 'content-type': binary ? 'application/octet-stream' : 'application/json; charset=utf-8', ...a.headers })
    res.end(binary ? a.body : a.body === undefined ? '' : JSON.stringify(a.body))
  })
  return { ...served, log, faults, fail: (f) => void faults.push(f) }
}
