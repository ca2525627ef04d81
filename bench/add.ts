/**
 * node --import tsx bench/add.ts: what a curator waits for in `leger-curate add`.
 *  - one answer's check (checkAnswer: every rule over the store plus the draft) on the bundled
 *    store and on synthetic stores of 1,000 and 10,000 models: each typed answer pays this;
 *  - `add --yes` end to end as a process (start, LiteLLM snapshot, checks, write, validate);
 *  - `deprecate` end to end as a process.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkAnswer, type DraftContext } from '../src/core/draft.js'
import { checkDraft, prepare } from '../src/io/assemble.js'
import { readWorkingTree } from '../src/io/read-tree.js'
import { median, msSince as ms } from './measure.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)


async function answerCheck(label: string, dir: string): Promise<void> {
  const ws = await prepare(readWorkingTree({ base: dir, schemas: path.join(ROOT, 'schemas') }))
  const ctx: DraftContext = { store: ws.store, schemas: ws.schemas, kind: 'cloud', storePath: 'model-store', judge: (file) => checkDraft(ws, file, { added: true }) }
  const draft = { id: 'bench-new', name: 'Bench', provider: 'openai', litellm_model_name: 'openai/bench-new', context_window: 1000, requires_api_key: 'OPENAI_API_KEY' }
  await checkAnswer(ctx, draft, ['name']) // compiles the schemas once, as the first answer does
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint()
    const ok = await checkAnswer(ctx, { ...draft, max_output: 500 + i }, ['max_output'])
    times.push(ms(t0))
    if (ok !== true) throw new Error(`unexpected: ${ok}`)
  }
  console.log(`${label.padEnd(34)}${String(ws.store.files.length).padStart(7)} files   ${median(times).toFixed(1).padStart(8)} ms per answer`)
}

function processTime(args: string[], cwd: string, fresh: () => void): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    fresh()
    const t0 = process.hrtime.bigint()
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    times.push(ms(t0))
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  }
  return median(times)
}

async function main(): Promise<void> {
  console.log(`leger-curate add / deprecate (median of ${RUNS}, Node ${process.version})`)
  const bundled = mkdtempSync(path.join(tmpdir(), 'leger-bench-add-'))
  cpSync(path.join(ROOT, 'model-store'), path.join(bundled, 'model-store'), { recursive: true })
  await answerCheck('answer check, bundled store', bundled)
  const templates = readTemplates(path.join(ROOT, 'model-store'))
  for (const n of [1000, 10000]) {
    const dir = mkdtempSync(path.join(tmpdir(), `leger-bench-add-${n}-`))
    try {
      writeSyntheticStore(dir, templates, n)
      await answerCheck(`answer check, synthetic store`, dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const target = path.join(bundled, 'model-store/cloud/claude-haiku-4-5.json')
  const add = processTime(['add', '--kind', 'cloud', '--litellm-model', 'anthropic/claude-haiku-4-5', '--yes'], bundled, () => rmSync(target, { force: true }))
  console.log(`${'add --yes (process), bundled store'.padEnd(50)}${add.toFixed(0).padStart(8)} ms`)
  const copy = path.join(bundled, 'pristine')
  cpSync(path.join(bundled, 'model-store'), copy, { recursive: true })
  const dep = processTime(['deprecate', 'gpt-5-mini', '--replacement', 'gpt-5', '--reason', 'bench'], bundled, () => cpSync(path.join(copy, 'cloud/gpt-5-mini.json'), path.join(bundled, 'model-store/cloud/gpt-5-mini.json')))
  console.log(`${'deprecate (process), bundled store'.padEnd(50)}${dep.toFixed(0).padStart(8)} ms`)
  const val = processTime(['validate'], bundled, () => undefined)
  console.log(`${'validate (process), same store, for scale'.padEnd(50)}${val.toFixed(0).padStart(8)} ms`)
  rmSync(bundled, { recursive: true, force: true })
}

await main()
