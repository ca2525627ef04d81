/** Helpers the audit's checks share. */
import { findingAt } from '../rule.js'
import type { PathSegment } from '../locate.js'
import { idOf, type StoreEntry } from '../store.js'
import type { Severity } from '../types.js'
import { fingerprint } from './fingerprint.js'
import type { AuditCheck, AuditFinding } from './types.js'

const ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/

/** The id of an entry the audit can speak about: a well-formed id (validate reports the rest). */
export function auditId(e: StoreEntry): string | undefined {
  const id = idOf(e)
  return id && id.length <= 100 && ID.test(id) ? id : undefined
}

export interface At {
  entry: StoreEntry
  id: string
  check: AuditCheck
}

/** A finding on one field of a model file, with its fingerprint. */
export function auditFinding(
  at: At,
  rule: string,
  severity: Severity,
  path: PathSegment[],
  fact: string,
  message: string,
  hint: string,
  sync = true,
): AuditFinding {
  return { ...findingAt(at.entry, rule, severity, path, message, { hint, at: 'value' }), check: at.check, fingerprint: fingerprint(rule, at.id, fact), model: at.id, sync }
}

/** Whole days from `from` to `to` (YYYY-MM-DD each). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export function isDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))
}

/** Numbers as people read them: 1000000 -> "1,000,000". */
export function n(v: number): string {
  return v.toLocaleString('en-US')
}
