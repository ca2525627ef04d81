/**
 * Turns a place in a JSON document (a JSON pointer, or a character offset) into a 1-based
 * line and column. The parse tree is built lazily, only for files that have a finding:
 * parsing every file into a tree would cost more than validating the whole store.
 */
import { tooDeepAt } from './depth.js'
import { createScanner, findNodeAtLocation, parseTree, type Node, type SyntaxKind as Kinds } from 'jsonc-parser'

/** jsonc-parser's SyntaxKind is an ambient const enum, which isolatedModules cannot read: its values. */
const SyntaxKind = { OpenBraceToken: 1, CloseBraceToken: 2, OpenBracketToken: 3, CloseBracketToken: 4, ColonToken: 6, StringLiteral: 10, EOF: 17 } as const satisfies Partial<Record<keyof typeof Kinds, number>>

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
    const obj = this.node(path)
    const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === property)
    return prop ? this.position(prop.offset) : this.at(path)
  }
}

interface TopLevel {
  start: number
  keys: Map<string, { key: number; value: number }>
}

function scanTopLevel(text: string): TopLevel | null {
  const sc = createScanner(text, true)
  const keys = new Map<string, { key: number; value: number }>()
  let k = sc.scan()
  if (k !== SyntaxKind.OpenBraceToken) return null
  const start = sc.getTokenOffset()
  let depth = 1
  for (k = sc.scan(); k !== SyntaxKind.EOF && depth > 0; k = sc.scan()) {
    if (k === SyntaxKind.OpenBraceToken || k === SyntaxKind.OpenBracketToken) depth++
    else if (k === SyntaxKind.CloseBraceToken || k === SyntaxKind.CloseBracketToken) depth--
    else if (depth === 1 && k === SyntaxKind.StringLiteral) {
      const name = sc.getTokenValue()
      const keyOffset = sc.getTokenOffset()
      k = sc.scan()
      if (k === SyntaxKind.CloseBraceToken) break
      if (k !== SyntaxKind.ColonToken) continue // a string value, not a key
      k = sc.scan()
      if (k === SyntaxKind.EOF) return null
      if (!keys.has(name)) keys.set(name, { key: keyOffset, value: sc.getTokenOffset() })
      if (k === SyntaxKind.OpenBraceToken || k === SyntaxKind.OpenBracketToken) depth++
    }
  }
  return { start, keys }
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

const locators = new WeakMap<object, Locator>()

/** One locator per file object, so repeated findings in a file share one parse tree. */
export function locatorFor(file: { text: string }): Locator {
  let l = locators.get(file)
  if (!l) locators.set(file, (l = new Locator(file.text)))
  return l
}
