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
import { compilePolicy } from '../src/core/policy.js'
import type { RuleContext } from '../src/core/rule.js'
import { QUALITY_RULES, STRUCTURE_RULES } from '../src/core/rules/index.js'
import { validateStore } from '../src/core/validate.js'
import { loadLiteLLMSnapshot } from '../src/io/litellm.js'
import { loadPolicy } from '../src/io/policy.js'
import { openWorkspace } from '../src/io/workspace.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
async function timed(f: () => unknown): Promise<number> {
  const ms: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await f()
    ms.push(performance.now() - t)
  }
  return median(ms)
}

// Warm ajv first, as a real run has compiled the model schemas before the policy is read.
const warm = openWorkspace({ base: path.join(ROOT, 'test'), store: path.join(ROOT, 'model-store'), schemas: path.join(ROOT, 'schemas') })
let t = performance.now()
const litellm = loadLiteLLMSnapshot(path.join(ROOT, 'data'))
const snapshotMs = performance.now() - t
t = performance.now()
const policy = loadPolicy(ROOT, undefined, warm.schemas)
const policyMs = performance.now() - t
console.log(`one-off: LiteLLM snapshot read + parse ${snapshotMs.toFixed(1)} ms; curation.config.json read + schema check ${policyMs.toFixed(1)} ms (Node ${process.version})`)

const templates = readTemplates(path.join(ROOT, 'model-store'))
for (const n of [1000, 10000]) {
  const dir = mkdtempSync(path.join(tmpdir(), `leger-qbench-${n}-`))
  try {
    writeSyntheticStore(dir, templates, n)
    const ws = openWorkspace({ base: dir, schemas: path.join(ROOT, 'schemas') })
    const base = { litellm, policy: policy.policy, today: '2026-11-21' }
    const structure = await timed(() => validateStore(ws.store, ws.schemas, { ...base, rules: STRUCTURE_RULES }))
    const all = await timed(() => validateStore(ws.store, ws.schemas, base))
    const r = await validateStore(ws.store, ws.schemas, base)
    console.log(`\n${n} models: structure rules ${structure.toFixed(0)} ms; all offline rules + policy ${all.toFixed(0)} ms (+${(all - structure).toFixed(0)} ms, ${r.findings.length} findings)`)
    const ctx: RuleContext = { store: ws.store, schemas: ws.schemas, policy: compilePolicy(policy.policy), litellm, online: false, today: '2026-11-21', audit: false }
    const per: (readonly [string, number])[] = []
    for (const rule of QUALITY_RULES) per.push([rule.id, await timed(() => rule.check(ctx))])
    console.log('  per quality rule: ' + per.map(([id, ms]) => `${id} ${ms.toFixed(1)}`).join(', ') + ' (ms)')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
