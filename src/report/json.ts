/** The machine-readable report: exactly {findings:[...], summary:{files, errors, warnings}}. */
import type { Finding, Summary } from '../core/types.js'

export function formatJson(findings: Finding[], summary: Summary): string {
  const out = {
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line ?? null,
      column: f.column ?? null,
      message: f.message,
      hint: f.hint ?? null,
    })),
    summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings },
  }
  return JSON.stringify(out, null, 2) + '\n'
}
