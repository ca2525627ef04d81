/**
 * The release bundle, as bytes by path: index.json, every sample blueprint rendered into
 * blueprints/<name>/ and packed as <name>.tar.gz, the gallery in site/ (packed as site.tar.gz),
 * CHANGES.md (what changed since the previous index), and SHA256SUMS over the published assets
 * (the top-level files). Each archive explains itself: the rendered deployment with its
 * DEPLOY.md, the blueprint it came from, the store commit, and its own SHA256SUMS inside.
 * A pure function of the store, the blueprints, the templates and the commit: two builds
 * of the same commit are byte-identical (no clock, sorted everything, fixed tar metadata).
 */
import { createHash } from 'node:crypto'
import { CurateError } from './errors.js'
import { releaseNotes } from './release-notes.js'
import { renderBlueprint, type TemplateSet } from './render.js'
import { resolveBlueprint, type BlueprintFile } from './resolve.js'
import type { Schemas } from './schema.js'
import { buildSite, type SiteAssets } from './site/index.js'
import { idOf, str, type Store } from './store.js'
import { tarGz } from './tar.js'
import type { Finding } from './types.js'
import { tally as countKeys } from './own.js'

export const INDEX_SCHEMA_VERSION = 1

export interface IndexModel {
  id: string
  kind: 'cloud' | 'local'
  name: string
  file: string
  provider?: string
  group?: string
  deprecated: boolean
  replacement?: string
  definition: Record<string, unknown>
}

export interface ReleaseIndex {
  schema_version: number
  commit: string | null
  counts: {
    total: number
    deprecated: number
    by_kind: Record<string, number>
    by_provider: Record<string, number>
    by_group: Record<string, number>
    by_capability: Record<string, number>
  }
  models: IndexModel[]
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Every model of the store, sorted by kind then id, with counts. */
export function buildIndex(store: Store, commit: string | null): ReleaseIndex {
  const models: IndexModel[] = []
  for (const e of store.entries) {
    const id = idOf(e)
    if (!id) continue
    const definition: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(e.data)) if (k !== '$schema') definition[k] = v
    const provider = str(e.data.provider)
    const group = str(e.data.group)
    const replacement = str(e.data.replacement)
    models.push({
      id,
      kind: e.kind,
      name: str(e.data.name) ?? id,
      file: e.file.path,
      ...(provider !== undefined && { provider }),
      ...(group !== undefined && { group }),
      deprecated: e.data.deprecated === true,
      ...(replacement !== undefined && { replacement }),
      definition,
    })
  }
  models.sort((a, b) => cmp(a.kind, b.kind) || cmp(a.id, b.id) || cmp(a.file, b.file))
  // A Map, not an object: a provider named "constructor" counts from 0, not from Object's function.
  const tally = (keys: (m: IndexModel) => string[]) => countKeys(models.flatMap(keys))
  const caps = (m: IndexModel) => {
    const c = m.definition.capabilities
    return Array.isArray(c) ? [...new Set(c.filter((x): x is string => typeof x === 'string'))] : []
  }
  return {
    schema_version: INDEX_SCHEMA_VERSION,
    commit,
    counts: {
      total: models.length,
      deprecated: models.filter((m) => m.deprecated).length,
      by_kind: tally((m) => [m.kind]),
      by_provider: tally((m) => (m.provider ? [m.provider] : [])),
      by_group: tally((m) => (m.group ? [m.group] : [])),
      by_capability: tally(caps),
    },
    models,
  }
}

/** `sha256sum`'s format: "<hex>  <path>", sorted by path. */
export function sha256sums(files: Map<string, Buffer>): string {
  return (
    [...files.keys()]
      .sort(cmp)
      .map((p) => `${createHash('sha256').update(files.get(p)!).digest('hex')}  ${p}`)
      .join('\n') + '\n'
  )
}

export const CHECKSUMS_FILE = 'SHA256SUMS'
export const BLUEPRINT_COPY = 'blueprint.json'
export const COMMIT_FILE = 'STORE_COMMIT'

/**
 * What a release publishes: its top-level files, SHA256SUMS included. Folders (blueprints/<name>/)
 * are the unpacked copies, for inspection; they travel inside <name>.tar.gz. The publisher and
 * SHA256SUMS both read this list, so `sha256sum -c SHA256SUMS` passes over the downloaded assets.
 */
export function publishedAssets(files: Map<string, Buffer>): string[] {
  return [...files.keys()].filter((p) => !p.includes('/')).sort(cmp)
}

/** SHA256SUMS over exactly the published assets but itself. */
export function assetChecksums(files: Map<string, Buffer>): Buffer {
  const covered = new Map(publishedAssets(files).filter((p) => p !== CHECKSUMS_FILE).map((p) => [p, files.get(p)!]))
  return Buffer.from(sha256sums(covered))
}

export interface SampleBlueprint extends BlueprintFile {
  /** The file name without .json: the folder and archive name. */
  name: string
}

export interface ReleaseInput {
  store: Store
  schemas: Schemas
  templates: TemplateSet
  blueprints: SampleBlueprint[]
  commit: string | null
  /** templates/site/: the gallery's page assets. */
  site: SiteAssets
  /** The previous release's index, for CHANGES.md; absent on a first release. */
  previous?: ReleaseIndex
  /** Said in CHANGES.md when there is no previous index (e.g. why it could not be read). */
  noPreviousReason?: string
}

export interface Release {
  files: Map<string, Buffer>
  /** Warnings from resolving the sample blueprints (e.g. a deprecated model in a sample). */
  findings: Finding[]
}

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/

export function buildRelease(input: ReleaseInput): Release {
  const files = new Map<string, Buffer>()
  const findings: Finding[] = []
  const index = buildIndex(input.store, input.commit)
  files.set('index.json', Buffer.from(JSON.stringify(index, null, 2) + '\n'))
  const names = new Set<string>()
  for (const bp of [...input.blueprints].sort((a, b) => cmp(a.name, b.name))) {
    if (!SAFE_NAME.test(bp.name) || bp.name === 'index' || names.has(bp.name))
      throw new CurateError(`sample blueprint name "${bp.name}" is not usable as a folder name`, { hint: 'Name sample blueprints with lowercase letters, digits and dashes, e.g. local-only.json.' })
    names.add(bp.name)
    const r = resolveBlueprint(bp, input.store, input.schemas, { defaultName: bp.name })
    findings.push(...r.findings)
    if (!r.resolved) {
      const first = r.findings.find((f) => f.severity === 'error')
      throw new CurateError(`sample blueprint ${bp.path} does not resolve against the store${first ? `: ${first.message}` : ''}`, {
        hint: first?.hint ?? 'Fix the sample blueprint or the store.',
        exitCode: 1,
      })
    }
    const rendered = renderBlueprint(r.resolved, input.templates, { commit: input.commit })
    const inside = new Map<string, Buffer>(rendered.map((f) => [f.path, Buffer.from(f.content)]))
    inside.set(BLUEPRINT_COPY, Buffer.from(bp.text))
    inside.set(COMMIT_FILE, Buffer.from(`${input.commit ?? 'unknown (built outside a git repository)'}\n`))
    // Checked from inside the unpacked folder: cd <name> && sha256sum -c SHA256SUMS.
    inside.set(CHECKSUMS_FILE, Buffer.from(sha256sums(inside)))
    const entries = [...inside].map(([p, data]) => ({ path: `${bp.name}/${p}`, data }))
    for (const e of entries) files.set(`blueprints/${e.path}`, e.data)
    files.set(`${bp.name}.tar.gz`, tarGz(entries))
  }
  // The gallery: site/ for GitHub Pages or any static host, and the same files as one asset.
  const site = [...buildSite(index, input.site, input.schemas.docs)].map(([p, data]) => ({ path: `site/${p}`, data }))
  for (const e of site) files.set(e.path, e.data)
  files.set('site.tar.gz', tarGz(site))
  files.set('CHANGES.md', Buffer.from(releaseNotes(input.previous, index, { noPreviousReason: input.noPreviousReason })))
  files.set(CHECKSUMS_FILE, assetChecksums(files))
  return { files, findings }
}
