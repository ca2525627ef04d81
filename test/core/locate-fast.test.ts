/** The token-scan fast path of Locator.at agrees with the parse tree on top-level fields. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Locator } from '../../src/core/locate.js'
import { ROOT } from '../helpers.js'

const TEXT = '\n  {"name": "id", "nested": {"id": 1, "list": [{"id": 2}]},\n"id"  :\n   "real",\t"list": [1, "id"],\n "empty": {}, "last": null}'

describe('Locator.at on top-level fields', () => {
  it.each(['name', 'nested', 'id', 'list', 'empty', 'last'])('places "%s" where the tree does, key and value', (key) => {
    for (const at of ['key', 'value'] as const) {
      const fast = new Locator(TEXT).at([key], at)
      const slow = new Locator(TEXT)
      slow.node([]) // builds the tree, so at() takes the tree path
      expect(fast).toEqual(slow.at([key], at))
    }
  })
  it('places the document and a missing key where the tree does', () => {
    const slow = new Locator(TEXT)
    slow.node([])
    expect(new Locator(TEXT).at([])).toEqual(slow.at([]))
    expect(new Locator(TEXT).at(['missing'])).toEqual(slow.at(['missing']))
    expect(new Locator(TEXT).at(['id'], 'value')).toEqual({ line: 4, column: 4 })
  })
})

/** Every top-level key of a text, placed by the fast scan and by the tree: key, value and keyOf. */
function agree(text: string): void {
  const keys = Object.keys(JSON.parse(text) as object)
  expect(keys.length).toBeGreaterThan(0)
  for (const key of keys) {
    const slow = new Locator(text)
    slow.node([])
    for (const at of ['key', 'value'] as const) expect(new Locator(text).at([key], at)).toEqual(slow.at([key], at))
    expect(new Locator(text).keyOf([], key)).toEqual(slow.keyOf([], key))
  }
}

describe('the top-level scan', () => {
  it('agrees with the tree on escaped keys, quotes and brackets inside strings, and a repeated key (the first is placed)', () => {
    agree('{"a\\"b": 1, "s": "x\\"}{[", "\\u0069d": "y", "n": {"a\\"b": 2}, "s": 3, "z"\n:\t[ "]" ]}')
    // A string ending in an escaped backslash, and a backslash run before an escaped quote.
    agree('{"p": "c:\\\\", "q": "\\\\\\"}", "k\\\\": {"x": 1}, "last": true}')
  })
  it('never throws on a text that is not JSON (a bad escape in a key): the tree decides', () => {
    const text = '{"a\\x": 1, "b": 2}'
    expect(() => new Locator(text).at(['b'])).not.toThrow()
    expect(() => new Locator(text).keyOf([], 'b')).not.toThrow()
  })
  it('agrees with the tree on every model file of the bundled store', () => {
    for (const kind of ['cloud', 'local']) {
      const dir = path.join(ROOT, 'model-store', kind)
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) agree(readFileSync(path.join(dir, name), 'utf8'))
    }
  })
})
