/**
 * The built Action (dist/action/index.js) run exactly as the runner runs it: INPUT_* and
 * GITHUB_* variables, an event payload file, the summary and output files, and the REST API
 * on 127.0.0.1.
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startGitHub, type FakeGitHub } from '../servers/github.js'
import { cloudModel, ROOT, tempDir } from '../helpers.js'
import { cleanEnv, commitPr, git, goodStore, initRepo, prPayload } from './repo.js'

const ACTION = path.join(ROOT, 'dist/action/index.js')
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'

/** The defaults action.yml declares: the runner passes them as INPUT_* when a workflow omits an input. */
function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
  return Object.fromEntries(Object.entries(doc.inputs).map(([k, v]) => [k, v.default ?? '']))
}

interface Run {
  code: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
}

/** Runs the bundle asynchronously: the API server lives in this process and must keep answering. */
function runAction(workspace: string, payload: object, inputs: Record<string, string>, api: FakeGitHub): Promise<Run> {
  const tmp = tempDir('leger-runner-')
  const files = { event: path.join(tmp, 'event.json'), summary: path.join(tmp, 'summary.md'), output: path.join(tmp, 'output') }
  writeFileSync(files.event, JSON.stringify(payload))
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  // The runner passes every input from action.yml, defaults included, as INPUT_<NAME> (upper-cased, hyphens kept).
  const defaults = { ...actionDefaults(), 'github-token': TOKEN }
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${api.owner}/${api.repo}`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '19500000000',
    GITHUB_SHA: (payload as { pull_request?: { head?: { sha?: string } } }).pull_request?.head?.sha,
  }
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0
      resolve({ code, stdout, stderr, summary: readFileSync(files.summary, 'utf8'), outputs: parseOutputs(readFileSync(files.output, 'utf8')) })
    })
  })
}

/** GITHUB_OUTPUT as the runner reads it: name<<DELIMITER, value lines, DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<]+)<<(.+)$/)
    if (!m) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

let api: FakeGitHub
beforeAll(async () => {
  api = await startGitHub({ owner: 'leger-labs', repo: 'leger-curate', token: TOKEN })
})
afterAll(() => api.close())
beforeEach(() => {
  api.comments.clear()
  api.deny.clear()
  api.log.length = 0
})

describe('the built Action on a pull request', () => {
  it('fails on the broken field, annotates its line, writes the summary and outputs, and keeps one PR comment over two runs', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    const payload = prPayload({ base, head, number: 12 })

    const first = await runAction(dir, payload, {}, api)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(1)
    const errors = first.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors[0]).toMatch(/^::error title=schema,file=model-store\/cloud\/test-cloud\.json,line=7,col=21::context_window must be an integer, got the string "400k"/)
    expect(errors.at(-1)).toMatch(/^::error::leger-curate check: 1 error\(s\)/) // setFailed
    expect(errors).toHaveLength(2)
    expect(first.summary).toContain('model-store/cloud/test-cloud.json:7:21')
    expect(first.summary).toContain('context\\_window must be an integer')
    expect(first.outputs).toEqual({ errors: '1', warnings: '0', 'changed-models': '["test-cloud"]' })
    expect(api.comments.get(12)).toHaveLength(1)
    expect(api.log.every((l) => l.headers.authorization === `token ${TOKEN}`)).toBe(true)

    const second = await runAction(dir, payload, {}, api)
    expect(second.code).toBe(1)
    expect(api.comments.get(12)).toHaveLength(1)
    expect(api.log.filter((l) => l.method === 'POST')).toHaveLength(1)
  })

  it('passes a clean PR with exit 0 and no comment', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ name: 'Renamed' }) })
    const run = await runAction(dir, prPayload({ base, head, number: 13 }), {}, api)
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('::error')
    expect(run.outputs).toEqual({ errors: '0', warnings: '0', 'changed-models': '["test-cloud"]' })
    expect(api.comments.get(13) ?? []).toEqual([])
  })

  it('reports a fork PR whose token may not comment (403), without crashing', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    api.deny.set('createComment', 403)
    const run = await runAction(dir, prPayload({ base, head, number: 14, fork: true }), {}, api)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^::notice::PR comment skipped: the token may not write to this pull request \(HTTP 403/m)
    expect(run.stdout).toMatch(/^::error title=schema,file=model-store\/cloud\/test-cloud\.json,line=7,col=21::/m)
    expect(run.stdout).not.toMatch(/internal error|\n\s+at /)
    expect(run.summary).toContain('model-store/cloud/test-cloud.json:7:21')
    expect(run.outputs.errors).toBe('1')
  })

  it('a hostile file name and content forge no workflow command, output or summary row', async () => {
    const { dir, base } = initRepo(goodStore())
    const name = 'cloud/x\n::warning::forged%0A\n::set-output name=errors::0.json'
    const id = 'x\n::error::forged id'
    const head = commitPr(dir, { [name]: cloudModel({ id, name: '<img src=x>|@everyone', litellm_model_name: 'openai/x' }) })
    const run = await runAction(dir, prPayload({ base, head, number: 16 }), {}, api)
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines.filter((l) => /^::(warning|error|set-output)::forged|^::set-output/.test(l))).toEqual([])
    expect(lines.filter((l) => l.startsWith('::error title=')).length).toBeGreaterThan(0)
    for (const l of lines.filter((x) => x.startsWith('::error title='))) expect(l).toContain('file=model-store/cloud/x%0A%3A%3Awarning%3A%3Aforged%250A%0A%3A%3Aset-output name=errors%3A%3A0.json')
    expect(run.outputs.errors).not.toBe('0')
    expect(JSON.parse(run.outputs['changed-models'])).toEqual([id])
    expect(run.summary).not.toMatch(/<img|@everyone|\n::/)
    const body = api.comments.get(16)![0].body
    expect(body).not.toMatch(/<img|@everyone/)
  })

  it('lists the PR files through the API in a shallow checkout', async () => {
    const { dir: origin, base } = initRepo(goodStore())
    const head = commitPr(origin, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    const shallow = path.join(tempDir('leger-shallow-'), 'ws')
    git(path.dirname(shallow), 'clone', '-q', '--depth', '1', '--branch', 'pr', `file://${origin}`, shallow)
    api.pullFiles.set(15, [
      { sha: 'a'.repeat(40), filename: 'model-store/cloud/test-cloud.json', status: 'modified', additions: 1, deletions: 1, changes: 2, blob_url: '', raw_url: '', contents_url: '', patch: '' },
    ])
    const run = await runAction(shallow, prPayload({ base, head, number: 15 }), {}, api)
    expect(run.code).toBe(1)
    expect(api.log.some((l) => /\/pulls\/15\/files(\?|$)/.test(l.path))).toBe(true)
    expect(run.outputs['changed-models']).toBe('["test-cloud"]')
  })

  it('fails cleanly on an unknown mode, and on a bad input', async () => {
    const { dir, base } = initRepo(goodStore())
    const unknown = await runAction(dir, prPayload({ base, head: base }), { mode: 'publish' }, api)
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toMatch(/^::error::unknown mode "publish"%0ASet mode to one of: check, audit, release\./m)
    const bad = await runAction(dir, prPayload({ base, head: base }), { 'fail-on': 'sometimes' }, api)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/^::error::input fail-on must be one of error, warning, got "sometimes"/m)
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('the Action bundle', () => {
  it('does not contain the prompt library, in any chunk', () => {
    const dir = path.dirname(ACTION)
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.js'))
    expect(chunks).toContain('index.js')
    const bundle = chunks.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n')
    expect(bundle.length).toBeGreaterThan(100_000)
    expect(bundle).not.toMatch(/@inquirer|inquirer\/core/)
  })
})
