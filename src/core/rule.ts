/** The rule contract, and the helpers rules use to place their findings. */
import type { HfRepoResult } from './hf.js'
import type { LiteLLMSource } from './litellm.js'
import { locatorFor, type PathSegment } from './locate.js'
import type { CompiledPolicy } from './policy.js'
import type { Schemas } from './schema.js'
import type { Store, StoreEntry } from './store.js'
import type { Finding, Severity } from './types.js'

export interface RuleContext {
  store: Store
  schemas: Schemas
  /** The curation policy, compiled (patterns and lists ready to match). */
  policy: CompiledPolicy
  /** LiteLLM's price list: the shipped snapshot, or the live list with --online. */
  litellm: LiteLLMSource
  /** Why the live LiteLLM list could not be had (the snapshot stands in; reported as upstream-unreachable). */
  litellmProblem?: string
  /** HuggingFace answers per repo id, fetched by the I/O layer before rules run (online only). */
  hf?: ReadonlyMap<string, HfRepoResult>
  /** Whether the online tier runs. */
  online: boolean
  /** Files added in this change (the --new tier); undefined when no change is named. */
  added?: ReadonlySet<string>
  /** Files the online and new-submission rules look at; undefined = every file. */
  scope?: ReadonlySet<string>
  /** Today, YYYY-MM-DD (passed in so results do not depend on the clock in tests). */
  today: string
  /** The monthly audit: some notices become warnings. */
  audit: boolean
  /**
   * The files whose findings will be reported (undefined: all). Findings elsewhere are dropped,
   * so a rule may skip per-file work outside it; cross-file rules still read the whole store.
   */
  focus?: ReadonlySet<string>
}

export interface Rule {
  id: string
  description: string
  /** 'online': runs only with --online; 'new': only when added files are named. Both look only at ctx.scope. */
  tier?: 'online' | 'new'
  check(ctx: RuleContext): Finding[] | Promise<Finding[]>
}

/** Whether a tiered rule looks at this entry. */
export function inScope(ctx: RuleContext, e: StoreEntry): boolean {
  return !ctx.scope || ctx.scope.has(e.file.path)
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

/**
 * The entries a per-file rule judges: those in focus (the files being reported on, e.g. the
 * staged ones), else all. Cross-file rules read store.entries whole.
 */
export function inFocus(store: Store, focus: ReadonlySet<string> | undefined): StoreEntry[] {
  return focus ? store.entries.filter((e) => focus.has(e.file.path)) : store.entries
}
