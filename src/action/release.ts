/**
 * The Action's `mode: release`: validate the store, build the bundle (index.json, sample
 * blueprints, SHA256SUMS), and publish its top-level files as assets of a GitHub release.
 * Wired into the Action's mode table by src/action/main.ts; inputs come from action.yml.
 */
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { publishedAssets, type ReleaseIndex } from '../core/release.js'
import { plural } from '../core/text.js'
import type { Finding } from '../core/types.js'
import { prepareRelease, writeOutputDir } from '../io/bundle.js'
import { publishRelease, type GitHubClient, type Published } from '../io/github-release.js'

export interface ReleaseInputs {
  /** The checkout (GITHUB_WORKSPACE): paths in findings are relative to it. */
  workspace: string
  store?: string
  schemas?: string
  templates?: string
  /** Where the bundle is written before upload (default: <workspace>/out/release). */
  outDir?: string
  /** The release tag; default `store-YYYY-MM-DD` (UTC) of `now`. */
  tag?: string
  owner: string
  repo: string
  /** The commit built (GITHUB_SHA): new tags point at it. */
  sha?: string
  now?: Date
}

export interface ReleaseReporter {
  info(message: string): void
  /** Annotations for store findings, placed on their file and line. */
  annotate(finding: Finding): void
  setOutput(name: string, value: string): void
}

export interface ReleaseOutcome extends Published {
  tag: string
  assets: string[]
}

const CONTENT_TYPES: Record<string, string> = { '.json': 'application/json', '.gz': 'application/gzip' }

export function defaultTag(now: Date): string {
  return `store-${now.toISOString().slice(0, 10)}`
}

export async function runRelease(inputs: ReleaseInputs, octokit: GitHubClient, reporter: ReleaseReporter): Promise<ReleaseOutcome> {
  const prepared = await prepareRelease({ base: inputs.workspace, store: inputs.store, schemas: inputs.schemas, templates: inputs.templates })
  for (const f of prepared.validation.findings) reporter.annotate(f)
  if (!prepared.release)
    throw new CurateError(`release refused: the store has ${plural(prepared.validation.summary.errors, 'error')}`, { hint: 'Fix the findings annotated above; nothing was published.', exitCode: 1 })
  for (const f of prepared.release.findings) reporter.annotate(f)
  const { files } = prepared.release
  const outDir = path.resolve(inputs.workspace, inputs.outDir ?? 'out/release')
  writeOutputDir(outDir, files, 'SHA256SUMS')

  // The same list SHA256SUMS covers: blueprints/<name>/ travel inside <name>.tar.gz.
  const top = publishedAssets(files)
  const assets = top.map((name) => ({ name, data: files.get(name)!, contentType: CONTENT_TYPES[path.extname(name)] ?? 'text/plain' }))
  const index = JSON.parse(files.get('index.json')!.toString()) as ReleaseIndex
  const tag = inputs.tag || defaultTag(inputs.now ?? new Date())
  const body = releaseBody(index, top)
  reporter.info(`Publishing ${plural(assets.length, 'asset')} to release ${tag} of ${inputs.owner}/${inputs.repo}`)
  const published = await publishRelease(octokit, { owner: inputs.owner, repo: inputs.repo, tag, name: `Model store ${tag.replace(/^store-/, '')}`, body, targetCommitish: inputs.sha, assets })
  reporter.info(`${published.created ? 'Created' : 'Updated'} ${published.url}${published.replaced.length ? ` (replaced ${published.replaced.join(', ')})` : ''}`)
  reporter.setOutput('release-url', published.url)
  reporter.setOutput('release-tag', tag)
  return { ...published, tag, assets: top }
}

/** The release notes: what the store holds, from index.json (no clock, so re-runs agree). */
export function releaseBody(index: ReleaseIndex, assets: string[]): string {
  const c = index.counts
  const kinds = Object.entries(c.by_kind).map(([k, n]) => `${n} ${k}`).join(', ')
  const providers = Object.entries(c.by_provider).map(([k, n]) => `${k} ${n}`).join(', ')
  const lines = [
    `${plural(c.total, 'model')} (${kinds})${c.deprecated ? `, ${c.deprecated} deprecated` : ''}.`,
    '',
    ...(providers ? [`Providers: ${providers}.`, ''] : []),
    `Built from commit ${index.commit ?? '(unknown)'}; index schema version ${index.schema_version}.`,
    '',
    'Assets:',
    ...assets.map((a) => `- \`${a}\``),
    '',
    'Check downloads with `sha256sum -c --ignore-missing SHA256SUMS`.',
  ]
  return lines.join('\n') + '\n'
}
