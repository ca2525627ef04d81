/**
 * A loopback server speaking the parts of GitHub's REST API the Action uses, with the real
 * shapes (ids, node_ids, urls, user objects, Link pagination, error bodies). State lives here,
 * so several runs of the built Action against it can be compared.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ApiComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: ApiUser
  created_at: string
  updated_at: string
  author_association: string
  performed_via_github_app: null | { id: number; slug: string }
}

export interface ApiUser {
  login: string
  id: number
  node_id: string
  type: 'Bot' | 'User'
  site_admin: boolean
}

export interface ApiPullFile {
  sha: string
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions: number
  deletions: number
  changes: number
  blob_url: string
  raw_url: string
  contents_url: string
  patch?: string
  previous_filename?: string
}

export const BOT: ApiUser = { login: 'github-actions[bot]', id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', type: 'Bot', site_admin: false }
export const HUMAN: ApiUser = { login: 'octocat', id: 583231, node_id: 'MDQ6VXNlcjU4MzIzMQ==', type: 'User', site_admin: false }

export interface Logged {
  method: string
  path: string
  body?: unknown
  auth?: string
}

export interface FakeGitHub {
  url: string
  owner: string
  repo: string
  comments: Map<number, ApiComment[]>
  pullFiles: Map<number, ApiPullFile[]>
  log: Logged[]
  /** Status to answer for a route key ("createComment", "listComments", "updateComment", "deleteComment", "listFiles"). */
  deny: Map<string, number>
  close(): Promise<void>
}

const NOW = '2026-11-21T12:00:00Z'

export async function startGitHubApi(options: { owner?: string; repo?: string; perPageCap?: number } = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'leger-labs'
  const repo = options.repo ?? 'leger-curate'
  const cap = options.perPageCap ?? 100
  let nextId = 1_960_000_001
  const state = { comments: new Map<number, ApiComment[]>(), pullFiles: new Map<number, ApiPullFile[]>(), log: [] as Logged[], deny: new Map<string, number>() }

  const server = createServer(async (req, res) => {
    const body = await readBody(req)
    const u = new URL(req.url ?? '/', 'http://x')
    state.log.push({ method: req.method ?? '', path: u.pathname, body, auth: req.headers.authorization })
    if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? '')) return send(res, 401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' })
    const base = `/repos/${owner}/${repo}`
    const route = (key: string, docs: string): boolean => {
      const status = state.deny.get(key)
      if (!status) return false
      const message = status === 403 ? 'Resource not accessible by integration' : 'Not Found'
      send(res, status, { message, documentation_url: `https://docs.github.com/rest/${docs}`, status: String(status) })
      return true
    }
    let m: RegExpMatchArray | null
    if ((m = u.pathname.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      const issue = Number(m[1])
      const list = state.comments.get(issue) ?? []
      if (req.method === 'GET') {
        if (route('listComments', 'issues/comments#list-issue-comments')) return
        return page(res, u, list, cap)
      }
      if (req.method === 'POST') {
        if (route('createComment', 'issues/comments#create-an-issue-comment')) return
        const text = (body as { body?: unknown })?.body
        if (typeof text !== 'string') return send(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '422' })
        if (text.length > 65536) return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], status: '422' })
        const id = nextId++
        const c: ApiComment = {
          id,
          node_id: `IC_kwDO${id.toString(36)}`,
          url: `http://api${base}/issues/comments/${id}`,
          html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
          issue_url: `http://api${base}/issues/${issue}`,
          body: text,
          user: BOT,
          created_at: NOW,
          updated_at: NOW,
          author_association: 'NONE',
          performed_via_github_app: { id: 15368, slug: 'github-actions' },
        }
        state.comments.set(issue, [...list, c])
        return send(res, 201, c)
      }
    }
    if ((m = u.pathname.match(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      const id = Number(m[1])
      const found = [...state.comments.entries()].find(([, cs]) => cs.some((c) => c.id === id))
      if (req.method === 'PATCH') {
        if (route('updateComment', 'issues/comments#update-an-issue-comment')) return
        if (!found) return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment', status: '404' })
        const c = found[1].find((x) => x.id === id)!
        c.body = String((body as { body?: unknown })?.body)
        c.updated_at = '2026-11-21T12:05:00Z'
        return send(res, 200, c)
      }
      if (req.method === 'DELETE') {
        if (route('deleteComment', 'issues/comments#delete-an-issue-comment')) return
        if (!found) return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment', status: '404' })
        state.comments.set(found[0], found[1].filter((x) => x.id !== id))
        res.writeHead(204).end()
        return
      }
    }
    if ((m = u.pathname.match(new RegExp(`^${base}/pulls/(\\d+)/files$`))) && req.method === 'GET') {
      if (route('listFiles', 'pulls/pulls#list-pull-requests-files')) return
      const files = state.pullFiles.get(Number(m[1]))
      if (!files) return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files', status: '404' })
      return page(res, u, files, cap)
    }
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    owner,
    repo,
    ...state,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A page of a list, with GitHub's Link header (rel="next" / "last"). */
function page(res: ServerResponse, u: URL, items: unknown[], cap: number): void {
  const per = Math.min(Number(u.searchParams.get('per_page') ?? 30) || 30, cap)
  const n = Math.max(1, Number(u.searchParams.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / per))
  const headers: Record<string, string> = {}
  if (n < last) {
    const link = (p: number) => {
      const v = new URL(u.toString())
      v.searchParams.set('page', String(p))
      return `<http://${res.req.headers.host}${v.pathname}${v.search}>`
    }
    headers.link = `${link(n + 1)}; rel="next", ${link(last)}; rel="last"`
  }
  send(res, 200, items.slice((n - 1) * per, n * per), headers)
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': '1795000000',
    'x-ratelimit-resource': 'core',
    ...headers,
  })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  if (!chunks.length) return undefined
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    return undefined
  }
}
