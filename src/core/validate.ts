/** The check pipeline: Store -> rules -> sorted findings, limited to the files asked about. */
import type { Rule, RuleContext } from './rule.js'
import { CORE_RULES } from './rules/index.js'
import type { Schemas } from './schema.js'
import type { Store } from './store.js'
import type { Finding, Severity, Summary } from './types.js'

export interface ValidateOptions {
  rules?: Rule[]
  /** Report only findings in these files (cross-file rules still see the whole store). */
  only?: ReadonlySet<string>
  /** Warnings count as errors. */
  strict?: boolean
}

export interface ValidateResult {
  findings: Finding[]
  summary: Summary
}

export async function validateStore(store: Store, schemas: Schemas, options: ValidateOptions = {}): Promise<ValidateResult> {
  const ctx: RuleContext = { store, schemas, focus: options.only }
  const rules = options.rules ?? CORE_RULES
  const found: Finding[] = [...store.syntax]
  for (const rule of rules) found.push(...(await rule.check(ctx)))
  let findings = options.only ? found.filter((f) => options.only!.has(f.file)) : found
  if (options.strict) findings = findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' as Severity } : f))
  findings = sortFindings(findings)
  return { findings, summary: summarize(findings, options.only ? options.only.size : store.files.length) }
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      ORDER[a.severity] - ORDER[b.severity] ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message),
  )
}

export function summarize(findings: Finding[], files: number): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length
  return { files, errors: count('error'), warnings: count('warning'), notices: count('notice') }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
