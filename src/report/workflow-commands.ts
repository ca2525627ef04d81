/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=rule::message`), for running
 * the CLI inside any workflow step. Escaping follows the runner's rules, so a hostile message
 * cannot end the command early or forge another one.
 */
import type { Finding } from '../core/types.js'

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One command line, `::name key=value,...::message`, its properties in the order given (empty ones left out). */
export function workflowCommand(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
  return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}\n`
}

export function formatWorkflowCommands(findings: Finding[]): string {
  return findings
    .map((f) => {
      const at = f.line ? { line: f.line, col: f.column ?? 1 } : {}
      return workflowCommand(f.severity, { file: f.file, ...at, title: f.rule }, f.hint ? `${f.message} (${f.hint})` : f.message)
    })
    .join('')
}
