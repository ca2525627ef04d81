/** Small text helpers shared by rules and doors. */

/** Levenshtein distance, for did-you-mean suggestions. */
export function distance(a: string, b: string): number {
  if (a === b) return 0
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]
}

/** The candidates closest to `word` (case-insensitive), if close enough to be a likely typo. */
export function closestAll(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase()
  const limit = Math.max(2, Math.floor(w.length / 3))
  return [...new Set(candidates)]
    .map((c) => ({ c, d: distance(w, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= limit || c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase()))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c)
}

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return closestAll(word, candidates, 1)[0]
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

/** A word as a POSIX shell reads it: plain when safe, else single-quoted. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9._/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The bytes as text, or undefined when they are not UTF-8 (never a silent U+FFFD). A BOM is kept, for json-syntax to name. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes)
  } catch {
    return undefined
  }
}

/** How much of a value a message quotes: enough to recognise it, never a wall of text. */
export const MAX_QUOTED = 200

/**
 * A value as messages quote it (findings, annotations, summaries, comments, issue bodies): JSON
 * string form, cut to MAX_QUOTED characters (by code point, never half a pair) with an ellipsis.
 */
export function quote(value: unknown, max = MAX_QUOTED): string {
  return JSON.stringify(clip(typeof value === 'string' ? value : String(JSON.stringify(value)), max))
}

/** A text cut to `max` characters (by code point) with an ellipsis: upstream names shown as they are. */
export function clip(s: string, max = MAX_QUOTED): string {
  const chars = [...s]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s
}
