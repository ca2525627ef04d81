/**
 * The audit's GitHub issue sync end to end: runAudit against a GitHub issues API and a
 * LiteLLM + HuggingFace upstream, both real HTTP servers on 127.0.0.1.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runAudit, type AuditInputs } from '../../src/action/audit.js'
import { fingerprintIn } from '../../src/core/audit/fingerprint.js'
import { createGitHubClient } from '../../src/io/github-client.js'
import { auditStore, hfRepos, prices, TODAY, trending } from '../audit-fixtures.js'
import { makeStore } from '../helpers.js'
import { startGitHub, type FakeGitHub } from '../servers/github.js'
import { startUpstream, type FakeUpstream } from '../servers/upstream.js'

let gh: FakeGitHub
let up: FakeUpstream
let dir: string
const SECOND = 50

beforeEach(async () => {
  gh = await startGitHub({ token: 'test-token' })
  up = await startUpstream()
  up.prices = prices()
  for (const [k, v] of hfRepos()) up.repos.set(k, v)
  up.trending = trending()
  dir = makeStore(auditStore())
})
afterEach(async () => {
  await gh.close()
  await up.close()
})

function client(token = 'test-token') {
  return createGitHubClient(token, { baseUrl: gh.url, secondMs: SECOND, retries: 2, pacing: false })
}

async function run(over: Partial<AuditInputs> = {}, token?: string) {
  const summaries: string[] = []
  const warnings: string[] = []
  const inputs: AuditInputs = { base: dir, online: true, dryRun: false, repo: { owner: 'acme', repo: 'models' }, env: up.env(), options: { today: TODAY }, ...over }
  const r = await runAudit(inputs, client(token), { summary: (md) => void summaries.push(md), info: () => {}, warning: (m) => void warnings.push(m) })
  return { ...r, summary: summaries.join(''), warnings }
}

const fps = () => gh.issues.map((i) => fingerprintIn(i.body)).sort()
const byFp = (fp: string) => gh.issues.find((i) => fingerprintIn(i.body) === fp)

describe('audit issue sync', () => {
  it('opens, updates and closes nothing while the Hub answers 404 for everything, and fails the step saying why', async () => {
    await run()
    const before = gh.issues.map((i) => [i.number, i.state, i.body])
    const writes = gh.writes().length
    const r = await run({ env: { ...up.env(), HF_ENDPOINT: `${up.url}/nowhere` } })
    expect(gh.writes().length).toBe(writes)
    expect(gh.issues.map((i) => [i.number, i.state, i.body])).toEqual(before)
    expect(r.plan.every((a) => a.kind === 'kept')).toBe(true)
    expect(r.failure).toMatch(/^upstream unreachable, no issue opened or closed: .*did not describe any of the 2 repositories/)
    expect(r.summary).toContain('> Upstream unreachable: ')
    expect(r.summary).toContain('### Not checked')
  })

  it('rolls stale models into one issue, updated in place, closed when none is stale', async () => {
    dir = makeStore({ ...auditStore(), 'cloud/claude-y.json': { ...(auditStore()['cloud/claude-y.json'] as object), context_window: 1000000, last_verified: '2025-01-01' }, 'cloud/gpt-x.json': { ...(auditStore()['cloud/gpt-x.json'] as object), last_verified: '2025-02-01' } })
    await run()
    const stale = gh.issues.filter((i) => fingerprintIn(i.body) === 'audit/stale|*|rolling')
    expect(stale).toHaveLength(1)
    expect(stale[0].title).toBe('[model audit] 2 models last verified more than 180 days ago: claude-y, gpt-x')
    expect(stale[0].body).toContain('| `claude-y` | last\\_verified 2025-01-01 is 516 days old; the policy allows 180 |')
    await run({ options: { today: '2026-07-01' } })
    expect(gh.issues.filter((i) => fingerprintIn(i.body) === 'audit/stale|*|rolling').map((i) => [i.number, i.state])).toEqual([[stale[0].number, 'open']])
    expect(byFp('audit/stale|*|rolling')!.body).toContain('546 days old')
    dir = makeStore(auditStore())
    await run()
    expect(byFp('audit/stale|*|rolling')!.state).toBe('closed')
  })

  it('opens the expected issues, changes nothing on a rerun, and closes what upstream corrected', async () => {
    const first = await run()
    expect(first.failure).toBeUndefined()
    expect(fps()).toEqual([
      'audit/candidates|*|rolling',
      'audit/context-window|claude-y|1000000',
      'audit/hf-gated|gated-b|gated=manual',
      'audit/unlisted|old-one|openai/old-one',
    ])
    expect(gh.issues.every((i) => i.state === 'open' && i.labels.includes('model-audit'))).toBe(true)
    expect(gh.labels.has('model-audit')).toBe(true)
    const drift = byFp('audit/context-window|claude-y|1000000')!
    expect(drift.body).toContain("context\\_window differs from LiteLLM's max\\_input\\_tokens: 200,000 -> 1,000,000")
    const candidates = byFp('audit/candidates|*|rolling')!
    expect(candidates.body).toContain('`openai/gpt-z-2026-05-01`')
    expect(candidates.body).toContain('`unsloth/New-GGUF`')
    expect(candidates.body).not.toContain('Qwen/A-GGUF')
    // The summary lists every finding with what was done with it.
    for (const f of first.result.findings) expect(first.summary).toContain(f.message.replace(/_/g, '\\_').slice(0, 40))
    expect(first.summary).toContain(`opened #${drift.number}`)

    const writes = gh.writes().length
    const second = await run()
    expect(second.failure).toBeUndefined()
    expect(gh.writes().length).toBe(writes)
    expect(second.plan.map((a) => a.kind)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(gh.issues).toHaveLength(4)

    up.prices = prices(200_000)
    const third = await run()
    expect(third.failure).toBeUndefined()
    expect(drift.state).toBe('closed')
    expect(drift.state_reason).toBe('completed')
    expect(gh.commentsOn(drift.number)).toEqual([expect.stringContaining("the store's input limit and LiteLLM's max_input_tokens agree now")])
    expect(gh.issues.filter((i) => i.state === 'open')).toHaveLength(3)
    expect(third.summary).toContain(`closed #${drift.number}`)
    expect(gh.issues).toHaveLength(4)
  })

  it('reopens a closed issue whose finding returns instead of opening a duplicate', async () => {
    await run()
    up.prices = prices(200_000)
    await run()
    const drift = byFp('audit/context-window|claude-y|1000000')!
    expect(drift.state).toBe('closed')
    up.prices = prices(1_000_000)
    const again = await run()
    expect(again.plan.filter((a) => a.kind !== 'unchanged').map((a) => [a.kind, 'issue' in a ? a.issue.number : undefined])).toEqual([['reopen', drift.number]])
    expect(drift.state).toBe('open')
    expect(gh.commentsOn(drift.number).at(-1)).toContain('finds this again')
    expect(gh.issues).toHaveLength(4)
  })

  it('a further upstream change closes the old issue as superseded and opens one for the new value', async () => {
    await run()
    up.prices = prices(2_000_000)
    const r = await run()
    const old = byFp('audit/context-window|claude-y|1000000')!
    const fresh = byFp('audit/context-window|claude-y|2000000')!
    expect(old.state).toBe('closed')
    expect(gh.commentsOn(old.number)[0]).toContain('200,000 -> 2,000,000')
    expect(fresh.state).toBe('open')
    expect(r.plan.filter((a) => a.kind !== 'unchanged').map((a) => a.kind)).toEqual(['close', 'open'])
  })

  it('updates the rolling candidates issue in place, and leaves a curator-dismissed issue closed', async () => {
    await run()
    const candidates = byFp('audit/candidates|*|rolling')!
    const gated = byFp('audit/hf-gated|gated-b|gated=manual')!
    gated.state = 'closed'
    gated.state_reason = 'not_planned'
    up.trending = [...trending(), { id: 'bartowski/Other-GGUF', trendingScore: 80 }]
    const r = await run()
    expect(candidates.body).toContain('`bartowski/Other-GGUF`')
    expect(gh.issues).toHaveLength(4)
    expect(gated.state).toBe('closed')
    expect(r.plan.map((a) => a.kind).sort()).toEqual(['kept', 'unchanged', 'unchanged', 'update'])
  })

  it('finds its issues across pages and ignores pull requests and unmarked issues', async () => {
    await run()
    for (let i = 0; i < 230; i++) gh.issues.push({ number: gh.issues.length + 1, title: `human ${i}`, body: 'no marker here', state: i % 2 ? 'open' : 'closed', state_reason: null, labels: ['model-audit'] })
    gh.issues.push({ number: gh.issues.length + 1, title: 'a PR', body: gh.issues[0].body, state: 'open', state_reason: null, labels: ['model-audit'], pull_request: true })
    const writes = gh.writes().length
    const r = await run()
    expect(gh.writes().length).toBe(writes)
    expect(r.plan).toHaveLength(4)
    const pages = gh.log.filter((l) => l.method === 'GET' && l.path.startsWith('/repos/acme/models/issues?'))
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expect(pages.every((p) => /labels=model-audit/.test(p.path) && /state=all/.test(p.path))).toBe(true)
  })

  it('dry run writes nothing and prints the planned opens to the summary', async () => {
    const r = await run({ dryRun: true })
    expect(gh.writes()).toEqual([])
    expect(r.summary).toContain('dry run: nothing written')
    expect(r.summary.match(/would open/g)).toHaveLength(5) // four issues; the two candidate kinds share the rolling one
    expect(r.summary).toContain('Planned: 4 opened')
  })

  it('an offline run never closes the issues of checks it did not make', async () => {
    await run()
    const asked = up.log.length
    const r = await run({ online: false, env: {} })
    // Offline, drift is checked against the shipped snapshot; HuggingFace is not asked at all.
    const gated = byFp('audit/hf-gated|gated-b|gated=manual')!
    expect(gated.state).toBe('open')
    expect(r.plan.find((a) => a.fingerprint.startsWith('audit/hf-gated'))).toMatchObject({ kind: 'kept', why: 'not checked this run (local-health)' })
    expect(up.log.length).toBe(asked)
  })

  it('an unreachable HF repo is reported, opens nothing and keeps that model\'s issues open', async () => {
    await run()
    up.repos.set('meta/B-GGUF', 503)
    const r = await run()
    const gated = byFp('audit/hf-gated|gated-b|gated=manual')!
    expect(gated.state).toBe('open')
    expect(r.result.findings.find((f) => f.rule === 'audit/hf-unreachable')).toMatchObject({ model: 'gated-b', sync: false })
    expect(gh.issues).toHaveLength(4)
    expect(r.summary).toContain('reported only')
  })
})

describe('audit issue sync under API failures', () => {
  const posts = () => gh.log.filter((l) => l.method === 'POST' && l.path === '/repos/acme/models/issues')

  it('waits out a primary rate limit (403, x-ratelimit-reset) and goes on', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1
    gh.fail({ method: 'POST', path: /\/issues$/, status: 403, times: 1, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation.' } })
    const r = await run()
    expect(r.failure).toBeUndefined()
    expect(gh.issues).toHaveLength(4)
    const [refused, retried] = posts()
    // The plugin waits until the reset (+1 s), in this client's seconds.
    expect(retried.at - refused.at).toBeGreaterThanOrEqual(SECOND)
  })

  it('waits out a secondary rate limit (429 and 403, retry-after) and goes on', async () => {
    gh.fail({ method: 'POST', path: /\/issues$/, status: 429, times: 1, headers: { 'retry-after': '4' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } })
    gh.fail({ method: 'PATCH', path: /\/issues\/\d+$/, status: 403, times: 1, headers: { 'retry-after': '2' }, body: { message: 'You have exceeded a secondary rate limit.' } })
    const r = await run()
    expect(r.failure).toBeUndefined()
    expect(gh.issues).toHaveLength(4)
    const [refused, retried] = posts()
    expect(retried.at - refused.at).toBeGreaterThanOrEqual(4 * SECOND - 5)
  })

  it('gives up on a rate limit that does not lift, and says so', async () => {
    gh.fail({ method: 'POST', path: /\/issues$/, status: 429, times: Infinity, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } })
    const r = await run()
    expect(r.failure).toMatch(/^could not open an issue \(.*\): HTTP 429: You have exceeded a secondary rate limit/)
    expect(gh.issues).toHaveLength(0)
    expect(r.outcomes.filter((o) => o.status === 'skipped')).toHaveLength(3)
  })

  it('retries 5xx and succeeds', async () => {
    gh.fail({ method: 'GET', path: /\/issues$/, status: 502, times: 1 })
    gh.fail({ method: 'POST', path: /\/issues$/, status: 500, times: 2 })
    const r = await run()
    expect(r.failure).toBeUndefined()
    expect(gh.issues).toHaveLength(4)
    expect(posts()).toHaveLength(6)
  })

  it('a final failure fails clearly after reporting what it managed', async () => {
    await run()
    up.prices = prices(2_000_000) // one close (old value) and one open (new value)
    gh.fail({ method: 'POST', path: /\/issues$/, status: 503, times: Infinity, body: { message: 'Service Unavailable' } })
    const r = await run()
    expect(r.failure).toMatch(/^could not open an issue \(audit\/context-window\|claude-y\|2000000\): HTTP 503: Service Unavailable/)
    expect(r.warnings).toEqual([r.failure])
    const old = byFp('audit/context-window|claude-y|1000000')!
    expect(old.state).toBe('closed')
    expect(r.summary).toContain(`closed #${old.number}`)
    expect(r.summary).toContain('**failed** to open')
    expect(r.summary).toContain('The issue sync stopped')
    expect(posts().length).toBe(4 + 3) // the first run's four, then the open tried three times
  })

  it('an upstream that cannot be read fails before touching any issue, and says so in the summary', async () => {
    const summaries: string[] = []
    const inputs: AuditInputs = { base: dir, online: true, dryRun: false, repo: { owner: 'acme', repo: 'models' }, env: { ...up.env(), LITELLM_PRICES_URL: `${up.url}/missing.json` }, options: { today: TODAY } }
    await expect(runAudit(inputs, client(), { summary: (md) => void summaries.push(md), info: () => {}, warning: () => {} })).rejects.toThrow(/missing\.json: expected LiteLLM's price list \(a JSON object\), got HTTP 404/)
    expect(summaries.join('')).toContain('could not read its upstream facts, so no issue was changed')
    expect(gh.log).toEqual([])
  })

  it('bad credentials fail clearly and still report the findings', async () => {
    const r = await run({}, 'wrong-token')
    expect(r.failure).toMatch(/could not list the model-audit issues: HTTP 401: Bad credentials/)
    expect(r.summary).toContain('claude-y')
    expect(gh.issues).toHaveLength(0)
  })
})
