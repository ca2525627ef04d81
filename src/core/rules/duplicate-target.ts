import { normalizeModelUri } from '../model-uri.js'
import { findingAt, type Rule } from '../rule.js'
import { str, type StoreEntry } from '../store.js'
import type { Finding } from '../types.js'

const FIELDS = [
  { field: 'litellm_model_name', norm: (v: string) => v.toLowerCase() },
  { field: 'model_uri', norm: normalizeModelUri },
] as const

export const duplicateTargetRule: Rule = {
  id: 'duplicate-target',
  description: 'No two models share a litellm_model_name or a model_uri.',
  check({ store }) {
    const out: Finding[] = []
    for (const { field, norm } of FIELDS) {
      const groups = new Map<string, StoreEntry[]>()
      for (const e of store.entries) {
        const v = str(e.data[field])
        if (v) groups.set(norm(v), [...(groups.get(norm(v)) ?? []), e])
      }
      for (const list of groups.values()) {
        if (list.length < 2) continue
        for (const e of list) {
          const others = list.filter((o) => o !== e).map((o) => o.file.path)
          out.push(findingAt(e, 'duplicate-target', 'error', [field], `${field} ${JSON.stringify(e.data[field])} is also used by ${others.join(', ')}`, 'Two files describe the same model: keep one, and put the other name in its aliases.', 'value'))
        }
      }
    }
    return out
  },
}
