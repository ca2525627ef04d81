/** The rule contract, and the helpers rules use to place their findings. */
import { locatorFor, type PathSegment } from './locate.js'
import type { Schemas } from './schema.js'
import type { Store, StoreEntry } from './store.js'
import type { Finding, Severity } from './types.js'

export interface RuleContext {
  store: Store
  schemas: Schemas
  /**
   * The files whose findings will be reported (undefined: all). Findings elsewhere are dropped,
   * so a rule may skip per-file work outside it; cross-file rules still read the whole store.
   */
  focus?: ReadonlySet<string>
}

export interface Rule {
  id: string
  description: string
  check(ctx: RuleContext): Finding[] | Promise<Finding[]>
}

/**
 * A finding about one field of one model file, placed on that field's key
 * (or its value with `at: 'value'`); a path that does not exist falls back to its parent.
 */
export function findingAt(
  entry: StoreEntry,
  rule: string,
  severity: Severity,
  path: PathSegment[],
  message: string,
  hint?: string,
  at: 'key' | 'value' = 'key',
): Finding {
  const pos = locatorFor(entry.file).at(path, at)
  return { rule, severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint }
}
