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
      // a string: skip to its closing quote, past escapes; a colon after it makes it a key
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) i++
        else if (d === 0x22) break
      }
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

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}
