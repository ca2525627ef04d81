/**
 * LiteLLM's model price and context window list, as upstream facts for cloud models.
 * OpenAI and Anthropic models are keyed without their provider prefix there
 * ("gpt-5-2025-08-07"), others with it ("gemini/gemini-2.5-pro"): lookups try both.
 */
import { boundedInt, boundedNumber, MAX_COST_PER_TOKEN, MAX_TOKENS } from './bounds.js'

export interface LiteLLMEntry {
  litellm_provider?: string
  mode?: string
  max_input_tokens?: number
  max_output_tokens?: number
  max_tokens?: number
  input_cost_per_token?: number
  output_cost_per_token?: number
  cache_read_input_token_cost?: number
  deprecation_date?: string
  [flag: string]: unknown
}

export type LiteLLMList = Record<string, LiteLLMEntry>

/** A price list with where it came from: the shipped snapshot (offline) or the live list. */
export interface LiteLLMSource {
  list: LiteLLMList
  /** Where the facts came from, for messages: "LiteLLM snapshot of 2026-03-03" or the URL. */
  origin: string
  offline: boolean
}

export interface LiteLLMHit {
  /** The key in the list. */
  key: string
  entry: LiteLLMEntry
}

/**
 * Keeps only object entries (drops `sample_spec`'s documentation strings and anything malformed),
 * each checked for shape: a token count or a cost of the wrong type or out of range (negative,
 * a string, 1e309 read as Infinity) is dropped from its entry, so no rule compares it and no
 * issue prints it; the entry's other facts still serve. Keys are data: the list has no prototype.
 *
 * Entries are checked when first read: a check reads the few entries its cloud models name, and
 * checking all 2,600 up front cost more than parsing the list (a view, not a copy).
 */
export function asLiteLLMList(raw: unknown): LiteLLMList {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return Object.create(null) as LiteLLMList
  const source = raw as Record<string, unknown>
  const checked = new Map<string, LiteLLMEntry | undefined>()
  const entry = (key: string | symbol): LiteLLMEntry | undefined => {
    if (typeof key !== 'string' || key === 'sample_spec' || !Object.hasOwn(source, key)) return undefined
    if (checked.has(key)) return checked.get(key)
    const v = source[key]
    const e = v && typeof v === 'object' && !Array.isArray(v) ? sanitizeEntry(v as Record<string, unknown>) : undefined
    checked.set(key, e)
    return e
  }
  const valid = (key: string) => {
    const v = key === 'sample_spec' ? undefined : source[key]
    return Boolean(v) && typeof v === 'object' && !Array.isArray(v)
  }
  return listView(entry, () => Object.keys(source).filter(valid))
}

/**
 * A read-only list whose entries are `entry(key)` and whose keys are `keys()`. The target is an
 * empty object without a prototype: every answer comes from the traps.
 */
export function listView(entry: (key: string | symbol) => LiteLLMEntry | undefined, keys: () => ArrayLike<string | symbol>): LiteLLMList {
  return new Proxy(Object.create(null) as LiteLLMList, {
    get: (_, key) => entry(key),
    has: (_, key) => entry(key) !== undefined,
    ownKeys: keys,
    getOwnPropertyDescriptor: (_, key) => {
      const value = entry(key)
      return value === undefined ? undefined : { value, writable: false, enumerable: true, configurable: true }
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  })
}

const TEXT_FIELDS = new Set(['litellm_provider', 'mode', 'deprecation_date'])

type FieldKind = 'text' | 'tokens' | 'cost-per-token' | 'cost' | 'other'

/** The list has a few hundred distinct field names over thousands of entries: each is classified once. */
const fieldKinds = new Map<string, FieldKind>()

function fieldKind(field: string): FieldKind {
  let k = fieldKinds.get(field)
  if (k === undefined) {
    k = TEXT_FIELDS.has(field) ? 'text' : /^max_[a-z_]*tokens$/.test(field) ? 'tokens' : /cost_per_/.test(field) ? (field.endsWith('_token') ? 'cost-per-token' : 'cost') : 'other'
    if (fieldKinds.size < 10_000) fieldKinds.set(field, k)
  }
  return k
}

/**
 * The entry as the rules may read it. Rules read fixed field names only, so an entry whose every
 * fact passes is served as parsed: copying 2,600 entries (or one per model of a large store) into
 * prototype-less objects cost more than parsing the list. An entry with a bad fact is copied
 * without it.
 */
function sanitizeEntry(v: Record<string, unknown>): LiteLLMEntry {
  const fields = Object.keys(v)
  let clean = true
  for (let i = 0; i < fields.length && clean; i++) clean = checked(fields[i], v[fields[i]]) === v[fields[i]]
  if (clean) return v as LiteLLMEntry
  const e: LiteLLMEntry = Object.create(null) as LiteLLMEntry
  for (const field of fields) {
    const value = checked(field, v[field])
    if (value !== undefined) e[field] = value
  }
  return e
}

/** The value as a rule may read it, or undefined: a token count or cost out of range, an overlong text. */
function checked(field: string, value: unknown): unknown {
  const kind = fieldKind(field)
  if (kind === 'text') return typeof value === 'string' && value.length <= 200 ? value : undefined
  if (kind === 'tokens') return boundedInt(value, MAX_TOKENS)
  // costs per token, per second, per image...: a number from 0; per token at most MAX_COST_PER_TOKEN
  if ((kind === 'cost-per-token' || kind === 'cost') && typeof value !== 'object') return boundedNumber(value, kind === 'cost-per-token' ? MAX_COST_PER_TOKEN : Number.MAX_VALUE)
  return value
}

/** The entry a LiteLLM model name (`provider/model`) routes to, if the list has it. */
export function lookupLiteLLM(list: LiteLLMList, name: string): LiteLLMHit | undefined {
  if (Object.hasOwn(list, name)) return { key: name, entry: list[name] }
  const slash = name.indexOf('/')
  if (slash <= 0) return undefined
  const provider = name.slice(0, slash)
  const bare = name.slice(slash + 1)
  if (Object.hasOwn(list, bare) && list[bare].litellm_provider === provider) return { key: bare, entry: list[bare] }
  return undefined
}

/** The routable name of a list key: `provider/key` unless the key already carries the prefix. */
export function litellmName(key: string, entry: LiteLLMEntry): string {
  const p = entry.litellm_provider
  return p && !key.startsWith(`${p}/`) ? `${p}/${key}` : key
}

/** Every chat-capable model LiteLLM lists for a provider, as routable names. */
export function providerModels(list: LiteLLMList, provider: string): { name: string; key: string; entry: LiteLLMEntry }[] {
  return Object.entries(list)
    .filter(([, e]) => e.litellm_provider === provider && (e.mode === undefined || e.mode === 'chat' || e.mode === 'responses'))
    .map(([key, entry]) => ({ name: litellmName(key, entry), key, entry }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Per-token cost -> per-1M price, rounded to kill float noise (1.25e-06 * 1e6 = 1.2499999999999998). */
export function perMillion(costPerToken: number | undefined): number | undefined {
  return typeof costPerToken === 'number' && Number.isFinite(costPerToken) ? Math.round(costPerToken * 1e6 * 1e6) / 1e6 : undefined
}

/** The human price form the store uses: 1.25 -> "$1.25", 10 -> "$10.00", 0.05 -> "$0.05". */
export function formatPrice(perM: number): string {
  const s = perM.toFixed(Math.max(2, (perM.toString().split('.')[1] ?? '').length))
  return `$${s}`
}

/** Capabilities the list's supports_* flags state, in the store's vocabulary. */
export function capabilitiesOf(entry: LiteLLMEntry): string[] {
  const caps: string[] = []
  if (entry.mode === 'chat' || entry.mode === 'responses') caps.push('chat')
  const flag = (f: string) => entry[f] === true
  if (flag('supports_vision')) caps.push('vision')
  if (flag('supports_reasoning')) caps.push('reasoning')
  if (flag('supports_function_calling')) caps.push('tools')
  if (flag('supports_response_schema')) caps.push('structured-output')
  if (flag('supports_web_search')) caps.push('web-search')
  if (flag('supports_prompt_caching')) caps.push('prompt-caching')
  if (flag('supports_audio_input') || flag('supports_audio_output')) caps.push('audio')
  if (flag('supports_pdf_input') || (caps.includes('vision') && caps.includes('audio'))) caps.push('multimodal')
  if (entry.mode === 'embedding') caps.push('embeddings')
  return caps
}
