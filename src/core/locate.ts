/**
 * Turns a place in a JSON document (a JSON pointer, or a character offset) into a 1-based
 * line and column. The parse tree is built lazily, only for files that have a finding:
 * parsing every file into a tree would cost more than validating the whole store.
 */
import { closingQuote, isSpace, tooDeepAt } from './depth.js'
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser'

export interface Position {
  line: number
  column: number
}

export type PathSegment = string | number

/** `/pricing/input_per_1m` -> ['pricing', 'input_per_1m']; array indices become numbers. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s))
}

export class Locator {
  private lineStarts?: number[]
  private tree?: Node | null
  private topLevel?: TopLevel | null

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const starts = (this.lineStarts ??= lineStartsOf(this.text))
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 }
  }

  private root(): Node | undefined {
    // Too deep a text would exhaust the stack in the tree builder: positions fall back to line 1.
    if (this.tree === undefined) this.tree = tooDeepAt(this.text) >= 0 ? null : (parseTree(this.text, [], { disallowComments: true }) ?? null)
    return this.tree ?? undefined
  }

  /** The node at a path, or undefined when the path does not exist. */
  node(path: PathSegment[]): Node | undefined {
    const root = this.root()
    return root && findNodeAtLocation(root, path)
  }

  /**
   * Where a path is: its property key when `at` is 'key' (so an annotation lands on the
   * field's name), else its value. Missing paths fall back to the nearest existing parent.
   */
  at(path: PathSegment[], at: 'key' | 'value' = 'key'): Position {
    // Most findings sit on a top-level field or the whole file: a token scan finds those
    // without building the tree (2-3x cheaper, which tells when every file has a notice).
    if (this.tree === undefined && path.length <= 1 && (path.length === 0 || typeof path[0] === 'string')) {
      const hit = this.scanTopLevel(path[0] as string | undefined, at)
      if (hit) return hit
    }
    const root = this.root()
    if (!root) return { line: 1, column: 1 }
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n))
      if (!node) continue
      const exact = n === path.length
      if (at === 'key' && node.parent?.type === 'property') return this.position(node.parent.offset)
      if (!exact && node.parent?.type === 'property') return this.position(node.parent.offset)
      return this.position(node.offset)
    }
    return { line: 1, column: 1 }
  }

  /**
   * Where the document starts and each top-level property's key and value are, from one token
   * scan (first occurrence wins, as in the tree); undefined when the scan meets anything odd.
   */
  private scanTopLevel(key: string | undefined, at: 'key' | 'value'): Position | undefined {
    if (this.topLevel === undefined) this.topLevel = scanTopLevel(this.text)
    const t = this.topLevel
    if (!t) return undefined
    if (key === undefined) return this.position(t.start)
    const hit = t.keys.get(key)
    return hit ? this.position(at === 'key' ? hit.key : hit.value) : undefined
  }

  /** The key of `property` inside the object at `path` (used for unknown properties). */
  keyOf(path: PathSegment[], property: string): Position {
    // A top-level key is where at() puts it (by the scan, without the tree); a missing one, the document.
    if (path.length === 0) return this.at([property], 'key')
    const obj = this.node(path)
    const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === property)
    return prop ? this.position(prop.offset) : this.at(path)
  }
}

interface TopLevel {
  start: number
  keys: Map<string, { key: number; value: number }>
}

/**
 * One pass over the text (no tokens made): the document's start and, at depth 1, each string
 * followed by a colon (a key) with where its value starts, strings skipped as depth.ts's scan
 * skips them (closingQuote). null when the text does not open with an object. Positions are
 * read only from texts that parsed as JSON.
 */
function scanTopLevel(text: string): TopLevel | null {
  const n = text.length
  let i = 0
  while (i < n && isSpace(text.charCodeAt(i))) i++
  if (text.charCodeAt(i) !== 0x7b) return null
  const start = i
  const keys = new Map<string, { key: number; value: number }>()
  let depth = 0
  for (; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      const open = i
      i = closingQuote(text, open)
      if (i < 0) return null
      if (depth !== 1) continue
      let j = i + 1
      while (j < n && isSpace(text.charCodeAt(j))) j++
      if (text.charCodeAt(j) !== 0x3a) continue // a string value, not a key
      let v = j + 1
      while (v < n && isSpace(text.charCodeAt(v))) v++
      if (v >= n) return null
      const raw = text.slice(open + 1, i)
      const name = raw.includes('\\') ? decodeKey(raw) : raw
      if (name === undefined) return null // not JSON after all: the tree's path decides
      if (!keys.has(name)) keys.set(name, { key: open, value: v })
      i = j
    } else if (c === 0x7b || c === 0x5b) depth++
    else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) break
    }
  }
  return { start, keys }
}

function decodeKey(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return undefined
  }
}


function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/**
 * The locators of the files most recently placed in, so repeated findings in a file share one
 * scan and one parse tree. Bounded: a store where every file has a finding kept a locator (line
 * table, key table, maybe a tree) for each of 100,000 files to the end of the run.
 */
const locators = new Map<object, Locator>()
const RECENT = 256

export function locatorFor(file: { text: string }): Locator {
  let l = locators.get(file)
  if (!l) {
    if (locators.size >= RECENT) locators.delete(locators.keys().next().value!)
    locators.set(file, (l = new Locator(file.text)))
  }
  return l
}
