/** index.json: every model of the store with its definition, flagged deprecations and counts. */
import { tally as countKeys } from './own.js'
import { idOf, str, type Store } from './store.js'

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
