/**
 * The GitHub side of the audit's issue sync: list the `model-audit` issues, make sure the
 * label exists, and carry out a plan. Retries and rate limits are the Octokit plugins' job;
 * an action that still fails stops the run, and what was done before it is reported.
 */
import { AUDIT_LABEL, type ExistingIssue, type PlannedAction } from '../core/audit/issue-plan.js'
import { listAll, type GitHubClient } from './github.js'

export interface RepoRef {
  owner: string
  repo: string
}

export type OutcomeStatus = 'done' | 'planned' | 'failed' | 'skipped'

export interface Outcome {
  action: PlannedAction
  /** done: written; planned: dry run; failed: the API refused after retries; skipped: not attempted after a failure. */
  status: OutcomeStatus
  /** The issue number (new issues get theirs when created). */
  number?: number
  url?: string
  error?: string
}

export async function listAuditIssues(gh: GitHubClient, repo: RepoRef, label = AUDIT_LABEL): Promise<ExistingIssue[]> {
  const items = await listAll('audit issues', gh.paginate.iterator(gh.rest.issues.listForRepo, { ...repo, labels: label, state: 'all', per_page: 100 }))
  return items
    .filter((i) => !i.pull_request)
    .map((i) => ({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', stateReason: i.state_reason ?? null, title: i.title, body: i.body ?? '' }))
}

/** Creates the label unless it exists (a concurrent run creating it first is fine). */
export async function ensureLabel(gh: GitHubClient, repo: RepoRef, label = AUDIT_LABEL): Promise<'exists' | 'created'> {
  try {
    await gh.rest.issues.getLabel({ ...repo, name: label })
    return 'exists'
  } catch (err) {
    if (status(err) !== 404) throw err
  }
  try {
    await gh.rest.issues.createLabel({ ...repo, name: label, color: '5319e7', description: 'Opened and closed by the monthly model audit' })
    return 'created'
  } catch (err) {
    if (status(err) === 422) return 'exists'
    throw err
  }
}

export interface ApplyOptions {
  dryRun: boolean
  label?: string
}

export async function applyPlan(gh: GitHubClient, repo: RepoRef, plan: PlannedAction[], options: ApplyOptions): Promise<{ outcomes: Outcome[]; failure?: string }> {
  const label = options.label ?? AUDIT_LABEL
  const outcomes: Outcome[] = []
  let failure: string | undefined
  for (const action of plan) {
    const known = 'issue' in action ? action.issue.number : undefined
    if (action.kind === 'unchanged' || action.kind === 'kept') {
      outcomes.push({ action, status: 'done', number: known })
      continue
    }
    if (failure) {
      outcomes.push({ action, status: 'skipped', number: known })
      continue
    }
    if (options.dryRun) {
      outcomes.push({ action, status: 'planned', number: known })
      continue
    }
    try {
      outcomes.push({ action, status: 'done', ...(await perform(gh, repo, action, label)) })
    } catch (err) {
      const error = describeError(err)
      failure = `could not ${action.kind} ${known ? `issue #${known}` : 'an issue'} (${action.fingerprint}): ${error}`
      outcomes.push({ action, status: 'failed', number: known, error })
    }
  }
  return { outcomes, failure }
}

async function perform(gh: GitHubClient, repo: RepoRef, action: PlannedAction, label: string): Promise<{ number?: number; url?: string }> {
  switch (action.kind) {
    case 'open': {
      const { data } = await gh.rest.issues.create({ ...repo, title: action.draft.title, body: action.draft.body, labels: [label] })
      return { number: data.number, url: data.html_url }
    }
    case 'update': {
      const { data } = await gh.rest.issues.update({ ...repo, issue_number: action.issue.number, title: action.draft.title, body: action.draft.body })
      return { number: data.number, url: data.html_url }
    }
    case 'reopen': {
      const { data } = await gh.rest.issues.update({ ...repo, issue_number: action.issue.number, state: 'open', title: action.draft.title, body: action.draft.body })
      await gh.rest.issues.createComment({ ...repo, issue_number: action.issue.number, body: action.comment })
      return { number: data.number, url: data.html_url }
    }
    case 'close': {
      // The comment first: a close that then fails leaves the explanation, never a silent close.
      await gh.rest.issues.createComment({ ...repo, issue_number: action.issue.number, body: action.comment })
      const { data } = await gh.rest.issues.update({ ...repo, issue_number: action.issue.number, state: 'closed', state_reason: action.reason.kind === 'duplicate' ? 'duplicate' : 'completed' })
      return { number: data.number, url: data.html_url }
    }
    default:
      return { number: 'issue' in action ? action.issue.number : undefined }
  }
}

function status(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status
  return typeof s === 'number' ? s : undefined
}

/** An API failure in one line: status and GitHub's message, never the request headers. */
export function describeError(err: unknown): string {
  const s = status(err)
  const message = err instanceof Error ? err.message : String(err)
  return `${s ? `HTTP ${s}: ` : ''}${message.split('\n')[0].slice(0, 300)}`
}
