/**
 * The cost of the hooks on a commit: a bare `git commit` (HUSKY=0) against the same commit with
 * the pre-commit and commit-msg hooks on, in repositories set up as a user gets them (bundle,
 * schemas, .husky copied in, husky's installer run). Three cases:
 *   (a) the bundled store, one model file staged;
 *   (b) a 10,000-model synthetic store, one model file staged;
 *   (c) a commit touching no store file (the bundled store present).
 * Goals (issue 15), on the median wall time a commit gains: (a) at most +100 ms, (b) at most
 * +250 ms, (c) at most +10 ms. Commits alternate bare and hooked, after one warm-up pair.
 * Run: node --import tsx bench/hook.ts   (BENCH_RUNS=N to change the number of commits)
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { childEnv, goal, machine, median, msSince } from './measure.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 15)

/** No GIT_* or HUSKY from the caller, no user or system git config. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const out = childEnv()
  for (const k of Object.keys(out)) if (k.startsWith('GIT_') || k === 'HUSKY') delete out[k]
  return { ...out, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...extra }
}

function run(cwd: string, cmd: string, args: string[], extra?: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { cwd, env: env(extra), encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stdout}${r.stderr}`)
}

function hookedRepo(dir: string, fillStore: (dir: string) => void): void {
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'))
  cpSync(path.join(ROOT, 'dist/cli'), path.join(dir, 'dist/cli'), { recursive: true })
  cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true })
  cpSync(path.join(ROOT, '.husky'), path.join(dir, '.husky'), { recursive: true, filter: (src) => !src.includes(`${path.sep}_`) })
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true })
  cpSync(path.join(ROOT, 'curation.config.json'), path.join(dir, 'curation.config.json'))
  fillStore(dir)
  run(dir, 'git', ['init', '-q', '-b', 'main'])
  run(dir, 'git', ['config', 'user.name', 'Bench'])
  run(dir, 'git', ['config', 'user.email', 'bench@example.test'])
  run(dir, process.execPath, [path.join(ROOT, 'node_modules/husky/bin.js')])
  run(dir, 'git', ['add', '-A'])
  run(dir, 'git', ['commit', '-q', '-n', '-m', 'chore: initial store'])
  // Objects packed, as in a fresh clone.
  run(dir, 'git', ['repack', '-adq'])
}

interface Case {
  label: string
  /** The most a hooked commit may add to a bare one (median wall time, ms). */
  goal: number
  /** Makes one change and stages it; returns the commit message. */
  change(i: number): string
}

interface Sample {
  wall: number
  /** CPU time (user + sys) of git and everything it ran: steady while other jobs load the machine. */
  cpu: number
}

/** One `git commit`, timed: wall clock, and CPU of the process tree (the shell's `times`). */
function commitTimed(dir: string, message: string, extra: NodeJS.ProcessEnv): Sample {
  const t0 = process.hrtime.bigint()
  const r = spawnSync('sh', ['-c', 'git commit -q -m "$1" || exit $?; times', 'sh', message], { cwd: dir, env: env(extra), encoding: 'utf8' })
  const wall = msSince(t0)
  if (r.status !== 0) throw new Error(`git commit failed in ${dir}:\n${r.stdout}${r.stderr}`)
  // `times` prints the shell's own user/sys, then its children's: "0m0.123s 0m0.045s".
  const children = r.stdout.trim().split('\n').pop() ?? ''
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0)
  return { wall, cpu }
}

interface Result {
  case: Case
  bare: Sample[]
  hooked: Sample[]
}

/** Commits alternate bare and hooked so drift in machine load hits both alike; the first pair warms up. */
function measure(dir: string, c: Case): Result {
  const bare: Sample[] = []
  const hooked: Sample[] = []
  for (let i = 0; i < (RUNS + 1) * 2; i++) {
    const message = c.change(i)
    const on = i % 2 === 1
    const sample = commitTimed(dir, message, on ? {} : { HUSKY: '0' })
    if (i >= 2) (on ? hooked : bare).push(sample)
  }
  return { case: c, bare, hooked }
}

/** Lowers max_output of one cloud model: a valid one-line change. */
function modelChange(dir: string, rel: string): (i: number) => string {
  const file = path.join(dir, rel)
  const original = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  return (i) => {
    const m = { ...original }
    m.max_output = Number(m.max_output) - 1 - i
    writeFileSync(file, JSON.stringify(m, null, 2) + '\n')
    run(dir, 'git', ['add', rel])
    return `chore: update ${String(m.name)} max output`
  }
}

export function benchHook(): void {
  const base = mkdtempSync(path.join(tmpdir(), 'leger-bench-hook-'))
  const templates = readTemplates(path.join(ROOT, 'model-store'))
  const results: Result[] = []
  try {
    const bundled = path.join(base, 'bundled')
    mkdirSync(bundled)
    hookedRepo(bundled, (d) => cpSync(path.join(ROOT, 'model-store'), path.join(d, 'model-store'), { recursive: true }))
    // A cloud model with max_output, the field each commit changes.
    const cloud = templates.find((t) => t.kind === 'cloud' && typeof t.data.max_output === 'number')!
    const first = `model-store/cloud/${String(cloud.data.id)}.json`
    results.push(measure(bundled, { label: `(a) bundled store (${templates.length} models), 1 file staged`, goal: 100, change: modelChange(bundled, first) }))

    const big = path.join(base, 'synthetic')
    mkdirSync(big)
    hookedRepo(big, (d) => writeSyntheticStore(d, templates, 10_000))
    const clone = `model-store/cloud/${String(cloud.data.id)}-s${templates.indexOf(cloud)}.json`
    results.push(measure(big, { label: '(b) synthetic store (10,000 models), 1 file staged', goal: 250, change: modelChange(big, clone) }))

    results.push(
      measure(bundled, {
        label: '(c) bundled store, no store file staged',
        goal: 10,
        change: (i) => {
          writeFileSync(path.join(bundled, 'NOTES.md'), `note ${i}\n`)
          run(bundled, 'git', ['add', 'NOTES.md'])
          return `docs: note ${i}`
        },
      }),
    )
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
  console.log(`git commit, bare (HUSKY=0) vs hooks on: median of ${RUNS} commits each after a warm-up pair, alternating`)
  console.log('case                                                  wall: bare  hooked   added │ cpu: bare  hooked   added')
  const added = (r: Result, k: keyof Sample) => [median(r.bare.map((x) => x[k])), median(r.hooked.map((x) => x[k]))]
  for (const r of results) {
    const row = (k: keyof Sample) => {
      const [b, h] = added(r, k)
      return `${b.toFixed(0).padStart(5)} ${h.toFixed(0).padStart(7)} ${(h - b).toFixed(0).padStart(7)} ms`
    }
    console.log(`${r.case.label.padEnd(54)}${row('wall')} │ ${row('cpu')}`)
  }
  for (const r of results) {
    const [b, h] = added(r, 'wall')
    console.log(`  ${r.case.label}: added wall time ${goal(h - b, r.case.goal, (x) => `${x < 0 ? '' : '+'}${x.toFixed(0)} ms`)}`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(machine())
  benchHook()
}
