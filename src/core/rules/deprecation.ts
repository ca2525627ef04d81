import { findingAt, type Rule } from '../rule.js'
import { idOf, str, type Store, type StoreEntry } from '../store.js'
import type { Finding } from '../types.js'

const RULE = 'deprecation'

export const deprecationRule: Rule = {
  id: RULE,
  description:
    'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
  check({ store, focus }) {
    const out: Finding[] = []
    for (const e of store.entries) {
      if (focus && !focus.has(e.file.path)) continue
      const id = idOf(e)
      const deprecated = e.data.deprecated === true
      const replacement = str(e.data.replacement)
      if (deprecated && replacement === undefined) {
        out.push(findingAt(e, RULE, 'error', ['deprecated'], 'deprecated model names no replacement', 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).'))
      }
      if (!deprecated && replacement !== undefined) {
        out.push(findingAt(e, RULE, 'warning', ['replacement'], 'replacement is set but the model is not deprecated', 'Set "deprecated": true, or remove "replacement".'))
      }
      if (replacement !== undefined) out.push(...checkReplacement(store, e, id, replacement))
      if (deprecated && e.data.enabled === true)
        out.push(findingAt(e, RULE, 'warning', ['enabled'], 'deprecated model is still enabled by default', 'Set "enabled": false so new blueprints do not pick it.', 'value'))
      const sunset = str(e.data.sunset_date)
      const release = str(e.data.release_date)
      if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
        out.push(findingAt(e, RULE, 'error', ['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, 'A model is sunset after it is released: check both dates.', 'value'))
      if (sunset && !deprecated)
        out.push(findingAt(e, RULE, 'warning', ['sunset_date'], 'sunset_date is set but the model is not deprecated', 'Set "deprecated": true with a replacement, or remove sunset_date.'))
    }
    return out
  },
}

function checkReplacement(store: Store, e: StoreEntry, id: string | undefined, replacement: string): Finding[] {
  const target = store.find(replacement)
  if (!target) {
    const hint = `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`
    return [findingAt(e, RULE, 'error', ['replacement'], `replacement "${replacement}" does not exist in the store`, hint, 'value')]
  }
  if (target === e) return [findingAt(e, RULE, 'error', ['replacement'], 'a model cannot replace itself', 'Name a different model as the replacement.', 'value')]
  // Follow the chain: a cycle means no model in it is usable.
  const seen = new Set<StoreEntry>([e])
  const chain = [id ?? e.file.path]
  let cur: StoreEntry | undefined = target
  while (cur && cur.data.deprecated === true) {
    chain.push(idOf(cur) ?? cur.file.path)
    if (seen.has(cur))
      return [findingAt(e, RULE, 'error', ['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, 'Point the chain at a model that is not deprecated.', 'value')]
    seen.add(cur)
    const next = str(cur.data.replacement)
    cur = next ? store.find(next) : undefined
  }
  if (target.data.deprecated === true)
    return [findingAt(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, `Point replacement at the end of the chain${cur ? `: "${idOf(cur)}"` : ''}.`, 'value')]
  if (target.kind !== e.kind)
    return [findingAt(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', 'value')]
  return []
}

function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s)
}
