/**
 * node --import tsx bench/quality.ts: what the quality rules and the policy add to a check,
 * in process (no process start-up noise), on synthetic stores of 1,000 and 10,000 models.
 * Prints the median of BENCH_RUNS runs for: the structure rules alone, every offline rule
 * with the shipped curation.config.json, each quality rule alone, and the one-off costs
 * (reading the LiteLLM snapshot, reading and checking the policy file).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runRules } from '../src/core/engine.js'
import { RULES } from '../src/core/rules/index.js'
import { loadLiteLLMSnapshot } from '../src/io/litellm.js'
import { openWorkspace } from '../src/io/workspace.js'
import { median } from './measure.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

async function timed(f: () => unknown): Promise<number> {
  const ms: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await f()
    ms.push(performance.now() - t)
  }
  return median(ms)
}

const warm = openWorkspace({ base: ROOT })
let t = performance.now()
const litellm = loadLiteLLMSnapshot(path.join(ROOT, 'data'))
const snapshotMs = performance.now() - t
t = performance.now()
const policy = openWorkspace({ base: ROOT, store: 'test/fixtures/render-store/model-store' }).policy
const policyMs = performance.now() - t
console.log(`one-off: LiteLLM snapshot read + parse ${snapshotMs.toFixed(1)} ms; curation.config.json read + schema check (with a small store) ${policyMs.toFixed(1)} ms (Node ${process.version}, ${warm.store.files.length} bundled models)`)

const structureRules = RULES.filter((r) => r.tier === 'structure')
const qualityRules = RULES.filter((r) => r.tier === 'quality')
const templates = readTemplates(path.join(ROOT, 'model-store'))
for (const n of [1000, 10000]) {
  const dir = mkdtempSync(path.join(tmpdir(), `leger-qbench-${n}-`))
  try {
    writeSyntheticStore(dir, templates, n)
    const ws = openWorkspace({ base: dir, schemas: path.join(ROOT, 'schemas') })
    const base = { store: ws.store, schemas: ws.schemas, litellm, policy: policy.policy, today: '2026-11-21' }
    const structure = await timed(() => runRules({ ...base, rules: structureRules }))
    const all = await timed(() => runRules(base))
    const found = runRules(base)
    console.log(`\n${n} models: structure rules ${structure.toFixed(0)} ms; all offline rules + policy ${all.toFixed(0)} ms (+${(all - structure).toFixed(0)} ms, ${found.length} findings)`)
    const per: (readonly [string, number])[] = []
    for (const rule of qualityRules) per.push([rule.id, await timed(() => runRules({ ...base, rules: [rule] }))])
    console.log('  per quality rule: ' + per.map(([id, ms]) => `${id} ${ms.toFixed(1)}`).join(', ') + ' (ms)')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
