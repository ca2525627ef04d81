/**
 * Upstream drift of cloud models against LiteLLM's list: the input limit (max_input, else the
 * whole window), max output and prices that differ (old -> new), models no longer listed, and LiteLLM deprecation dates.
 * The fingerprint's fact is the upstream value, so fixing the file closes the issue and a
 * further upstream change is a new finding.
 */
import { formatPrice, lookupLiteLLM, perMillion, type LiteLLMEntry, type LiteLLMList } from '../litellm.js'
import { compareLimits } from '../model-limits.js'
import { num, price, str, type Store } from '../store.js'
import { auditFinding, auditId, isDate, n, type At } from './common.js'
import type { AuditFinding } from './types.js'

const PRICES: { field: string; cost: keyof LiteLLMEntry; label: string }[] = [
  { field: 'input_per_1m', cost: 'input_cost_per_token', label: 'input price' },
  { field: 'output_per_1m', cost: 'output_cost_per_token', label: 'output price' },
  { field: 'cache_read_per_1m', cost: 'cache_read_input_token_cost', label: 'cache-read price' },
]

export function driftFindings(store: Store, list: LiteLLMList, origin: string): AuditFinding[] {
  const out: AuditFinding[] = []
  for (const entry of store.entries) {
    if (entry.kind !== 'cloud') continue
    const id = auditId(entry)
    const name = str(entry.data.litellm_model_name)
    if (!id || !name) continue
    const at: At = { entry, id, check: 'drift' }
    const hit = lookupLiteLLM(list, name)
    if (!hit) {
      out.push(
        auditFinding(at, 'audit/unlisted', 'warning', ['litellm_model_name'], name, `${name} is no longer in LiteLLM's list (${origin})`,
          entry.data.deprecated === true
            ? 'The model is deprecated: remove it from blueprints and, after its sunset, from the store.'
            : 'Check the provider: if the model was retired, deprecate it (leger-curate deprecate ID --replacement NEW); if it was renamed, update litellm_model_name.'),
      )
      continue
    }
    const e = hit.entry
    // One reading of a window: the same comparison validate's cloud/facts-match-upstream makes.
    for (const d of compareLimits(entry.data, e)) {
      const rule = d.field === 'max_output' ? 'audit/max-output' : d.field === 'max_input' ? 'audit/max-input' : 'audit/context-window'
      const theirs = d.field === 'max_output' ? 'max_output_tokens' : 'max_input_tokens'
      out.push(auditFinding(at, rule, 'warning', [d.field], String(d.theirs), `${d.field} differs from LiteLLM's ${theirs}: ${n(d.ours)} -> ${n(d.theirs)} (${hit.key})`,
        d.field === 'context_window'
          ? `Check the provider's documentation: set "context_window": ${d.theirs} if the whole window is that, or keep the window and record the input cap as "max_input": ${d.theirs}.`
          : `Check the provider's documentation and set "${d.field}": ${d.theirs} if it agrees.`))
    }
    const pricing = entry.data.pricing
    if (pricing && typeof pricing === 'object' && !Array.isArray(pricing)) {
      for (const p of PRICES) {
        const stored = price((pricing as Record<string, unknown>)[p.field])
        const upstream = perMillion(num(e[p.cost]))
        if (stored === undefined || upstream === undefined || Math.abs(stored - upstream) < 1e-9) continue
        out.push(auditFinding(at, 'audit/price', 'warning', ['pricing', p.field], `${p.field}=${upstream}`, `${p.label} differs from LiteLLM: ${formatPrice(stored)} -> ${formatPrice(upstream)} per 1M tokens (${hit.key})`, `Check the provider's price page and set "${p.field}": "${formatPrice(upstream)}" if it agrees.`))
      }
    }
    const date = e.deprecation_date
    if (isDate(date) && entry.data.deprecated !== true)
      out.push(auditFinding(at, 'audit/litellm-deprecation', 'warning', ['litellm_model_name'], date, `LiteLLM marks ${hit.key} for deprecation on ${date}`, `Deprecate it: leger-curate deprecate ${id} --replacement NEW, with "sunset_date": "${date}".`))
  }
  return out
}
