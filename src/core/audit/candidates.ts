/**
 * Candidates: suggestions, never errors. One finding per kind, each listing several:
 * LiteLLM chat models of tracked providers that are new and the store lacks, and trending
 * GGUF repos on HF the store lacks. Both have a fixed fingerprint, so they live in one rolling issue.
 */
import type { HfModelInfo } from '../hf.js'
import { formatPrice, lookupLiteLLM, perMillion, providerModels, type LiteLLMEntry, type LiteLLMList } from '../litellm.js'
import { num, str, type Store } from '../store.js'
import { clip } from '../text.js'
import { fingerprint } from './fingerprint.js'
import { uriOf } from './local-health.js'
import { isDate, n } from './common.js'
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

/** Audio, realtime, search, image, speech and video models: not what a chat store curates. */
const NOT_CHAT = /(?:^|[-/._])(?:audio|realtime|search|image|images|imagen|tts|speech|transcribe|live|lyria|veo|embedding|moderation)(?:[-/._]|$)/i

/**
 * The generation a key states, as numbers: "claude-opus-4-7-20260416" -> [4, 7],
 * "gpt-5.4-mini" -> [5, 4], "gemini-3.6-flash" -> [3, 6], "claude-opus-5" -> [5]. The
 * first version number in the model part, before any date.
 */
export function generationInKey(key: string): number[] {
  const model = key.slice(key.lastIndexOf('/') + 1).replace(/-?(?:20\d{2}-?\d{2}-?\d{2})(?![0-9]).*$/, '')
  // A number followed by b, m or k is a size ("gemma-3-27b", "gpt-oss-20b"), not a generation.
  const re = /(?:^|[^0-9.])(\d{1,3})(?:[.-](\d{1,2}))?(?![0-9])/g
  for (let m = re.exec(model); m; m = re.exec(model)) {
    const after = model.slice(m.index + m[0].length)
    if (m[2] !== undefined && /^[bmk](?![a-z])/i.test(after)) return [Number(m[1])]
    if (/^[bmk](?![a-z])/i.test(after)) continue
    return m[2] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[1])]
  }
  return []
}

/** A key without its date: a dated snapshot and its alias share it ("gpt-5.5-2026-04-23" -> "gpt-5.5"). */
export function undatedKey(key: string): string {
  return key.replace(/-(?:20\d{2}-\d{2}-\d{2}|20\d{6})(?![0-9])/, '').replace(/-latest$/, '')
}

function compareGenerations(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -1
    const y = b[i] ?? -1
    if (x !== y) return x - y
  }
  return 0
}

interface Pick {
  name: string
  key: string
  entry: LiteLLMEntry
  provider: string
}

/** Newest first within a provider: the generation in the name, then the date in it, then by name. */
function newestFirst(a: Pick, b: Pick): number {
  const g = compareGenerations(generationInKey(b.key), generationInKey(a.key))
  if (g) return g
  const da = dateInKey(a.key) ?? ''
  const db = dateInKey(b.key) ?? ''
  if (da !== db) return da < db ? 1 : -1
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

/** "1,050,000-token window, $5.00 in / $30.00 out per 1M": what a curator weighs first. */
function glance(e: LiteLLMEntry): string {
  const parts: string[] = []
  if (typeof e.max_input_tokens === 'number') parts.push(`${n(e.max_input_tokens)}-token input`)
  const i = perMillion(num(e.input_cost_per_token))
  const o = perMillion(num(e.output_cost_per_token))
  if (i !== undefined && o !== undefined) parts.push(`${formatPrice(i)} in / ${formatPrice(o)} out per 1M`)
  return parts.join(', ') || 'no limits or prices listed'
}

export interface CandidateOptions {
  providers: string[]
  today: string
  /** How many to show per provider. */
  perProvider: number
  file: string
  /** The preview test of the policy. */
  preview: (text: string) => string | undefined
  /** Only keys absent from this list are new (the shipped snapshot, when the list is live). */
  baseline?: LiteLLMList
}

/**
 * LiteLLM candidates: chat models of tracked providers that are new upstream (since the
 * baseline), not a dated twin or alias of a tracked model (a snapshot and its alias are one
 * candidate), not a preview, not an audio, realtime, search, image or speech model, not
 * dated for removal. Newest first within each provider; the best few of each are shown.
 */
export function litellmCandidates(store: Store, list: LiteLLMList, o: CandidateOptions): AuditFinding | undefined {
  const tracked = new Set<string>()
  for (const e of store.entries) {
    const name = e.kind === 'cloud' ? str(e.data.litellm_model_name) : undefined
    const hit = name ? lookupLiteLLM(list, name) : undefined
    if (hit) tracked.add(`${hit.entry.litellm_provider ?? ''}\u0000${undatedKey(hit.key)}`)
  }
  const groups = new Map<string, Pick>()
  for (const provider of o.providers) {
    for (const m of providerModels(list, provider)) {
      if (o.baseline && Object.hasOwn(o.baseline, m.key)) continue
      if (m.key.startsWith('ft:') || NOT_CHAT.test(m.key) || o.preview(m.key) !== undefined) continue
      if (isDate(m.entry.deprecation_date) && m.entry.deprecation_date <= o.today) continue
      const family = `${provider}\u0000${undatedKey(m.key)}`
      if (tracked.has(family)) continue
      const seen = groups.get(family)
      // One candidate per snapshot and alias: the dated snapshot, the route the store prefers.
      if (!seen || (dateInKey(m.key) && !dateInKey(seen.key))) groups.set(family, { ...m, provider })
    }
  }
  const all = [...groups.values()]
  if (!all.length) return undefined
  const items: Candidate[] = []
  const shown: string[] = []
  for (const provider of o.providers) {
    const mine = all.filter((m) => m.provider === provider).sort(newestFirst)
    if (!mine.length) continue
    shown.push(`${provider} ${mine.length}`)
    for (const m of mine.slice(0, o.perProvider)) items.push({ name: clip(m.name), provider, detail: glance(m.entry) })
  }
  const since = o.baseline ? ' new since the shipped snapshot' : ''
  return {
    rule: 'audit/candidates-litellm',
    severity: 'notice',
    file: o.file,
    check: 'candidates-litellm',
    fingerprint: fingerprint('audit/candidates-litellm', undefined, 'rolling'),
    sync: true,
    candidates: items,
    message: `${all.length} LiteLLM chat model${all.length === 1 ? '' : 's'}${since} qualify (${shown.join(', ')}); newest of each provider: ${items.map((i) => i.name).join(', ')}`,
    hint: 'Suggestions only: add the ones the coverage strategy asks for (frontier, mid and budget per provider) with leger-curate add. Counted: chat models of tracked providers the store lacks, not previews, dated twins or aliases of tracked models, nor audio, realtime, search, image or speech models; newest first by the generation and date in the name.',
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
    name: clip(m.id),
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
