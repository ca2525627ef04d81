/** A real HTTP server on 127.0.0.1 for tests, with a request log and injectable faults. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Logged {
  method: string
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

export type Handler = (req: IncomingMessage, url: URL, body: unknown) => { status: number; headers?: Record<string, string>; body?: unknown } | undefined

export interface TestServer {
  url: string
  log: Logged[]
  faults: Fault[]
  fail(f: Fault): void
  close(): Promise<void>
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const log: Logged[] = []
  const faults: Fault[] = []
  const server: Server = createServer((req, res) => void serve(req, res))
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      body = raw
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    log.push({ method: req.method ?? 'GET', path: url.pathname + url.search, at: Date.now(), body, headers: req.headers })
    const fault = faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(url.pathname))
    const answer = fault ? (fault.times--, { status: fault.status, headers: fault.headers, body: fault.body ?? { message: `HTTP ${fault.status}` } }) : handler(req, url, body)
    const a = answer ?? { status: 404, body: { message: 'Not Found' } }
    res.writeHead(a.status, { 'content-type': 'application/json; charset=utf-8', ...a.headers })
    res.end(a.body === undefined ? '' : JSON.stringify(a.body))
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    faults,
    fail: (f) => void faults.push(f),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
