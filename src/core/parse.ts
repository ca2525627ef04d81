/**
 * Reads a model file's text into data, or says exactly where and why it cannot:
 * the `json-syntax` rule lives here because nothing else can run on a file that fails it.
 */
import { parse as parseLoose, printParseErrorCode, visit, type ParseError } from 'jsonc-parser'
import { MAX_DEPTH, scanShape } from './depth.js'
import { Locator } from './locate.js'
import type { Finding, ModelData } from './types.js'

export const JSON_SYNTAX = 'json-syntax'

export { MAX_DEPTH, tooDeepAt } from './depth.js'

export type Parsed = { ok: true; data: ModelData } | { ok: false; finding: Finding }

export function parseModelText(path: string, text: string): Parsed {
  const fail = (message: string, hint: string, offset = 0): Parsed => {
    const { line, column } = new Locator(text).position(offset)
    return { ok: false, finding: { rule: JSON_SYNTAX, severity: 'error', file: path, line, column, message, hint } }
  }
  if (text.charCodeAt(0) === 0xfeff)
    return fail('file starts with a byte-order mark (BOM)', 'Save the file as UTF-8 without a BOM.')
  if (text.trim() === '') return fail('file is empty', 'A model file holds one JSON object; start from `leger-curate add`.')
  const shape = scanShape(text)
  const deep = shape.tooDeepAt
  if (deep >= 0) return fail(`nesting deeper than ${MAX_DEPTH} levels`, `A model file nests a few levels of objects and arrays; this one is not a model file (no file this deep is read further).`, deep)

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    const errors: ParseError[] = []
    parseLoose(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    const first = errors[0]
    if (first) {
      const what = describeParseError(printParseErrorCode(first.error))
      return fail(`invalid JSON: ${what}`, 'Model files are strict JSON: no comments, no trailing commas, double-quoted keys and strings.', first.offset)
    }
    return fail(`invalid JSON: ${(err as Error).message}`, 'Model files are strict JSON.')
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`
    const offset = text.length - text.trimStart().length
    return fail(`the top level is ${got}, not an object`, 'A model file holds exactly one JSON object: { "id": ..., ... }.', offset)
  }
  const dup = duplicateKey(text, data, shape.members)
  if (dup) return fail(`duplicate key "${dup.key}"`, 'JSON keeps only the last of two equal keys, so a reader of the file sees one value and the tools use another: remove one.', dup.offset)
  return { ok: true, data: data as ModelData }
}

/**
 * The second occurrence of a key repeated within one object. A cheap screen first: the text
 * writes `members` object members (scanShape); when JSON.parse kept as many keys, no key was
 * repeated. Any difference runs the exact scan.
 */
function duplicateKey(text: string, data: unknown, members: number): { key: string; offset: number } | undefined {
  let keys = 0
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object')
      for (const k in v) {
        keys++
        walk((v as Record<string, unknown>)[k])
      }
  }
  walk(data)
  if (members === keys) return undefined
  const stack: Set<string>[] = []
  let found: { key: string; offset: number } | undefined
  visit(text, {
    onObjectBegin: () => void stack.push(new Set()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (key, offset) => {
      const keys = stack[stack.length - 1]
      if (!found && keys?.has(key)) found = { key, offset }
      keys?.add(key)
    },
  })
  return found
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected (a trailing comma?)',
    ValueExpected: 'value expected (a trailing comma or a missing value?)',
    ColonExpected: 'colon expected',
    CommaExpected: 'comma expected',
    CloseBraceExpected: 'closing brace expected',
    CloseBracketExpected: 'closing bracket expected',
    EndOfFileExpected: 'text after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string (a raw newline or tab?)',
  }
  return words[code] ?? code
}
