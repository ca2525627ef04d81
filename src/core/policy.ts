/**
 * The curation policy: what the quality rules accept, configurable without code
 * (curation.config.json at the repo root, validated by schemas/policy.schema.json).
 *
 * Merge rules, explicit and shallow: `thresholds` and `severity` merge field by field over
 * the built-in defaults (so a store can move one threshold); every other key, when present,
 * replaces its default whole (so a store can narrow the providers or licences).
 */
import { parseModelText } from './parse.js'
import { locatorFor } from './locate.js'
import { KNOWN_PROVIDERS } from './providers.js'
import { backtrackingRisk, MAX_TESTED_LENGTH } from './regex-safety.js'
import { quote } from './text.js'
import { RESERVED_ENV } from './environ-refs.js'
import { POLICY_FILE, POLICY_SCHEMA } from './layout.js'
import { schemaFindings, type Schemas } from './schema.js'
import type { Finding, Severity } from './types.js'

/** The rule id of findings about the policy file itself. */
export const POLICY_RULE = 'policy'
export const UNUSED_EXCEPTION = 'policy/unused-exception'

export type SeverityOverride = Severity | 'off'

export interface PolicyException {
  rule: string
  id: string
  reason: string
}

export interface PolicyFilter {
  providers: string[]
  ids: string[]
}

export interface Thresholds {
  min_downloads: number
  min_quantizations: number
  ram_min_gb: number
  ram_max_gb: number
  stale_after_days: number
}

export interface Policy {
  providers: Record<string, { api_key_env: string }>
  licenses: string[]
  thresholds: Thresholds
  preview_patterns: string[]
  allow: PolicyFilter
  deny: PolicyFilter
  severity: Record<string, SeverityOverride>
  exceptions: PolicyException[]
  /** The file the policy was read from (for positions of findings about it); absent for the defaults. */
  origin?: { path: string; text: string }
}

/**
 * Licences HuggingFace names that let anyone run the weights locally: the permissive ones
 * and the model makers' community licences of the established families.
 */
const DEFAULT_LICENSES = ['apache-2.0', 'mit', 'bsd-3-clause', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'cc-by-4.0']

export const DEFAULT_POLICY: Policy = Object.freeze({
  providers: Object.fromEntries(Object.entries(KNOWN_PROVIDERS).map(([p, env]) => [p, { api_key_env: env }])),
  licenses: DEFAULT_LICENSES,
  thresholds: { min_downloads: 1000, min_quantizations: 2, ram_min_gb: 1, ram_max_gb: 128, stale_after_days: 180 },
  // Word-bounded so "expert" or "betamax" do not match; "-latest" is a moving alias, not a model.
  preview_patterns: ['\\bpreview\\b', '\\bbeta\\b', '\\balpha\\b', '\\bexp(erimental)?\\b', '-latest\\b'],
  allow: { providers: [], ids: [] },
  deny: { providers: [], ids: [] },
  severity: {},
  exceptions: [],
}) as Policy

export interface PolicyRead {
  policy: Policy
  /** Problems with the file: syntax and schema errors (the defaults are used then), bad patterns. */
  findings: Finding[]
}

/** Reads a policy file's text: findings for what is wrong, and the defaults where it is unusable. */
export function readPolicy(file: { path: string; text: string }, schemas: Schemas): PolicyRead {
  const parsed = parseModelText(file.path, file.text)
  if (!parsed.ok) {
    const f = parsed.finding
    return { policy: DEFAULT_POLICY, findings: [{ ...f, rule: POLICY_RULE, hint: 'The curation policy is strict JSON; until it parses, the built-in defaults apply.' }] }
  }
  const errors = schemas.errors(POLICY_SCHEMA, parsed.data)
  if (errors.length) {
    const findings = schemaFindings({ kind: 'cloud', path: file.path, text: file.text }, schemas, POLICY_SCHEMA, errors).map((f) => ({ ...f, rule: POLICY_RULE }))
    return { policy: DEFAULT_POLICY, findings }
  }
  const policy = mergePolicy(parsed.data as Partial<Policy>, file)
  return { policy, findings: patternFindings(policy) }
}

/** The defaults with a (schema-valid) policy document laid over them. */
export function mergePolicy(doc: Partial<Policy>, origin?: { path: string; text: string }): Policy {
  const d = DEFAULT_POLICY
  const filter = (f: Partial<PolicyFilter> | undefined, def: PolicyFilter): PolicyFilter => (f ? { providers: f.providers ?? [], ids: f.ids ?? [] } : def)
  return {
    providers: doc.providers ?? d.providers,
    licenses: doc.licenses ?? d.licenses,
    thresholds: { ...d.thresholds, ...doc.thresholds },
    preview_patterns: doc.preview_patterns ?? d.preview_patterns,
    allow: filter(doc.allow, d.allow),
    deny: filter(doc.deny, d.deny),
    severity: { ...d.severity, ...doc.severity },
    exceptions: doc.exceptions ?? d.exceptions,
    origin,
  }
}

function patternFindings(policy: Policy): Finding[] {
  const out: Finding[] = []
  policy.preview_patterns.forEach((p, i) => {
    try {
      new RegExp(p, 'i')
      const risk = backtrackingRisk(p)
      if (risk)
        out.push(policyFinding(policy, 'error', ['preview_patterns', i], `preview pattern ${quote(p)} is refused: ${risk}`, 'Write a plain pattern of words and anchors (e.g. "\\\\bpreview\\\\b"); the pattern is not used.', 'value'))
    } catch (err) {
      out.push(policyFinding(policy, 'error', ['preview_patterns', i], `preview pattern ${JSON.stringify(p)} is not a valid regular expression: ${(err as Error).message}`, 'Write a JavaScript regular expression; escape backslashes in JSON ("\\\\b").', 'value'))
    }
  })
  for (const [provider, entry] of Object.entries(policy.providers))
    if (RESERVED_ENV.has(entry.api_key_env))
      out.push(policyFinding(policy, 'error', ['providers', provider, 'api_key_env'], `provider "${provider}" reads its key from ${entry.api_key_env}, a variable of the deployment itself`, "Name the provider's own key variable (e.g. OPENAI_API_KEY): this one holds the proxy's own setting.", 'value'))
  const t = policy.thresholds
  if (t.ram_min_gb > t.ram_max_gb)
    out.push(policyFinding(policy, 'error', ['thresholds', 'ram_min_gb'], `thresholds.ram_min_gb ${t.ram_min_gb} is above ram_max_gb ${t.ram_max_gb}`, 'No model could pass: swap the two.', 'value'))
  return out
}

/** A finding on a field of the policy file (at line 1 when the policy is the built-in one). */
export function policyFinding(policy: Policy, severity: Severity, path: (string | number)[], message: string, hint?: string, at: 'key' | 'value' = 'key'): Finding {
  const origin = policy.origin
  if (!origin) return { rule: POLICY_RULE, severity, file: POLICY_FILE, message, hint }
  const pos = locatorFor(origin).at(path, at)
  return { rule: POLICY_RULE, severity, file: origin.path, line: pos.line, column: pos.column, message, hint }
}

/** The policy's patterns and lists, compiled once per run. */
export interface CompiledPolicy {
  policy: Policy
  /** The first preview pattern a text matches, if any. */
  preview(text: string): string | undefined
  /** Why the policy refuses a model (deny wins over allow), or undefined when it is allowed. */
  refusal(id: string, provider: string | undefined): string | undefined
  licenses: ReadonlySet<string>
}

const compiled = new WeakMap<Policy, CompiledPolicy>()

export function compilePolicy(policy: Policy): CompiledPolicy {
  const hit = compiled.get(policy)
  if (hit) return hit
  const previews: { re: RegExp; source: string }[] = []
  for (const p of policy.preview_patterns) {
    // A pattern that could backtrack without bound is never run (readPolicy reports it).
    if (backtrackingRisk(p)) continue
    try {
      previews.push({ re: new RegExp(p, 'i'), source: p })
    } catch {
      // reported by readPolicy; an invalid pattern matches nothing
    }
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()))
  const denyProviders = lower(policy.deny.providers)
  const allowProviders = lower(policy.allow.providers)
  const denyIds = policy.deny.ids.map(glob)
  const allowIds = policy.allow.ids.map(glob)
  const allowAny = allowProviders.size > 0 || allowIds.length > 0
  const c: CompiledPolicy = {
    policy,
    preview: (text) => {
      const bounded = text.slice(0, MAX_TESTED_LENGTH)
      return previews.find((p) => p.re.test(bounded))?.source
    },
    refusal(id, provider) {
      const prov = provider?.toLowerCase()
      if (prov && denyProviders.has(prov)) return `provider "${provider}" is on the policy's deny list`
      const denied = denyIds.find((g) => g.re.test(id))
      if (denied) return `id matches "${denied.source}" on the policy's deny list`
      if (allowAny && !(prov && allowProviders.has(prov)) && !allowIds.some((g) => g.re.test(id)))
        return 'the policy has an allow list and this model is not on it'
      return undefined
    },
    licenses: lower(policy.licenses),
  }
  compiled.set(policy, c)
  return c
}

/** A glob of ids: `*` matches any run of characters; everything else is literal. */
function glob(pattern: string): { re: RegExp; source: string } {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return { re: new RegExp(`^${body}$`, 'i'), source: pattern }
}
