import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/io/github-client.js'
import { httpStatus, isPermissionError } from '../../src/io/github.js'
import { json, serve, type Served } from '../servers/http.js'

/** Answers 502 to the first request of each path, then 200; records what it saw. */
const seen: { path: string; auth?: string; agent?: string }[] = []
let server: Served
let url = ''
beforeAll(async () => {
  server = await serve((req, res) => {
    seen.push({ path: req.url ?? '', auth: req.headers.authorization, agent: req.headers['user-agent'] })
    const count = seen.filter((s) => s.path === req.url).length
    if (req.url?.includes('/forbidden')) return json(res, 403, { message: 'Resource not accessible by integration', status: '403' })
    if (count === 1) return json(res, 502, { message: 'Server Error' })
    json(res, 200, { full_name: 'o/r' })
  })
  url = server.url
})
afterAll(() => server.close())

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
