/**
 * node --import tsx bench/action.ts: wall time of the built Action (dist/action/index.js) in
 * check mode, run as the runner runs it, on a pull request that changes one model of a
 * synthetic store (git diff of base...head) and on a workflow_dispatch (every file).
 * No API calls: comment is off and the history is complete. bench/run.ts uses actionRepo and
 * runAction for its start-up goal on the bundled store.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { alternate, childEnv, machine, summary, timed, type Run } from './measure.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const ACTION = path.join(ROOT, 'dist/action/index.js')

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: childEnv({ GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' }) }).trim()

/**
 * A workspace at `dir` (its parent holds the event and output files): `fill` writes the store,
 * the repository's schemas are copied in, and a second commit breaks one field of the first
 * cloud model (so a pull request check has one finding to report).
 */
export function actionRepo(dir: string, fill: (dir: string) => void): { base: string; head: string } {
  mkdirSync(dir, { recursive: true })
  fill(dir)
  cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  const first = git(dir, 'ls-files', 'model-store/cloud').split('\n')[0]
  const data = JSON.parse(readFileSync(path.join(dir, first), 'utf8')) as Record<string, unknown>
  data.context_window = 'lots'
  writeFileSync(path.join(dir, first), JSON.stringify(data, null, 2) + '\n')
  git(dir, 'commit', '-qam', 'break one field')
  return { base, head: git(dir, 'rev-parse', 'HEAD') }
}

/**
 * One check-mode run, with the runner's environment and nothing else; exits 1 on the broken field.
 * The runner creates the summary and output files before a step: the Action appends to them, and
 * the output's error count shows that the run checked the store (not an internal error).
 */
export function runAction(dir: string, event: string, payload: object): Run {
  const [eventFile, summaryFile, outputFile] = ['event.json', 'summary.md', 'output'].map((n) => path.join(dir, '..', n))
  writeFileSync(eventFile, JSON.stringify(payload))
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'o/r', GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, INPUT_MODE: 'check', INPUT_COMMENT: 'false', 'INPUT_SCHEMAS-PATH': 'schemas', 'INPUT_STORE-PATH': 'model-store', 'INPUT_FAIL-ON': 'error', INPUT_ONLINE: 'false' }
  const run = timed({ cmd: process.execPath, args: [ACTION], cwd: dir, env, code: 1 })
  const errors = /^errors<<(\S+)\n(\d+)\n\1$/m.exec(readFileSync(outputFile, 'utf8'))?.[2]
  if (errors !== '1') throw new Error(`the Action's ${event} run reported ${errors ?? 'no'} errors, expected 1:\n${readFileSync(outputFile, 'utf8')}`)
  return run
}

export const pullRequest = (refs: { base: string; head: string }) => ({ pull_request: { number: 1, base: { sha: refs.base }, head: { sha: refs.head } } })

function main(): void {
  const runs = Number(process.env.BENCH_RUNS ?? 3)
  const templates = readTemplates(path.join(ROOT, 'model-store'))
  console.log(`Action check mode, wall time (median of ${runs}); ${machine()}; bundle ${(statSync(ACTION).size / 1e6).toFixed(2)} MB`)
  console.log('models   pull_request (1 file changed)   workflow_dispatch (all files)')
  for (const n of [templates.length, 1000, 10000]) {
    const top = mkdtempSync(path.join(tmpdir(), `leger-bench-action-${n}-`))
    try {
      const dir = path.join(top, 'ws')
      const refs = actionRepo(dir, (d) => writeSyntheticStore(d, templates, n))
      const r = alternate(runs, { pr: () => runAction(dir, 'pull_request', pullRequest(refs)), all: () => runAction(dir, 'workflow_dispatch', {}) })
      console.log(`${String(n).padStart(6)}   ${summary(r.pr).ms.toFixed(0).padStart(10)} ms ${''.padEnd(18)}${summary(r.all).ms.toFixed(0).padStart(10)} ms`)
    } finally {
      rmSync(top, { recursive: true, force: true })
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
