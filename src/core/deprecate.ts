/**
 * Marking a model deprecated by editing its text in place (jsonc-parser edits), so the
 * file keeps its formatting and only the changed fields differ: a reviewer sees five lines.
 */
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser'

export interface Deprecation {
  replacement: string
  reason?: string
  sunset?: string
}

/** Indentation and line ends as the file already has them. */
export function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const indented = /\n([ \t]+)\S/.exec(text)?.[1]
  if (indented?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol }
  return { insertSpaces: true, tabSize: indented ? indented.length : 2, eol }
}

/**
 * The text with deprecated, replacement, deprecation_reason, sunset_date and enabled set.
 * New keys go where schema order puts them (after the last existing key that precedes them);
 * existing keys change in place. A reason or sunset date not given leaves the field as it is.
 */
export function deprecateText(text: string, d: Deprecation, keyOrder: string[]): string {
  const formattingOptions = formattingOf(text)
  const changes: [string, unknown][] = [
    ['enabled', false],
    ['deprecated', true],
    ['replacement', d.replacement],
  ]
  if (d.reason !== undefined) changes.push(['deprecation_reason', d.reason])
  if (d.sunset !== undefined) changes.push(['sunset_date', d.sunset])
  let out = text
  for (const [key, value] of changes) {
    const rank = keyOrder.indexOf(key)
    const edits = modify(out, [key], value, {
      formattingOptions,
      getInsertionIndex: (props) => {
        // After the last property that schema order puts before this one; unknown keys count as before.
        let at = 0
        props.forEach((p, i) => {
          const r = keyOrder.indexOf(p)
          if (r === -1 || r < rank) at = i + 1
        })
        return at
      },
    })
    out = applyEdits(out, edits)
  }
  return out
}
