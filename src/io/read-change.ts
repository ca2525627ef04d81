/**
 * What a change did, added to a snapshot of its head: the files a commit range (a pull
 * request's base...head, a push's before..after, or --base REF to the working tree) added,
 * modified and deleted, the texts the deleted and modified ones had, and, when the change
 * touches the policy or the schemas, those of the base, under which its model files are judged.
 */
import path from 'node:path'
import { changeSetOf, type FileChange } from '../core/changes.js'
import { roleOf, triggerPaths } from '../core/layout.js'
import { CurateError } from '../core/errors.js'
import type { SchemaDocs } from '../core/schema.js'
import type { BaseConfig, Snapshot } from '../core/snapshot.js'
import { loadSchemaDocs, MAX_MODEL_BYTES } from './fs.js'
import { Git, type Blob } from './git.js'
import { packageRoot } from './paths.js'
import { withPolicySchema } from './policy.js'

export interface RangeOptions {
  /** The repository (paths in the snapshot are relative to it). */
  cwd: string
  from: string
  /** undefined: the working tree (untracked model files count as added). */
  to?: string
  /** Compare from the merge base (a pull request's "Files changed"). */
  mergeBase?: boolean
}

/** The snapshot with the range's changes; undefined when the checkout lacks a commit of it (shallow). */
export function withCommitRange(snapshot: Snapshot, options: RangeOptions): Snapshot | undefined {
  const git = new Git(options.cwd)
  const top = git.topWithCommits(options.to === undefined ? [options.from] : [options.from, options.to])
  if (!top) return undefined
  // Git speaks in paths from the repository's root; the snapshot in paths from cwd.
  const prefix = path.relative(top, options.cwd).split(path.sep).join('/')
  const fromTop = (p: string) => (prefix ? `${prefix}/${p}` : p)
  const toCwd = (p: string) => (prefix ? path.posix.relative(prefix, p) : p)
  const { layout } = snapshot
  const raw = git.diff(options.from, options.to, triggerPaths(layout).map(fromTop), { mergeBase: options.mergeBase })
  const changes: FileChange[] = raw.map((c) => ({ path: toCwd(c.path), status: c.status === 'D' ? 'deleted' : c.status === 'A' || c.status === 'C' ? 'added' : 'modified' }))
  if (options.to === undefined) for (const p of git.untracked(triggerPaths(layout).map(fromTop))) if (roleOf(toCwd(p), layout).role !== 'other') changes.push({ path: toCwd(p), status: 'added' })

  const olds = raw.filter((c) => c.oldOid && roleOf(toCwd(c.path), layout).role === 'model')
  const blobs = git.readBlobs(olds.map((c) => c.oldOid!), MAX_MODEL_BYTES)
  const before = new Map<string, string | undefined>()
  for (const c of olds) {
    const b = blobs.get(c.oldOid!)
    before.set(toCwd(c.path), b?.ok ? b.text : undefined)
  }
  const touchesConfig = changes.some((c) => ['schema', 'policy'].includes(roleOf(c.path, layout).role))
  const base = touchesConfig ? baseConfig(git, options.from, snapshot, prefix) : undefined
  return { ...snapshot, changes: changeSetOf(changes, snapshot.layout, before), base }
}

/**
 * The policy and schemas at `commit`, under which a change to them is judged. `prefix`: where
 * the snapshot's folder is inside the repository ('' at its root).
 */
export function baseConfig(git: Git, commit: string, snapshot: Snapshot, prefix = ''): BaseConfig {
  const { layout } = snapshot
  const fromTop = (p: string) => (prefix ? `${prefix}/${p}` : p)
  const toCwd = (p: string) => (prefix ? path.posix.relative(prefix, p) : p)
  const tree = git.treeEntries(commit, [layout.schemas === '' ? '.' : layout.schemas, layout.policy].map(fromTop))
  const blobs = git.readBlobs(tree.map((e) => e.oid), MAX_MODEL_BYTES)
  const schemas = tree.filter((e) => roleOf(toCwd(e.path), layout).role === 'schema')
  const policy = tree.find((e) => roleOf(toCwd(e.path), layout).role === 'policy')
  const policyBlob = policy && blobs.get(policy.oid)
  return {
    ref: commit.slice(0, 12),
    // A base without schemas of its own was judged by the toolkit's.
    schemaDocs: withPolicySchema(schemaDocsFrom(schemas, blobs, layout.schemas) ?? loadSchemaDocs(path.join(packageRoot(), 'schemas'))),
    policy: policyBlob?.ok ? { path: toCwd(policy!.path), text: policyBlob.text } : undefined,
  }
}

/**
 * The snapshot with a change known only as a file list (the GitHub API's, when the checkout is
 * shallow): no texts from before, and no base policy, so a change to the policy or the schemas
 * is refused rather than judged under itself.
 */
export function withFileList(snapshot: Snapshot, files: FileChange[], ref: string): Snapshot {
  const changes = changeSetOf(files, snapshot.layout)
  const base = changes.config.size ? { ref, schemaDocs: {}, missing: 'the base commit is not in this checkout' } : undefined
  return { ...snapshot, changes, base }
}

/** Schemas read from git blobs (the index, a base commit): only a folder that holds both model schemas counts. */
export function schemaDocsFrom(schemas: { path: string; oid: string }[], blobs: Map<string, Blob>, dir: string): SchemaDocs | undefined {
  const names = schemas.map((s) => s.path.split('/').pop()!)
  // Only a folder that really holds the model schemas counts: elsewhere the toolkit's own apply.
  if (!names.includes('cloud.schema.json') || !names.includes('local.schema.json')) return undefined
  const docs: SchemaDocs = {}
  for (const s of schemas) {
    const blob = blobs.get(s.oid)
    if (!blob?.ok) throw new CurateError(`cannot read the schema ${s.path}: its blob is ${blob?.ok === false ? blob.reason : 'missing'}`)
    try {
      docs[s.path.split('/').pop()!] = JSON.parse(blob.text) as object
    } catch (err) {
      throw new CurateError(`the schema ${s.path} is not valid JSON: ${(err as Error).message}`, { hint: `Fix ${dir}/ and stage it again.`, cause: err })
    }
  }
  return docs
}
