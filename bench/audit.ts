/**
 * node --import tsx bench/audit.ts: what the audit costs.
 * - the pure audit over synthetic stores of 1,000 and 10,000 models against the shipped
 *   LiteLLM snapshot (every synthetic model is unlisted: a worst case for findings);
 * - planning the issue sync against as many existing issues;
 * - `leger-curate audit` offline on the bundled store, wall time as a process;
 * - GitHub API requests of a first and a second sync of the bundled store's findings,
 *   against the loopback GitHub server the tests use.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { audit, type AuditResult } from '../src/core/audit/index.js'
import { planIssues, type ExistingIssue } from '../src/core/audit/issue-plan.js'
import { createGitHubClient } from '../src/io/github-client.js'
import { applyPlan, ensureLabel, listAuditIssues } from '../src/io/github-issues.js'
import { loadLiteLLMSnapshot } from '../src/io/litellm.js'
import { openWorkspace } from '../src/io/workspace.js'
import { issueRenderer } from '../src/report/audit.js'
import { startGitHub } from '../test/servers/github.js'
import { median, msSince } from './measure.js'
import { readTemplates, writeSyntheticStore } from './synthetic.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const TODAY = '2026-11-21'

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = process.hrtime.bigint()
  const value = f()
  return { ms: msSince(t0), value }
}

const snapshot = loadLiteLLMSnapshot()
const render = issueRenderer()
console.log(`audit benchmarks (median of ${RUNS} runs, Node ${process.version})`)
console.log('models   audit (pure)   findings   plan vs existing issues   issues planned')
for (const n of [1000, 10000]) {
  const dir = mkdtempSync(path.join(tmpdir(), `leger-audit-bench-${n}-`))
  try {
    writeSyntheticStore(dir, readTemplates(path.join(ROOT, 'model-store')), n)
    const { store } = openWorkspace({ base: dir, schemas: path.join(ROOT, 'schemas') })
    const runs: number[] = []
    let result: AuditResult | undefined
    for (let i = 0; i < RUNS; i++) {
      const t = timed(() => audit({ store, facts: { litellm: snapshot } }, { today: TODAY }))
      runs.push(t.ms)
      result = t.value
    }
    // Existing issues: one per finding, as after a first sync.
    const existing: ExistingIssue[] = result!.findings.filter((f) => f.sync && !f.candidates).map((f, i) => ({ number: i + 1, state: 'open', title: render.issue(f).title, body: render.issue(f).body }))
    const plans: number[] = []
    let planned = 0
    for (let i = 0; i < RUNS; i++) {
      const t = timed(() => planIssues(result!, existing, render))
      plans.push(t.ms)
      planned = t.value.length
    }
    console.log(`${String(n).padStart(6)}   ${median(runs).toFixed(0).padStart(8)} ms   ${String(result!.findings.length).padStart(8)}   ${median(plans).toFixed(0).padStart(10)} ms (${existing.length} issues)   ${String(planned).padStart(8)}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const cli: number[] = []
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint()
  spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'audit', '--format', 'json'], { cwd: ROOT, stdio: 'ignore' })
  cli.push(msSince(t0))
}
console.log(`leger-curate audit (offline, bundled store, as a process): ${median(cli).toFixed(0)} ms`)

const gh = await startGitHub({ token: 'test-token' })
try {
  const ws = openWorkspace({ base: ROOT })
  const result = audit({ store: ws.store, facts: { litellm: snapshot } }, { today: TODAY })
  const octokit = createGitHubClient('test-token', { baseUrl: gh.url, pacing: false })
  const repo = { owner: 'acme', repo: 'models' }
  for (const label of ['first', 'second']) {
    const before = gh.log.length
    const t0 = Date.now()
    const plan = planIssues(result, await listAuditIssues(octokit, repo), render)
    if (plan.some((a) => a.kind === 'open')) await ensureLabel(octokit, repo)
    await applyPlan(octokit, repo, plan, { dryRun: false })
    console.log(`issue sync of the bundled store, ${label} run: ${gh.log.length - before} API requests, ${Date.now() - t0} ms without GitHub's write pacing (${plan.filter((a) => a.kind === 'open').length} opened, ${plan.filter((a) => a.kind === 'unchanged').length} unchanged)`)
  }
} finally {
  await gh.close()
}
