/**
 * A loopback server speaking the parts of GitHub's REST API that the Action's modes use, with
 * the real shapes (ids, node_ids, urls, user objects, error bodies, rate-limit headers) and
 * Link-header pagination. State lives on the returned object, so tests seed it, edit it between
 * runs and compare.
 * - audit: issues listed newest first with labels/state filters, create/update issues, labels
 *   (404 when missing, 422 when it exists);
 * - check: issue and pull-request comments (list, create, update, delete), a PR's files;
 * - release: releases (list, by tag, create, update), their assets (list, the bytes for
 *   Accept: application/octet-stream, delete) and uploads to the upload_url.
 * Permission denials by route key (`deny`) answer as GitHub does; `fail` injects any status.
 */
import type { IncomingMessage } from 'node:http'
import { startServer, type Answer, type TestServer } from './http.js'

export interface ApiUser {
  login: string
  id: number
  node_id: string
  type: 'Bot' | 'User'
  site_admin: boolean
}

export const BOT: ApiUser = { login: 'github-actions[bot]', id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', type: 'Bot', site_admin: false }
export const HUMAN: ApiUser = { login: 'octocat', id: 583231, node_id: 'MDQ6VXNlcjU4MzIzMQ==', type: 'User', site_admin: false }

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: string[]
  pull_request?: boolean
}

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

export interface FakeAsset {
  id: number
  name: string
  content_type: string
  data: Buffer
}

export interface FakeRelease {
  id: number
  tag_name: string
  name: string
  body: string
  target_commitish?: string
  draft?: boolean
  assets: FakeAsset[]
}

export interface GitHubOptions {
  owner?: string
  repo?: string
  /** The one token accepted (as `token …` or `Bearer …`); without it, any. */
  token?: string
  /** The most items a page holds, whatever per_page asks (GitHub: 100). */
  perPageCap?: number
}

export interface FakeGitHub extends TestServer {
  owner: string
  repo: string
  issues: FakeIssue[]
  labels: Set<string>
  /** Comments by issue or pull-request number (a PR's conversation comments are issue comments). */
  comments: Map<number, ApiComment[]>
  pullFiles: Map<number, ApiPullFile[]>
  /** Oldest first; listed newest first. */
  releases: FakeRelease[]
  /** Status to answer for a route key: listComments, createComment, updateComment, deleteComment, listFiles, createRelease, updateRelease, uploadAsset, deleteAsset. */
  deny: Map<string, number>
  /** The bodies of the comments on an issue, oldest first. */
  commentsOn(issue: number): string[]
  /** Every request as "METHOD /path?query". */
  calls(): string[]
  /** Requests that changed something (POST/PATCH/PUT/DELETE). */
  writes(): { method: string; path: string }[]
}

const NOW = '2026-11-21T12:00:00Z'
const DOCS = 'https://docs.github.com/rest'
const HEADERS = {
  'x-github-api-version-selected': '2022-11-28',
  'x-ratelimit-limit': '5000',
  'x-ratelimit-remaining': '4999',
  'x-ratelimit-reset': '1795000000',
  'x-ratelimit-resource': 'core',
}

const error = (status: number, message: string, docs = '', extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { message, ...extra, documentation_url: docs ? `${DOCS}/${docs}` : DOCS, status: String(status) },
})
const notFound = (docs = '') => error(404, 'Not Found', docs)

export async function startGitHub(options: GitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme'
  const repo = options.repo ?? 'models'
  const cap = options.perPageCap ?? 100
  const base = `/repos/${owner}/${repo}`
  const state = {
    issues: [] as FakeIssue[],
    labels: new Set<string>(),
    comments: new Map<number, ApiComment[]>(),
    pullFiles: new Map<number, ApiPullFile[]>(),
    releases: [] as FakeRelease[],
    deny: new Map<string, number>(),
  }
  let nextCommentId = 1_960_000_001
  let nextReleaseId = 1000
  let url = ''

  const isPull = (n: number) => state.issues.find((i) => i.number === n)?.pull_request ?? !state.issues.some((i) => i.number === n)
  const issueView = (i: FakeIssue) => ({
    id: 1000 + i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name })),
    comments: state.comments.get(i.number)?.length ?? 0,
    html_url: `https://github.com/${owner}/${repo}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    ...(i.pull_request ? { pull_request: { url: `${url}${base}/pulls/${i.number}` } } : {}),
  })
  const releaseView = (r: FakeRelease) => ({
    id: r.id,
    tag_name: r.tag_name,
    name: r.name,
    body: r.body,
    html_url: `https://github.com/${owner}/${repo}/releases/tag/${r.tag_name}`,
    upload_url: `${url}/uploads${base}/releases/${r.id}/assets{?name,label}`,
  })
  const assetView = (a: FakeAsset) => ({ id: a.id, name: a.name, size: a.data.length })

  /** A page of a list, with GitHub's Link header (rel="next", "last", "first", "prev"). */
  const page = (u: URL, items: unknown[]): Answer => {
    const per = Math.min(Number(u.searchParams.get('per_page') ?? 30) || 30, cap)
    const n = Math.max(1, Number(u.searchParams.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / per))
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(u.searchParams)
      q.set('page', String(p))
      return `<${url}${u.pathname}?${q}>; rel="${rel}"`
    }
    const links = [n < last ? link(n + 1, 'next') : '', n < last ? link(last, 'last') : '', n > 1 ? link(1, 'first') : '', n > 1 ? link(n - 1, 'prev') : ''].filter(Boolean)
    return { status: 200, headers: links.length ? { link: links.join(', ') } : undefined, body: items.slice((n - 1) * per, n * per) }
  }
  /** GitHub's answer when the token may not do this (403 for a fork PR's token, 404 for a hidden resource). */
  const denied = (key: string, docs: string): Answer | undefined => {
    const status = state.deny.get(key)
    return status ? error(status, status === 403 ? 'Resource not accessible by integration' : 'Not Found', docs) : undefined
  }
  const unauthorized = (req: IncomingMessage): Answer | undefined => {
    const m = /^(?:token|Bearer) (\S+)$/.exec(req.headers.authorization ?? '')
    if (!m) return error(401, 'Requires authentication')
    if (options.token !== undefined && m[1] !== options.token) return error(401, 'Bad credentials')
    return undefined
  }

  function issues(req: IncomingMessage, u: URL, b: Record<string, unknown>): Answer | undefined {
    const p = u.pathname
    if (req.method === 'GET' && p === `${base}/issues`) {
      const st = u.searchParams.get('state') ?? 'open'
      const want = (u.searchParams.get('labels') ?? '').split(',').filter(Boolean)
      const all = state.issues.filter((i) => (st === 'all' || i.state === st) && want.every((l) => i.labels.includes(l))).sort((a, c) => c.number - a.number)
      return page(u, all.map(issueView))
    }
    if (req.method === 'POST' && p === `${base}/issues`) {
      if (typeof b.title !== 'string' || !b.title) return error(422, 'Validation Failed', 'issues/issues#create-an-issue')
      const issue: FakeIssue = { number: state.issues.length + 1, title: b.title, body: String(b.body ?? ''), state: 'open', state_reason: null, labels: (b.labels as string[]) ?? [] }
      for (const l of issue.labels) state.labels.add(l)
      state.issues.push(issue)
      return { status: 201, body: issueView(issue) }
    }
    const m = new RegExp(`^${base}/issues/(\\d+)$`).exec(p)
    if (m && req.method === 'PATCH') {
      const issue = state.issues.find((i) => i.number === Number(m[1]))
      if (!issue) return notFound('issues/issues#update-an-issue')
      if (typeof b.title === 'string') issue.title = b.title
      if (typeof b.body === 'string') issue.body = b.body
      if (b.state === 'closed' && issue.state === 'open') {
        issue.state = 'closed'
        issue.state_reason = typeof b.state_reason === 'string' ? b.state_reason : 'completed'
      } else if (b.state === 'open' && issue.state === 'closed') {
        issue.state = 'open'
        issue.state_reason = 'reopened'
      }
      return { status: 200, body: issueView(issue) }
    }
    const l = new RegExp(`^${base}/labels/([^/]+)$`).exec(p)
    if (req.method === 'GET' && l) {
      const name = decodeURIComponent(l[1])
      return state.labels.has(name) ? { status: 200, body: { name, color: '5319e7' } } : notFound('issues/labels#get-a-label')
    }
    if (req.method === 'POST' && p === `${base}/labels`) {
      const name = String(b.name)
      if (state.labels.has(name)) return error(422, 'Validation Failed', 'issues/labels#create-a-label', { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] })
      state.labels.add(name)
      return { status: 201, body: { name, color: b.color } }
    }
    return undefined
  }

  /** Comments on issue N; a number that is not one of `issues` is taken for a pull request. */
  function comments(req: IncomingMessage, u: URL, b: Record<string, unknown>): Answer | undefined {
    let m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(u.pathname)
    if (m) {
      const issue = Number(m[1])
      const list = state.comments.get(issue) ?? []
      if (req.method === 'GET') return denied('listComments', 'issues/comments#list-issue-comments') ?? page(u, list)
      if (req.method === 'POST') {
        const docs = 'issues/comments#create-an-issue-comment'
        const no = denied('createComment', docs)
        if (no) return no
        const text = b.body
        if (typeof text !== 'string') return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docs)
        if (text.length > 65536) return error(422, 'Validation Failed', docs, { errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] })
        const id = nextCommentId++
        const c: ApiComment = {
          id,
          node_id: `IC_kwDO${id.toString(36)}`,
          url: `${url}${base}/issues/comments/${id}`,
          html_url: `https://github.com/${owner}/${repo}/${isPull(issue) ? 'pull' : 'issues'}/${issue}#issuecomment-${id}`,
          issue_url: `${url}${base}/issues/${issue}`,
          body: text,
          user: BOT,
          created_at: NOW,
          updated_at: NOW,
          author_association: 'NONE',
          performed_via_github_app: { id: 15368, slug: 'github-actions' },
        }
        state.comments.set(issue, [...list, c])
        return { status: 201, body: c }
      }
    }
    m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(u.pathname)
    if (m) {
      const id = Number(m[1])
      const found = [...state.comments.entries()].find(([, cs]) => cs.some((c) => c.id === id))
      if (req.method === 'PATCH') {
        const docs = 'issues/comments#update-an-issue-comment'
        const no = denied('updateComment', docs) ?? (found ? undefined : notFound(docs))
        if (no) return no
        const c = found![1].find((x) => x.id === id)!
        c.body = String(b.body)
        c.updated_at = '2026-11-21T12:05:00Z'
        return { status: 200, body: c }
      }
      if (req.method === 'DELETE') {
        const docs = 'issues/comments#delete-an-issue-comment'
        const no = denied('deleteComment', docs) ?? (found ? undefined : notFound(docs))
        if (no) return no
        state.comments.set(found![0], found![1].filter((x) => x.id !== id))
        return { status: 204 }
      }
    }
    m = new RegExp(`^${base}/pulls/(\\d+)/files$`).exec(u.pathname)
    if (m && req.method === 'GET') {
      const docs = 'pulls/pulls#list-pull-requests-files'
      const files = state.pullFiles.get(Number(m[1]))
      return denied('listFiles', docs) ?? (files ? page(u, files) : notFound(docs))
    }
    return undefined
  }

  function releases(req: IncomingMessage, u: URL, b: Record<string, unknown>, raw: Buffer): Answer | undefined {
    const p = u.pathname
    let m: RegExpExecArray | null
    const release = (id: string) => state.releases.find((x) => x.id === Number(id))
    if (req.method === 'GET' && p === `${base}/releases`) {
      return page(u, [...state.releases].reverse().map((r) => ({ ...releaseView(r), draft: !!r.draft, assets: r.assets.map(assetView) })))
    }
    if (req.method === 'GET' && (m = new RegExp(`^${base}/releases/assets/(\\d+)$`).exec(p))) {
      const a = state.releases.flatMap((r) => r.assets).find((x) => x.id === Number(m![1]))
      if (!a) return notFound('releases/assets#get-a-release-asset')
      return { status: 200, body: req.headers.accept === 'application/octet-stream' ? a.data : assetView(a) }
    }
    if (req.method === 'GET' && (m = new RegExp(`^${base}/releases/tags/(.+)$`).exec(p))) {
      const r = state.releases.find((x) => x.tag_name === decodeURIComponent(m![1]))
      return r ? { status: 200, body: releaseView(r) } : notFound('releases/releases#get-a-release-by-tag-name')
    }
    if (req.method === 'POST' && p === `${base}/releases`) {
      const no = denied('createRelease', 'releases/releases#create-a-release')
      if (no) return no
      const r: FakeRelease = { id: nextReleaseId++, tag_name: String(b.tag_name), name: String(b.name), body: String(b.body), target_commitish: b.target_commitish as string | undefined, assets: [] }
      state.releases.push(r)
      return { status: 201, body: releaseView(r) }
    }
    if (req.method === 'PATCH' && (m = new RegExp(`^${base}/releases/(\\d+)$`).exec(p))) {
      const docs = 'releases/releases#update-a-release'
      const r = release(m[1])
      const no = denied('updateRelease', docs) ?? (r ? undefined : notFound(docs))
      if (no) return no
      Object.assign(r!, b)
      return { status: 200, body: releaseView(r!) }
    }
    if (req.method === 'GET' && (m = new RegExp(`^${base}/releases/(\\d+)/assets$`).exec(p))) {
      const r = release(m[1])
      return r ? page(u, r.assets.map(assetView)) : notFound('releases/assets#list-release-assets')
    }
    if (req.method === 'DELETE' && (m = new RegExp(`^${base}/releases/assets/(\\d+)$`).exec(p))) {
      const no = denied('deleteAsset', 'releases/assets#delete-a-release-asset')
      if (no) return no
      for (const r of state.releases) r.assets = r.assets.filter((a) => a.id !== Number(m![1]))
      return { status: 204 }
    }
    if (req.method === 'POST' && (m = new RegExp(`^/uploads${base}/releases/(\\d+)/assets$`).exec(p))) {
      const docs = 'releases/assets#upload-a-release-asset'
      const r = release(m[1])
      const no = denied('uploadAsset', docs) ?? (r ? undefined : notFound(docs))
      if (no) return no
      const name = u.searchParams.get('name') ?? ''
      if (r!.assets.some((a) => a.name === name)) return error(422, 'Validation Failed', docs, { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] })
      if (Number(req.headers['content-length']) !== raw.length) return error(400, 'Bad Content-Length', docs)
      const asset: FakeAsset = { id: nextReleaseId++, name, content_type: String(req.headers['content-type']), data: raw }
      r!.assets.push(asset)
      return { status: 201, body: assetView(asset) }
    }
    return undefined
  }

  const server = await startServer(
    (req, u, body, raw) => {
      const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
      return unauthorized(req) ?? issues(req, u, b) ?? comments(req, u, b) ?? releases(req, u, b, raw) ?? notFound()
    },
    { headers: HEADERS },
  )
  url = server.url
  return Object.assign(server, state, {
    owner,
    repo,
    commentsOn: (issue: number) => (state.comments.get(issue) ?? []).map((c) => c.body),
    calls: () => server.log.map((l) => `${l.method} ${l.path}`),
    writes: () => server.log.filter((r) => r.method !== 'GET').map((r) => ({ method: r.method, path: r.path })),
  })
}
