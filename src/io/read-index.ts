/**
 * The git index as a snapshot: every model file, schema and the policy read from the index
 * (stage 0), never from the working tree, so `git commit -a`, `git commit -- path` and partial
 * staging are judged on exactly what they record. One ls-files and two cat-file calls,
 * whatever the size of the store.
 */
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { changeSetOf, type FileChange } from '../core/changes.js'
import { CurateError } from '../core/errors.js'
import { roleOf, triggerPaths, type StoreLayout } from '../core/layout.js'
import { POLICY_FILE } from '../core/policy.js'
import type { PolicyText, Snapshot } from '../core/snapshot.js'
import type { Finding, Kind, ModelFile } from '../core/types.js'
import { loadSchemaDocs, MAX_MODEL_BYTES, refusal, resolveSchemasDir } from './fs.js'
import { Git, type Blob, type RawChange } from './git.js'
import { resolveDataDir } from './litellm.js'
import { readPolicyFile, withPolicySchema } from './policy.js'
import { baseConfig, schemaDocsFrom } from './read-change.js'

export interface IndexOptions {
  store?: string
  schemas?: string
  policy?: string
  /** Every staged model file is a new submission (validate --staged --new). */
  allNew?: boolean
}

export interface StagedRepo {
  git: Git
  /** The work tree's root: paths in findings are relative to it. */
  top: string
  layout: StoreLayout
}

/** Finds the repository around `cwd` and places the store, schemas and policy inside it. */
export async function openRepo(cwd: string, options: IndexOptions): Promise<StagedRepo> {
  const top = await new Git(cwd).toplevel()
  const inside = (p: string, flag: string): string => {
    const rel = path.relative(real(top), real(path.resolve(cwd, p)))
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new CurateError(`${flag} ${p} is outside the repository ${top}`, { hint: '--staged reads the store from the git index: the folder must be inside the repository.' })
    return rel.split(path.sep).join('/')
  }
  const layout: StoreLayout = {
    store: inside(options.store ?? 'model-store', '--store'),
    schemas: inside(options.schemas ?? 'schemas', '--schemas'),
    policy: inside(options.policy ?? POLICY_FILE, '--policy'),
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

/** What the next commit changes in the store (its model files, schemas and policy). */
export async function stagedChanges(repo: StagedRepo): Promise<RawChange[]> {
  return (await repo.git.stagedChanges(triggerPaths(repo.layout))).filter((c) => roleOf(c.path, repo.layout).role !== 'other')
}

const REGULAR = new Set(['100644', '100755'])

/** The tree the next commit records, with what it changes. */
export async function readIndex(repo: StagedRepo, changes: RawChange[], options: IndexOptions = {}): Promise<Snapshot> {
  const { git, layout, top } = repo
  const entries = await git.indexEntries(triggerPaths(layout))
  const models: { path: string; kind: Kind; oid: string }[] = []
  const schemas: { path: string; oid: string }[] = []
  const refused: Finding[] = []
  let policy: { path: string; oid: string } | undefined
  for (const e of entries) {
    const role = roleOf(e.path, layout)
    if (role.role === 'policy' && REGULAR.has(e.mode)) policy = { path: e.path, oid: e.oid }
    else if (role.role === 'model') {
      if (REGULAR.has(e.mode)) models.push({ path: e.path, kind: role.kind, oid: e.oid })
      else refused.push(refusal(e.path, e.mode === '120000' ? 'link' : 'not-a-file'))
    } else if (role.role === 'schema' && REGULAR.has(e.mode)) schemas.push({ path: e.path, oid: e.oid })
  }
  const olds = changes.filter((c) => c.oldOid && roleOf(c.path, layout).role === 'model' && (!c.oldMode || REGULAR.has(c.oldMode)))
  const blobs = await git.readBlobs([...models.map((m) => m.oid), ...schemas.map((s) => s.oid), ...olds.map((c) => c.oldOid!), ...(policy ? [policy.oid] : [])], MAX_MODEL_BYTES)

  const files: ModelFile[] = []
  for (const m of models) {
    const blob = blobs.get(m.oid)
    if (blob?.ok) files.push({ kind: m.kind, path: m.path, text: blob.text })
    else refused.push(refusal(m.path, blob?.ok === false && blob.reason === 'too-large' ? blob.size : blob?.ok === false && blob.reason === 'not-utf8' ? 'not-utf8' : 'missing'))
  }
  const before = new Map<string, string | undefined>()
  for (const c of olds) {
    const blob = blobs.get(c.oldOid!)
    before.set(c.path, blob?.ok ? blob.text : undefined)
  }
  const fileChanges: FileChange[] = changes.map((c) => ({ path: c.path, status: c.status === 'D' ? 'deleted' : c.status === 'A' || c.status === 'C' ? 'added' : 'modified' }))
  if (options.allNew) for (const c of fileChanges) if (c.status === 'modified') c.status = 'added'
  const snapshot: Snapshot = {
    source: 'the git index',
    layout,
    files,
    refused,
    schemaDocs: withPolicySchema(schemaDocsFrom(schemas, blobs, layout.schemas) ?? loadSchemaDocs(resolveSchemasDir(options.schemas, top))),
    policy: policy ? policyText(policy, blobs) : readPolicyFile(top, options.policy, path.join(top, layout.store)),
    dataDir: resolveDataDir(top, layout.store),
    changes: changeSetOf(fileChanges, layout, before),
  }
  // A commit that changes the policy or the schemas cannot loosen its own check: its model files
  // are judged under HEAD's, exactly as the pull request check judges them under its base's.
  const head = snapshot.changes!.config.size ? git.head() : undefined
  return head ? { ...snapshot, base: baseConfig(git, head, snapshot) } : snapshot
}

function policyText(policy: { path: string; oid: string }, blobs: Map<string, Blob>): PolicyText {
  const blob = blobs.get(policy.oid)
  if (!blob?.ok) throw new CurateError(`cannot read the staged policy ${policy.path}: ${blob?.ok === false && blob.reason === 'too-large' ? `${blob.size} bytes` : blob?.ok === false && blob.reason === 'not-utf8' ? 'it is not valid UTF-8' : 'its blob is missing'}`, { hint: 'Save the policy as UTF-8 JSON and stage it again.' })
  return { path: policy.path, text: blob.text }
}
