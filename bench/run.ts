/**
 * npm run bench: issue 15's speed goals, each figure printed with its goal and "met" or "not met".
 * Goals are measured here, never asserted by a test: speed never changes a verdict.
 *
 *  validate  On synthetic stores (bench/synthetic.ts) of 1,000, 10,000 and 100,000 models, healthy
 *            (no findings) and failing (one schema error in every file): `leger-curate validate`
 *            (every offline rule) against ajv-cli (the schema only, one run per kind: wall times
 *            summed, peak memory the larger) and against the floor (bench/floor.mjs: read, parse,
 *            prebuilt validator, nothing else). Medians of wall time, peak RSS, their ratios, and
 *            growth from 10,000 to 100,000 models. Goals at 10,000 and 100,000: at most 0.5x
 *            ajv-cli's time and 1.5x the floor's; 10x the models at most 10x the time; at 100,000,
 *            peak memory at most 2x ajv-cli's.
 *  startup   On the bundled store, over bare `node -e 0`: the Action's check mode (a pull request
 *            changing one file, and a workflow_dispatch) and `render` of the minimal blueprint,
 *            each at most +60 ms.
 *  hook      bench/hook.ts: what the hooks add to a commit (+100 ms bundled, +250 ms at 10,000
 *            models, +10 ms for a commit with no store file).
 *
 * Every command runs as a child process, timed whole (start-up included), without
 * NODE_EXTRA_CA_CERTS (see measure.ts); runs alternate between the commands compared, after one
 * warm-up of each. Stores live in os.tmpdir() and are removed when done.
 *
 *   npm run bench                                  everything
 *   node --import tsx bench/run.ts validate|startup|hook   one part
 *   BENCH_SIZES=1000,10000   store sizes (default 1000,10000,100000)
 *   BENCH_RUNS=N             runs of each command (default: validate 5, 3 at 100,000; startup and hook 15)
 *
 * Other benchmarks: bench/render.ts (npm run bench:render), bench/action.ts (synthetic stores),
 * bench/add.ts, bench/audit.ts, bench/quality.ts.
 */
import { cpSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { actionRepo, pullRequest, runAction } from './action.js'
import { benchHook } from './hook.js'
import { alternate, childEnv, goal, goalsMet, machine, summary, timed, type Run } from './measure.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const AJV = path.join(ROOT, 'node_modules/.bin/ajv')
const FLOOR = path.join(ROOT, 'bench/floor.mjs')
const SCHEMAS = path.join(ROOT, 'schemas')
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const runs = (fallback: number) => Number(process.env.BENCH_RUNS ?? fallback)

const n$ = (n: number) => n.toLocaleString('en-US')
const mib = (kib: number) => kib / 1024
const times = (x: number) => `${x.toFixed(1)}x`

// --- validate ---------------------------------------------------------------------------------

const validateArgs = [CLI, 'validate', '--format', 'json', '--schemas', SCHEMAS]

/** Schema only, one run per kind, as a store's CI would call ajv-cli. */
function ajvCli(dir: string, code: number): Run {
  const parts = ['cloud', 'local'].map((kind) =>
    timed({ cmd: AJV, args: ['validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors', '--allow-union-types', '-s', path.join(SCHEMAS, `${kind}.schema.json`), '-r', path.join(SCHEMAS, 'common.schema.json'), '-d', `model-store/${kind}/*.json`], cwd: dir, code }),
  )
  return { ms: parts.reduce((sum, r) => sum + r.ms, 0), peakKiB: Math.max(...parts.map((r) => r.peakKiB)) }
}

/** The store is what it claims: every file checked, and none (healthy) or each (failing) with an error. Untimed. */
function checkVerdict(dir: string, n: number, failing: boolean): void {
  const report = path.join(dir, 'report.json')
  const fd = openSync(report, 'w')
  try {
    spawnSync(process.execPath, validateArgs, { cwd: dir, env: childEnv(), stdio: ['ignore', fd, 'ignore'] })
  } finally {
    closeSync(fd)
  }
  const { summary: s } = JSON.parse(readFileSync(report, 'utf8')) as { summary: { files: number; errors: number } }
  rmSync(report)
  if (s.files !== n || s.errors !== (failing ? n : 0)) throw new Error(`the ${failing ? 'failing' : 'healthy'} store of ${n} models reports ${s.errors} errors in ${s.files} files`)
}

type Figures = Record<'ours' | 'ajv' | 'floor', { ms: number; peakKiB: number }>

function benchValidate(): void {
  const templates = readTemplates(path.join(ROOT, 'model-store'))
  const results = new Map<string, Figures>()
  const key = (n: number, store: string) => `${n} ${store}`
  console.log(`validate: leger-curate (every offline rule) vs ajv-cli (schema only) vs the floor (read, parse, prebuilt validator)`)
  console.log(`median wall time of ${runs(5)} runs (${runs(3)} at 100,000 models) after a warm-up, peak RSS; each ratio is leger-curate's figure over the one before it`)
  console.log('  models  store      leger-curate    ajv-cli  ratio      floor  ratio │ peak MiB: ours  ajv-cli  ratio')
  for (const n of SIZES) {
    for (const store of ['healthy', 'failing'] as const) {
      const failing = store === 'failing'
      const code = failing ? 1 : 0
      const dir = mkdtempSync(path.join(tmpdir(), `leger-bench-${n}-${store}-`))
      try {
        writeSyntheticStore(dir, templates, n, { failing })
        checkVerdict(dir, n, failing)
        const r = alternate(runs(n >= 100_000 ? 3 : 5), {
          ours: () => timed({ cmd: process.execPath, args: validateArgs, cwd: dir, code }),
          ajv: () => ajvCli(dir, code),
          floor: () => timed({ cmd: process.execPath, args: [FLOOR], cwd: dir, code }),
        })
        const f: Figures = { ours: summary(r.ours), ajv: summary(r.ajv), floor: summary(r.floor) }
        results.set(key(n, store), f)
        const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(10)
        console.log(
          `${n$(n).padStart(8)}  ${store.padEnd(8)} ${ms(f.ours.ms).padStart(14)} ${ms(f.ajv.ms)} ${(f.ours.ms / f.ajv.ms).toFixed(2).padStart(6)} ${ms(f.floor.ms)} ${(f.ours.ms / f.floor.ms).toFixed(2).padStart(6)} │ ${mib(f.ours.peakKiB).toFixed(0).padStart(14)} ${mib(f.ajv.peakKiB).toFixed(0).padStart(8)} ${(f.ours.peakKiB / f.ajv.peakKiB).toFixed(2).padStart(6)}`,
        )
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }

  console.log('\nvalidate goals')
  const goalSizes = SIZES.filter((n) => n === 10_000 || n === 100_000)
  if (!goalSizes.length) console.log('  (none at these sizes: the goals are for 10,000 and 100,000 models)')
  for (const n of goalSizes) {
    for (const store of ['healthy', 'failing']) {
      const f = results.get(key(n, store))!
      const where = `${n$(n)} ${store}:`.padEnd(17)
      console.log(`  ${where} time / ajv-cli's ${goal(f.ours.ms / f.ajv.ms, 0.5)}`)
      console.log(`  ${where} time / the floor's ${goal(f.ours.ms / f.floor.ms, 1.5)}`)
      if (n === 100_000) console.log(`  ${where} peak memory / ajv-cli's ${goal(f.ours.peakKiB / f.ajv.peakKiB, 2)}`)
    }
  }
  if (goalSizes.length === 2) {
    console.log('growth of wall time, 10,000 -> 100,000 models (10x the models)')
    for (const store of ['healthy', 'failing']) {
      const [a, b] = [results.get(key(10_000, store))!, results.get(key(100_000, store))!]
      const g = (k: keyof Figures) => b[k].ms / a[k].ms
      console.log(`  ${store.padEnd(8)} ajv-cli ${times(g('ajv'))}, floor ${times(g('floor'))}; leger-curate ${goal(g('ours'), 10, times)}`)
    }
  }
}

// --- start-up ---------------------------------------------------------------------------------

function benchStartup(): void {
  const top = mkdtempSync(path.join(tmpdir(), 'leger-bench-startup-'))
  try {
    // The bundled store, as a repository holding it has it.
    const ws = path.join(top, 'ws')
    const refs = actionRepo(ws, (d) => {
      for (const p of ['model-store', 'data', 'curation.config.json']) cpSync(path.join(ROOT, p), path.join(d, p), { recursive: true })
    })
    const bare = () => timed({ cmd: process.execPath, args: ['-e', '0'], cwd: ws })
    const render = () => timed({ cmd: process.execPath, args: [CLI, 'render', 'templates/blueprints/minimal.json', '--out', path.join(top, 'render')], cwd: ROOT })
    const n = runs(15)
    const cases: [string, () => Run][] = [
      ['Action check, pull_request (1 file changed)', () => runAction(ws, 'pull_request', pullRequest(refs))],
      ['Action check, workflow_dispatch (all files)', () => runAction(ws, 'workflow_dispatch', {})],
      ['render templates/blueprints/minimal.json', render],
    ]
    console.log(`start-up on the bundled store: median wall time of ${n} runs each, alternating with bare \`node -e 0\` after a warm-up`)
    for (const [label, ours] of cases) {
      const r = alternate(n, { bare, ours })
      const [b, o] = [summary(r.bare).ms, summary(r.ours).ms]
      console.log(`  ${label.padEnd(44)} ${o.toFixed(0).padStart(5)} ms, bare node ${b.toFixed(0).padStart(3)} ms: over bare node ${goal(o - b, 60, (x) => `${x < 0 ? '' : '+'}${x.toFixed(0)} ms`)}`)
    }
  } finally {
    rmSync(top, { recursive: true, force: true })
  }
}

// --- main -------------------------------------------------------------------------------------

const parts: Record<string, () => void> = { validate: benchValidate, startup: benchStartup, hook: benchHook }

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2]
  if (only !== undefined && !parts[only]) {
    console.error(`usage: node --import tsx bench/run.ts [${Object.keys(parts).join('|')}]`)
    process.exit(2)
  }
  console.log(`leger-curate bench: ${machine()}`)
  const t0 = Date.now()
  for (const [name, part] of Object.entries(parts)) {
    if (only && name !== only) continue
    console.log('')
    part()
  }
  const { met, of } = goalsMet()
  console.log(`\n${met} of ${of} goals met (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
}
