/** One bot comment per pull request, found again by a hidden marker and edited in place. */
import type { GitHubClient } from './github.js'
import { listAll } from './github.js'

export interface Repo {
  owner: string
  repo: string
}

export interface MarkedComment {
  id: number
  body: string
  bot: boolean
}

/** Our earlier comments on the PR: bodies that start with the marker; the bot's first. */
export async function findMarkedComments(client: GitHubClient, repo: Repo, issue: number, marker: string): Promise<MarkedComment[]> {
  const all = await listAll('comments', client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }))
  const mine = all
    .filter((c) => typeof c.body === 'string' && c.body.startsWith(marker))
    .map((c) => ({ id: c.id, body: c.body as string, bot: c.user?.type === 'Bot' }))
  // A stranger can paste the marker too: prefer comments by a bot account (the Actions token's
  // identity), so a human's comment is only ever touched when no bot comment exists.
  return [...mine.filter((c) => c.bot), ...mine.filter((c) => !c.bot)]
}

export type UpsertResult = 'created' | 'updated' | 'unchanged' | 'skipped'

/**
 * Creates the comment, or updates the first marked one and deletes any duplicates (two runs
 * racing). With `onlyIfExists` (everything passes) nothing is created: a clean PR gets no comment.
 */
export async function upsertMarkedComment(
  client: GitHubClient,
  repo: Repo,
  issue: number,
  marker: string,
  body: string,
  options: { onlyIfExists?: boolean } = {},
): Promise<UpsertResult> {
  const found = await findMarkedComments(client, repo, issue, marker)
  // With a bot comment present, human ones are never touched; without one (a personal token
  // posts as a user), the first marked comment is ours. Only bot duplicates are ever deleted.
  const [first, ...rest] = found.filter((c) => c.bot || !found.some((x) => x.bot))
  for (const d of rest.filter((c) => c.bot)) await client.rest.issues.deleteComment({ ...repo, comment_id: d.id })
  if (!first) {
    if (options.onlyIfExists) return 'skipped'
    await client.rest.issues.createComment({ ...repo, issue_number: issue, body })
    return 'created'
  }
  if (first.body === body) return 'unchanged'
  await client.rest.issues.updateComment({ ...repo, comment_id: first.id, body })
  return 'updated'
}
