/**
 * What a change does to the store, and which files a check of it reports on. Pure: the git
 * index, a commit range and the GitHub API's file list all arrive here as FileChange lists.
 */
import { roleOf, type StoreLayout } from './layout.js'
import { parseModelText } from './parse.js'
import { idOf, str, type Store } from './store.js'

export type ChangeStatus = 'added' | 'modified' | 'deleted'

/** One path a change touched. A rename arrives as a deletion and an addition. */
export interface FileChange {
  /** Repo-relative path with forward slashes. */
  path: string
  status: ChangeStatus
}

/** The model files a change adds, modifies and deletes. */
export interface ChangeSet {
  added: ReadonlySet<string>
  modified: ReadonlySet<string>
  deleted: ReadonlySet<string>
  /** The text each modified or deleted model file had before the change (undefined: unknown). */
  before: ReadonlyMap<string, string | undefined>
  /** The schema and policy files the change touches. */
  config: ReadonlySet<string>
  /** Set when the change touches a schema or the policy: then every model file is reported on. */
  everything?: string
}

export const NO_CHANGE: ChangeSet = Object.freeze({ added: new Set<string>(), modified: new Set<string>(), deleted: new Set<string>(), before: new Map(), config: new Set<string>() })

export function changeSetOf(changes: FileChange[], layout: StoreLayout, before: ReadonlyMap<string, string | undefined> = new Map()): ChangeSet {
  const added = new Set<string>()
  const modified = new Set<string>()
  const deleted = new Set<string>()
  const config = new Set<string>()
  for (const c of changes) {
    const role = roleOf(c.path, layout).role
    if (role === 'schema' || role === 'policy') config.add(c.path)
    if (role !== 'model') continue
    ;(c.status === 'added' ? added : c.status === 'deleted' ? deleted : modified).add(c.path)
  }
  // A path deleted and added again (a rename's two halves across kinds) is a modification.
  for (const p of added) if (deleted.delete(p)) (added.delete(p), modified.add(p))
  const first = [...config].sort()[0]
  return { added, modified, deleted, before, config, everything: first && `${first} changed: every model file is checked against it` }
}

/** The GitHub API's PR file statuses, as changes; a rename is its two halves. */
export function fromApiFile(f: { filename: string; status: string; previous_filename?: string }): FileChange[] {
  switch (f.status) {
    case 'added':
    case 'copied':
      return [{ path: f.filename, status: 'added' }]
    case 'removed':
      return [{ path: f.filename, status: 'deleted' }]
    case 'renamed':
      return [...(f.previous_filename ? [{ path: f.previous_filename, status: 'deleted' as const }] : []), { path: f.filename, status: 'added' }]
    case 'modified':
    case 'changed':
      return [{ path: f.filename, status: 'modified' }]
    default:
      return []
  }
}

/**
 * The files a check reports on. `files`: the changed model files (deleted ones included: the
 * deletion is reported there). `dependents`: other models whose replacement chain passes
 * through a name (id or alias) a changed file declared before or after the change, i.e. the
 * files a change can break without touching them; only their replacement links are reported.
 * undefined: every file (no change is known, or a schema or the policy changed).
 */
export interface Focus {
  files: ReadonlySet<string>
  dependents: ReadonlySet<string>
}

/** The rules whose findings are reported on dependents: a broken replacement link. */
export const LINK_RULES: ReadonlySet<string> = new Set(['deprecation'])

export function focusOf(store: Store, changes: ChangeSet): Focus | undefined {
  if (changes.everything) return undefined
  const files = new Set([...changes.added, ...changes.modified, ...changes.deleted])
  const textOf = new Map(store.files.map((f) => [f.path, f.text]))
  const touched = touchedNames(changes, (p) => textOf.get(p))
  const dependents = new Set<string>()
  for (const e of store.entries) {
    if (files.has(e.file.path)) continue
    // Follow the chain a few hops (cycles and long chains are the deprecation rule's business).
    let name = str(e.data.replacement)
    for (let hop = 0; name !== undefined && hop < 16; hop++) {
      if (touched.has(name.toLowerCase())) {
        dependents.add(e.file.path)
        break
      }
      const next = store.find(name)
      name = next && next.data.deprecated === true ? str(next.data.replacement) : undefined
    }
  }
  return { files, dependents }
}

/**
 * The names (ids and aliases, lower-cased) the changed files declare before or after the
 * change: a model whose replacement chain reaches one of them depends on the change. Every such
 * chain ends in a link to one of these names, so a store where no model names one as its
 * replacement has no dependents (the hook's reader checks that before building a store).
 */
export function touchedNames(changes: ChangeSet, textOf: (path: string) => string | undefined): Set<string> {
  const touched = new Set<string>()
  for (const p of [...changes.added, ...changes.modified, ...changes.deleted])
    for (const n of [namesIn(p, textOf(p)), namesIn(p, changes.before.get(p))]) for (const name of [n.id, ...n.aliases]) touched.add(name.toLowerCase())
  return touched
}

/** A focus of exactly these files (validate PATH..., one new file in add). */
export function focusOn(files: Iterable<string>): Focus {
  return { files: new Set(files), dependents: new Set() }
}

/** The id and aliases a model file declares, from its text; the file name stands in for an unreadable id. */
export function namesIn(path: string, text: string | undefined): { id: string; aliases: string[] } {
  const stem = (path.split('/').pop() ?? path).replace(/\.json$/, '')
  const parsed = text === undefined ? undefined : parseModelText(path, text)
  if (!parsed?.ok) return { id: stem, aliases: [] }
  const aliases = Array.isArray(parsed.data.aliases) ? parsed.data.aliases.filter((a): a is string => typeof a === 'string') : []
  return { id: str(parsed.data.id) ?? stem, aliases }
}

/** Whether the store still has a model with this id (a moved file is not a deletion). */
export function stillHas(store: Store, id: string): boolean {
  return store.entries.some((e) => idOf(e) === id)
}
