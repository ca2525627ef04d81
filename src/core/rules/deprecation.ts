import type { FileReport, FileRule } from '../rule.js'
import { idOf, str, type Store, type StoreEntry } from '../store.js'

export const deprecationRule: FileRule = {
  id: 'deprecation',
  scope: 'file',
  tier: 'structure',
  severity: 'error',
  description:
    'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
  check(e, { store }, report) {
    const deprecated = e.data.deprecated === true
    const replacement = str(e.data.replacement)
    if (deprecated && replacement === undefined)
      report(['deprecated'], 'deprecated model names no replacement', { hint: 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).' })
    if (!deprecated && replacement !== undefined)
      report(['replacement'], 'replacement is set but the model is not deprecated', { hint: 'Set "deprecated": true, or remove "replacement".', severity: 'warning' })
    if (replacement !== undefined) checkReplacement(store, e, replacement, report)
    if (deprecated && e.data.enabled === true)
      report(['enabled'], 'deprecated model is still enabled by default', { hint: 'Set "enabled": false so new blueprints do not pick it.', at: 'value', severity: 'warning' })
    const sunset = str(e.data.sunset_date)
    const release = str(e.data.release_date)
    if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
      report(['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, { hint: 'A model is sunset after it is released: check both dates.', at: 'value' })
    if (sunset && !deprecated)
      report(['sunset_date'], 'sunset_date is set but the model is not deprecated', { hint: 'Set "deprecated": true with a replacement, or remove sunset_date.', severity: 'warning' })
  },
}

function checkReplacement(store: Store, e: StoreEntry, replacement: string, report: FileReport): void {
  const at = 'value'
  const target = store.find(replacement)
  if (!target)
    return report(['replacement'], `replacement "${replacement}" does not exist in the store`, { hint: `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`, at })
  if (target === e) return report(['replacement'], 'a model cannot replace itself', { hint: 'Name a different model as the replacement.', at })
  // Follow the chain: a cycle means no model in it is usable.
  const seen = new Set<StoreEntry>([e])
  const chain = [idOf(e) ?? e.file.path]
  let cur: StoreEntry | undefined = target
  while (cur && cur.data.deprecated === true) {
    chain.push(idOf(cur) ?? cur.file.path)
    if (seen.has(cur)) return report(['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, { hint: 'Point the chain at a model that is not deprecated.', at })
    seen.add(cur)
    const next = str(cur.data.replacement)
    cur = next ? store.find(next) : undefined
  }
  if (target.data.deprecated === true)
    return report(['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, {
      hint: `Point replacement at the end of the chain${cur ? `: "${idOf(cur)}"` : ''}.`,
      at,
      severity: 'warning',
    })
  if (target.kind !== e.kind)
    report(['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, { hint: 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', at, severity: 'warning' })
}

function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s)
}
