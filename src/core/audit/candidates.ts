/**
 * Candidates: suggestions, never errors. One finding per kind, each listing several:
 * LiteLLM chat models of tracked providers the store lacks, and trending GGUF repos on HF
 * the store lacks. Both have a fixed fingerprint, so they live in one rolling issue.
 */
import type { HfModelInfo } from '../hf.js'
import { lookupLiteLLM, providerModels, type LiteLLMEntry, type LiteLLMList } from '../litellm.js'
import { str, type Store } from '../store.js'
import { fingerprint } from './fingerprint.js'
import { uriOf } from './local-health.js'
import { isDate } from './common.js'
import type { AuditFinding, Candidate } from './types.js'

/** The providers the store's cloud models use. */
export function storeProviders(store: Store): string[] {
  const ps = new Set<string>()
  for (const e of store.entries) {
    const p = e.kind === 'cloud' ? str(e.data.provider) : undefined
    if (p && /^[a-z0-9][a-z0-9_-]*$/.test(p)) ps.add(p)
  }
  return [...ps].sort()
}

/**
 * The release date a LiteLLM key states, as YYYY-MM-DD: "-2025-08-07", "-20250514",
 * or the "-MMDD" of Google's previews ("-05-20"/"-0520" need a year, so they are not used).
 */
export function dateInKey(key: string): string | undefined {
  const dashed = /(?:^|[^0-9])(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(key)
  if (dashed) return `${dashed[1]}-${dashed[2]}-${dashed[3]}`
  const packed = /(?:^|[^0-9])(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(key)
  if (packed) return `${packed[1]}-${packed[2]}-${packed[3]}`
  return undefined
}

/**
 * Newest first. The list has no release dates, so the order uses what it has: a date in the
 * key first (newest date first); then keys without one, those LiteLLM gives a later
 * deprecation_date first (a later sunset means a later model); then by name.
 */
function newestFirst(a: { name: string; key: string; entry: LiteLLMEntry }, b: { name: string; key: string; entry: LiteLLMEntry }): number {
  const da = dateInKey(a.key)
  const db = dateInKey(b.key)
  if (da && db && da !== db) return da < db ? 1 : -1
  if (da && !db) return -1
  if (!da && db) return 1
  const xa = isDate(a.entry.deprecation_date) ? a.entry.deprecation_date : ''
  const xb = isDate(b.entry.deprecation_date) ? b.entry.deprecation_date : ''
  if (xa !== xb) return xa < xb ? 1 : -1
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

export function litellmCandidates(store: Store, list: LiteLLMList, providers: string[], today: string, limit: number, file: string): AuditFinding | undefined {
  const tracked = new Set<string>()
  for (const e of store.entries) {
    const name = e.kind === 'cloud' ? str(e.data.litellm_model_name) : undefined
    const hit = name ? lookupLiteLLM(list, name) : undefined
    if (hit) tracked.add(hit.key)
  }
  const all = providers
    .flatMap((p) => providerModels(list, p))
    .filter((m) => !tracked.has(m.key))
    // fine-tunes and models LiteLLM already dates for removal are not worth adding
    .filter((m) => !m.key.startsWith('ft:') && !(isDate(m.entry.deprecation_date) && m.entry.deprecation_date <= today))
    .sort(newestFirst)
  if (!all.length) return undefined
  const items: Candidate[] = all.slice(0, limit).map((m) => {
    const d = dateInKey(m.key)
    return { name: m.name, detail: d ? `dated ${d} in its name` : isDate(m.entry.deprecation_date) ? `LiteLLM deprecation_date ${m.entry.deprecation_date}` : 'undated' }
  })
  return {
    rule: 'audit/candidates-litellm',
    severity: 'notice',
    file,
    check: 'candidates-litellm',
    fingerprint: fingerprint('audit/candidates-litellm', undefined, 'rolling'),
    sync: true,
    candidates: items,
    message: `${all.length} LiteLLM chat model${all.length === 1 ? '' : 's'} of ${providers.join(', ')} not in the store; newest first: ${items.map((i) => i.name).join(', ')}${all.length > items.length ? ', …' : ''}`,
    hint: 'Suggestions only: add the ones worth curating with leger-curate add. Order: the date in the model name, then the later LiteLLM deprecation_date, then by name.',
  }
}

export function hfCandidates(store: Store, trending: HfModelInfo[], limit: number, file: string): AuditFinding | undefined {
  const have = new Set<string>()
  for (const e of store.entries) {
    if (e.kind !== 'local') continue
    const uri = uriOf(e)
    if (uri) have.add(uri.repoId.toLowerCase())
    const repo = str(e.data.hf_repo)
    if (repo) have.add(repo.toLowerCase())
  }
  const REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/
  const fresh = trending.filter((m) => REPO.test(m.id) && m.id.length <= 200 && !have.has(m.id.toLowerCase()))
  if (!fresh.length) return undefined
  const items: Candidate[] = fresh.slice(0, limit).map((m) => ({
    name: m.id,
    detail: [typeof m.trendingScore === 'number' ? `trending score ${m.trendingScore}` : '', typeof m.downloads === 'number' ? `${m.downloads.toLocaleString('en-US')} downloads` : '']
      .filter(Boolean)
      .join(', ') || 'trending',
  }))
  return {
    rule: 'audit/candidates-hf',
    severity: 'notice',
    file,
    check: 'candidates-hf',
    fingerprint: fingerprint('audit/candidates-hf', undefined, 'rolling'),
    sync: true,
    candidates: items,
    message: `${fresh.length} trending GGUF repositor${fresh.length === 1 ? 'y' : 'ies'} on HuggingFace not in the store: ${items.map((i) => i.name).join(', ')}${fresh.length > items.length ? ', …' : ''}`,
    hint: 'Suggestions only, in HuggingFace\'s trending order: check the licence, the maker and the quantizations before adding one with leger-curate add.',
  }
}
