/** The Action's `mode: audit` through its public door: the built dist/action as the runner starts it. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { fingerprintIn } from '../../src/core/audit/fingerprint.js'
import { hfRepos, prices } from '../audit-fixtures.js'
import { localModel, makeStore, ROOT } from '../helpers.js'
import { runNode } from '../run-async.js'
import { startGitHub, type FakeGitHub } from '../servers/github.js'
import { startUpstream, type FakeUpstream } from '../servers/upstream.js'

const ACTION = path.join(ROOT, 'dist/action/index.js')
let gh: FakeGitHub
let up: FakeUpstream

beforeEach(async () => {
  gh = await startGitHub({ token: 'test-token' })
  up = await startUpstream()
  up.prices = prices()
  for (const [k, v] of hfRepos()) up.repos.set(k, v)
})
afterEach(async () => {
  await gh.close()
  await up.close()
})

async function action(inputs: Record<string, string>) {
  const dir = makeStore({ 'local/gated-b.json': localModel({ id: 'gated-b', model_uri: 'huggingface://meta/B-GGUF/B-Q4_K_M.gguf' }) })
  const summary = path.join(dir, 'summary.md')
  writeFileSync(summary, '')
  const env: NodeJS.ProcessEnv = { ...up.env(), GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/models', GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: '', INPUT_MODE: 'audit', 'INPUT_STORE-PATH': 'model-store', 'INPUT_GITHUB-TOKEN': 'test-token', INPUT_ONLINE: 'true', 'INPUT_DRY-RUN': 'false' }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = await runNode(ACTION, [], { cwd: dir, env })
  return { ...r, summary: readFileSync(summary, 'utf8') }
}

describe('the Action, mode audit', () => {
  it('dry-run plans in the job summary and writes nothing', async () => {
    const r = await action({ 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(gh.writes()).toEqual([])
    expect(r.summary).toContain('## Model audit (dry run: nothing written)')
    expect(r.summary).toMatch(/\| warning \| `gated-b` \| `audit\/hf-gated` \| the HuggingFace repository meta\/B-GGUF is now gated .* \| would open \|/)
  })

  it('opens the issue with the label, then a rerun changes nothing', async () => {
    const first = await action({})
    expect(first.code).toBe(0)
    expect(gh.labels.has('model-audit')).toBe(true)
    expect(gh.issues.map((i) => [fingerprintIn(i.body), i.state, i.labels])).toEqual([['audit/hf-gated|gated-b|gated=manual', 'open', ['model-audit']]])
    expect(gh.issues[0].body).toContain('](https://github.com/acme/models/blob/HEAD/model-store/local/gated-b.json#L5)')
    expect(first.summary).toContain('opened #1')
    const writes = gh.writes().length
    const second = await action({})
    expect(second.code).toBe(0)
    expect(gh.writes().length).toBe(writes)
    expect(second.summary).toContain('| unchanged #1 |')
  })

  it('fails the step with a clear message, after the summary, when GitHub refuses', async () => {
    const r = await action({ 'github-token': 'wrong' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::model audit: could not list the model-audit issues: HTTP 401: Bad credentials')
    expect(r.summary).toContain('The issue sync stopped')
    expect(r.summary).toContain('`gated-b`')
  })
})

describe('.github/workflows/audit.yml', () => {
  it('runs monthly and on demand with a dry-run choice, with only the permissions it needs', () => {
    const wf = parse(readFileSync(path.join(ROOT, '.github/workflows/audit.yml'), 'utf8'))
    const [cron] = wf.on.schedule.map((s: { cron: string }) => s.cron.split(' '))
    expect(cron.slice(2)).toEqual(['1', '*', '*']) // day 1 of every month
    expect(wf.on.workflow_dispatch.inputs['dry-run']).toMatchObject({ type: 'boolean', default: false })
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' })
    const step = wf.jobs.audit.steps.find((s: { uses?: string }) => s.uses === './')
    expect(step.with).toMatchObject({ mode: 'audit', online: 'true' })
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
    for (const input of Object.keys(step.with)) expect(action.inputs, input).toHaveProperty([input])
  })
})
