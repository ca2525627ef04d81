/** Staging and committing one new file with simple-git, so the repository's hooks run. */
import { simpleGit } from 'simple-git'
import { CurateError } from '../core/errors.js'

/**
 * simple-git 4 strips GIT_* variables from its children: when this runs inside a hook (or a
 * worktree set up through GIT_DIR), git must still see the same repository and index.
 */
const ALLOW = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE'] as const

export async function commitFile(cwd: string, file: string, message: string): Promise<string> {
  const git = simpleGit({ baseDir: cwd, allowEnvironment: ALLOW })
  let inRepo = false
  try {
    inRepo = await git.checkIsRepo()
  } catch {
    inRepo = false
  }
  if (!inRepo) throw new CurateError(`cannot commit: ${cwd} is not inside a git repository`, { hint: 'The file is written; commit it yourself, or run add without --commit.', exitCode: 2 })
  try {
    await git.add(['--', file])
    // Only this path: whatever else the user has staged stays staged, not committed.
    const res = await git.commit(message, [file])
    return res.commit
  } catch (err) {
    throw new CurateError(`git commit failed: ${(err as Error).message.trim()}`, {
      hint: `The file is written and staged; fix what the hooks report, then: git commit -m ${JSON.stringify(message)}`,
      exitCode: 1,
      cause: err,
    })
  }
}
