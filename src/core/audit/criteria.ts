/**
 * The policy applies to the audit too: an exception in curation.config.json covers one
 * criterion for one model, whether validate or the audit judges it. Each audit rule names
 * the quality rule of the same criterion, so `local/quantizations` for gpt-oss-20b (a repo
 * that never had other quantizations) also silences `audit/hf-quantizations` for it.
 */
import type { Policy } from '../policy.js'
import type { AuditFinding } from './types.js'

/** The validate rule judging the same criterion as each audit rule (rules without one are never excepted). */
export const AUDIT_CRITERION: Readonly<Record<string, string>> = {
  'audit/unlisted': 'cloud/litellm-listed',
  'audit/context-window': 'cloud/facts-match-upstream',
  'audit/max-input': 'cloud/facts-match-upstream',
  'audit/max-output': 'cloud/facts-match-upstream',
  'audit/price': 'cloud/facts-match-upstream',
  'audit/hf-gone': 'local/hf-repo',
  'audit/hf-disabled': 'local/hf-repo',
  'audit/hf-gated': 'local/gated',
  'audit/hf-file-missing': 'local/hf-file',
  'audit/hf-quantizations': 'local/quantizations',
  'audit/hf-downloads': 'local/downloads',
  'audit/hf-file-replaced': 'local/pinned-file',
  'audit/hf-revision-gone': 'local/pinned-file',
  'audit/stale': 'stale-verification',
}

export interface Excepted {
  rule: string
  model: string
  criterion: string
}

/** The findings no exception covers, and the ones an exception silenced. */
export function applyExceptions(findings: AuditFinding[], policy: Pick<Policy, 'exceptions'>): { kept: AuditFinding[]; excepted: Excepted[] } {
  const granted = new Set(policy.exceptions.map((x) => `${x.rule}\u0000${x.id}`))
  const kept: AuditFinding[] = []
  const excepted: Excepted[] = []
  for (const f of findings) {
    const criterion = Object.hasOwn(AUDIT_CRITERION, f.rule) ? AUDIT_CRITERION[f.rule] : undefined
    if (criterion && f.model && granted.has(`${criterion}\u0000${f.model}`)) excepted.push({ rule: f.rule, model: f.model, criterion })
    else kept.push(f)
  }
  return { kept, excepted }
}
