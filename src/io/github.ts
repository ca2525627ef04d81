/**
 * What every door needs of GitHub's REST API besides the client itself (io/github-client.ts):
 * the client's type, reading an error's status, and bounded pagination.
 */
import type { getOctokit } from '@actions/github'
import { CurateError } from '../core/errors.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

/** A token that may not write here (fork PRs get a read-only one): GitHub answers 403, or 404 to hide the resource. */
export function isPermissionError(err: unknown): boolean {
  const s = httpStatus(err)
  return s === 403 || s === 404
}

/**
 * The most pages (of 100 items) any listing reads: 5,000 pull request files, comments, issues or
 * release assets. GitHub itself lists at most 3,000 files of a pull request; a listing longer
 * than this is refused with a clear error rather than read for ever.
 */
export const MAX_PAGES = 50

/** Every item of a paginated listing (`client.paginate.iterator(...)`), at most MAX_PAGES pages. */
export async function listAll<T>(what: string, pages: AsyncIterable<{ data: T[] }>, max = MAX_PAGES): Promise<T[]> {
  const out: T[] = []
  let n = 0
  for await (const page of pages) {
    if (++n > max)
      throw new CurateError(`GitHub lists more than ${max} pages of ${what} (over ${max * 100}): stopped reading`, {
        hint: `The toolkit reads at most ${max} pages of any listing; split the pull request, or close old ${what}.`,
        exitCode: 2,
      })
    out.push(...page.data)
  }
  return out
}
