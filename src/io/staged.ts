/**
 * The store as the commit will record it: every model file and schema read from the git
 * index (stage 0), never from the working tree, so `git commit -a`, `git commit -- path` and
 * partial staging are judged on exactly what they commit.
 */
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import type { SchemaDocs } from '../core/schema.js'
import { modelPaths, roleOf, type StoreLayout } from '../core/staged.js'
import type { Finding, Kind, ModelFile } from '../core/types.js'
import { MAX_MODEL_BYTES } from './fs.js'
import { Git, type Blob, type StagedChange } from './git.js'

export const POLICY_FILE = 'curation.config.json'

export interface StagedRepo {
  git: Git
  /** The work tree's root: paths in findings are relative to it. */
  top: string
  layout: StoreLayout
}

/** Finds the repository around `cwd` and places the store and schema folders inside it. */
export async function openStagedRepo(cwd: string, options: { store?: string; schemas?: string }): Promise<StagedRepo> {
  const top = await new Git(cwd).toplevel()
  const inside = (p: string, flag: string): string => {
    const abs = path.resolve(cwd, p)
    let rel = path.relative(real(top), real(abs))
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new CurateError(`${flag} ${p} is outside the repository ${top}`, { hint: '--staged reads the store from the git index: the folder must be inside the repository.', exitCode: 2 })
    rel = rel.split(path.sep).join('/')
    return rel
  }
  const layout: StoreLayout = {
    store: inside(options.store ?? 'model-store', '--store'),
    schemas: options.schemas === undefined ? 'schemas' : inside(options.schemas, '--schemas'),
    policy: POLICY_FILE,
  }
  return { git: new Git(top), top, layout }
}

/** The real path of what exists of `p` (the store folder may not exist in the working tree). */
function real(p: string): string {
  let head = p
  const rest: string[] = []
  for (;;) {
    try {
      return path.join(realpathSync(head), ...rest)
    } catch {
      const up = path.dirname(head)
      if (up === head) return p
      rest.unshift(path.basename(head))
      head = up
    }
  }
}

export interface IndexSnapshot {
  files: ModelFile[]
  /** Model entries the reader refuses (links, submodules, too large). */
  refused: Finding[]
  /** The schemas as staged, when the index holds them; otherwise the caller reads them from disk. */
  schemaDocs?: SchemaDocs
  /** The text HEAD had for each changed or deleted model file (undefined: unreadable). */
  before: Map<string, string | undefined>
  /** The curation policy as staged (undefined: the commit holds none, the defaults apply). */
  policy?: { path: string; text: string }
}

const REGULAR = new Set(['100644', '100755'])

/** One ls-files and two cat-file calls, whatever the size of the store. */
export async function readIndexSnapshot(repo: StagedRepo, changes: StagedChange[]): Promise<IndexSnapshot> {
  const { git, layout } = repo
  const entries = await git.indexEntries([...modelPaths(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy])
  const models: { path: string; kind: Kind; oid: string }[] = []
  const schemas: { path: string; oid: string }[] = []
  const refused: Finding[] = []
  let policy: { path: string; oid: string } | undefined
  for (const e of entries) {
    const role = roleOf(e.path, layout)
    if (role.role === 'policy' && REGULAR.has(e.mode)) policy = { path: e.path, oid: e.oid }
    else if (role.role === 'model') {
      if (REGULAR.has(e.mode)) models.push({ path: e.path, kind: role.kind, oid: e.oid })
      else refused.push(refuse(e.path, e.mode === '120000' ? 'model file is a symbolic link' : 'model file is not a regular file (a submodule?)'))
    } else if (role.role === 'schema' && REGULAR.has(e.mode)) schemas.push({ path: e.path, oid: e.oid })
  }
  const olds = changes.filter((c) => c.oldOid && roleOf(c.path, layout).role === 'model' && (!c.oldMode || REGULAR.has(c.oldMode)))
  const blobs = await git.readBlobs([...models.map((m) => m.oid), ...schemas.map((s) => s.oid), ...olds.map((c) => c.oldOid!), ...(policy ? [policy.oid] : [])], MAX_MODEL_BYTES)

  const files: ModelFile[] = []
  for (const m of models) {
    const blob = blobs.get(m.oid)
    if (blob?.ok) files.push({ kind: m.kind, path: m.path, text: blob.text })
    else refused.push(refuse(m.path, unreadable(blob)))
  }
  const before = new Map<string, string | undefined>()
  for (const c of olds) {
    const blob = blobs.get(c.oldOid!)
    before.set(c.path, blob?.ok ? blob.text : undefined)
  }
  const policyBlob = policy && blobs.get(policy.oid)
  if (policy && !policyBlob?.ok) throw new CurateError(`cannot read the staged policy ${policy.path}: ${unreadable(policyBlob)}`, { exitCode: 2 })
  return {
    files,
    refused,
    schemaDocs: schemaDocsFrom(schemas, blobs, layout.schemas),
    before,
    policy: policy && policyBlob?.ok ? { path: policy.path, text: policyBlob.text } : undefined,
  }
}

function schemaDocsFrom(schemas: { path: string; oid: string }[], blobs: Map<string, Blob>, dir: string): SchemaDocs | undefined {
  const names = schemas.map((s) => s.path.split('/').pop()!)
  // Only a folder that really holds the model schemas counts: elsewhere the toolkit's own apply.
  if (!names.includes('cloud.schema.json') || !names.includes('local.schema.json')) return undefined
  const docs: SchemaDocs = {}
  for (const s of schemas) {
    const blob = blobs.get(s.oid)
    if (!blob?.ok) throw new CurateError(`cannot read the staged schema ${s.path}: ${unreadable(blob)}`, { exitCode: 2 })
    try {
      docs[s.path.split('/').pop()!] = JSON.parse(blob.text) as object
    } catch (err) {
      throw new CurateError(`the staged schema ${s.path} is not valid JSON: ${(err as Error).message}`, { hint: `Fix ${dir}/ and stage it again.`, exitCode: 2, cause: err })
    }
  }
  return docs
}

function unreadable(blob: Blob | undefined): string {
  if (!blob) return 'its blob is missing from the repository'
  if (blob.ok) return 'unreadable'
  if (blob.reason === 'too-large') return `model file is ${blob.size} bytes, over the ${MAX_MODEL_BYTES}-byte limit`
  if (blob.reason === 'not-a-blob') return 'model file is not a regular file'
  return 'its blob is missing from the repository'
}

function refuse(file: string, message: string): Finding {
  const hint = message.includes('bytes')
    ? 'A model file describes one model in a few dozen lines; this one is not a model file.'
    : 'Model files are plain files inside the store; replace the link with the file itself.'
  return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint }
}
