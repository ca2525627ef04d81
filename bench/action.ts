/**
 * node --import tsx bench/action.ts: wall time of the built Action (dist/action/index.js) in
 * check mode, run as the runner runs it, on a pull request that changes one model of a
 * synthetic store (git diff of base...head) and on a workflow_dispatch (every file).
 * No API calls: comment is off and the history is complete.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const ACTION = path.join(ROOT, 'dist/action/index.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' } }).trim()

function runAction(dir: string, event: string, payload: object): { ms: number; code: number | null } {
  const eventFile = path.join(dir, '..', 'event.json')
  writeFileSync(eventFile, JSON.stringify(payload))
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'o/r', GITHUB_STEP_SUMMARY: path.join(dir, '..', 'summary.md'), GITHUB_OUTPUT: path.join(dir, '..', 'output'), INPUT_MODE: 'check', INPUT_COMMENT: 'false', 'INPUT_SCHEMAS-PATH': 'schemas', 'INPUT_STORE-PATH': 'model-store', 'INPUT_FAIL-ON': 'error', INPUT_ONLINE: 'false' }
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [ACTION], { cwd: dir, env, stdio: 'ignore' })
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, code: r.status }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const templates = readTemplates(path.join(ROOT, 'model-store'))
console.log(`Action check mode, wall time (median of ${RUNS}), Node ${process.version}; bundle ${(statSync(ACTION).size / 1e6).toFixed(2)} MB`)
console.log('models   pull_request (1 file changed)   workflow_dispatch (all files)')
for (const n of [templates.length, 1000, 10000]) {
  const top = mkdtempSync(path.join(tmpdir(), `leger-bench-action-${n}-`))
  const dir = path.join(top, 'ws')
  try {
    execFileSync('mkdir', ['-p', dir])
    writeSyntheticStore(dir, templates, n)
    execFileSync('cp', ['-r', path.join(ROOT, 'schemas'), dir])
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'base')
    const base = git(dir, 'rev-parse', 'HEAD')
    const first = git(dir, 'ls-files', 'model-store/cloud').split('\n')[0]
    const data = JSON.parse(readFileSync(path.join(dir, first), 'utf8'))
    data.context_window = 'lots'
    writeFileSync(path.join(dir, first), JSON.stringify(data, null, 2) + '\n')
    git(dir, 'commit', '-qam', 'break one field')
    const head = git(dir, 'rev-parse', 'HEAD')
    const pr: number[] = []
    const all: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const a = runAction(dir, 'pull_request', { pull_request: { number: 1, base: { sha: base }, head: { sha: head } } })
      if (a.code !== 1) console.log(`  (pull_request run exited ${a.code}, expected 1)`)
      pr.push(a.ms)
      const b = runAction(dir, 'workflow_dispatch', {})
      all.push(b.ms)
    }
    console.log(`${String(n).padStart(6)}   ${median(pr).toFixed(0).padStart(10)} ms ${''.padEnd(18)}${median(all).toFixed(0).padStart(10)} ms`)
  } finally {
    rmSync(top, { recursive: true, force: true })
  }
}
