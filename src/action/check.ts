/**
 * Check mode: read the workspace and what the event changed, ask the assembler for the verdict
 * (the same one the hook and validate --base give on that tree), and report it as annotations,
 * a job summary, one PR comment and step outputs.
 * Everything outside comes in through RunEnv, Reporter and CheckDeps, so tests drive it directly.
 */
import path from 'node:path'
import { fromApiFile, type ChangeSet, type FileChange } from '../core/changes.js'
import type { Snapshot } from '../core/snapshot.js'
import { idOf, type Store } from '../core/store.js'
import type { Finding, Kind, Severity } from '../core/types.js'
import { check } from '../io/assemble.js'
import { isNullSha, isSha } from '../io/git.js'
import { isPermissionError, httpStatus, listAll, type GitHubClient } from '../io/github.js'
import { upsertMarkedComment, type Repo } from '../io/pr-comment.js'
import { withCommitRange, withFileList } from '../io/read-change.js'
import { readWorkingTree } from '../io/read-tree.js'
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

export interface CheckDeps {
  /** The API client, or undefined without a token. */
  github?: () => Promise<GitHubClient>
}

export interface CheckResult extends CheckReport {
  changes?: ChangeSet
  comment: 'created' | 'updated' | 'unchanged' | 'skipped' | 'not-a-pr' | 'disabled' | 'no-permission' | 'failed'
}

export async function runCheck(inputs: CheckInputs, env: RunEnv, reporter: Reporter, deps: CheckDeps = {}): Promise<CheckResult> {
  const base = env.workspace
  const tree = readWorkingTree({ base, store: inputs.storePath, schemas: inputs.schemasPath, policy: inputs.policyPath })
  const pr = pullRequestOf(env.payload)
  const { snapshot, why } = await readChange(tree, env, reporter, deps)
  const changes = snapshot.changes
  const note = changes ? changes.everything : why
  reporter.info(note ?? `${changes!.added.size + changes!.modified.size} model file(s) changed, ${changes!.added.size} of them new, ${changes!.deleted.size} deleted`)

  const checked = await check(snapshot, { online: inputs.online, env: process.env })
  const { findings, summary, focus } = checked.verdict
  const elsewhere = focus ? findings.filter((f) => !focus.files.has(f.file) && f.file !== snapshot.layout.policy).length : 0
  const report: CheckReport = {
    findings,
    summary,
    elsewhere,
    changed: changedModels(changes, checked.store),
    scopeNote: note,
    failOn: inputs.failOn,
    runUrl: env.runUrl,
    sha: env.sha,
    // Links point at the PR's head commit: GITHUB_SHA of a pull_request event is a transient merge commit.
    blobUrl: env.serverUrl && env.repo && (pr?.head ?? env.sha) ? `${env.serverUrl}/${env.repo.owner}/${env.repo.repo}/blob/${pr?.head ?? env.sha}` : undefined,
  }

  // The changed files' findings take the annotation slots first: those are the lines in the PR's diff.
  const changed = (f: Finding) => !focus || focus.files.has(f.file)
  annotate([...findings.filter(changed), ...findings.filter((f) => !changed(f))], reporter)
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
  return { ...report, changes, comment }
}

/** The first ANNOTATIONS_PER_SEVERITY findings of each severity, on their exact line. */
function annotate(findings: Finding[], reporter: Reporter): void {
  const count: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) if (count[f.severity]++ < ANNOTATIONS_PER_SEVERITY) reporter.annotate(f)
  for (const s of ['error', 'warning', 'notice'] as const)
    if (count[s] > ANNOTATIONS_PER_SEVERITY) reporter.info(`${count[s] - ANNOTATIONS_PER_SEVERITY} more ${s}(s) are listed in the job summary (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step)`)
}

function changedModels(changes: ChangeSet | undefined, store: Store): ChangedModel[] {
  if (!changes) return []
  const byPath = new Map(store.entries.map((e) => [e.file.path, e]))
  const kindOf = (p: string): Kind => (p.split('/').at(-2) === 'local' ? 'local' : 'cloud')
  const stem = (p: string) => path.posix.basename(p, '.json')
  const out: ChangedModel[] = []
  for (const file of [...changes.added, ...changes.modified].sort()) {
    const e = byPath.get(file)
    out.push({ id: (e && idOf(e)) ?? stem(file), kind: kindOf(file), file, change: changes.added.has(file) ? 'added' : 'modified' })
  }
  for (const file of [...changes.deleted].sort()) out.push({ id: stem(file), kind: kindOf(file), file, change: 'deleted' })
  return out
}

/**
 * The workspace with what the event changed. pull_request: base...head by git, else the API's
 * file list; push: before..after; other events: no change (every file is reported on).
 */
async function readChange(tree: Snapshot, env: RunEnv, reporter: Reporter, deps: CheckDeps): Promise<{ snapshot: Snapshot; why?: string }> {
  const payload = env.payload
  const pr = pullRequestOf(payload)
  const cwd = env.workspace
  if (pr) {
    const fromGit = pr.base && pr.head ? withCommitRange(tree, { cwd, from: pr.base, to: pr.head, mergeBase: true }) : undefined
    if (fromGit) return { snapshot: fromGit }
    reporter.info('the base commit is not in this checkout (shallow clone?): asking the API for the pull request files')
    const client = await deps.github?.()
    if (!client || !env.repo) return { snapshot: tree, why: 'the pull request files are unknown (no token, or no fetch-depth: 0): checking every model file' }
    try {
      return { snapshot: withFileList(tree, await listPullFiles(client, env.repo, pr.number), pr.base ?? 'the base branch') }
    } catch (err) {
      reporter.warning(`could not list the pull request files (${describe(err)}): checking every model file`)
      return { snapshot: tree, why: 'the pull request files are unknown: checking every model file' }
    }
  }
  if (env.eventName === 'push') {
    const before = (payload as { before?: unknown } | undefined)?.before
    const after = (payload as { after?: unknown } | undefined)?.after
    if (isNullSha(before)) return { snapshot: tree, why: 'a new branch: checking every model file' }
    if (isSha(before) && isSha(after)) {
      const fromGit = withCommitRange(tree, { cwd, from: before, to: after })
      if (fromGit) return { snapshot: fromGit }
      return { snapshot: tree, why: 'the pushed range is not in this checkout (set fetch-depth: 0): checking every model file' }
    }
  }
  return { snapshot: tree, why: `event "${env.eventName || 'unknown'}" has no change to compare: checking every model file` }
}

function pullRequestOf(payload: unknown): { number: number; base?: string; head?: string } | undefined {
  const pr = (payload as { pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } } | undefined)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  return { number: pr.number, base: isSha(pr.base?.sha) ? pr.base.sha : undefined, head: isSha(pr.head?.sha) ? pr.head.sha : undefined }
}

async function listPullFiles(client: GitHubClient, repo: Repo, pull: number): Promise<FileChange[]> {
  const files = await listAll('pull request files', client.paginate.iterator(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 }))
  return files.flatMap(fromApiFile)
}

async function commentOnPr(report: CheckReport, inputs: CheckInputs, env: RunEnv, reporter: Reporter, deps: CheckDeps): Promise<CheckResult['comment']> {
  const pr = pullRequestOf(env.payload)
  if (!pr || !env.repo) return 'not-a-pr'
  if (!inputs.comment) return 'disabled'
  const client = await deps.github?.()
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
