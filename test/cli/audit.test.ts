/** `leger-curate audit` through its public door: the built CLI as a process. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditStore, hfRepos, prices, TODAY, trending } from '../audit-fixtures.js'
import { CLI, cloudModel, makeStore, ROOT } from '../helpers.js'
import { runNode } from '../run-async.js'
import { startUpstream, type FakeUpstream } from '../servers/upstream.js'

const snapshot = JSON.parse(readFileSync(path.join(ROOT, 'data/litellm-model-prices.json'), 'utf8')) as Record<string, Record<string, unknown>>
const snapshotDate = (JSON.parse(readFileSync(path.join(ROOT, 'data/litellm-model-prices.source.json'), 'utf8')) as { date: string }).date
// A model the snapshot dates for deprecation, found in the snapshot rather than assumed.
const [dKey, dEntry] = Object.entries(snapshot).find(([k, e]) => e.litellm_provider === 'openai' && e.mode === 'chat' && typeof e.deprecation_date === 'string' && typeof e.max_input_tokens === 'number' && !k.includes('/'))!
const offlineStore = () => ({ 'cloud/dated.json': cloudModel({ id: 'dated', litellm_model_name: `openai/${dKey}`, context_window: 1, max_output: undefined }) })

const env = { LEGER_TODAY: TODAY, LITELLM_PRICES_URL: 'http://127.0.0.1:9/unused', HF_ENDPOINT: 'http://127.0.0.1:9' }
const audit = (args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) => runNode(CLI, ['audit', ...args], { cwd, env: { ...env, ...extra } })

describe('leger-curate audit, offline', () => {
  it('uses the shipped snapshot and says so, with findings at their line', async () => {
    const r = await audit([], makeStore(offlineStore()))
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe(`Audited against LiteLLM snapshot of ${snapshotDate}; offline: used the shipped LiteLLM snapshot; HuggingFace not checked (pass --online to fetch both)`)
    expect(r.stdout).toContain(`model-store/cloud/dated.json:6:25 warning audit/litellm-deprecation LiteLLM marks ${dKey} for deprecation on ${String(dEntry.deprecation_date)}`)
    expect(r.stdout).toMatch(/model-store\/cloud\/dated\.json:7:21 warning audit\/context-window context_window differs from LiteLLM's max_input_tokens: 1 -> [\d,]+/)
    expect(r.stdout).toMatch(/model-store\/cloud notice audit\/candidates-litellm \d+ LiteLLM chat models? qualify \(openai \d+\); newest of each provider: openai\//)
  })

  it('prints JSON with fingerprints, what was checked, and offline: true', async () => {
    const r = await audit(['--format', 'json'], makeStore(offlineStore()))
    const out = JSON.parse(r.stdout)
    expect(out.offline).toBe(true)
    expect(out.sources).toEqual([`LiteLLM snapshot of ${snapshotDate}`])
    expect(out.checked).toEqual(['lifecycle', 'drift', 'candidates-litellm'])
    expect(out.findings.find((f: { rule: string }) => f.rule === 'audit/litellm-deprecation')).toEqual({
      rule: 'audit/litellm-deprecation',
      severity: 'warning',
      file: 'model-store/cloud/dated.json',
      line: 6,
      column: 25,
      model: 'dated',
      fingerprint: `audit/litellm-deprecation|dated|${String(dEntry.deprecation_date)}`,
      message: `LiteLLM marks ${dKey} for deprecation on ${String(dEntry.deprecation_date)}`,
      hint: `Deprecate it: leger-curate deprecate dated --replacement NEW, with "sunset_date": "${String(dEntry.deprecation_date)}".`,
    })
    expect(out.summary).toEqual({ models: 1, findings: out.findings.length, errors: 0, warnings: 2, notices: out.findings.length - 2 })
  })

  it('prints Markdown with the snapshot named', async () => {
    const r = await audit(['--format', 'markdown'], makeStore(offlineStore()))
    expect(r.stdout.startsWith(`## Model audit\n\nAudited against LiteLLM snapshot of ${snapshotDate}; offline: used the shipped LiteLLM snapshot`)).toBe(true)
    expect(r.stdout).toContain('| warning | `dated` | `audit/litellm-deprecation` |')
    expect(r.stdout).toContain('### New LiteLLM chat models of tracked providers (newest of each provider first)')
  })

  it('exits 2 on usage problems, without a stack trace', async () => {
    const dir = makeStore(offlineStore())
    for (const args of [['--format', 'xml'], ['--bogus'], ['--store', 'nowhere']]) {
      const r = await audit(args, dir)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/^leger-curate: /)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })
})

describe('leger-curate audit --online', () => {
  let up: FakeUpstream
  beforeAll(async () => {
    up = await startUpstream()
    up.prices = prices()
    for (const [k, v] of hfRepos()) up.repos.set(k, v)
    up.trending = trending()
  })
  afterAll(() => up.close())

  it('reads LITELLM_PRICES_URL and HF_ENDPOINT, and exits 1 on an error finding', async () => {
    const dir = makeStore({ ...auditStore(), 'local/gone.json': { ...(auditStore()['local/qwen-a.json'] as object), id: 'gone', model_uri: 'huggingface://nobody/Gone-GGUF/Gone-Q4_K_M.gguf' } })
    const r = await audit(['--online', '--format', 'json'], dir, up.env())
    expect(r.stderr).toBe(`HuggingFace: ${up.url} (3 repositories)\n`)
    const out = JSON.parse(r.stdout)
    expect(out.offline).toBe(false)
    expect(out.sources).toEqual([`${up.url}/litellm/model_prices_and_context_window.json`])
    expect(out.findings.map((f: { fingerprint: string }) => f.fingerprint).sort()).toEqual([
      'audit/candidates-hf|*|rolling',
      'audit/candidates-litellm|*|rolling',
      'audit/context-window|claude-y|1000000',
      'audit/hf-gated|gated-b|gated=manual',
      'audit/hf-gone|gone|nobody/Gone-GGUF',
      'audit/unlisted|old-one|openai/old-one',
    ])
    expect(r.code).toBe(1)
    expect(up.log.some((l) => l.path === '/api/models?filter=gguf&sort=trendingScore&direction=-1&limit=30')).toBe(true)
  })

  it('a Hub answering 404 for everything is upstream unreachable: exit 2, and the report says what was not checked', async () => {
    const r = await audit(['--online', '--format', 'markdown'], makeStore(auditStore()), { ...up.env(), HF_ENDPOINT: `${up.url}/nowhere` })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('> Upstream unreachable: ')
    expect(r.stdout).toContain('did not describe any of the 2 repositories the store names')
    expect(r.stdout).toContain('### Not checked')
    expect(r.stdout).toMatch(/- local-health: 2 local models not checked: /)
    expect(r.stdout).toMatch(/- candidates-hf: trending GGUF repositories not checked: .*HTTP 404/)
    expect(r.stdout).not.toContain('audit/hf-gone')
    expect(r.stdout).not.toMatch(/\n\s+at /)
  })

  it('fails clearly when the price list is not there', async () => {
    const r = await audit(['--online'], makeStore(auditStore()), { ...up.env(), LITELLM_PRICES_URL: `${up.url}/nothing.json` })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`leger-curate: ${up.url}/nothing.json: expected LiteLLM's price list (a JSON object), got HTTP 404`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
