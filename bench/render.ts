/**
 * Render and release timings (npm run bench:render):
 * - in process: resolve + render of each sample blueprint against the bundled store;
 * - the built CLI: `render` of the minimal blueprint and `release` (validate + index +
 *   three blueprints + tar.gz + SHA256SUMS) on the bundled store and on synthetic stores
 *   of 1,000 and 10,000 models (the bundled models plus clones), median wall time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { renderBlueprint } from '../src/core/render.js'
import { resolveBlueprint } from '../src/core/resolve.js'
import { Schemas } from '../src/core/schema.js'
import { Store } from '../src/core/store.js'
import { loadTemplates } from '../src/io/bundle.js'
import { loadSchemaDocs, loadStoreDir } from '../src/io/fs.js'
import { machine, median, msSince, timed } from './measure.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

/** The built CLI's median wall time over RUNS runs. */
function wall(args: string[], cwd: string): number {
  const ms: number[] = []
  for (let i = 0; i < RUNS; i++) ms.push(timed({ cmd: process.execPath, args: [CLI, ...args], cwd }).ms)
  return median(ms)
}

export function benchRender(): void {
  console.log(`render and release (${machine()}; CLI timings are the median of ${RUNS} runs, wall time)`)
  const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))
  const store = new Store(loadStoreDir(path.join(ROOT, 'model-store'), ROOT).files)
  const templates = loadTemplates(path.join(ROOT, 'templates'))
  for (const name of ['minimal', 'multi-provider', 'local-only']) {
    const file = { path: `${name}.json`, text: readFileSync(path.join(ROOT, 'templates/blueprints', `${name}.json`), 'utf8') }
    const n = 500
    const t0 = process.hrtime.bigint()
    for (let i = 0; i < n; i++) renderBlueprint(resolveBlueprint(file, store, schemas).resolved!, templates)
    console.log(`  in process: resolve + render ${name.padEnd(15)} ${(msSince(t0) / n).toFixed(2)} ms each`)
  }
  const out = mkdtempSync(path.join(tmpdir(), 'leger-bench-render-'))
  try {
    console.log(`  CLI render minimal (bundled store)            ${wall(['render', 'templates/blueprints/minimal.json', '--out', path.join(out, 'r')], ROOT).toFixed(0)} ms`)
    console.log(`  CLI release (bundled store, ${store.files.length} models)         ${wall(['release', '--out', path.join(out, 'rel')], ROOT).toFixed(0)} ms`)
    for (const n of [1000, 10000]) {
      const dir = mkdtempSync(path.join(tmpdir(), `leger-bench-release-${n}-`))
      try {
        writeSyntheticStore(dir, readTemplates(path.join(ROOT, 'model-store')), n, { withTemplates: true })
        const ms = wall(['release', '--out', 'out', '--schemas', path.join(ROOT, 'schemas'), '--templates', path.join(ROOT, 'templates')], dir)
        console.log(`  CLI release (synthetic store, ${n + store.files.length} models)    ${ms.toFixed(0)} ms`)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchRender()
