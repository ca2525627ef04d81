/**
 * What a change touched, and which findings a check of that change reports. Pure: the git
 * diff and the GitHub API both arrive here as the same FileChange list.
 */

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'deleted'

export interface FileChange {
  /** Repo-relative path with forward slashes (the new path of a rename). */
  path: string
  status: ChangeStatus
  /** The old path of a rename. */
  previous?: string
}

/** Files the check reports on: every model file (`all`), or the changed ones. */
export interface CheckScope {
  all: boolean
  /** Why the whole store is in scope, for the log and the summary. */
  reason?: string
  /** Model files added or modified by the change (present in the store now). */
  changed: Set<string>
  /** Model files new in this change: the new-submission tier applies to them. */
  added: Set<string>
  /** Model files the change removed. */
  deleted: Set<string>
}

export interface ScopeInput {
  /** undefined: the change is unknown (not a PR or push, or no diff could be had). */
  changes: FileChange[] | undefined
  /** Repo-relative folders, forward slashes, no trailing slash ('' for the repo root). */
  storeDir: string
  schemasDir: string
  /** Repo-relative path of the curation policy file. */
  policyFile?: string
  why?: string
}

export function scopeOf(input: ScopeInput): CheckScope {
  const scope: CheckScope = { all: false, changed: new Set(), added: new Set(), deleted: new Set() }
  if (!input.changes) return { ...scope, all: true, reason: input.why ?? 'no change to compare against: checking every model file' }
  for (const c of input.changes) {
    if (c.status === 'renamed' && c.previous && isModelFile(c.previous, input.storeDir)) scope.deleted.add(c.previous)
    if (under(c.path, input.schemasDir) || (input.policyFile && c.path === input.policyFile)) {
      scope.all = true
      scope.reason = `${c.path} changed: every model file is checked against it`
    }
    if (!isModelFile(c.path, input.storeDir)) continue
    if (c.status === 'deleted') scope.deleted.add(c.path)
    else {
      scope.changed.add(c.path)
      if (c.status === 'added') scope.added.add(c.path)
    }
  }
  return scope
}

/** `<store>/cloud/*.json` or `<store>/local/*.json`: the only files the store loads. */
export function isModelFile(p: string, storeDir: string): boolean {
  const prefix = storeDir ? `${storeDir}/` : ''
  if (!p.startsWith(prefix)) return false
  return /^(cloud|local)\/[^/]+\.json$/.test(p.slice(prefix.length))
}

function under(p: string, dir: string): boolean {
  return dir === '' ? true : p === dir || p.startsWith(`${dir}/`)
}

/** Maps the GitHub API's PR file statuses onto ours; `unchanged` files are dropped. */
export function fromApiStatus(status: string): ChangeStatus | undefined {
  switch (status) {
    case 'added':
    case 'copied':
      return 'added'
    case 'removed':
      return 'deleted'
    case 'renamed':
      return 'renamed'
    case 'modified':
    case 'changed':
      return 'modified'
    default:
      return undefined
  }
}
