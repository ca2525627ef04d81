/**
 * Check mode: decide what the event changed, run every rule over the whole store, report the
 * findings on changed files (plus errors anywhere: a deleted replacement target breaks another
 * file) as annotations, a job summary, one PR comment and step outputs.
 * Everything outside comes in through RunEnv, Reporter and CheckDeps, so tests drive it directly.
 */
import path from 'node:path'
import { existsSync } from 'node:fs'
import { scopeOf, fromApiStatus, type CheckScope, type FileChange } from '../core/changes.js'
import { CurateError } from '../core/errors.js'
import { idOf, type Store } from '../core/store.js'
import type { Finding, Kind, Severity } from '../core/types.js'
import { summarize, type ValidateOptions, type ValidateResult } from '../core/validate.js'
import { changedFiles, hasCommit, isNullSha, isSha } from '../io/git-diff.js'
import { isPermissionError, httpStatus, type GitHubClient } from '../io/github.js'
import { displayPath } from '../io/paths.js'
import { upsertMarkedComment, type Repo } from '../io/pr-comment.js'
import { checkWorkspace } from '../io/check.js'
import { openWorkspace, type Workspace } from '../io/workspace.js'
import { COMMENT_MARKER, failed, formatComment, formatResolvedComment, formatSummary, headline, type ChangedModel, type CheckReport } from '../report/github-markdown.js'
import { readBoolean, readChoice, type Inputs, type Reporter, type RunEnv } from './context.js'

/** GitHub shows at most this many annotations of each severity per step; the summary lists the rest. */
export const ANNOTATIONS_PER_SEVERITY = 10

export interface CheckInputs {
  storePath: string
  /** undefined: ./schemas in the workspace when present, else the toolkit's own. */
  schemasPath?: string
  policyPath?: string
  comment: boolean
  failOn: 'error' | 'warning'
  online: boolean
}

export function readCheckInputs(inputs: Inputs): CheckInputs {
  const schemas = inputs('schemas-path')
  const policy = inputs('policy-path')
  return {
    storePath: inputs('store-path') || 'model-store',
    // The default "schemas" means "wherever the schemas are": a store repo without its own
    // schemas/ folder is checked against the ones shipped with the Action.
    schemasPath: schemas && schemas !== 'schemas' ? schemas : undefined,
    policyPath: policy || undefined,
    comment: readBoolean(inputs, 'comment', true),
    failOn: readChoice(inputs, 'fail-on', ['error', 'warning'] as const, 'error'),
    online: readBoolean(inputs, 'online', false),
  }
}

/** What check mode asks of the rules beyond ValidateOptions: the new-submission and online tiers. */
export interface CheckOptions extends ValidateOptions {
  /** Files added by this change: the extra checks for new submissions apply to them. */
  added: ReadonlySet<string>
  /** Rules that reach upstream (HuggingFace, LiteLLM) run when true. */
  online: boolean
}

/** Runs every rule over the opened workspace (its store, schemas and policy). */
export type Check = (ws: Workspace, options: CheckOptions) => Promise<ValidateResult>

/** The default: every rule over the store with its policy; the tier options pass through. */
export const checkAll: Check = (ws, options) => checkWorkspace(ws, options)

export interface CheckDeps {
  /** The API client, or undefined without a token. */
  github?: () => GitHubClient
  check?: Check
}

export interface CheckResult extends CheckReport {
  scope: CheckScope
  comment: 'created' | 'updated' | 'unchanged' | 'skipped' | 'not-a-pr' | 'disabled' | 'no-permission' | 'failed'
}

export async function runCheck(inputs: CheckInputs, env: RunEnv, reporter: Reporter, deps: CheckDeps = {}): Promise<CheckResult> {
  const base = env.workspace
  const policyPath = inputs.policyPath ? path.resolve(base, inputs.policyPath) : undefined
  if (policyPath && !existsSync(policyPath))
    throw new CurateError(`policy file not found: ${inputs.policyPath}`, { hint: 'Set policy-path to the curation.config.json of this repository, or leave it empty for the defaults.' })
  const ws = openWorkspace({ base, store: inputs.storePath, schemas: inputs.schemasPath, policy: policyPath })

  const pr = pullRequestOf(env.payload)
  const detected = await detectChanges(env, reporter, deps)
  const scope = scopeOf({
    changes: detected.changes,
    why: detected.why,
    storeDir: displayPath(ws.storeDir, base),
    schemasDir: displayPath(ws.schemasDir, base),
    policyFile: policyPath ? displayPath(policyPath, base) : 'curation.config.json',
  })
  reporter.info(scope.all ? scope.reason! : `${scope.changed.size} model file(s) changed, ${scope.added.size} of them new, ${scope.deleted.size} deleted`)

  const all = await (deps.check ?? checkAll)(ws, { added: scope.added, online: inputs.online })
  const findings = scope.all ? all.findings : all.findings.filter((f) => scope.changed.has(f.file) || f.severity === 'error')
  const elsewhere = scope.all ? 0 : findings.filter((f) => !scope.changed.has(f.file)).length
  // Every file is checked (cross-file rules need them all), whichever are reported on.
  const files = ws.store.files.length + ws.store.syntax.filter((f) => f.rule === 'file-read').length
  const report: CheckReport = {
    findings,
    summary: summarize(findings, files),
    elsewhere,
    changed: changedModels(scope, ws.store),
    scopeNote: scope.all ? scope.reason : undefined,
    failOn: inputs.failOn,
    runUrl: env.runUrl,
    sha: env.sha,
    // Links point at the PR's head commit: GITHUB_SHA of a pull_request event is a transient merge commit.
    blobUrl: env.serverUrl && env.repo && (pr?.head ?? env.sha) ? `${env.serverUrl}/${env.repo.owner}/${env.repo.repo}/blob/${pr?.head ?? env.sha}` : undefined,
  }

  // The changed files' findings take the annotation slots first: those are the lines in the PR's diff.
  annotate([...findings.filter((f) => scope.all || scope.changed.has(f.file)), ...findings.filter((f) => !scope.all && !scope.changed.has(f.file))], reporter)
  await reporter.summary(formatSummary(report))
  const comment = await commentOnPr(report, inputs, env, reporter, deps)

  reporter.setOutput('errors', String(report.summary.errors))
  reporter.setOutput('warnings', String(report.summary.warnings))
  reporter.setOutput('changed-models', JSON.stringify(report.changed.filter((c) => c.change !== 'deleted').map((c) => c.id)))
  reporter.info(headline(report))
  if (failed(report)) {
    const what = report.summary.errors ? `${report.summary.errors} error(s)` : `${report.summary.warnings} warning(s) (fail-on: warning)`
    reporter.setFailed(`leger-curate check: ${what} in the model store; see the annotations and the job summary`)
  }
  return { ...report, scope, comment }
}

/** The first ANNOTATIONS_PER_SEVERITY findings of each severity, on their exact line. */
function annotate(findings: Finding[], reporter: Reporter): void {
  const count: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) if (count[f.severity]++ < ANNOTATIONS_PER_SEVERITY) reporter.annotate(f)
  for (const s of ['error', 'warning', 'notice'] as const)
    if (count[s] > ANNOTATIONS_PER_SEVERITY) reporter.info(`${count[s] - ANNOTATIONS_PER_SEVERITY} more ${s}(s) are listed in the job summary (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step)`)
}

function changedModels(scope: CheckScope, store: Store): ChangedModel[] {
  const byPath = new Map(store.entries.map((e) => [e.file.path, e]))
  const kindOf = (p: string): Kind => (p.split('/').at(-2) === 'local' ? 'local' : 'cloud')
  const stem = (p: string) => path.posix.basename(p, '.json')
  const out: ChangedModel[] = []
  for (const file of [...scope.changed].sort()) {
    const e = byPath.get(file)
    out.push({ id: (e && idOf(e)) ?? stem(file), kind: kindOf(file), file, change: scope.added.has(file) ? 'added' : 'modified' })
  }
  for (const file of [...scope.deleted].sort()) out.push({ id: stem(file), kind: kindOf(file), file, change: 'deleted' })
  return out
}

interface Detected {
  changes?: FileChange[]
  why?: string
}

/** pull_request: base...head by git, else the API's file list; push: before..after; else everything. */
async function detectChanges(env: RunEnv, reporter: Reporter, deps: CheckDeps): Promise<Detected> {
  const payload = env.payload
  const pr = pullRequestOf(payload)
  if (pr) {
    if (pr.base && pr.head && (await hasCommit(env.workspace, pr.base)) && (await hasCommit(env.workspace, pr.head))) {
      const changes = await changedFiles(env.workspace, pr.base, pr.head, { mergeBase: true })
      if (changes) return { changes }
    }
    reporter.info('the base commit is not in this checkout (shallow clone?): asking the API for the pull request files')
    const client = deps.github?.()
    if (!client || !env.repo) return { why: 'the pull request files are unknown (no token, or no fetch-depth: 0): checking every model file' }
    try {
      return { changes: await listPullFiles(client, env.repo, pr.number) }
    } catch (err) {
      reporter.warning(`could not list the pull request files (${describe(err)}): checking every model file`)
      return { why: 'the pull request files are unknown: checking every model file' }
    }
  }
  if (env.eventName === 'push') {
    const before = (payload as { before?: unknown } | undefined)?.before
    const after = (payload as { after?: unknown } | undefined)?.after
    if (isNullSha(before)) return { why: 'a new branch: checking every model file' }
    if (isSha(before) && isSha(after)) {
      const changes = (await hasCommit(env.workspace, before)) ? await changedFiles(env.workspace, before, after) : undefined
      if (changes) return { changes }
      return { why: 'the pushed range is not in this checkout (set fetch-depth: 0): checking every model file' }
    }
  }
  return { why: `event "${env.eventName || 'unknown'}" has no change to compare: checking every model file` }
}

function pullRequestOf(payload: unknown): { number: number; base?: string; head?: string } | undefined {
  const pr = (payload as { pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } } | undefined)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  return { number: pr.number, base: isSha(pr.base?.sha) ? pr.base.sha : undefined, head: isSha(pr.head?.sha) ? pr.head.sha : undefined }
}

async function listPullFiles(client: GitHubClient, repo: Repo, pull: number): Promise<FileChange[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 })
  const out: FileChange[] = []
  for (const f of files) {
    const status = fromApiStatus(f.status)
    if (status) out.push({ path: f.filename, status, previous: f.previous_filename })
  }
  return out
}

async function commentOnPr(report: CheckReport, inputs: CheckInputs, env: RunEnv, reporter: Reporter, deps: CheckDeps): Promise<CheckResult['comment']> {
  const pr = pullRequestOf(env.payload)
  if (!pr || !env.repo) return 'not-a-pr'
  if (!inputs.comment) return 'disabled'
  const client = deps.github?.()
  if (!client) {
    reporter.notice('PR comment skipped: no github-token; the annotations and the job summary carry the results')
    return 'no-permission'
  }
  const clean = report.findings.length === 0
  try {
    const body = clean ? formatResolvedComment(report) : formatComment(report)
    return await upsertMarkedComment(client, env.repo, pr.number, COMMENT_MARKER, body, { onlyIfExists: clean })
  } catch (err) {
    if (isPermissionError(err)) {
      reporter.notice(
        `PR comment skipped: the token may not write to this pull request (HTTP ${httpStatus(err)}; pull requests from forks get a read-only token). The annotations and the job summary carry the results.`,
      )
      return 'no-permission'
    }
    // The check's verdict matters more than the comment: say so, and go on.
    reporter.warning(`could not update the PR comment: ${describe(err)}`)
    return 'failed'
  }
}

function describe(err: unknown): string {
  const status = httpStatus(err)
  const message = err instanceof Error ? err.message : String(err)
  return status ? `HTTP ${status}: ${message}` : message
}
