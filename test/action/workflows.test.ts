/**
 * action.yml and every workflow, read as the runner reads them: this repository's own and the
 * ones `leger-curate init` writes into a store repository. The rules that keep a pull request
 * from subverting its own check hold for all of them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readCheckInputs } from '../../src/action/check.js'
import { MODES } from '../../src/action/main.js'
import { initPlan, WORKFLOWS } from '../../src/core/init-plan.js'
import { PINS } from '../../src/core/action-pins.js'
import { ROOT } from '../helpers.js'

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; id?: string }
type Job = { steps: Step[]; 'timeout-minutes'?: number; if?: string; permissions?: unknown }
type Workflow = { on: Record<string, any>; jobs: Record<string, Job>; permissions?: Record<string, string> }

const load = (p: string) => parse(readFileSync(path.join(ROOT, p), 'utf8')) as Record<string, any>

const BUILD = { name: 'leger-curate', version: '1.2.3', tag: 'v1.2.3', commit: 'a'.repeat(40), action: 'leger-labs/leger-curate' }
const own = readdirSync(path.join(ROOT, '.github/workflows'))
  .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
  .map((f) => ({ name: `.github/workflows/${f}`, text: readFileSync(path.join(ROOT, '.github/workflows', f), 'utf8') }))
const scaffolded = initPlan({ guide: '', build: BUILD })
  .filter((f) => f.path.startsWith(`${WORKFLOWS}/`))
  .map((f) => ({ name: `init: ${f.path}`, text: f.content }))
const ALL = [...own, ...scaffolded]
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps)
const PINNED = new Map<string, { sha: string; version: string }>(Object.values(PINS).map((p) => [p.action, p]))

describe('action.yml', () => {
  const action = load('action.yml')
  it('runs the bundle on node24 and declares every input the code reads', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' })
    const read = new Set<string>(['mode', 'github-token'])
    readCheckInputs((name) => {
      read.add(name)
      return ''
    })
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining([...read]))
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}')
    expect(action.inputs.online.default).toBe('false')
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['changed-models', 'errors', 'warnings']))
  })
  it('describes the modes the dispatcher knows', () => {
    for (const mode of Object.keys(MODES)) expect(action.inputs.mode.description).toContain(mode)
  })
})

describe.each(ALL)('$name', ({ text }) => {
  const wf = parse(text) as Workflow

  it('pins every action not in this repository by full commit SHA, with its version in a comment', () => {
    const lines = text.split('\n').filter((l) => /^\s*-?\s*uses:/.test(l))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      const [, ref] = /uses:\s*(\S+)/.exec(line)!
      if (ref.startsWith('./')) continue
      expect(line, line).toMatch(/uses:\s*[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/)
      // Third-party actions: the one table's pins (verified against the actions' tags).
      const [action, sha] = ref.split('@')
      const pin = PINNED.get(action)
      if (action !== BUILD.action) {
        expect(pin, `${action} is not in src/core/action-pins.ts`).toBeDefined()
        expect(`${sha} # ${/# (\S+)/.exec(line)![1]}`).toBe(`${pin!.sha} # ${pin!.version}`)
      }
    }
  })

  it('checks out without keeping credentials, bounds every job, and never runs ${{ }} in a shell', () => {
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job['timeout-minutes'], `job ${name} has no timeout-minutes`).toBeGreaterThan(0)
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], `job ${name}: checkout keeps credentials`).toBe(false)
        // Step outputs and event fields reach scripts through env:, so a value cannot become shell code.
        if (step.run) expect(step.run, `job ${name}: \${{ }} inside run:`).not.toContain('${{')
      }
    }
  })

  it('never uses pull_request_target, and releases only by hand from the default branch', () => {
    expect(Object.keys(wf.on)).not.toContain('pull_request_target')
    const releases = Object.values(wf.jobs).some((j) => j.steps.some((s) => s.with?.mode === 'release' || /gh release create|npm publish/.test(s.run ?? '')))
    if (releases) {
      expect(Object.keys(wf.on)).toEqual(['workflow_dispatch'])
      for (const job of Object.values(wf.jobs)) expect(job.if).toBe('github.ref_name == github.event.repository.default_branch')
    }
  })
})

describe("this repository's PR check", () => {
  const wf = load('.github/workflows/pr-check.yml') as Workflow
  it('judges the PR head with the toolkit as of the base commit, never the PR\'s own dist/', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request'])
    expect(wf.on.pull_request.paths).toEqual(['model-store/**', 'schemas/**', 'curation.config.json'])
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const all = steps(wf)
    const checkouts = all.filter((s) => s.uses?.startsWith('actions/checkout@'))
    expect(checkouts[0].with).toMatchObject({ 'fetch-depth': 0 })
    expect(checkouts[0].with?.ref).toBeUndefined()
    const judge = checkouts.find((s) => s.with?.ref === '${{ github.event.pull_request.base.sha }}')
    expect(judge?.with?.path).toBe('.leger-toolkit')
    const checker = all.find((s) => s.with?.mode === 'check')
    expect(checker?.uses).toBe('./.leger-toolkit')
    expect(all.some((s) => s.uses === './')).toBe(false)
    // The judge is checked out after the PR (a later checkout of the root would wipe it).
    expect(all.indexOf(judge!)).toBeGreaterThan(all.indexOf(checkouts[0]))
  })
})

describe('ci and releases', () => {
  it('ci installs, tests and checks dist on push and PR, without husky', () => {
    const wf = load('.github/workflows/ci.yml')
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push'])
    expect(String(wf.env.HUSKY)).toBe('0')
    const runs = Object.values(wf.jobs as Record<string, Job>).flatMap((j) => j.steps.map((s) => s.run).filter(Boolean))
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm test', 'npm run check-dist']))
  })
  it("the toolkit's release builds, tests and packs before it tags v<version> and moves v<major>", () => {
    const wf = load('.github/workflows/toolkit-release.yml') as Workflow
    const runs = steps(wf).map((s) => s.run ?? '')
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r))
    expect(at(/^npm ci$/)).toBeGreaterThan(-1)
    for (const before of [/^npm ci$/, /^npm run check-dist$/, /^npm test$/, /npm pack/]) expect(at(before)).toBeLessThan(at(/gh release create/))
    expect(runs[at(/gh release create/)]).toMatch(/refs\/tags\/\$MAJOR/)
  })
  it('the scaffolded check runs the released Action, pinned to the packed commit', () => {
    const check = scaffolded.find((w) => w.name.endsWith('leger-curate-check.yml'))!
    expect(check.text).toContain(`uses: leger-labs/leger-curate@${BUILD.commit} # v1.2.3\n`)
    expect(Object.keys((parse(check.text) as Workflow).on)).toEqual(['pull_request'])
  })
})
