/**
 * The disk side of render and release: templates and sample blueprints read from the
 * toolkit's folder (found at run time, so ncc does not copy it), the store's git commit,
 * and output folders written whole or not at all.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { IMAGES_FILE, type TemplateSet } from '../core/render.js'
import type { ReleaseIndex } from '../core/release-index.js'
import { buildRelease, type Release, type SampleBlueprint } from '../core/release.js'
import { parseIndex } from '../core/release-notes.js'
import type { Schemas } from '../core/schema.js'
import { check, type Verdict } from './assemble.js'
import { deadLeftovers, isDir, readTextFile } from './fs.js'
import { displayPath, packageRoot } from './paths.js'
import { readWorkingTree } from './read-tree.js'
import { loadSiteAssets } from './site.js'

/** The largest template or blueprint we read: these are small text files. */
const MAX_TEXT_BYTES = 1024 * 1024

export function resolveTemplatesDir(asked: string | undefined, cwd: string): string {
  return asked ? path.resolve(cwd, asked) : path.join(packageRoot(), 'templates')
}

/** Every *.njk under litellm/, llama-swap/, quadlet/ and deploy/, by relative path, and the image pins (images.json). */
export function loadTemplates(dir: string): TemplateSet {
  if (!isDir(dir)) throw new CurateError(`templates folder not found: ${dir}`, { hint: 'Pass --templates DIR, the folder holding litellm/, llama-swap/, quadlet/, deploy/ and images.json.' })
  const set: TemplateSet = {}
  const images = path.join(dir, IMAGES_FILE)
  if (existsSync(images)) set[IMAGES_FILE] = readText(images)
  for (const sub of ['litellm', 'llama-swap', 'quadlet', 'deploy']) {
    const d = path.join(dir, sub)
    if (!isDir(d)) continue
    for (const name of readdirSync(d).sort()) if (name.endsWith('.njk')) set[`${sub}/${name}`] = readText(path.join(d, name))
  }
  return set
}

/** templates/blueprints/*.json, named by file name. */
export function loadSampleBlueprints(templatesDir: string, base: string): SampleBlueprint[] {
  const dir = path.join(templatesDir, 'blueprints')
  if (!isDir(dir)) throw new CurateError(`sample blueprints folder not found: ${dir}`)
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => {
      const full = path.join(dir, n)
      return { name: n.slice(0, -'.json'.length), path: displayPath(full, base), text: readText(full) }
    })
}

export function readText(file: string, maxBytes = MAX_TEXT_BYTES): string {
  return readTextFile(file, { limit: maxBytes, label: file, missing: () => new CurateError(`file not found: ${file}`, { exitCode: 2 }) })
}

/** The commit HEAD of the repository holding `dir`, or null outside one (or without git). */
export function gitCommit(dir: string): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out) ? out : null
  } catch {
    return null
  }
}

/**
 * Replaces `dir` with exactly `files`: written into a fresh sibling folder, then swapped in,
 * so a failure leaves the old output whole. An existing folder is replaced only when empty or
 * when it holds `marker` (a previous output of ours): a user's folder is never wiped.
 */
export function writeOutputDir(dir: string, files: Map<string, Buffer | string>, marker: string): void {
  const abs = path.resolve(dir)
  const cwd = process.cwd()
  if (abs === path.parse(abs).root || cwd === abs || cwd.startsWith(abs + path.sep))
    throw new CurateError(`refusing to replace ${dir}: it is the root or holds the current folder`, { hint: 'Choose a new folder for --out, e.g. out/.', exitCode: 2 })
  recoverOutputDir(abs)
  if (existsSync(dir)) {
    if (!isDir(dir)) throw new CurateError(`${dir} exists and is not a folder`, { exitCode: 2 })
    if (readdirSync(dir).length && !existsSync(path.join(dir, marker)))
      throw new CurateError(`${dir} is not empty and holds no ${marker}: refusing to replace it`, { hint: 'Choose an empty or new folder for --out.', exitCode: 2 })
  }
  const parent = path.dirname(path.resolve(dir))
  mkdirSync(parent, { recursive: true })
  const name = path.basename(abs)
  const tmp = path.join(parent, `.${name}.${process.pid}.tmp`)
  const old = path.join(parent, `.${name}.${process.pid}.old`)
  rmSync(tmp, { recursive: true, force: true })
  try {
    for (const [rel, content] of files) {
      const target = path.join(tmp, rel)
      if (!target.startsWith(tmp + path.sep)) throw new CurateError(`refusing to write outside the output folder: ${rel}`)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, content, { flag: 'wx' })
    }
    // Only now, with the new folder complete, is the old one moved aside; a process killed
    // between the two renames leaves the old one as .<name>.<pid>.old, which the next run restores.
    if (existsSync(abs)) renameSync(abs, old)
    renameSync(tmp, abs)
  } catch (err) {
    // The old folder back in place if it was moved aside and the new one is not there.
    if (!existsSync(abs) && existsSync(old)) renameSync(old, abs)
    throw err
  } finally {
    rmSync(tmp, { recursive: true, force: true })
    rmSync(old, { recursive: true, force: true })
  }
}

/**
 * What a killed run left beside `dir`: its old folder moved aside (restored when `dir` is
 * missing: the old state, whole) and half-written new folders (removed).
 */
export function recoverOutputDir(dir: string): void {
  const abs = path.resolve(dir)
  const left = deadLeftovers(path.dirname(abs), path.basename(abs), ['old', 'tmp'])
  for (const l of left) if (l.suffix === 'old' && !existsSync(abs)) renameSync(l.path, abs)
  for (const l of left) if (existsSync(l.path)) rmSync(l.path, { recursive: true, force: true })
}

export interface PreparedRelease {
  /** The store's verdict under its full curation policy: a release is built only when it has no errors. */
  validation: Verdict
  release?: Release
}

function previousIndex(options: Parameters<typeof prepareRelease>[0], schemas: Schemas): { previous?: ReleaseIndex; noPreviousReason?: string } {
  const p = options.previous
  if (!p) return { noPreviousReason: options.noPreviousReason }
  try {
    return { previous: parseIndex(p.text, p.source, schemas) }
  } catch (err) {
    if (!(p.optional && err instanceof CurateError)) throw err
    return { noPreviousReason: `${err.message}: nothing to compare with.` }
  }
}

/** Judges the store (the same verdict as validate), then builds the release from it and the sample blueprints. */
export async function prepareRelease(options: {
  base: string
  store?: string
  schemas?: string
  policy?: string
  templates?: string
  env?: NodeJS.ProcessEnv
  /**
   * The previous release's index.json, for CHANGES.md: given as text by the door that found it.
   * `optional`: when it cannot be read, CHANGES.md says so instead of the release failing.
   */
  previous?: { text: string; source: string; optional?: boolean }
  noPreviousReason?: string
}): Promise<PreparedRelease> {
  const snapshot = readWorkingTree({ base: options.base, store: options.store, schemas: options.schemas, policy: options.policy })
  const checked = await check(snapshot, { env: options.env })
  const validation = checked.verdict
  if (validation.summary.errors) return { validation }
  const templatesDir = resolveTemplatesDir(options.templates, options.base)
  const release = buildRelease({
    store: checked.store,
    schemas: checked.schemas,
    templates: loadTemplates(templatesDir),
    blueprints: loadSampleBlueprints(templatesDir, options.base),
    commit: gitCommit(path.resolve(options.base, snapshot.layout.store || '.')),
    site: loadSiteAssets(templatesDir),
    ...previousIndex(options, checked.schemas),
  })
  return { validation, release }
}
