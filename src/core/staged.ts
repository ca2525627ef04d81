/**
 * What a commit changes in the store, and what the pre-commit check reports on: pure
 * decisions over paths and texts that the git adapter (src/io/git.ts) gathers from the index.
 */
import { parseModelText } from './parse.js'
import { idOf, str, type Store } from './store.js'
import { KINDS, type Finding, type Kind } from './types.js'

/** Repo-relative folders and files (forward slashes, no trailing slash). */
export interface StoreLayout {
  store: string
  schemas: string
  policy: string
}

export type PathRole = { role: 'model'; kind: Kind } | { role: 'schema' } | { role: 'policy' } | { role: 'other' }

/**
 * A path's role in the store. Model files are exactly `<store>/<kind>/<name>.json`, the files the
 * store reader reads; anything else under the store (its README, a nested folder) is not a model.
 */
export function roleOf(path: string, layout: StoreLayout): PathRole {
  if (path === layout.policy) return { role: 'policy' }
  for (const kind of KINDS) {
    const dir = `${prefix(layout.store)}${kind}/`
    if (path.startsWith(dir) && path.endsWith('.json') && !path.slice(dir.length).includes('/')) return { role: 'model', kind }
  }
  const schemas = prefix(layout.schemas)
  if (path.startsWith(schemas) && path.endsWith('.schema.json') && !path.slice(schemas.length).includes('/')) return { role: 'schema' }
  return { role: 'other' }
}

function prefix(dir: string): string {
  return dir === '' || dir === '.' ? '' : `${dir}/`
}

/** The folders that hold model files. */
export function modelPaths(layout: StoreLayout): string[] {
  return KINDS.map((k) => `${prefix(layout.store)}${k}`)
}

/** The pathspecs that hold everything `roleOf` cares about (the hook asks git about nothing else). */
export function triggerPaths(layout: StoreLayout): string[] {
  return [...modelPaths(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy]
}

/** A model file the commit deletes, with the text HEAD had (undefined if unreadable). */
export interface DeletedModel {
  path: string
  kind: Kind
  text?: string
}

/** A model file the commit adds or changes, with the text HEAD had (for modifications). */
export interface ChangedModel {
  path: string
  kind: Kind
  before?: string
}

export const DELETED_MODEL = 'deleted-model'

/** The id and aliases a model file declares, from its text; the file name stands in for an unreadable id. */
export function namesIn(path: string, text: string | undefined): { id: string; aliases: string[] } {
  const stem = (path.split('/').pop() ?? path).replace(/\.json$/, '')
  const parsed = text === undefined ? undefined : parseModelText(path, text)
  if (!parsed?.ok) return { id: stem, aliases: [] }
  const aliases = Array.isArray(parsed.data.aliases) ? parsed.data.aliases.filter((a): a is string => typeof a === 'string') : []
  return { id: str(parsed.data.id) ?? stem, aliases }
}

/**
 * Deleting a model file is refused: the store deprecates, it never deletes, because blueprints
 * in the wild name models by id. A file that moves (its id reappears in another file of the
 * commit, e.g. from cloud/ to local/) is not a deletion. Models that name the deleted one as
 * their replacement are named in the finding (their own `deprecation` finding points at the line).
 */
export function deletionFindings(deleted: DeletedModel[], store: Store): Finding[] {
  const out: Finding[] = []
  for (const d of deleted) {
    const { id, aliases } = namesIn(d.path, d.text)
    if (store.entries.some((e) => idOf(e) === id)) continue
    const names = new Set([id, ...aliases].map((n) => n.toLowerCase()))
    const dependents = store.entries.filter((e) => {
      const r = str(e.data.replacement)
      return r !== undefined && names.has(r.toLowerCase())
    })
    const named = dependents.map((e) => `${idOf(e) ?? e.file.path} (${e.file.path})`)
    const message =
      `model "${id}" is deleted; the store deprecates models, it never deletes them` +
      (named.length ? `. ${named.join(', ')} ${named.length === 1 ? 'names' : 'name'} "${id}" as ${named.length === 1 ? 'its' : 'their'} replacement` : '')
    const hint =
      `Restore the file (git restore --staged --worktree -- ${shellQuote(d.path)}), then deprecate it: ` +
      `leger-curate deprecate ${shellQuote(id)} --replacement <id of the model to use instead>` +
      ` (or set "deprecated": true, "replacement" and "enabled": false in the file).` +
      (named.length ? ` Models that name "${id}" as their replacement must point at another model first.` : '')
    out.push({ rule: DELETED_MODEL, severity: 'error', file: d.path, line: 1, column: 1, message, hint })
  }
  return out
}

/**
 * The files the check reports on. `files`: the staged model files (every file, when a schema or
 * the policy changes). `dependents`: other models whose replacement chain passes through a name
 * (id or alias) that a staged or deleted file declared before or after the commit: the files a
 * change can break without touching them. Only their replacement links are reported
 * (`deprecation` findings), not problems the commit did not cause.
 */
export interface ReportScope {
  files: Set<string>
  dependents: Set<string>
}

export function reportScope(store: Store, options: { staged: string[]; touchedNames: Iterable<string>; everything: boolean }): ReportScope {
  const dependents = new Set<string>()
  if (options.everything) return { files: new Set([...store.files.map((f) => f.path), ...store.syntax.map((f) => f.file)]), dependents }
  const files = new Set(options.staged)
  const touched = new Set([...options.touchedNames].map((n) => n.toLowerCase()))
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

/** Whether a finding belongs in the report for this scope. */
export function inScope(scope: ReportScope, finding: Finding): boolean {
  return scope.files.has(finding.file) || (scope.dependents.has(finding.file) && finding.rule === 'deprecation')
}

/** A word as a POSIX shell reads it: plain when safe, else single-quoted. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9._/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}
