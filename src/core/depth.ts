/** How deeply JSON may nest before any recursive walk runs over it. */
/**
 * How deeply arrays and objects may nest. A model file nests four levels; the walks over
 * parsed data (the duplicate-key scan, the locator, the schema validator) recurse, and a few
 * thousand levels in a 9 KB file exhaust the stack. Checked by a flat scan before anything
 * recursive runs.
 */
export const MAX_DEPTH = 64

/**
 * The offset of the bracket that opens level `limit + 1`, or -1 when the text nests no deeper
 * than `limit`. One pass, no recursion; strings are skipped (brackets inside them do not count).
 */
export function tooDeepAt(text: string, limit = MAX_DEPTH): number {
  return scanShape(text, limit).tooDeepAt
}

/**
 * One flat pass over a JSON text: where it first nests deeper than `limit` (-1: never), and
 * how many object members it writes (strings followed by a colon: in valid JSON, exactly the
 * keys, repeated ones included). Comparing that count with the keys JSON.parse kept tells
 * whether any key was repeated without a second scan.
 */
export function scanShape(text: string, limit = MAX_DEPTH): { tooDeepAt: number; members: number } {
  let depth = 0
  let members = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // a string: skip to its closing quote; a colon after it makes it a key
      i = closingQuote(text, i)
      if (i < 0) break // unterminated: JSON.parse says so
      let j = i + 1
      while (j < n && isSpace(text.charCodeAt(j))) j++
      if (j < n && text.charCodeAt(j) === 0x3a) {
        members++
        i = j
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return { tooDeepAt: i, members }
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return { tooDeepAt: -1, members }
}

/**
 * The quote that closes the string opening at `open`, or -1: found with indexOf (most of a
 * model file is strings, and a character loop over them was most of both scans), skipping a
 * quote preceded by an odd run of backslashes (escaped).
 */
export function closingQuote(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let slashes = 0
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++
    if (slashes % 2 === 0) return q
  }
  return -1
}

/** JSON's whitespace. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}
