/**
 * Text from model files and upstream lists, made inert in GitHub Markdown: no formatting,
 * no HTML, no links, no @mentions (a stranger's model id must not ping anyone), one line.
 */

export function mdText(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/@/g, '@&#8203;')
    .replace(/(https?):\/\//gi, '$1&#58;//')
}

/** A code span that no content can break out of. */
export function mdCode(s: string): string {
  const t = oneLine(s).replace(/`/g, "'")
  return `\`${t || ' '}\``
}

/** One line, and never the start of an HTML comment (a code span would show it, a marker reader would not know). */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/<!--/g, '<\u200b!--').trim()
}

export function mdTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  // A "|" splits a table cell even inside a code span unless escaped.
  const cell = (c: string) => c.replace(/(?<!\\)\|/g, '\\|')
  return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n')
}
