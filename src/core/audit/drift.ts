/**
 * Upstream drift of cloud models against LiteLLM's list: context window, max output and
 * prices that differ (old -> new), models no longer listed, and LiteLLM deprecation dates.
 * The fingerprint's fact is the upstream value, so fixing the file closes the issue and a
 * further upstream change is a new finding.
 */
import { contextWindowOf, formatPrice, lookupLiteLLM, perMillion, type LiteLLMEntry, type LiteLLMList } from '../litellm.js'
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
    const window = contextWindowOf(e)
    const storedWindow = num(entry.data.context_window)
    if (window !== undefined && storedWindow !== undefined && window !== storedWindow)
      out.push(auditFinding(at, 'audit/context-window', 'warning', ['context_window'], String(window), `context_window differs from LiteLLM: ${n(storedWindow)} -> ${n(window)} (${hit.key})`, `Check the provider's documentation and set "context_window": ${window} if it agrees.`))
    const maxOut = num(e.max_output_tokens)
    const storedMax = num(entry.data.max_output)
    if (maxOut !== undefined && storedMax !== undefined && maxOut !== storedMax)
      out.push(auditFinding(at, 'audit/max-output', 'warning', ['max_output'], String(maxOut), `max_output differs from LiteLLM: ${n(storedMax)} -> ${n(maxOut)} (${hit.key})`, `Check the provider's documentation and set "max_output": ${maxOut} if it agrees.`))
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
