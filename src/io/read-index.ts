/**
 * The git index as a snapshot: every model file, schema and the policy read from the index
 * (stage 0), never from the working tree, so `git commit -a`, `git commit -- path` and partial
 * staging are judged on exactly what they record. One ls-files and one cat-file call (two past
 * git.ts readBlobs's budget), whatever the size of the store.
 */
import path from 'node:path'
import { changeSetOf, focusOf, touchedNames, type ChangeSet, type FileChange } from '../core/changes.js'
import { CurateError } from '../core/errors.js'
import { roleOf, triggerPaths } from '../core/layout.js'
import type { PolicyText, Snapshot } from '../core/snapshot.js'
import { plainObject, Store } from '../core/store.js'
import type { Finding, Kind, ModelFile } from '../core/types.js'
import { loadSchemaDocs, MAX_MODEL_BYTES, refusal, resolveSchemasDir } from './fs.js'
import { ContextCache } from './context-cache.js'
import { Git, type Blob, type RawChange } from './git.js'
import { resolveDataDir } from './litellm.js'
import { readPolicyFile, withPolicySchema } from './policy.js'
import { baseConfig, schemaDocsFrom } from './read-change.js'
import type { IndexOptions, StagedRepo } from './repo.js'

/** What the next commit changes in the store (its model files, schemas and policy). */
export async function stagedChanges(repo: StagedRepo): Promise<RawChange[]> {
  return (await repo.git.stagedChanges(triggerPaths(repo.layout))).filter((c) => roleOf(c.path, repo.layout).role !== 'other')
}

const REGULAR = new Set(['100644', '100755'])

/**
 * The tree the next commit records, with what it changes. The model files the commit changes
 * (and those whose replacement chain runs through them) are read whole; of the others, only
 * their context facts are needed, taken from the cache by blob id where it has them.
 */
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
  const changed = new Set(changes.filter((c) => c.status !== 'D').map((c) => c.path))
  // A change to the schemas or the policy is judged against the whole store: every file is read.
  const whole = changes.some((c) => ['schema', 'policy'].includes(roleOf(c.path, layout).role))
  const cache = ContextCache.open(repo.gitDir)
  const cached = (m: { path: string; oid: string }) => (whole || changed.has(m.path) ? undefined : cache.get(m.oid))
  const olds = changes.filter((c) => c.oldOid && roleOf(c.path, layout).role === 'model' && (!c.oldMode || REGULAR.has(c.oldMode)))
  const blobs = await git.readBlobs([...models.filter((m) => !cached(m)).map((m) => m.oid), ...schemas.map((s) => s.oid), ...olds.map((c) => c.oldOid!), ...(policy ? [policy.oid] : [])], MAX_MODEL_BYTES)

  const fileOf = (m: { path: string; kind: Kind; oid: string }): ModelFile | Finding => {
    const context = cached(m)
    if (context) return { kind: m.kind, path: m.path, text: '', context }
    const blob = blobs.get(m.oid)
    if (blob?.ok) {
      const context = changed.has(m.path) ? undefined : plainObject(blob.text)
      if (context) cache.set(m.oid, context)
      return { kind: m.kind, path: m.path, text: blob.text, context }
    }
    return refusal(m.path, blob?.ok === false && blob.reason === 'too-large' ? blob.size : blob?.ok === false && blob.reason === 'not-utf8' ? 'not-utf8' : 'missing')
  }
  const before = new Map<string, string | undefined>()
  for (const c of olds) {
    const blob = blobs.get(c.oldOid!)
    before.set(c.path, blob?.ok ? blob.text : undefined)
  }
  const fileChanges: FileChange[] = changes.map((c) => ({ path: c.path, status: c.status === 'D' ? 'deleted' : c.status === 'A' || c.status === 'C' ? 'added' : 'modified' }))
  if (options.allNew) for (const c of fileChanges) if (c.status === 'modified') c.status = 'added'
  const changeSet = changeSetOf(fileChanges, layout, before)
  const files = await withDependentsRead(git, models, models.map(fileOf), changeSet, refused)
  cache.save(new Set(models.map((m) => m.oid)))
  const snapshot: Snapshot = {
    source: 'the git index',
    layout,
    files,
    refused,
    schemaDocs: withPolicySchema(schemaDocsFrom(schemas, blobs, layout.schemas) ?? loadSchemaDocs(resolveSchemasDir(options.schemas, top))),
    policy: policy ? policyText(policy, blobs) : readPolicyFile(top, options.policy, path.join(top, layout.store)),
    dataDir: resolveDataDir(top, layout.store),
    lookups: path.join(repo.gitDir, 'leger-curate'),
    changes: changeSet,
  }
  // A commit that changes the policy or the schemas cannot loosen its own check: its model files
  // are judged under HEAD's, exactly as the pull request check judges them under its base's.
  const head = snapshot.changes!.config.size ? git.head() : undefined
  return head ? { ...snapshot, base: baseConfig(git, head, snapshot) } : snapshot
}

/**
 * The files, with the cached ones the change's focus reaches read whole: a model whose
 * replacement chain runs through a changed name gets its link findings reported, at their lines.
 * Refusals among `read` are moved to `refused`.
 */
async function withDependentsRead(git: Git, models: { path: string; kind: Kind; oid: string }[], read: (ModelFile | Finding)[], changes: ChangeSet, refused: Finding[]): Promise<ModelFile[]> {
  const files: ModelFile[] = []
  for (const r of read) if ('rule' in r) refused.push(r)
  else files.push(r)
  const unread = (f: ModelFile) => f.context !== undefined && f.text === ''
  if (!files.some(unread) || changes.everything || !mayHaveDependents(files, changes)) return files
  const focus = focusOf(new Store(files, [], { focus: new Set([...changes.added, ...changes.modified]) }), changes)
  const wanted = (f: ModelFile) => unread(f) && focus?.dependents.has(f.path)
  if (!files.some(wanted)) return files
  const oidOf = new Map(models.map((m) => [m.path, m.oid]))
  const blobs = await git.readBlobs(files.filter(wanted).map((f) => oidOf.get(f.path)!), MAX_MODEL_BYTES)
  return files.map((f) => {
    const blob = wanted(f) ? blobs.get(oidOf.get(f.path)!) : undefined
    return blob?.ok ? { kind: f.kind, path: f.path, text: blob.text } : f
  })
}

/** Whether any model names as its replacement a name a changed file declares (see touchedNames). */
function mayHaveDependents(files: ModelFile[], changes: ChangeSet): boolean {
  const text = new Map(files.map((f) => [f.path, f.text]))
  const touched = touchedNames(changes, (p) => text.get(p))
  return files.some((f) => {
    const r = (f.context ?? plainObject(f.text))?.replacement
    return typeof r === 'string' && touched.has(r.toLowerCase())
  })
}

function policyText(policy: { path: string; oid: string }, blobs: Map<string, Blob>): PolicyText {
  const blob = blobs.get(policy.oid)
  if (!blob?.ok) throw new CurateError(`cannot read the staged policy ${policy.path}: ${blob?.ok === false && blob.reason === 'too-large' ? `${blob.size} bytes` : blob?.ok === false && blob.reason === 'not-utf8' ? 'it is not valid UTF-8' : 'its blob is missing'}`, { hint: 'Save the policy as UTF-8 JSON and stage it again.' })
  return { path: policy.path, text: blob.text }
}
