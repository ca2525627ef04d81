/**
 * Publishing files to a GitHub release: create the release for a tag or update it, delete
 * assets that will be replaced (same name), upload through the release's upload_url (the
 * uploads host on github.com, the API host on GHES). The Octokit instance is passed in, so
 * the Action's client (retry, throttling, GITHUB_API_URL) and tests' loopback servers both work.
 */
import type { getOctokit } from '@actions/github'
import { CurateError } from '../core/errors.js'
import { listAll } from './github.js'

/** Same shape as src/io/github.ts's GitHubClient: Octokit from @actions/github. */
export type GitHubClient = ReturnType<typeof getOctokit>

export interface ReleaseAssetFile {
  name: string
  data: Buffer
  contentType: string
}

export interface PublishOptions {
  owner: string
  repo: string
  tag: string
  /** The release title. */
  name: string
  body: string
  /** The commit a new tag points at. */
  targetCommitish?: string
  assets: ReleaseAssetFile[]
}

export interface Published {
  id: number
  /** The release page. */
  url: string
  created: boolean
  uploaded: string[]
  /** Assets of the same name that were deleted first. */
  replaced: string[]
}

interface ReleaseData {
  id: number
  html_url: string
  upload_url: string
}

export async function publishRelease(octokit: GitHubClient, o: PublishOptions): Promise<Published> {
  const { owner, repo } = o
  const names = new Set<string>()
  for (const a of o.assets) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(a.name) || names.has(a.name)) throw new CurateError(`asset name "${a.name}" is not usable`)
    names.add(a.name)
  }
  const existing = await call(`find release ${o.tag}`, async () => {
    try {
      return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: o.tag })).data as ReleaseData
    } catch (err) {
      if (statusOf(err) === 404) return undefined
      throw err
    }
  })
  const release: ReleaseData = existing
    ? ((await call(`update release ${o.tag}`, () => octokit.rest.repos.updateRelease({ owner, repo, release_id: existing.id, name: o.name, body: o.body }))).data as ReleaseData)
    : ((
        await call(`create release ${o.tag}`, () =>
          octokit.rest.repos.createRelease({ owner, repo, tag_name: o.tag, name: o.name, body: o.body, ...(o.targetCommitish && { target_commitish: o.targetCommitish }) }),
        )
      ).data as ReleaseData)

  const assets = await call('list release assets', () => listAll('release assets', octokit.paginate.iterator(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100 })))
  const replaced: string[] = []
  for (const a of assets) {
    if (!names.has(a.name)) continue
    await call(`delete asset ${a.name}`, () => octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: a.id }))
    replaced.push(a.name)
  }
  const uploaded: string[] = []
  for (const a of o.assets) {
    await call(`upload ${a.name}`, () =>
      octokit.request({
        method: 'POST',
        url: release.upload_url,
        name: a.name,
        data: a.data,
        headers: { 'content-type': a.contentType, 'content-length': a.data.length },
      }),
    )
    uploaded.push(a.name)
  }
  return { id: release.id, url: release.html_url, created: !existing, uploaded, replaced }
}

function statusOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : undefined
}

/** GitHub failures as CurateErrors saying what was being done and what usually fixes it. */
async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof CurateError) throw err
    const status = statusOf(err)
    const hint =
      status === 403 || status === 401
        ? 'The token cannot write releases: give the workflow `permissions: contents: write`.'
        : status === 422
          ? 'GitHub refused the request (an existing tag, a duplicate asset name?).'
          : undefined
    throw new CurateError(`GitHub: could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(err as Error).message}`, { hint, cause: err })
  }
}

export interface PreviousAsset {
  /** The release the asset came from. */
  tag: string
  text: string
}

interface ListedRelease {
  tag_name: string
  draft?: boolean
  assets?: { id: number; name: string; size?: number }[]
}

/**
 * The named asset (e.g. index.json) of the newest published release other than `excludeTag`
 * that has one, as text; undefined when no release has it. Releases without it (a toolkit's
 * own v1.2.3 in the same repository) are passed over. The first page (newest 30) is enough:
 * a release is published on every store change, so the previous one is at the top.
 */
export async function fetchPreviousAsset(
  octokit: GitHubClient,
  o: { owner: string; repo: string; excludeTag: string; asset: string; maxBytes: number },
): Promise<PreviousAsset | undefined> {
  const { owner, repo } = o
  const releases = (await call('list releases', () => octokit.rest.repos.listReleases({ owner, repo, per_page: 30 }))).data as ListedRelease[]
  for (const r of releases) {
    if (r.draft || r.tag_name === o.excludeTag) continue
    const a = r.assets?.find((x) => x.name === o.asset)
    if (!a) continue
    if ((a.size ?? 0) > o.maxBytes) throw new CurateError(`${o.asset} of release ${r.tag_name} is ${a.size} bytes, over the ${o.maxBytes}-byte limit`)
    // The API answers an asset's bytes for this media type (on github.com by a redirect, which fetch follows).
    const res = await call(`download ${o.asset} of release ${r.tag_name}`, () =>
      octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: a.id, headers: { accept: 'application/octet-stream' } }),
    )
    const data = res.data as unknown
    const text = typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer).toString('utf8')
    return { tag: r.tag_name, text }
  }
  return undefined
}
