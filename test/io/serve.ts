/**
 * Loopback upstreams for online tests: a real node:http server on 127.0.0.1 answering like
 * the HuggingFace Hub and LiteLLM's raw file, and the CLI run as an asynchronous process
 * (spawnSync would block the very server the CLI must reach).
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { CLI, ROOT, type Ran } from '../helpers.js'

export interface Served {
  url: string
  /** Every request: method and path with query. */
  requests: { url: string; headers: http.IncomingHttpHeaders }[]
  /** Requests in flight now, and the most seen at once. */
  peak(): number
  close(): Promise<void>
}

export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>

export async function serve(handler: Handler): Promise<Served> {
  const requests: Served['requests'] = []
  let active = 0
  let peak = 0
  const sockets = new Set<import('node:net').Socket>()
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

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
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

/** The built CLI as a process, without blocking this process's servers. */
export function runCliAsync(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
