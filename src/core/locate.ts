/**
 * Turns a place in a JSON document (a JSON pointer, or a character offset) into a 1-based
 * line and column. The parse tree is built lazily, only for files that have a finding:
 * parsing every file into a tree would cost more than validating the whole store.
 */
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
    if (this.tree === undefined) this.tree = parseTree(this.text, [], { disallowComments: true }) ?? null
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

  /** The key of `property` inside the object at `path` (used for unknown properties). */
  keyOf(path: PathSegment[], property: string): Position {
    const obj = this.node(path)
    const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === property)
    return prop ? this.position(prop.offset) : this.at(path)
  }
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
