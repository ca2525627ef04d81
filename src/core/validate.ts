/**
 * The check pipeline: Store -> rules -> policy (exceptions, severity overrides) -> sorted
 * findings, limited to the files asked about.
 */
import type { HfRepoResult } from './hf.js'
import type { LiteLLMSource } from './litellm.js'
import { compilePolicy, DEFAULT_POLICY, POLICY_FILE, policyFinding, PROTECTED_RULES, UNUSED_EXCEPTION, type Policy } from './policy.js'
import type { Rule, RuleContext } from './rule.js'
import { CORE_RULES, RULE_IDS } from './rules/index.js'
import type { Schemas } from './schema.js'
import { idOf, type Store } from './store.js'
import { closest } from './text.js'
import type { Finding, Severity, Summary } from './types.js'

export interface ValidateOptions {
  rules?: Rule[]
  /** Report only findings in these files (cross-file rules still see the whole store). */
  only?: ReadonlySet<string>
  /** Warnings count as errors. */
  strict?: boolean
  /** The curation policy (default: the built-in one). */
  policy?: Policy
  /** Findings from reading the policy file (syntax, schema): always reported. */
  policyFindings?: Finding[]
  /** LiteLLM's list (default: the shipped snapshot, read on first need). */
  litellm?: LiteLLMSource
  /** Set when the live list was asked for and could not be had. */
  litellmProblem?: string
  /** HuggingFace answers per repo id, prefetched for the online tier. */
  hf?: ReadonlyMap<string, HfRepoResult>
  /** Run the online tier (rules with tier 'online'). */
  online?: boolean
  /** Files added in this change: the new-submission tier runs on them (and the online tier only on them). */
  added?: ReadonlySet<string>
  /** YYYY-MM-DD; default today (UTC). */
  today?: string
  /** The monthly audit's severities (stale verification is a warning). */
  audit?: boolean
}

export interface ValidateResult {
  findings: Finding[]
  summary: Summary
}

export async function validateStore(store: Store, schemas: Schemas, options: ValidateOptions = {}): Promise<ValidateResult> {
  const policy = options.policy ?? DEFAULT_POLICY
  const online = options.online === true
  const scope = options.added ?? options.only
  const ctx: RuleContext = {
    store,
    schemas,
    policy: compilePolicy(policy),
    litellm: options.litellm ?? (await defaultLiteLLM(store)),
    litellmProblem: options.litellmProblem,
    hf: options.hf,
    online,
    added: options.added,
    scope,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    audit: options.audit === true,
    focus: options.only,
  }
  const rules = (options.rules ?? CORE_RULES).filter((r) => !r.tier || (r.tier === 'online' ? online : options.added !== undefined))
  const raw: Finding[] = [...store.syntax]
  for (const rule of rules) raw.push(...(await rule.check(ctx)))

  const applied = applyPolicy(store, policy, raw, new Set(rules.map((r) => r.id)), rules, scope)
  let findings = options.only ? applied.findings.filter((f) => options.only!.has(f.file)) : applied.findings
  // Problems with the policy file: errors always, the rest when the whole store (or the policy itself) is checked.
  const policyPath = policy.origin?.path ?? POLICY_FILE
  const showPolicyNotes = !options.only || options.only.has(policyPath)
  findings.push(...(options.policyFindings ?? []), ...applied.policyNotes.filter((f) => f.severity === 'error' || showPolicyNotes))
  if (options.strict) findings = findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' as Severity } : f))
  findings = sortFindings(findings)
  return { findings, summary: summarize(findings, options.only ? options.only.size : store.files.length) }
}

/** The shipped snapshot, read only when a cloud model needs it (the one read behind validateStore's defaults). */
async function defaultLiteLLM(store: Store): Promise<LiteLLMSource> {
  if (!store.entries.some((e) => e.kind === 'cloud')) return { list: Object.create(null), origin: 'no LiteLLM list (no cloud models)', offline: true }
  const { loadLiteLLMSnapshot } = await import('../io/litellm.js')
  return loadLiteLLMSnapshot()
}

/**
 * Exceptions silence one rule for one model; severity overrides re-grade or ("off") drop a
 * rule's findings. Protected rules are never touched. Exceptions that silenced nothing,
 * where their rule ran on their model, are reported on the policy file.
 */
function applyPolicy(store: Store, policy: Policy, raw: Finding[], ran: ReadonlySet<string>, rules: Rule[], scope: ReadonlySet<string> | undefined) {
  const fileOf = new Map<string, string>()
  const idByFile = new Map<string, string>()
  for (const e of store.entries) {
    const id = idOf(e)
    if (!id) continue
    idByFile.set(e.file.path, id)
    if (!fileOf.has(id)) fileOf.set(id, e.file.path)
  }
  const exceptions = new Map<string, { index: number; used: boolean }>()
  policy.exceptions.forEach((x, index) => {
    const key = `${x.rule}\u0000${x.id}`
    if (!exceptions.has(key)) exceptions.set(key, { index, used: false })
  })
  const findings: Finding[] = []
  for (const f of raw) {
    if (PROTECTED_RULES.has(f.rule)) {
      findings.push(f)
      continue
    }
    const id = idByFile.get(f.file)
    const ex = id === undefined ? undefined : exceptions.get(`${f.rule}\u0000${id}`)
    if (ex) {
      ex.used = true
      continue
    }
    const override = Object.hasOwn(policy.severity, f.rule) ? policy.severity[f.rule] : undefined
    if (override === 'off') continue
    findings.push(override ? { ...f, severity: override } : f)
  }

  const notes: Finding[] = []
  const tierOf = new Map(rules.map((r) => [r.id, r.tier]))
  const known = [...RULE_IDS]
  const unknownRule = (rule: string) => {
    const guess = closest(rule, known)
    return guess ? `Did you mean "${guess}"?` : `Rule ids: ${known.join(', ')}.`
  }
  for (const rule of Object.keys(policy.severity)) {
    if (PROTECTED_RULES.has(rule)) notes.push(policyFinding(policy, 'warning', ['severity', rule], `rule "${rule}" cannot be re-graded: it keeps broken or hostile files out`, 'Remove this override; fix the files instead.'))
    else if (!RULE_IDS.has(rule)) notes.push(policyFinding(policy, 'warning', ['severity', rule], `severity override for unknown rule "${rule}"`, unknownRule(rule)))
  }
  policy.exceptions.forEach((x, i) => {
    const at = ['exceptions', i]
    if (PROTECTED_RULES.has(x.rule)) return notes.push(policyFinding(policy, 'warning', [...at, 'rule'], `rule "${x.rule}" cannot have exceptions: it keeps broken or hostile files out`, 'Remove this exception; fix the file instead.', 'value'))
    if (!RULE_IDS.has(x.rule)) return notes.push(policyFinding(policy, 'warning', [...at, 'rule'], `exception for unknown rule "${x.rule}"`, unknownRule(x.rule), 'value'))
    const file = fileOf.get(x.id)
    if (!file) return notes.push(policyFinding(policy, 'warning', [...at, 'id'], `exception for "${x.id}", which no model in the store has as its id`, 'Remove the exception, or fix the id.', 'value'))
    const state = exceptions.get(`${x.rule}\u0000${x.id}`)
    if (state && state.index !== i) return notes.push(policyFinding(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" repeats entry ${state.index + 1}`, 'Keep one.'))
    // Judge only where the rule actually looked: it ran, and (for tiered rules) this model was in scope.
    const looked = ran.has(x.rule) && (!tierOf.get(x.rule) || !scope || scope.has(file))
    if (looked && state && !state.used)
      notes.push({ ...policyFinding(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" no longer matches anything: the model passes the rule`, 'Remove the exception so the rule guards this model again.'), rule: UNUSED_EXCEPTION })
  })
  return { findings, policyNotes: notes }
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
