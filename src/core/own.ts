/**
 * Keys are data. A name a user controls (`constructor`, `__proto__`, `toString`) read from a plain
 * object finds Object.prototype's members; these read and count own properties only.
 */

/** `obj[key]` when `obj` has it as its own property, else undefined. */
export function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined
}

/** Counts of each key, in key order, as a plain object built with own properties only. */
export function tally(keys: Iterable<string>): Record<string, number> {
  const t = new Map<string, number>()
  for (const k of keys) t.set(k, (t.get(k) ?? 0) + 1)
  return Object.fromEntries([...t].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
