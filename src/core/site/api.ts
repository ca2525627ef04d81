/**
 * The static API beside the page: design document 003's GET /models, /models/{id} and
 * /categories as files, so any static host (GitHub Pages, a folder on disk) serves them.
 *   api/models.json             every model, as in index.json
 *   api/models/<id>.json        one model
 *   api/categories.json         kinds, providers, groups, capabilities: each value's count and ids
 *   api/blueprint.schema.json   the blueprint schema, self-contained (no $ref to other files)
 */
import { CurateError } from '../errors.js'
import type { IndexModel, ReleaseIndex } from '../release-index.js'

export interface Category {
  count: number
  ids: string[]
}

export interface Categories {
  schema_version: number
  kinds: Record<string, Category>
  providers: Record<string, Category>
  groups: Record<string, Category>
  capabilities: Record<string, Category>
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
/** The store's id pattern (common.schema.json): also what makes `<id>.json` a safe file name. */
const SAFE_ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/

const json = (v: unknown) => Buffer.from(JSON.stringify(v, null, 2) + '\n')

export function categories(index: ReleaseIndex): Categories {
  const group = (keys: (m: IndexModel) => string[]) => {
    const by = new Map<string, string[]>()
    for (const m of index.models) for (const k of new Set(keys(m))) by.set(k, [...(by.get(k) ?? []), m.id])
    return Object.fromEntries(
      [...by.entries()].sort(([a], [b]) => cmp(a, b)).map(([k, ids]) => [k, { count: ids.length, ids: [...ids].sort(cmp) }]),
    )
  }
  const caps = (m: IndexModel) => {
    const c = m.definition.capabilities
    return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : []
  }
  return {
    schema_version: index.schema_version,
    kinds: group((m) => [m.kind]),
    providers: group((m) => (m.provider ? [m.provider] : [])),
    groups: group((m) => (m.group ? [m.group] : [])),
    capabilities: group(caps),
  }
}

/** The API files, by path relative to site/. */
export function apiFiles(index: ReleaseIndex, blueprintSchema: object): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  files.set('api/models.json', json({ schema_version: index.schema_version, commit: index.commit, count: index.models.length, models: index.models }))
  const seen = new Set<string>()
  for (const m of index.models) {
    // The store's gate has checked ids already; this keeps a path out of the file system even if it had not.
    if (!SAFE_ID.test(m.id) || seen.has(m.id))
      throw new CurateError(`model id "${m.id}" cannot name a file of the site's API${seen.has(m.id) ? ' (it is used twice)' : ''}`, {
        hint: 'Ids are lowercase letters, digits, dots and dashes, unique across cloud and local.',
        exitCode: 1,
      })
    seen.add(m.id)
    files.set(`api/models/${m.id}.json`, json(m))
  }
  files.set('api/categories.json', json(categories(index)))
  files.set('api/blueprint.schema.json', json(blueprintSchema))
  return files
}

/**
 * A schema with every `<file>#/$defs/<name>` reference to another of `docs` copied into its own
 * $defs (as `<file-stem>.<name>`) and repointed there, so a client validates with this one file.
 * References inside a copied definition are followed the same way.
 */
export function selfContained(name: string, docs: Record<string, object>): object {
  const root = structuredClone(docs[name]) as Record<string, unknown>
  if (!root) throw new CurateError(`schema ${name} is missing`, { hint: 'Pass --schemas DIR, the folder holding blueprint.schema.json and common.schema.json.' })
  const defs = ((root.$defs as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>
  const pending: [string, string][] = []
  const local = (file: string, def: string) => (file === name ? `#/$defs/${def}` : `#/$defs/${file.replace(/\.schema\.json$|\.json$/, '')}.${def}`)
  const rewrite = (node: unknown, file: string): unknown => {
    if (Array.isArray(node)) return node.map((x) => rewrite(x, file))
    if (!node || typeof node !== 'object') return node
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const m = /^([^#]*)#\/\$defs\/([^/]+)$/.exec(v)
        if (!m) throw new CurateError(`schema ${file}: cannot bundle the reference "${v}"`)
        const target = m[1] || file
        if (!docs[target]) throw new CurateError(`schema ${file} refers to ${target}, which is missing`)
        if (target !== name) pending.push([target, m[2]])
        out[k] = local(target, m[2])
      } else out[k] = rewrite(v, file)
    }
    return out
  }
  for (const [k, v] of Object.entries(root)) if (k !== '$defs') root[k] = rewrite(v, name)
  for (const [k, v] of Object.entries(defs)) defs[k] = rewrite(v, name)
  while (pending.length) {
    const [file, def] = pending.shift()!
    const key = local(file, def).slice('#/$defs/'.length)
    if (key in defs) continue
    const source = (docs[file] as { $defs?: Record<string, unknown> }).$defs?.[def]
    if (source === undefined) throw new CurateError(`schema ${file} has no definition "${def}"`)
    defs[key] = rewrite(source, file)
  }
  root.$defs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => cmp(a, b)))
  return root
}
