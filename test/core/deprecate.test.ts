import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deprecateText, formattingOf } from '../../src/core/deprecate.js'
import { Schemas } from '../../src/core/schema.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { ROOT } from '../helpers.js'

const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))

describe('deprecate edits', () => {
  const order = schemas.keyOrder('cloud.schema.json')
  it('reads indentation and line ends from the file', () => {
    expect(formattingOf('{\n\t"a": 1\n}')).toMatchObject({ insertSpaces: false, eol: '\n' })
    expect(formattingOf('{\r\n    "a": 1\r\n}')).toMatchObject({ insertSpaces: true, tabSize: 4, eol: '\r\n' })
  })
  it('changes only the deprecation fields, in place, new keys in schema order', () => {
    const text = '{\n    "id": "old",\n    "name": "Old",   \n    "enabled": true,\n    "sources": ["https://example.com/a"]\n}\n'
    const out = deprecateText(text, { replacement: 'new', reason: 'Superseded', sunset: '2027-01-01' }, order)
    expect(out).toBe(
      '{\n    "id": "old",\n    "name": "Old",   \n    "enabled": false,\n    "deprecated": true,\n    "replacement": "new",\n    "deprecation_reason": "Superseded",\n    "sunset_date": "2027-01-01",\n    "sources": ["https://example.com/a"]\n}\n',
    )
  })
  it('keeps tabs and CRLF, replaces existing values, and leaves a reason not given alone', () => {
    const text = '{\r\n\t"id": "old",\r\n\t"deprecated": false,\r\n\t"deprecation_reason": "kept"\r\n}'
    const out = deprecateText(text, { replacement: 'new' }, order)
    expect(out).toBe('{\r\n\t"id": "old",\r\n\t"enabled": false,\r\n\t"deprecated": true,\r\n\t"replacement": "new",\r\n\t"deprecation_reason": "kept"\r\n}')
  })
  it('writes hostile text as escaped JSON', () => {
    const out = deprecateText('{\n  "id": "old"\n}\n', { replacement: 'new', reason: 'a\n"b" ${X}' }, order)
    expect(JSON.parse(out).deprecation_reason).toBe('a\n"b" ${X}')
  })
})
