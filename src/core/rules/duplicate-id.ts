import type { PathSegment } from '../locate.js'
import type { StoreRule } from '../rule.js'
import { str, type StoreEntry } from '../store.js'

interface Claim {
  entry: StoreEntry
  path: PathSegment[]
  name: string
}

export const duplicateIdRule: StoreRule = {
  id: 'duplicate-id',
  scope: 'store',
  tier: 'structure',
  severity: 'error',
  protected: true,
  description: 'Ids are unique across both kinds, case-insensitively, aliases included.',
  check({ store }, report) {
    const claims = new Map<string, Claim[]>()
    const claim = (c: Claim) => {
      const key = c.name.toLowerCase()
      const list = claims.get(key)
      if (list) list.push(c)
      else claims.set(key, [c])
    }
    for (const entry of store.entries) {
      const id = str(entry.data.id)
      if (id) claim({ entry, path: ['id'], name: id })
      const aliases = entry.data.aliases
      if (Array.isArray(aliases))
        aliases.forEach((a, i) => {
          if (typeof a === 'string' && a.toLowerCase() !== id?.toLowerCase()) claim({ entry, path: ['aliases', i], name: a })
        })
    }
    for (const list of claims.values()) {
      if (list.length < 2) continue
      const files = new Set(list.map((c) => c.entry.file.path))
      for (const c of list) {
        const others = list.filter((o) => o !== c).map((o) => `${o.entry.file.path} (${o.path[0] === 'id' ? 'id' : 'alias'} "${o.name}")`)
        const what = c.path[0] === 'id' ? 'id' : 'alias'
        const msg = files.size === 1 ? `${what} "${c.name}" is repeated in this file` : `${what} "${c.name}" is also used by ${others.join(', ')}`
        report.at(c.entry, c.path, msg, { hint: 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', at: 'value' })
      }
    }
  },
}
