/**
 * The rule contract. A rule declares what it judges (one file or the whole store or the
 * change), its tier, the kind of model it is about and its severity; the engine
 * (src/core/engine.ts) decides which files it sees, applies focus, tiers, the policy's
 * severities and exceptions. Rules never print and never filter by focus themselves.
 */
import type { ChangeSet, Focus } from './changes.js'
import type { HfRepoResult } from './hf.js'
import type { LiteLLMSource } from './litellm.js'
import { locatorFor, type PathSegment } from './locate.js'
import type { CompiledPolicy } from './policy.js'
import type { Schemas } from './schema.js'
import type { Store, StoreEntry } from './store.js'
import type { Finding, Kind, Severity } from './types.js'

/**
 * - structure: what makes a file usable at all (every door, always);
 * - quality: the store's curation bar, from the file, the policy and the LiteLLM list (every door, always);
 * - new: checks for new submissions, on the files a change adds;
 * - online: checks against the HuggingFace Hub and LiteLLM's live list, when asked.
 */
export type Tier = 'structure' | 'quality' | 'new' | 'online'

export interface RuleContext {
  store: Store
  schemas: Schemas
  /** The curation policy, compiled (patterns and lists ready to match). */
  policy: CompiledPolicy
  /** LiteLLM's price list: the snapshot of the data folder, or the live list with --online. */
  litellm: LiteLLMSource
  /** Why the live LiteLLM list could not be had (the snapshot stands in; reported as upstream-unreachable). */
  litellmProblem?: string
  /** HuggingFace answers per repo id, fetched before rules run (online only). */
  hf?: ReadonlyMap<string, HfRepoResult>
  /** What the change adds, modifies and deletes (empty when no change is known). */
  changes: ChangeSet
  /** The files reported on (undefined: all). */
  focus?: Focus
  /** Today, YYYY-MM-DD (passed in so results do not depend on the clock in tests). */
  today: string
  /** State a rule keeps for one run (an index of the store, a budget of suggestions), made on first use. */
  perRun<T>(key: string, make: () => T): T
}

export interface ReportOptions {
  hint?: string
  /** Place the finding on the field's key (default) or its value. */
  at?: 'key' | 'value'
  /** A rule's secondary cases (a warning beside its errors); the rule's own severity otherwise. */
  severity?: Severity
}

export interface Position {
  line: number
  column: number
}

/** Reports findings on the file being judged. */
export interface FileReport {
  /** On a field, at its key or value (a missing path falls back to its parent). */
  (path: PathSegment[], message: string, options?: ReportOptions): void
  /** At a position the rule found itself (schema errors). */
  placed(position: Position, message: string, options?: ReportOptions): void
}

/** Reports findings on a field of any model file, or on a file as a whole (its first line). */
export interface StoreReport {
  at(entry: StoreEntry, path: PathSegment[], message: string, options?: ReportOptions): void
  file(file: string, message: string, options?: ReportOptions): void
}

interface RuleMeta {
  id: string
  description: string
  tier: Tier
  severity: Severity
  /** No policy may silence or re-grade it: it keeps broken or hostile files out. */
  protected?: boolean
}

/** Judges one model file at a time: the engine hands it only the files that can be reported. */
export interface FileRule extends RuleMeta {
  scope: 'file'
  /** Only models of this kind. */
  kind?: Kind
  /** Deprecated models are not held to it (a bar for models users pick). */
  skipDeprecated?: boolean
  check(entry: StoreEntry, ctx: RuleContext, report: FileReport): void
}

/** Judges the store as a whole (duplicates, links): sees every file, reports anywhere. */
export interface StoreRule extends RuleMeta {
  scope: 'store'
  check(ctx: RuleContext, report: StoreReport): void
}

/** Judges the change itself (what it deletes): runs when a change is known. */
export interface ChangeRule extends RuleMeta {
  scope: 'change'
  check(ctx: RuleContext, report: StoreReport): void
}

export type Rule = FileRule | StoreRule | ChangeRule

/** A finding on a field of a model file, at its key or value. */
export function findingAt(entry: StoreEntry, rule: string, severity: Severity, path: PathSegment[], message: string, options: ReportOptions = {}): Finding {
  const pos = locatorFor(entry.file).at(path, options.at ?? 'key')
  return { rule, severity: options.severity ?? severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint: options.hint }
}
