import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient, httpStatus, isPermissionError } from '../../src/io/github.js'

/** Answers 502 to the first request of each path, then 200; records what it saw. */
const seen: { path: string; auth?: string; agent?: string }[] = []
const server = createServer((req, res) => {
  seen.push({ path: req.url ?? '', auth: req.headers.authorization, agent: req.headers['user-agent'] })
  const count = seen.filter((s) => s.path === req.url).length
  if (req.url?.includes('/forbidden')) {
    res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Resource not accessible by integration', status: '403' }))
    return
  }
  if (count === 1) {
    res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Server Error' }))
    return
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ full_name: 'o/r' }))
})
let url = ''
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('createGitHubClient', () => {
  it('uses GITHUB_API_URL, sends the token, and retries a server error', async () => {
    const client = createGitHubClient('ghs_abc', { env: { GITHUB_API_URL: `${url}/api/v3/` } })
    const { data } = await client.rest.repos.get({ owner: 'o', repo: 'r' })
    expect(data.full_name).toBe('o/r')
    expect(seen.filter((s) => s.path === '/api/v3/repos/o/r')).toHaveLength(2)
    expect(seen[0].auth).toBe('token ghs_abc')
    expect(seen[0].agent).toMatch(/^leger-curate /)
  })
  it('does not retry a 403, and calls it a permission error', async () => {
    const client = createGitHubClient('ghs_abc', { baseUrl: url })
    const err = await client.rest.repos.get({ owner: 'forbidden', repo: 'r' }).catch((e: unknown) => e)
    expect(httpStatus(err)).toBe(403)
    expect(isPermissionError(err)).toBe(true)
    expect(seen.filter((s) => s.path === '/repos/forbidden/r')).toHaveLength(1)
    expect(isPermissionError(new Error('network down'))).toBe(false)
  })
})
