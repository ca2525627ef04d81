/**
 * The rule engine: every rule of the tiers asked for, over the files each may see, then the
 * policy (exceptions, severity overrides), then the focus (which findings are reported).
 * Pure and synchronous: upstream facts are fetched before it runs.
 */
import { LINK_RULES, NO_CHANGE, type ChangeSet, type Focus } from './changes.js'
import { JSON_SYNTAX } from './parse.js'
import type { HfRepoResult } from './hf.js'
import type { PathSegment } from './locate.js'
import type { LiteLLMSource } from './litellm.js'
import { compilePolicy, POLICY_RULE, policyFinding, UNUSED_EXCEPTION, type Policy } from './policy.js'
import { findingAt, type FileReport, type FileRule, type Position, type ReportOptions, type Rule, type RuleContext, type StoreReport } from './rule.js'
import { RULES } from './rules/index.js'
import type { Schemas } from './schema.js'
import { idOf, type Store, type StoreEntry } from './store.js'
import { closest } from './text.js'
import type { Finding, Severity, Summary } from './types.js'

/** Findings of the readers, not of a rule: a file too large or not JSON. */
export const FILE_READ = 'file-read'

/** Rule ids no policy may silence or re-grade. */
export const PROTECTED: ReadonlySet<string> = new Set([JSON_SYNTAX, FILE_READ, POLICY_RULE, ...RULES.filter((r) => r.protected).map((r) => r.id)])

/** Every id a policy may name. */
export const RULE_IDS: ReadonlySet<string> = new Set([JSON_SYNTAX, FILE_READ, ...RULES.map((r) => r.id)])

export interface EngineInput {
  store: Store
  schemas: Schemas
  policy: Policy
  litellm: LiteLLMSource
  litellmProblem?: string
  hf?: ReadonlyMap<string, HfRepoResult>
  /** What the change adds, modifies, deletes: the new-submission tier runs on what it adds. */
  changes?: ChangeSet
  /** The files reported on; undefined: every file. */
  focus?: Focus
  /** Run the online tier (on the files in focus). */
  online?: boolean
  today: string
  /** The rules to run (tests narrow this); default: every rule. */
  rules?: readonly Rule[]
}

/** The findings of a run, sorted, with the policy applied and only those in focus. */
export function runRules(input: EngineInput): Finding[] {
  const { store, focus, policy } = input
  const changes = input.changes ?? NO_CHANGE
  const memo = new Map<string, unknown>()
  const ctx: RuleContext = {
    store,
    schemas: input.schemas,
    policy: compilePolicy(policy),
    litellm: input.litellm,
    litellmProblem: input.litellmProblem,
    hf: input.hf,
    changes,
    focus,
    today: input.today,
    perRun: <T>(key: string, make: () => T): T => {
      if (!memo.has(key)) memo.set(key, make())
      return memo.get(key) as T
    },
  }
  const reportable = focus ? store.entries.filter((e) => focus.files.has(e.file.path) || focus.dependents.has(e.file.path)) : store.entries
  const inFocus = focus ? reportable.filter((e) => focus.files.has(e.file.path)) : store.entries
  const added = store.entries.filter((e) => changes.added.has(e.file.path))
  // Dependents (models a change reaches through their replacement chain) are judged only by the
  // link rules: only those findings of theirs are reported, and they are read only for them.
  const targetsOf = (rule: FileRule) => (rule.tier === 'new' ? added : rule.tier === 'online' || !LINK_RULES.has(rule.id) ? inFocus : reportable)
  /** Whether a per-file rule judges an entry (of its targets: the files whose findings it can report). */
  const judges = (rule: FileRule, e: StoreEntry) => (!rule.kind || e.kind === rule.kind) && !(rule.skipDeprecated && e.data.deprecated === true)

  const silencer = new Silencer(store, policy)
  const raw: Finding[] = [...store.syntax]
  const rules = input.rules ?? RULES
  for (const rule of rules) {
    if (rule.tier === 'online' && !input.online) continue
    if (rule.tier === 'new' && !added.length) continue
    if (rule.scope === 'store') {
      rule.check(ctx, storeReporter(rule, silencer, raw))
      continue
    }
    if (rule.scope === 'change') {
      if (changes.deleted.size || changes.added.size || changes.modified.size) rule.check(ctx, storeReporter(rule, silencer, raw))
      continue
    }
    // Per-file rules see only files whose findings can be reported.
    const report = fileReporter(rule, silencer, raw)
    for (const e of targetsOf(rule)) {
      if (!judges(rule, e)) continue
      report.entry = e
      rule.check(e, ctx, report)
    }
  }
  /** Where a rule looked at a model: an exception is judged unused only there. */
  const byPath = new Map<readonly StoreEntry[], ReadonlyMap<string, StoreEntry>>()
  const looked = (ruleId: string, file: string): boolean => {
    const rule = rules.find((r) => r.id === ruleId)
    if (!rule || (rule.tier === 'online' && !input.online) || (rule.tier === 'new' && !added.length) || rule.scope === 'change') return false
    if (rule.scope === 'store') return true
    const targets = targetsOf(rule)
    let paths = byPath.get(targets)
    if (!paths) byPath.set(targets, (paths = new Map(targets.map((e) => [e.file.path, e]))))
    const e = paths.get(file)
    return e !== undefined && judges(rule, e)
  }

  const reported = focus ? raw.filter((f) => focus.files.has(f.file) || (focus.dependents.has(f.file) && LINK_RULES.has(f.rule))) : raw
  // Notes on the policy file: its errors always; the rest when the whole store is judged.
  const notes = policyNotes(silencer, policy, looked).filter((f) => f.severity === 'error' || !focus || focus.files.has(f.file))
  return sortFindings([...reported, ...notes].map(bounded))
}

/** The longest message a finding carries: rules quote values through quote(); this is the backstop. */
const MAX_MESSAGE = 1000

function bounded(f: Finding): Finding {
  return f.message.length > MAX_MESSAGE ? { ...f, message: `${[...f.message].slice(0, MAX_MESSAGE - 1).join('')}…` } : f
}

/**
 * The policy's exceptions and "off" severities, asked before a finding is placed: a finding
 * the policy drops costs no position lookup (on a store with an exception per clone, locating
 * silenced findings was a tenth of the run). Protected rules are never silenced.
 */
class Silencer {
  /** Each (rule, id) excepted: the first entry naming it, and whether it silenced anything. */
  readonly exceptions = new Map<string, { index: number; used: boolean }>()
  private readonly quiet: boolean
  private ids?: { byFile: Map<string, string>; firstFile: Map<string, string> }

  constructor(private readonly store: Store, private readonly policy: Policy) {
    policy.exceptions.forEach((x, index) => {
      const key = `${x.rule}\u0000${x.id}`
      if (!this.exceptions.has(key)) this.exceptions.set(key, { index, used: false })
    })
    this.quiet = this.exceptions.size === 0 && Object.keys(policy.severity).length === 0
  }

  /** The severity a finding of `rule` is reported with (a policy override wins), or undefined: dropped. */
  severity(rule: Rule, options: ReportOptions, file: string, entry?: StoreEntry): Severity | undefined {
    const own = options.severity ?? rule.severity
    if (this.quiet || PROTECTED.has(rule.id)) return own
    const id = entry ? idOf(entry) : this.index().byFile.get(file)
    const ex = id === undefined ? undefined : this.exceptions.get(`${rule.id}\u0000${id}`)
    if (ex) return void (ex.used = true)
    const override = Object.hasOwn(this.policy.severity, rule.id) ? this.policy.severity[rule.id] : undefined
    return override === 'off' ? undefined : (override ?? own)
  }

  /** The file of the first model with this id. */
  fileOf(id: string): string | undefined {
    return this.index().firstFile.get(id)
  }

  /** Ids by file and first files by id, made only when a finding is reported by path or a note asks. */
  private index() {
    if (!this.ids) {
      this.ids = { byFile: new Map(), firstFile: new Map() }
      for (const e of this.store.entries) {
        const id = idOf(e)
        if (id === undefined) continue
        this.ids.byFile.set(e.file.path, id)
        if (!this.ids.firstFile.has(id)) this.ids.firstFile.set(id, e.file.path)
      }
    }
    return this.ids
  }
}

/** One reporter per rule, pointed at each file in turn (no closures per file and rule). */
function fileReporter(rule: Rule, silencer: Silencer, out: Finding[]): FileReport & { entry: StoreEntry } {
  const report = Object.assign(
    (path: PathSegment[], message: string, options: ReportOptions = {}) => {
      const severity = silencer.severity(rule, options, report.entry.file.path, report.entry)
      if (severity) out.push(findingAt(report.entry, rule.id, severity, path, message, options))
    },
    {
      entry: undefined as unknown as StoreEntry,
      placed: (pos: Position, message: string, options: ReportOptions = {}) => {
        const severity = silencer.severity(rule, options, report.entry.file.path, report.entry)
        if (severity) out.push({ rule: rule.id, severity, file: report.entry.file.path, line: pos.line, column: pos.column, message, hint: options.hint })
      },
    },
  )
  return report
}

function storeReporter(rule: Rule, silencer: Silencer, out: Finding[]): StoreReport {
  return {
    at: (entry, path, message, options = {}) => {
      const severity = silencer.severity(rule, options, entry.file.path, entry)
      if (severity) out.push(findingAt(entry, rule.id, severity, path, message, options))
    },
    file: (file, message, options = {}) => {
      const severity = silencer.severity(rule, options, file)
      if (severity) out.push({ rule: rule.id, severity, file, line: 1, column: 1, message, hint: options.hint })
    },
  }
}

/**
 * What the policy says of itself, once the rules ran (their findings were silenced or
 * re-graded as they were reported; the readers' findings are protected): overrides and
 * exceptions it cannot apply, and exceptions that silenced nothing where their rule looked.
 */
function policyNotes(silencer: Silencer, policy: Policy, looked: (rule: string, file: string) => boolean): Finding[] {
  const notes: Finding[] = []
  const unknownRule = (rule: string) => {
    const guess = closest(rule, RULE_IDS)
    return guess ? `Did you mean "${guess}"?` : `Rule ids: ${[...RULE_IDS].join(', ')}.`
  }
  for (const rule of Object.keys(policy.severity)) {
    if (PROTECTED.has(rule)) notes.push(policyFinding(policy, 'warning', ['severity', rule], `rule "${rule}" cannot be re-graded: it keeps broken or hostile files out`, 'Remove this override; fix the files instead.'))
    else if (!RULE_IDS.has(rule)) notes.push(policyFinding(policy, 'warning', ['severity', rule], `severity override for unknown rule "${rule}"`, unknownRule(rule)))
  }
  policy.exceptions.forEach((x, i) => {
    const at = ['exceptions', i]
    if (PROTECTED.has(x.rule)) return notes.push(policyFinding(policy, 'warning', [...at, 'rule'], `rule "${x.rule}" cannot have exceptions: it keeps broken or hostile files out`, 'Remove this exception; fix the file instead.', 'value'))
    if (!RULE_IDS.has(x.rule)) return notes.push(policyFinding(policy, 'warning', [...at, 'rule'], `exception for unknown rule "${x.rule}"`, unknownRule(x.rule), 'value'))
    const file = silencer.fileOf(x.id)
    if (!file) return notes.push(policyFinding(policy, 'warning', [...at, 'id'], `exception for "${x.id}", which no model in the store has as its id`, 'Remove the exception, or fix the id.', 'value'))
    const state = silencer.exceptions.get(`${x.rule}\u0000${x.id}`)
    if (state && state.index !== i) return notes.push(policyFinding(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" repeats entry ${state.index + 1}`, 'Keep one.'))
    if (state && !state.used && looked(x.rule, file))
      notes.push({ ...policyFinding(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" no longer matches anything: the model passes the rule`, 'Remove the exception so the rule guards this model again.'), rule: UNUSED_EXCEPTION })
  })
  return notes
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

/** Warnings count as errors (--strict). */
export function strictly(findings: Finding[]): Finding[] {
  return findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' as Severity } : f))
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

