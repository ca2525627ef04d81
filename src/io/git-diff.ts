/**
 * The files a commit range changed, from the local checkout (`git diff --name-status`).
 * (src/io/git.ts reads staged content for the hook; this module only compares commits.)
 */
import { simpleGit } from 'simple-git'
import type { ChangeStatus, FileChange } from '../core/changes.js'

/** A full object name, as GitHub event payloads carry; anything else never reaches git's argv. */
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/

export function isSha(s: unknown): s is string {
  return typeof s === 'string' && SHA.test(s)
}

/** An all-zero SHA: the "before" of a push that created the branch. */
export function isNullSha(s: unknown): boolean {
  return typeof s === 'string' && /^0+$/.test(s)
}

/** True when `sha` names a commit present in the repository at `cwd` (false in a shallow checkout that lacks it). */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (!isSha(sha)) return false
  try {
    await simpleGit({ baseDir: cwd }).raw(['cat-file', '-e', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

/**
 * Files changed from `base` to `head`. `mergeBase` compares from their merge base, as a PR's
 * "Files changed" tab does (`base...head`); otherwise the plain range (a push: `before..after`).
 * Returns undefined when git cannot answer (missing commits, no merge base, not a repository).
 */
export async function changedFiles(cwd: string, base: string, head: string, options: { mergeBase?: boolean } = {}): Promise<FileChange[] | undefined> {
  if (!isSha(base) || !isSha(head)) return undefined
  let out: string
  try {
    // simpleGit itself throws when the folder does not exist: inside the try, like the diff.
    out = await simpleGit({ baseDir: cwd }).raw(['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', options.mergeBase ? `${base}...${head}` : `${base}..${head}`, '--'])
  } catch {
    return undefined
  }
  return parseNameStatus(out)
}

/** Parses `git diff --name-status -z`: STATUS NUL path NUL, or for renames and copies STATUS NUL old NUL new NUL. */
export function parseNameStatus(out: string): FileChange[] {
  const parts = out.split('\0')
  const changes: FileChange[] = []
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++]
    if (!code) continue
    const letter = code[0]
    if (letter === 'R' || letter === 'C') {
      const previous = parts[i++]
      const path = parts[i++]
      if (path === undefined) break
      changes.push(letter === 'R' ? { path, status: 'renamed', previous } : { path, status: 'added' })
      continue
    }
    const path = parts[i++]
    if (path === undefined) break
    const status: ChangeStatus = letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified'
    changes.push({ path, status })
  }
  return changes
}
