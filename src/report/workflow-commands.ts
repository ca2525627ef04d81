/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=rule::message`), for running
 * the CLI inside any workflow step. Escaping follows the runner's rules, so a hostile message
 * cannot end the command early or forge another one.
 */
import type { Finding } from '../core/types.js'

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatWorkflowCommands(findings: Finding[]): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.file)}`]
      if (f.line) props.push(`line=${f.line}`, `col=${f.column ?? 1}`)
      props.push(`title=${escapeProperty(f.rule)}`)
      const text = f.hint ? `${f.message} (${f.hint})` : f.message
      return `::${f.severity} ${props.join(',')}::${escapeData(text)}\n`
    })
    .join('')
}
