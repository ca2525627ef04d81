/** action.yml and the repo's workflows, read as the runner reads them. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readCheckInputs } from '../../src/action/check.js'
import { MODES } from '../../src/action/main.js'
import { ROOT } from '../helpers.js'

const load = (p: string) => parse(readFileSync(path.join(ROOT, p), 'utf8')) as Record<string, any>

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

describe('workflows', () => {
  it('pr-check runs this Action in check mode on plain pull_request, with least privilege and the full history', () => {
    const wf = load('.github/workflows/pr-check.yml')
    expect(Object.keys(wf.on)).toEqual(['pull_request'])
    expect(wf.on.pull_request.paths).toEqual(['model-store/**', 'schemas/**', 'curation.config.json'])
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const steps = Object.values(wf.jobs as Record<string, { steps: any[] }>).flatMap((j) => j.steps)
    const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@'))
    expect(checkout.with['fetch-depth']).toBe(0)
    expect(steps.find((s) => s.uses === './').with.mode).toBe('check')
  })
  it('ci installs, tests and checks dist on push and PR, without husky', () => {
    const wf = load('.github/workflows/ci.yml')
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push'])
    expect(String(wf.env.HUSKY)).toBe('0')
    const runs = Object.values(wf.jobs as Record<string, { steps: any[] }>).flatMap((j) => j.steps.map((s) => s.run).filter(Boolean))
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm test', 'npm run check-dist']))
  })
  it('pins every third-party action to a major version at least, and never uses pull_request_target', () => {
    for (const f of ['ci.yml', 'pr-check.yml']) {
      const text = readFileSync(path.join(ROOT, '.github/workflows', f), 'utf8')
      expect(Object.keys(load(`.github/workflows/${f}`).on)).not.toContain('pull_request_target')
      for (const [, ref] of text.matchAll(/uses:\s*(\S+)/g)) if (ref !== './') expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/)
    }
  })
})
