import type { PathSegment } from '../locate.js'
import { findingAt, type Rule } from '../rule.js'
import { str, type StoreEntry } from '../store.js'
import type { Finding } from '../types.js'

interface Claim {
  entry: StoreEntry
  path: PathSegment[]
  name: string
}

export const duplicateIdRule: Rule = {
  id: 'duplicate-id',
  description: 'Ids are unique across both kinds, case-insensitively, aliases included.',
  check({ store }) {
    const claims = new Map<string, Claim[]>()
    const claim = (c: Claim) => {
      const key = c.name.toLowerCase()
      claims.set(key, [...(claims.get(key) ?? []), c])
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
    const out: Finding[] = []
    for (const list of claims.values()) {
      const files = new Set(list.map((c) => c.entry.file.path))
      if (list.length < 2) continue
      for (const c of list) {
        const others = list.filter((o) => o !== c).map((o) => `${o.entry.file.path} (${o.path[0] === 'id' ? 'id' : 'alias'} "${o.name}")`)
        const what = c.path[0] === 'id' ? 'id' : 'alias'
        const msg = files.size === 1 ? `${what} "${c.name}" is repeated in this file` : `${what} "${c.name}" is also used by ${others.join(', ')}`
        out.push(findingAt(c.entry, 'duplicate-id', 'error', c.path, msg, 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', 'value'))
      }
    }
    return out
  },
}
