/**
 * The Action's `mode: audit`: audit the store, then keep one GitHub issue per finding
 * (plus one rolling candidates issue) in step with it. Dry run plans without writing.
 * The job summary lists every finding and what was done with it, also when a write fails.
 */
import { audit, auditOptionsFromPolicy, type AuditOptions, type AuditResult } from '../core/audit/index.js'
import { planIssues, type PlannedAction } from '../core/audit/issue-plan.js'
import { CurateError } from '../core/errors.js'
import { fetchAuditFacts } from '../io/audit-facts.js'
import { resolveDataDir } from '../io/litellm.js'
import type { GitHubClient } from '../io/github.js'
import { applyPlan, describeError, ensureLabel, listAuditIssues, type Outcome, type RepoRef } from '../io/github-issues.js'
import { displayPath } from '../io/paths.js'
import { openWorkspace } from '../io/workspace.js'
import { formatAuditSummary, issueRenderer } from '../report/audit.js'
import { mdText } from '../core/markdown.js'
import { readBoolean, type ModeContext } from './context.js'

export interface AuditInputs {
  /** The repository checkout; paths in issues are relative to it. */
  base: string
  /** The store folder, relative to base. Default model-store. */
  storePath?: string
  online: boolean
  dryRun: boolean
  repo: RepoRef
  /** https://github.com/owner/repo, to link findings to their lines. */
  repoUrl?: string
  env?: NodeJS.ProcessEnv
  /** Thresholds (the curation policy feeds these); today defaults to the current UTC date. */
  options?: Partial<AuditOptions>
}

export interface AuditReporter {
  summary(markdown: string): void | Promise<void>
  info(message: string): void
  warning(message: string): void
}

export interface AuditRun {
  result: AuditResult
  plan: PlannedAction[]
  outcomes: Outcome[]
  /** Set when the sync could not finish: the step must fail with it. */
  failure?: string
}

export async function runAudit(inputs: AuditInputs, octokit: GitHubClient, reporter: AuditReporter): Promise<AuditRun> {
  const ws = openWorkspace({ base: inputs.base, store: inputs.storePath })
  let fetched: Awaited<ReturnType<typeof fetchAuditFacts>>
  try {
    fetched = await fetchAuditFacts(ws.store, { online: inputs.online, env: inputs.env, dataDir: resolveDataDir(ws.base) })
  } catch (err) {
    // Nothing was concluded and nothing was written: say so where the curator looks, then fail.
    await reporter.summary(`## Model audit\n\n> [!CAUTION]\n> The audit could not read its upstream facts, so no issue was changed: ${mdText(err instanceof Error ? err.message : String(err))}\n`)
    throw err
  }
  const { facts, notes } = fetched
  const options: AuditOptions = { today: new Date().toISOString().slice(0, 10), storePath: displayPath(ws.storeDir, inputs.base), ...auditOptionsFromPolicy(ws.policy.policy), ...inputs.options }
  const result = audit({ store: ws.store, facts }, options)
  for (const n of notes) reporter.info(n)
  reporter.info(`${result.findings.length} finding(s) over ${result.models.length} model(s)`)

  let plan: PlannedAction[] = []
  let outcomes: Outcome[] = []
  let failure: string | undefined
  try {
    const existing = await listAuditIssues(octokit, inputs.repo)
    plan = planIssues(result, existing, issueRenderer({ repoUrl: inputs.repoUrl }))
    if (!inputs.dryRun && plan.some((a) => a.kind === 'open')) await ensureLabel(octokit, inputs.repo)
    ;({ outcomes, failure } = await applyPlan(octokit, inputs.repo, plan, { dryRun: inputs.dryRun }))
  } catch (err) {
    failure = `could not ${plan.length ? 'create the model-audit label' : 'list the model-audit issues'}: ${describeError(err)}`
    outcomes = plan.map((action) => ({ action, status: 'skipped', number: 'issue' in action ? action.issue.number : undefined }))
  }
  for (const o of outcomes) if (o.status === 'done' && o.action.kind !== 'unchanged' && o.action.kind !== 'kept') reporter.info(`${o.action.kind} #${o.number}: ${o.action.fingerprint}`)
  // An upstream that could not be read: the plan left every issue alone; the step fails with why.
  if (!failure && result.unreachable.length) failure = `upstream unreachable, no issue opened or closed: ${result.unreachable.join('; ')}`
  if (failure) reporter.warning(failure)
  await reporter.summary(formatAuditSummary(result, outcomes, { offline: !inputs.online, dryRun: inputs.dryRun, failure, notes }))
  return { result, plan, outcomes, failure }
}

/** The Action door: the mode's context, as check mode gets it (inputs, the run, the reporter, the client). */
export async function auditMode(ctx: ModeContext): Promise<void> {
  const client = await ctx.github?.()
  if (!client) throw new CurateError('mode audit needs a token with issues: write', { hint: 'Pass github-token: ${{ github.token }} and give the workflow permissions: issues: write.' })
  if (!ctx.env.repo) throw new CurateError('GITHUB_REPOSITORY is not set: mode audit runs inside a GitHub workflow')
  const { owner, repo } = ctx.env.repo
  const run = await runAudit(
    {
      base: ctx.env.workspace,
      storePath: ctx.inputs('store-path') || undefined,
      online: readBoolean(ctx.inputs, 'online', false),
      dryRun: readBoolean(ctx.inputs, 'dry-run', false),
      repo: { owner, repo },
      repoUrl: `${ctx.env.serverUrl ?? 'https://github.com'}/${owner}/${repo}`,
    },
    client,
    ctx.reporter,
  )
  ctx.reporter.setOutput('findings', String(run.result.findings.length))
  if (run.failure) ctx.reporter.setFailed(`model audit: ${run.failure}`)
}
