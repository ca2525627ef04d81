import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runCheck, readCheckInputs, type CheckInputs } from '../../src/action/check.js'
import type { Reporter, RunEnv } from '../../src/action/context.js'
import { runMode } from '../../src/action/main.js'
import { CurateError } from '../../src/core/errors.js'
import type { Finding } from '../../src/core/types.js'
import { createGitHubClient } from '../../src/io/github-client.js'
import { COMMENT_MARKER } from '../../src/report/github-markdown.js'
import { HUMAN, startGitHub, type FakeGitHub } from '../servers/github.js'
import { cloudModel, localModel } from '../helpers.js'
import { commitPr, git, goodStore, initRepo, prPayload } from './repo.js'

/** Another valid cloud model: its own id, name and LiteLLM target (two models on one target are duplicates). */
const another = (id: string, over: Record<string, unknown> = {}) =>
  cloudModel({ id, name: id.toUpperCase(), litellm_model_name: `openai/${id}`, pricing: { input_per_1m: '$1.00', output_per_1m: '$2.00' }, ...over })

/** A reporter that records what the Action would have shown. */
class Recorder implements Reporter {
  annotations: Finding[] = []
  infos: string[] = []
  notices: string[] = []
  warnings: string[] = []
  summaries: string[] = []
  outputs: Record<string, string> = {}
  failed?: string
  annotate(f: Finding) {
    this.annotations.push(f)
  }
  info(m: string) {
    this.infos.push(m)
  }
  notice(m: string) {
    this.notices.push(m)
  }
  warning(m: string) {
    this.warnings.push(m)
  }
  async summary(md: string) {
    this.summaries.push(md)
  }
  setOutput(n: string, v: string) {
    this.outputs[n] = v
  }
  setFailed(m: string) {
    this.failed = m
  }
}

const INPUTS: CheckInputs = { storePath: 'model-store', comment: true, failOn: 'error', online: false }

let api: FakeGitHub
beforeAll(async () => {
  api = await startGitHub({ owner: 'leger-labs', repo: 'leger-curate', token: 'ghs_test', perPageCap: 2 })
})
afterAll(() => api.close())
beforeEach(() => {
  api.comments.clear()
  api.pullFiles.clear()
  api.deny.clear()
  api.log.length = 0
})

const github = async () => createGitHubClient('ghs_test', { baseUrl: api.url, retries: 0 })
const prEnv = (dir: string, base: string, head: string, number = 7): RunEnv => ({
  eventName: 'pull_request',
  payload: prPayload({ base, head, number }),
  repo: { owner: api.owner, repo: api.repo },
  workspace: dir,
  sha: head,
})

describe('check mode on a pull request', () => {
  it('reports the broken field of the changed file, fails, and outputs the counts and ids', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    expect(r.annotations.map((f) => [f.file, f.line, f.column, f.rule, f.severity])).toEqual([['model-store/cloud/test-cloud.json', 7, 21, 'schema', 'error']])
    expect(r.outputs).toEqual({ errors: '1', warnings: '0', 'changed-models': '["test-cloud"]' })
    expect(r.failed).toMatch(/1 error/)
    expect(r.summaries.join('')).toContain('model-store/cloud/test-cloud.json:7:21')
    expect(res.changed).toEqual([{ id: 'test-cloud', kind: 'cloud', file: 'model-store/cloud/test-cloud.json', change: 'modified' }])
    expect(res.comment).toBe('created')
  })

  it('a 4,000-level file in the pull request: an annotation naming it, the summary and the comment still written', async () => {
    const { dir, base } = initRepo(goodStore())
    const deep = `{"id": ${'['.repeat(4000)}${']'.repeat(4000)}}\n`
    const head = commitPr(dir, { 'cloud/deep.json': deep, 'cloud/test-cloud.json': cloudModel({ name: 'os.environ/OPENAI_API_KEY' }) })
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    expect(r.annotations.map((f) => [f.file, f.rule])).toEqual(expect.arrayContaining([['model-store/cloud/deep.json', 'json-syntax'], ['model-store/cloud/test-cloud.json', 'no-environ-refs']]))
    expect(r.summaries.join('')).toContain('nesting deeper than 64 levels')
    expect(r.failed).toMatch(/error/)
    expect(res.comment).toBe('created')
  })

  it('refuses the deletion, and reports the untouched file whose replacement link it broke', async () => {
    const old = another('old-model', { deprecated: true, replacement: 'test-cloud', enabled: true })
    const { dir, base } = initRepo({ ...goodStore(), 'cloud/old-model.json': old })
    const head = commitPr(dir, { 'cloud/test-cloud.json': null })
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    expect(res.findings.map((f) => [f.file, f.rule, f.severity, f.message])).toEqual([
      ['model-store/cloud/old-model.json', 'deprecation', 'error', 'replacement "test-cloud" does not exist in the store'],
      ['model-store/cloud/old-model.json', 'deprecation', 'warning', 'deprecated model is still enabled by default'],
      ['model-store/cloud/test-cloud.json', 'deleted-model', 'error', expect.stringContaining('model "test-cloud" is deleted; the store deprecates models, it never deletes them. old-model')],
    ])
    expect(res.elsewhere).toBe(2)
    expect(res.changed).toEqual([{ id: 'test-cloud', kind: 'cloud', file: 'model-store/cloud/test-cloud.json', change: 'deleted' }])
    expect(r.outputs['changed-models']).toBe('[]')
    expect(r.summaries[0]).toMatch(/did not touch/)
  })

  it('reports warnings of changed files only; fail-on: warning fails on them', async () => {
    const warn = { replacement: 'test-local' } // replacement without deprecated: a warning
    const { dir, base } = initRepo({ ...goodStore(), 'cloud/other.json': another('other', warn) })
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel(warn) })
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    // other.json has the same warnings, but the change did not touch it
    expect(new Set(res.findings.map((f) => `${f.file} ${f.severity}`))).toEqual(new Set(['model-store/cloud/test-cloud.json warning']))
    expect(r.failed).toBeUndefined()
    const strict = new Recorder()
    await runCheck({ ...INPUTS, failOn: 'warning' }, prEnv(dir, base, head), strict, { github })
    expect(strict.failed).toContain(`${res.summary.warnings} warning(s) (fail-on: warning)`)
  })

  it('passes the added files to the new-submission tier', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, {
      'cloud/new-one.json': another('new-one'),
      'local/test-local.json': localModel({ name: 'Renamed' }),
    })
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    expect([...res.changes!.added]).toEqual(['model-store/cloud/new-one.json'])
    expect([...res.changes!.modified]).toEqual(['model-store/local/test-local.json'])
    expect(res.changed.map((c) => [c.id, c.kind, c.change])).toEqual([
      ['new-one', 'cloud', 'added'],
      ['test-local', 'local', 'modified'],
    ])
    expect(JSON.parse(r.outputs['changed-models'])).toEqual(['new-one', 'test-local'])
  })

  it('falls back to the API file list (paginated) when the base commit is not in the checkout', async () => {
    const { dir } = initRepo({ ...goodStore(), 'cloud/b.json': another('b', { context_window: 'x' }) })
    const head = git(dir, 'rev-parse', 'HEAD')
    const missing = 'f'.repeat(40)
    api.pullFiles.set(9, [
      apiFile('README.md', 'modified'),
      apiFile('model-store/local/test-local.json', 'added'),
      apiFile('model-store/cloud/test-cloud.json', 'renamed', 'model-store/cloud/gone.json'),
    ])
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, missing, head, 9), r, { github })
    expect(api.log.filter((l) => /\/pulls\/9\/files(\?|$)/.test(l.path)).length).toBe(2) // two pages of at most 2
    // A rename is a deletion and an addition.
    expect([...res.changes!.added].sort()).toEqual(['model-store/cloud/test-cloud.json', 'model-store/local/test-local.json'])
    expect([...res.changes!.deleted]).toEqual(['model-store/cloud/gone.json'])
    // b.json is broken but untouched: the PR is judged on what it changes, and deleting gone.json is refused.
    expect(res.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['model-store/cloud/gone.json deleted-model'])
  })

  it('checks every file when schemas/ changed', async () => {
    const { dir, base } = initRepo({ ...goodStore(), 'cloud/other.json': another('other', { replacement: 'test-local' }) })
    git(dir, 'checkout', '-q', '-b', 'pr')
    const { writeFileSync, readFileSync } = await import('node:fs')
    const p = `${dir}/schemas/cloud.schema.json`
    writeFileSync(p, readFileSync(p, 'utf8') + '\n')
    git(dir, 'commit', '-qam', 'schema')
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, git(dir, 'rev-parse', 'HEAD')), r, { github })
    expect(res.changes!.everything).toContain('schemas/cloud.schema.json changed')
    expect(new Set(res.findings.map((f) => `${f.file} ${f.severity}`))).toEqual(new Set(['model-store/cloud/other.json warning']))
    expect(r.summaries[0]).toContain('schemas/cloud.schema.json changed')
  })
})

describe('check mode on other events', () => {
  it('push: the pushed range; an all-zero before: everything', async () => {
    const { dir, base } = initRepo({ ...goodStore(), 'cloud/other.json': another('other', { replacement: 'test-local' }) })
    const after = commitPr(dir, { 'local/test-local.json': localModel({ name: 'Changed' }) })
    const env = (before: string): RunEnv => ({ eventName: 'push', payload: { before, after, ref: 'refs/heads/pr' }, workspace: dir, repo: { owner: api.owner, repo: api.repo } })
    const ranged = await runCheck(INPUTS, env(base), new Recorder(), { github })
    expect(ranged.changes!.everything).toBeUndefined()
    expect([...ranged.changes!.modified]).toEqual(['model-store/local/test-local.json'])
    // other.json names the changed model as its replacement: its link findings are the change's to see.
    expect(new Set(ranged.findings.map((f) => `${f.file} ${f.rule} ${f.severity}`))).toEqual(new Set(['model-store/cloud/other.json deprecation warning']))
    expect(ranged.comment).toBe('not-a-pr')
    const created = await runCheck(INPUTS, env('0'.repeat(40)), new Recorder(), { github })
    expect(created.changes).toBeUndefined()
    expect(new Set(created.findings.map((f) => `${f.file} ${f.severity}`))).toEqual(new Set(['model-store/cloud/other.json warning']))
  })

  it('workflow_dispatch: everything, and no API call at all', async () => {
    const { dir } = initRepo(goodStore())
    const res = await runCheck(INPUTS, { eventName: 'workflow_dispatch', payload: {}, workspace: dir }, new Recorder(), { github })
    expect(res.changes).toBeUndefined()
    expect(res.summary.files).toBe(2)
    expect(api.log).toEqual([])
  })
})

describe('annotations and the summary', () => {
  it('annotates the first 10 errors and lists all of them in the summary', async () => {
    const files: Record<string, unknown> = {}
    for (let i = 0; i < 12; i++) files[`cloud/m${String(i).padStart(2, '0')}.json`] = another(`m${String(i).padStart(2, '0')}`, { context_window: 'big' })
    const { dir } = initRepo(files)
    const r = new Recorder()
    const res = await runCheck(INPUTS, { eventName: 'workflow_dispatch', payload: {}, workspace: dir }, r)
    expect(res.summary.errors).toBe(12)
    expect(r.annotations).toHaveLength(10)
    expect(r.summaries[0].split('\n').filter((l) => l.startsWith('| model-store/'))).toHaveLength(12)
    expect(r.infos.join('\n')).toContain('2 more error(s)')
  })

  it('gives the annotation slots to the changed files first', async () => {
    const files: Record<string, unknown> = { ...goodStore() }
    // Eleven untouched models whose replacement the PR deletes: each link breaks.
    for (let i = 0; i < 11; i++) files[`cloud/a${String(i).padStart(2, '0')}.json`] = another(`a${String(i).padStart(2, '0')}`, { deprecated: true, replacement: 'test-cloud', enabled: false })
    const { dir, base } = initRepo(files)
    const head = commitPr(dir, { 'cloud/test-cloud.json': null })
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    expect(res.summary.errors).toBe(12)
    expect(res.elsewhere).toBe(11)
    expect(r.annotations).toHaveLength(10)
    expect(r.annotations[0].file).toBe('model-store/cloud/test-cloud.json')
  })

  it('escapes hostile text so it cannot break the table, inject HTML or mention anyone', async () => {
    const evil = '<img src=x onerror=alert(1)>|@everyone\n| forged | row |'
    const { dir, base } = initRepo(goodStore())
    const text = JSON.stringify(cloudModel(), null, 2).replace('"name"', `${JSON.stringify(evil)}: 1,\n  "name"`)
    const head = commitPr(dir, { 'cloud/test-cloud.json': text })
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    expect(res.findings.some((f) => f.message.includes('<img'))).toBe(true)
    const summary = r.summaries[0]
    expect(summary).not.toContain('<img')
    expect(summary).not.toContain('@everyone')
    const rows = summary.split('\n').filter((l) => l.startsWith('| model-store/'))
    expect(rows).toHaveLength(res.findings.length)
    // every row keeps exactly five cells: no unescaped pipe
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(7)
    const comment = api.comments.get(7)![0].body
    expect(comment).not.toContain('<img')
    expect(comment).not.toContain('@everyone')
  })
})

describe('the PR comment', () => {
  it('is created once, updated in place, and marked resolved when the PR is fixed', async () => {
    const { dir, base } = initRepo(goodStore())
    const head1 = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    expect((await runCheck(INPUTS, prEnv(dir, base, head1), new Recorder(), { github })).comment).toBe('created')
    expect((await runCheck(INPUTS, prEnv(dir, base, head1), new Recorder(), { github })).comment).toBe('unchanged')
    const head2 = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '500k' }) })
    expect((await runCheck(INPUTS, { ...prEnv(dir, base, head2) }, new Recorder(), { github })).comment).toBe('updated')
    expect(api.comments.get(7)).toHaveLength(1)
    expect(api.comments.get(7)![0].body).toContain('500k')
    const head3 = commitPr(dir, { 'cloud/test-cloud.json': cloudModel() })
    const fixed = new Recorder()
    expect((await runCheck(INPUTS, prEnv(dir, base, head3), fixed, { github })).comment).toBe('updated')
    expect(fixed.failed).toBeUndefined()
    const [only] = api.comments.get(7)!
    expect(only.body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(only.body).toMatch(/Resolved: every model check passes/)
    expect(only.body).not.toContain('400k')
  })

  it('is not created for a clean PR', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ name: 'Fine' }) })
    const res = await runCheck(INPUTS, prEnv(dir, base, head), new Recorder(), { github })
    expect(res.comment).toBe('skipped')
    expect(api.comments.get(7) ?? []).toEqual([])
  })

  it('finds its own comment among others (paginated), prefers the bot, and removes duplicates', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    const r = new Recorder()
    await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    const [ours] = api.comments.get(7)!
    const human = { ...ours, id: 1, user: HUMAN, body: `${COMMENT_MARKER} pasted by a human` }
    const other = { ...ours, id: 2, user: HUMAN, body: 'LGTM' }
    const dupe = { ...ours, id: 3, body: `${COMMENT_MARKER} stale` }
    api.comments.set(7, [human, other, ours, dupe])
    await runCheck(INPUTS, prEnv(dir, base, head), new Recorder(), { github })
    expect(api.comments.get(7)!.map((c) => [c.id, c.body.slice(0, 40)])).toEqual([
      [1, `${COMMENT_MARKER} pasted by a human`.slice(0, 40)],
      [2, 'LGTM'],
      [ours.id, ours.body.slice(0, 40)],
    ])
  })

  it('with a personal token (comments by a user), updates the first marked comment and deletes none', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    await runCheck(INPUTS, prEnv(dir, base, head), new Recorder(), { github })
    const [ours] = api.comments.get(7)!
    const mine = { ...ours, id: 10, user: HUMAN, body: `${COMMENT_MARKER} old report` }
    const again = { ...ours, id: 11, user: HUMAN, body: `${COMMENT_MARKER} another` }
    api.comments.set(7, [mine, again])
    expect((await runCheck(INPUTS, prEnv(dir, base, head), new Recorder(), { github })).comment).toBe('updated')
    expect(api.comments.get(7)!.map((c) => [c.id, c.body.includes('400k')])).toEqual([
      [10, true],
      [11, false],
    ])
    expect(api.log.filter((l) => l.method === 'DELETE')).toEqual([])
  })

  it('is skipped with a notice when the token may not write (a fork PR), and the check still reports', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    api.deny.set('createComment', 403)
    const r = new Recorder()
    const res = await runCheck(INPUTS, prEnv(dir, base, head), r, { github })
    expect(res.comment).toBe('no-permission')
    expect(r.notices.join('\n')).toMatch(/PR comment skipped.*HTTP 403.*fork/)
    expect(r.failed).toMatch(/1 error/)
    expect(r.annotations).toHaveLength(1)
    api.deny.set('listComments', 404)
    expect((await runCheck(INPUTS, prEnv(dir, base, head), new Recorder(), { github })).comment).toBe('no-permission')
  })

  it('is off with comment: false, and skipped with a notice without a token', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/test-cloud.json': cloudModel({ context_window: '400k' }) })
    expect((await runCheck({ ...INPUTS, comment: false }, prEnv(dir, base, head), new Recorder(), { github })).comment).toBe('disabled')
    const r = new Recorder()
    expect((await runCheck(INPUTS, prEnv(dir, base, head), r, {})).comment).toBe('no-permission')
    expect(r.notices[0]).toMatch(/no github-token/)
    expect(api.log.filter((l) => l.method !== 'GET')).toEqual([])
  })
})

describe('inputs and modes', () => {
  const inputs = (m: Record<string, string>) => (name: string) => m[name] ?? ''
  it('reads defaults, and refuses values that are not allowed', () => {
    expect(readCheckInputs(inputs({}))).toEqual({ storePath: 'model-store', schemasPath: undefined, policyPath: undefined, comment: true, failOn: 'error', online: false })
    expect(readCheckInputs(inputs({ 'schemas-path': 'my/schemas', comment: 'False', online: 'true', 'fail-on': 'warning', 'policy-path': 'p.json' }))).toEqual({
      storePath: 'model-store',
      schemasPath: 'my/schemas',
      policyPath: 'p.json',
      comment: false,
      failOn: 'warning',
      online: true,
    })
    expect(() => readCheckInputs(inputs({ comment: 'yes' }))).toThrow(/comment must be true or false/)
    expect(() => readCheckInputs(inputs({ 'fail-on': 'notice' }))).toThrow(/fail-on must be one of error, warning/)
  })

  it('dispatches on mode, and refuses an unknown one', async () => {
    const { dir } = initRepo(goodStore())
    const ctx = (mode: string) => ({ inputs: inputs({ mode }), env: { eventName: 'workflow_dispatch', payload: {}, workspace: dir }, reporter: new Recorder() })
    const ok = ctx('check')
    await runMode(ok)
    expect(ok.reporter.outputs.errors).toBe('0')
    const empty = ctx('')
    await runMode(empty)
    expect(empty.reporter.outputs['changed-models']).toBe('[]')
    await expect(runMode(ctx('release'))).rejects.toThrow(/mode release needs github-token/)
    await expect(runMode(ctx('__proto__'))).rejects.toThrow(/unknown mode "__proto__"/)
    await expect(runMode(ctx('publish'))).rejects.toBeInstanceOf(CurateError)
  })

  it('refuses a policy-path that does not exist, and a missing store, as CurateErrors', async () => {
    const { dir } = initRepo(goodStore())
    const env: RunEnv = { eventName: 'workflow_dispatch', payload: {}, workspace: dir }
    await expect(runCheck({ ...INPUTS, policyPath: 'nope.json' }, env, new Recorder())).rejects.toThrow(/policy file not found: nope.json/)
    await expect(runCheck({ ...INPUTS, storePath: 'elsewhere' }, env, new Recorder())).rejects.toBeInstanceOf(CurateError)
  })

  it('uses the schemas shipped with the Action when the store repo has none', async () => {
    const { dir } = initRepo({ 'cloud/test-cloud.json': cloudModel({ context_window: 'x' }) }, { schemas: false })
    const res = await runCheck(readCheckInputs(inputs({ 'schemas-path': 'schemas' })), { eventName: 'workflow_dispatch', payload: {}, workspace: dir }, new Recorder())
    expect(res.findings.map((f) => [f.rule, f.line])).toEqual([['schema', 7]])
  })
})

function apiFile(filename: string, status: 'added' | 'modified' | 'renamed' | 'removed', previous?: string) {
  return {
    sha: 'a'.repeat(40),
    filename,
    status,
    additions: 3,
    deletions: status === 'added' ? 0 : 1,
    changes: 4,
    blob_url: `https://github.com/leger-labs/leger-curate/blob/${'b'.repeat(40)}/${filename}`,
    raw_url: `https://github.com/leger-labs/leger-curate/raw/${'b'.repeat(40)}/${filename}`,
    contents_url: `https://api.github.com/repos/leger-labs/leger-curate/contents/${filename}?ref=${'b'.repeat(40)}`,
    patch: '@@ -1 +1 @@',
    ...(previous ? { previous_filename: previous } : {}),
  }
}
