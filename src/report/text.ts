/** Findings for a terminal: `path:line:col severity rule message`, a hint line, a count. */
import { plural } from '../core/text.js'
import type { Finding, Severity, Summary } from '../core/types.js'

export interface TextOptions {
  color: boolean
}

const CODES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, green: 32 } as const
type Paint = (c: keyof typeof CODES, s: string) => string

export function painter(color: boolean): Paint {
  return color ? (c, s) => `\u001b[${CODES[c]}m${s}\u001b[0m` : (_c, s) => s
}

const TONE: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', notice: 'blue' }

/**
 * Any model text printed to a terminal loses its control characters first: a hostile
 * file must not move the cursor or forge a line of output.
 */
export function clean(s: string): string {
  return cleanLines(s).replace(/\n/g, '\\n')
}

/** As clean(), for text whose line breaks are its own (usage, multi-line hints). */
export function cleanLines(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?')
}

export function formatLocation(f: Finding): string {
  return `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}`
}

export function formatText(findings: Finding[], summary: Summary, options: TextOptions): string {
  const paint = painter(options.color)
  const lines: string[] = []
  for (const f of findings) {
    lines.push(`${paint('bold', clean(formatLocation(f)))} ${paint(TONE[f.severity], f.severity)} ${paint('dim', f.rule)} ${clean(f.message)}`)
    if (f.hint) lines.push(`  ${paint('dim', 'hint:')} ${clean(f.hint)}`)
  }
  if (lines.length) lines.push('')
  lines.push(countLine(summary, paint))
  return lines.join('\n') + '\n'
}

export function countLine(summary: Summary, paint: Paint = painter(false)): string {
  const files = plural(summary.files, 'file')
  if (!summary.errors && !summary.warnings && !summary.notices) return paint('green', `✔ ${files} checked, no problems`)
  const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')]
  if (summary.notices) parts.push(plural(summary.notices, 'notice'))
  const mark = summary.errors ? paint('red', '✖') : paint('yellow', '⚠')
  return `${mark} ${parts.join(', ')} in ${files} checked`
}
