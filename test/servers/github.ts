/**
 * A GitHub REST API server speaking the parts the audit uses, shaped like the real one:
 * issues listed newest first with labels/state filters and Link-header pagination,
 * create/update issues, comments, labels (404 when missing, 422 when it exists).
 */
import { startServer, type TestServer } from './http.js'

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: string[]
  comments: string[]
  pull_request?: boolean
}

export interface FakeGitHub extends TestServer {
  issues: FakeIssue[]
  labels: Set<string>
  /** Requests that changed something (POST/PATCH/PUT/DELETE). */
  writes(): { method: string; path: string }[]
}

export async function startGitHub(owner = 'acme', repo = 'models', token = 'test-token'): Promise<FakeGitHub> {
  const issues: FakeIssue[] = []
  const labels = new Set<string>()
  const base = `/repos/${owner}/${repo}`
  let url = ''
  const view = (i: FakeIssue) => ({
    id: 1000 + i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name })),
    comments: i.comments.length,
    html_url: `https://github.com/${owner}/${repo}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    ...(i.pull_request ? { pull_request: { url: `${url}${base}/pulls/${i.number}` } } : {}),
  })
  const server = await startServer((req, u, body) => {
    if (req.headers.authorization !== `token ${token}`) return { status: 401, body: { message: 'Bad credentials' } }
    const p = u.pathname
    const b = (body ?? {}) as Record<string, unknown>
    if (req.method === 'GET' && p === `${base}/issues`) {
      const state = u.searchParams.get('state') ?? 'open'
      const want = (u.searchParams.get('labels') ?? '').split(',').filter(Boolean)
      const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30))
      const page = Number(u.searchParams.get('page') ?? 1)
      const all = issues
        .filter((i) => (state === 'all' || i.state === state) && want.every((l) => i.labels.includes(l)))
        .sort((a, c) => c.number - a.number)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = (n: number, rel: string) => {
        const q = new URLSearchParams(u.searchParams)
        q.set('page', String(n))
        return `<${url}${p}?${q}>; rel="${rel}"`
      }
      const links = [page < last ? link(page + 1, 'next') : '', page < last ? link(last, 'last') : '', page > 1 ? link(1, 'first') : '', page > 1 ? link(page - 1, 'prev') : ''].filter(Boolean)
      return { status: 200, headers: links.length ? { link: links.join(', ') } : undefined, body: all.slice((page - 1) * perPage, page * perPage).map(view) }
    }
    if (req.method === 'POST' && p === `${base}/issues`) {
      if (typeof b.title !== 'string' || !b.title) return { status: 422, body: { message: 'Validation Failed' } }
      const issue: FakeIssue = { number: issues.length + 1, title: b.title, body: String(b.body ?? ''), state: 'open', state_reason: null, labels: (b.labels as string[]) ?? [], comments: [] }
      for (const l of issue.labels) labels.add(l)
      issues.push(issue)
      return { status: 201, body: view(issue) }
    }
    const m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)(\/comments)?$/.exec(p)
    const issue = m && p.startsWith(base) ? issues.find((i) => i.number === Number(m[1])) : undefined
    if (m && !issue) return { status: 404, body: { message: 'Not Found' } }
    if (issue && req.method === 'PATCH' && !m![2]) {
      if (typeof b.title === 'string') issue.title = b.title
      if (typeof b.body === 'string') issue.body = b.body
      if (b.state === 'closed' && issue.state === 'open') {
        issue.state = 'closed'
        issue.state_reason = typeof b.state_reason === 'string' ? b.state_reason : 'completed'
      } else if (b.state === 'open' && issue.state === 'closed') {
        issue.state = 'open'
        issue.state_reason = 'reopened'
      }
      return { status: 200, body: view(issue) }
    }
    if (issue && req.method === 'POST' && m![2]) {
      issue.comments.push(String(b.body ?? ''))
      return { status: 201, body: { id: 5000 + issue.comments.length, body: b.body } }
    }
    const l = new RegExp(`^${base}/labels/([^/]+)$`).exec(p)
    if (req.method === 'GET' && l) {
      const name = decodeURIComponent(l[1])
      return labels.has(name) ? { status: 200, body: { name, color: '5319e7' } } : { status: 404, body: { message: 'Not Found' } }
    }
    if (req.method === 'POST' && p === `${base}/labels`) {
      const name = String(b.name)
      if (labels.has(name)) return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } }
      labels.add(name)
      return { status: 201, body: { name, color: b.color } }
    }
    return undefined
  })
  url = server.url
  return {
    ...server,
    issues,
    labels,
    writes: () => server.log.filter((r) => r.method !== 'GET').map((r) => ({ method: r.method, path: r.path })),
  }
}
