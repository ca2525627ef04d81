/** The audit's vocabulary: findings with fingerprints, the facts it reads, and what it checked. */
import type { HfModelInfo, HfRepoResult } from '../hf.js'
import type { LiteLLMList } from '../litellm.js'
import type { Policy } from '../policy.js'
import type { Store } from '../store.js'
import type { Finding } from '../types.js'

/** Families of checks: a family that did not run this time never closes its issues. */
export type AuditCheck = 'drift' | 'local-health' | 'lifecycle' | 'candidates-litellm' | 'candidates-hf'

/** Which check family each audit rule belongs to (a fingerprint names its rule). */
export const RULE_CHECK: Readonly<Record<string, AuditCheck>> = {
  'audit/unlisted': 'drift',
  'audit/context-window': 'drift',
  'audit/max-input': 'drift',
  'audit/max-output': 'drift',
  'audit/price': 'drift',
  'audit/litellm-deprecation': 'drift',
  'audit/hf-unreachable': 'local-health',
  'audit/hf-gone': 'local-health',
  'audit/hf-disabled': 'local-health',
  'audit/hf-gated': 'local-health',
  'audit/hf-file-missing': 'local-health',
  'audit/hf-quantizations': 'local-health',
  'audit/hf-file-replaced': 'local-health',
  'audit/hf-revision-gone': 'local-health',
  'audit/hf-downloads': 'local-health',
  'audit/past-sunset': 'lifecycle',
  'audit/replacement-deprecated': 'lifecycle',
  'audit/stale': 'lifecycle',
  'audit/candidates-litellm': 'candidates-litellm',
  'audit/candidates-hf': 'candidates-hf',
}

/** One suggested addition, as a candidates finding lists it (or one model of a rolled-up finding). */
export interface Candidate {
  /** LiteLLM routable name, HF repo id, or the model id of a rolled-up finding. */
  name: string
  /** What to know at a glance: window and prices, a trending score, a model's age, … */
  detail: string
  /** The provider, for LiteLLM candidates (the lists are grouped by it). */
  provider?: string
}

export interface AuditFinding extends Finding {
  check: AuditCheck
  /**
   * Stable identity of the finding across runs: rule + model id + the upstream fact that
   * differs. The same problem keeps its fingerprint; a new upstream value is a new finding.
   */
  fingerprint: string
  /** The model's id; absent for candidates. */
  model?: string
  /** Candidates findings list their suggestions here. */
  candidates?: Candidate[]
  /** A rolled-up finding (staleness) lists the models it covers here, one line each. */
  items?: Candidate[]
  /**
   * false for findings that say the audit could not look (an upstream was unreachable):
   * they are reported but never become issues, and they protect the model's open issues.
   */
  sync: boolean
}

export interface AuditOptions {
  /** The day the audit runs, YYYY-MM-DD (injected, so results are reproducible). */
  today: string
  /** HF downloads (last 30 days) below which a local model's repo is reported. Default 1000. */
  minDownloads?: number
  /** Days after which last_verified is stale. Default 180. */
  staleDays?: number
  /** Providers whose LiteLLM models are candidates. Default: the providers present in the store. */
  trackedProviders?: string[]
  /** How many LiteLLM candidates to show per provider (default 3); trending HF repos show five times as many. */
  candidateLimit?: number
  /** The store folder as findings show it (candidates have no model file). Default "model-store". */
  storePath?: string
  /** The curation policy: its exceptions silence the audit's finding of the same criterion, its preview patterns filter candidates. Default: the built-in policy. */
  policy?: Policy
}

/** The thresholds, exceptions and patterns the curation policy sets for the audit. */
export function auditOptionsFromPolicy(policy: Policy): Pick<AuditOptions, 'minDownloads' | 'staleDays' | 'policy'> {
  return { minDownloads: policy.thresholds.min_downloads, staleDays: policy.thresholds.stale_after_days, policy }
}

/** The upstream facts, fetched beforehand by the I/O layer (absent = not checked this run). */
export interface AuditFacts {
  litellm?: { list: LiteLLMList; origin: string; offline: boolean }
  /** GET /api/models/{repo} results by repo id. */
  hf?: Map<string, HfRepoResult>
  /** GET /api/models?filter=gguf&sort=trendingScore&direction=-1 (in that order). */
  trending?: HfModelInfo[]
  /** Why the trending list is absent when the Hub was asked for it. */
  trendingProblem?: string
  /** The Hub asked (HF_ENDPOINT), for messages. */
  hfEndpoint?: string
  /**
   * The list candidates are new against: the shipped snapshot, when `litellm` is the live list.
   * Absent (offline), every qualifying model the store lacks is a candidate.
   */
  baseline?: { list: LiteLLMList; origin: string }
}

/** A check that did not run, or ran for only part of the store, and why. */
export interface NotChecked {
  check: AuditCheck
  why: string
}

export interface AuditInput {
  store: Store
  facts: AuditFacts
}

export interface AuditResult {
  findings: AuditFinding[]
  /** Check families that ran with the facts they need. */
  checked: AuditCheck[]
  /** Model ids the audit could not check (their open issues stay as they are). */
  unchecked: string[]
  /** Every model id in the store. */
  models: string[]
  /**
   * Model files that could not be read or parsed this run: their models' checks did not run, so
   * their issues are neither resolved nor closed as removed.
   */
  unparsed?: string[]
  /** Where the facts came from, for reports: "LiteLLM snapshot of 2026-03-03", an endpoint. */
  sources: string[]
  /** What was not checked, and why (reports list it; an offline run's HuggingFace is not here). */
  notChecked: NotChecked[]
  /**
   * Upstreams that could not be read at all (the Hub answering no known repository): the run
   * concluded nothing from them, exits 2, and opens or closes no issue.
   */
  unreachable: string[]
  /** Findings the policy's exceptions silenced: rule, model and the exception's criterion. */
  excepted: { rule: string; model: string; criterion: string }[]
}
