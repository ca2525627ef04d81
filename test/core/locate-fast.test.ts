/** The token-scan fast path of Locator.at agrees with the parse tree on top-level fields. */
import { describe, expect, it } from 'vitest'
import { Locator } from '../../src/core/locate.js'

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
