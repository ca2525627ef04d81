import { normalizeModelUri } from '../model-uri.js'
import type { StoreRule } from '../rule.js'
import { str, type StoreEntry } from '../store.js'
import { quote } from '../text.js'

const FIELDS = [
  { field: 'litellm_model_name', norm: (v: string) => v.toLowerCase() },
  { field: 'model_uri', norm: normalizeModelUri },
] as const

export const duplicateTargetRule: StoreRule = {
  id: 'duplicate-target',
  scope: 'store',
  tier: 'structure',
  severity: 'error',
  protected: true,
  description: 'No two models share a litellm_model_name or a model_uri.',
  check({ store }, report) {
    for (const { field, norm } of FIELDS) {
      const groups = new Map<string, StoreEntry[]>()
      for (const e of store.entries) {
        const v = str(e.data[field])
        if (v === undefined) continue
        const key = norm(v)
        const list = groups.get(key)
        if (list) list.push(e)
        else groups.set(key, [e])
      }
      for (const list of groups.values()) {
        if (list.length < 2) continue
        for (const e of list) {
          const others = list.filter((o) => o !== e).map((o) => o.file.path)
          report.at(e, [field], `${field} ${quote(e.data[field])} is also used by ${others.join(', ')}`, { hint: 'Two files describe the same model: keep one, and put the other name in its aliases.', at: 'value' })
        }
      }
    }
  },
}
