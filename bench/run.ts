/**
 * npm run bench: times `leger-curate validate` (every rule) against `ajv-cli validate`
 * (schema only) on the same synthetic stores of 1,000 and 10,000 models, side by side.
 * The target: validate at most half of ajv-cli's wall time on 10,000 models.
 * Then the pre-commit hook's cost over a bare `git commit` (bench/hook.ts). Other benchmarks:
 * bench/render.ts (npm run bench:render), bench/action.ts, bench/add.ts, bench/audit.ts.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { benchHook } from './hook.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const AJV = path.join(ROOT, 'node_modules/.bin/ajv')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

function time(cmd: string, args: string[], cwd: string): { ms: number; code: number | null } {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && r.status !== 1) process.stderr.write(r.stderr)
  return { ms, code: r.status }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function ajvCli(dir: string): { ms: number; code: number | null } {
  // Schema only: one ajv-cli run per kind, as a store's CI would call it.
  let ms = 0
  let code: number | null = 0
  for (const kind of ['cloud', 'local']) {
    const r = time(AJV, ['validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors', '--allow-union-types', '-s', path.join(ROOT, `schemas/${kind}.schema.json`), '-r', path.join(ROOT, 'schemas/common.schema.json'), '-d', `model-store/${kind}/*.json`], dir)
    ms += r.ms
    code = Math.max(code ?? 0, r.code ?? 2)
  }
  return { ms, code }
}

export function benchValidate(sizes = [1000, 10000]): void {
  const templates = readTemplates(path.join(ROOT, 'model-store'))
  console.log(`validate vs ajv-cli (median of ${RUNS} runs, wall time, Node ${process.version})`)
  console.log('models   leger-curate validate (all rules)   ajv-cli validate (schema only)   ratio')
  for (const n of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `leger-bench-${n}-`))
    try {
      writeSyntheticStore(dir, templates, n)
      const ours: number[] = []
      const theirs: number[] = []
      for (let i = 0; i < RUNS; i++) {
        const a = time(process.execPath, [CLI, 'validate', '--format', 'json', '--schemas', path.join(ROOT, 'schemas')], dir)
        if (a.code !== 0) console.log(`  (validate exited ${a.code} on the synthetic store)`)
        ours.push(a.ms)
        const b = ajvCli(dir)
        if (b.code !== 0) console.log(`  (ajv-cli exited ${b.code} on the synthetic store)`)
        theirs.push(b.ms)
      }
      const [o, t] = [median(ours), median(theirs)]
      console.log(`${String(n).padStart(6)}   ${o.toFixed(0).padStart(10)} ms ${''.padEnd(23)}${t.toFixed(0).padStart(10)} ms ${''.padEnd(21)}${(o / t).toFixed(2)}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchValidate()
  console.log('')
  benchHook()
}
