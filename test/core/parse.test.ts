/** parseModelText: the json-syntax rule, the only one that runs before a file has data. */
import { describe, expect, it } from 'vitest'
import { parseModelText, type Parsed } from '../../src/core/parse.js'
import { cloudModel } from '../helpers.js'

const P = 'model-store/cloud/test-cloud.json'
const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n'
/** The finding of a text that fails, as [line, column, message]; the hint is always there. */
function failure(text: string): [number | undefined, number | undefined, string] {
  const r: Parsed = parseModelText(P, text)
  if (r.ok) throw new Error('expected a json-syntax finding')
  expect(r.finding).toMatchObject({ rule: 'json-syntax', severity: 'error', file: P })
  expect(r.finding.hint).toBeTruthy()
  return [r.finding.line, r.finding.column, r.finding.message]
}

describe('parseModelText', () => {
  it('reads a model file into its data', () => {
    expect(parseModelText(P, pretty(cloudModel()))).toEqual({ ok: true, data: cloudModel() })
  })
  it('refuses a BOM, an empty file and a top level that is not an object, where it starts', () => {
    expect(failure('\ufeff{}')).toEqual([1, 1, 'file starts with a byte-order mark (BOM)'])
    expect(failure('  \n')).toEqual([1, 1, 'file is empty'])
    expect(failure('\n [1]')).toEqual([2, 2, 'the top level is an array, not an object'])
    expect(failure('null')).toEqual([1, 1, 'the top level is null, not an object'])
    expect(failure(' "x"')).toEqual([1, 2, 'the top level is a string, not an object'])
  })
  it('locates a trailing comma, a raw newline in a string, a comment', () => {
    expect(failure('{\n  "id": "a",\n}\n')).toEqual([3, 1, 'invalid JSON: property name expected (a trailing comma?)'])
    const [line, , message] = failure('{\n  "id": "a\nb"\n}')
    expect([line, message]).toEqual([2, 'invalid JSON: unterminated string'])
    expect(failure('{\n  // no\n  "id": "a"\n}')).toEqual([2, 3, 'invalid JSON: comments are not allowed'])
  })
  it('refuses a repeated key at the second occurrence', () => {
    const text = pretty(cloudModel()).replace('"requires_api_key": "OPENAI_API_KEY"', '"requires_api_key": "OPENAI_API_KEY",\n  "requires_api_key": "EVIL"')
    expect(failure(text)).toEqual([10, 3, 'duplicate key "requires_api_key"'])
  })
  it('refuses a repeated key spelled with an escape', () => {
    const escaped = pretty(cloudModel()).replace('"name"', '"\\u0069d": "other",\n  "name"')
    const [line, , message] = failure(escaped)
    expect([line, message]).toEqual([4, 'duplicate key "id"'])
  })
  it('is not fooled by keys spaced from their colon', () => {
    expect(failure('{\n  "id": "test-cloud",\n  "id" : "evil",\n  "name" :"x"\n}\n')).toEqual([3, 3, 'duplicate key "id"'])
  })
  it('finds a repeated key in a nested object', () => {
    expect(failure('{\n  "pricing": {\n    "input_per_1m": 1,\n    "input_per_1m": 2\n  }\n}\n')).toEqual([4, 5, 'duplicate key "input_per_1m"'])
  })
  it('leaves equal keys in different objects, and quoted colons in values, alone', () => {
    const m = cloudModel({ notes: 'say "id": here', pricing: { input_per_1m: 1, output_per_1m: 2 }, performance: { input_per_1m: 3 } })
    expect(parseModelText(P, pretty(m))).toEqual({ ok: true, data: m })
  })
})
