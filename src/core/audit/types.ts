/** The audit's vocabulary: findings with fingerprints, the facts it reads, and what it checked. */
import type { HfModelInfo, HfRepoResult } from '../hf.js'
import type { LiteLLMList } from '../litellm.js'
import type { Policy } from '../policy.js'
import type { Store } from '../store.js'
import type { Finding } from '../types.js'

/** Families of checks: a family that did not run this time never closes its issues. */
export type AuditCheck = 'drift' | 'local-health' | 'lifecycle' | 'candidates-litellm' | 'candidates-hf'
export const AUDIT_CHECKS: readonly AuditCheck[] = ['drift', 'local-health', 'lifecycle', 'candidates-litellm', 'candidates-hf']

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
  'audit/hf-downloads': 'local-health',
  'audit/past-sunset': 'lifecycle',
  'audit/replacement-deprecated': 'lifecycle',
  'audit/stale': 'lifecycle',
  'audit/candidates-litellm': 'candidates-litellm',
  'audit/candidates-hf': 'candidates-hf',
}

/** One suggested addition, as a candidates finding lists it. */
export interface Candidate {
  /** LiteLLM routable name or HF repo id. */
  name: string
  /** Why it sorts where it does: a date in the key, a trending score, … */
  detail: string
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
  /** How many candidates each candidates finding lists at most. Default 15. */
  candidateLimit?: number
  /** The store folder as findings show it (candidates have no model file). Default "model-store". */
  storePath?: string
}

/** The thresholds the curation policy sets for the audit. */
export function auditOptionsFromPolicy(policy: Policy): Pick<AuditOptions, 'minDownloads' | 'staleDays'> {
  return { minDownloads: policy.thresholds.min_downloads, staleDays: policy.thresholds.stale_after_days }
}

/** The upstream facts, fetched beforehand by the I/O layer (absent = not checked this run). */
export interface AuditFacts {
  litellm?: { list: LiteLLMList; origin: string; offline: boolean }
  /** GET /api/models/{repo} results by repo id. */
  hf?: Map<string, HfRepoResult>
  /** GET /api/models?filter=gguf&sort=trendingScore&direction=-1 (in that order). */
  trending?: HfModelInfo[]
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
  /** Where the facts came from, for reports: "LiteLLM snapshot of 2026-03-03", an endpoint. */
  sources: string[]
}
