/**
 * What the gallery shows for each model: the facts of a card as label/value strings, the
 * fields the filters read, and the deprecation notice. Formatting happens here, at build time,
 * so the page's script only places strings with textContent, and every number reads the same
 * in every browser and locale (no toLocaleString).
 */
import type { IndexModel, ReleaseIndex } from '../release-index.js'

export interface Card {
  id: string
  kind: 'cloud' | 'local'
  name: string
  /** "Provider" for cloud models, "Family" for local ones; by is empty when the file has neither. */
  byLabel: 'Provider' | 'Family'
  by: string
  description: string
  capabilities: string[]
  /** [label, value], in the order the card shows them. */
  facts: [string, string][]
  benchmarks: [string, string][]
  sources: string[]
  group: string
  enabled: boolean
  deprecated: boolean
  /** Present on deprecated models: the sentence the card's warning shows. */
  warning?: string
  replacement?: string
  sunset?: string
}

export interface Filters {
  kind: string[]
  provider: string[]
  group: string[]
  capability: string[]
}

export interface GalleryData {
  commit: string | null
  cards: Card[]
  filters: Filters
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const s = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const n = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

/** 400000 -> "400,000": fixed separators, whatever the builder's locale. */
export function thousands(x: number): string {
  const [int, frac] = String(x).split('.')
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '')
}

/** Bytes as decimal GB with one decimal (GGUF sizes on HuggingFace are decimal too). */
export function gigabytes(bytes: number): string {
  const gb = bytes / 1e9
  return gb >= 10 ? `${thousands(Math.round(gb))} GB` : `${(Math.round(gb * 10) / 10).toFixed(1)} GB`
}

function prices(p: unknown): [string, string][] {
  if (!p || typeof p !== 'object') return []
  const o = p as Record<string, unknown>
  const out: [string, string][] = []
  const input = s(o.input_per_1m)
  const output = s(o.output_per_1m)
  if (input || output) out.push(['Price per 1M tokens', `${input ?? '?'} in / ${output ?? '?'} out`])
  const cache = s(o.cache_read_per_1m)
  if (cache) out.push(['Cached input per 1M', cache])
  const tier = s(o.tier)
  if (tier) out.push(['Price tier', tier])
  return out
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x !== ''))] : []
}

export function cardOf(m: IndexModel): Card {
  const d = m.definition
  const facts: [string, string][] = []
  const ctx = n(d.context_window)
  if (ctx !== undefined) facts.push(['Context window', `${thousands(ctx)} tokens`])
  if (m.kind === 'cloud') {
    const maxOut = n(d.max_output)
    if (maxOut !== undefined) facts.push(['Max output', `${thousands(maxOut)} tokens`])
    facts.push(...prices(d.pricing))
  } else {
    const params = n(d.parameters_b)
    if (params !== undefined) facts.push(['Parameters', `${thousands(params)}B`])
    const q = s(d.quantization)
    if (q) facts.push(['Quantization', q])
    const size = n(d.size_bytes)
    if (size !== undefined) facts.push(['Size', gigabytes(size)])
    const ram = n(d.ram_required_gb)
    if (ram !== undefined) facts.push(['RAM', `${thousands(ram)} GB`])
    if (m.group) facts.push(['Group', m.group])
  }
  const licence = s(d.license)
  if (licence) facts.push(['Licence', licence])
  const benchmarks: [string, string][] =
    d.benchmarks && typeof d.benchmarks === 'object' && !Array.isArray(d.benchmarks)
      ? Object.entries(d.benchmarks as Record<string, unknown>)
          .filter((e): e is [string, number] => n(e[1]) !== undefined)
          .sort(([a], [b]) => cmp(a, b))
          .map(([k, v]) => [k, String(v)])
      : []
  const family = s(d.family)
  const card: Card = {
    id: m.id,
    kind: m.kind,
    name: m.name,
    byLabel: m.kind === 'cloud' ? 'Provider' : 'Family',
    by: (m.kind === 'cloud' ? m.provider : family) ?? '',
    description: s(d.description) ?? '',
    capabilities: strings(d.capabilities),
    facts,
    benchmarks,
    sources: strings(d.sources).filter((u) => /^https?:\/\//i.test(u)),
    group: m.group ?? '',
    enabled: d.enabled === true,
    deprecated: m.deprecated,
  }
  if (m.deprecated) {
    const sunset = s(d.sunset_date)
    const reason = s(d.deprecation_reason)
    card.warning = [
      'Deprecated',
      m.replacement ? `: use ${m.replacement} instead` : '',
      sunset ? `. Sunset ${sunset}` : '. No sunset date set',
      reason ? `. ${reason}` : '',
      '.',
    ].join('').replace(/\.\.$/, '.')
    if (m.replacement) card.replacement = m.replacement
    if (sunset) card.sunset = sunset
  }
  return card
}

/** Every card, in the index's order (kind, then id), and the values each filter offers. */
export function galleryData(index: ReleaseIndex): GalleryData {
  const cards = index.models.map(cardOf)
  const values = (pick: (c: Card) => string[]) => [...new Set(cards.flatMap(pick))].filter(Boolean).sort(cmp)
  return {
    commit: index.commit,
    cards,
    filters: {
      kind: values((c) => [c.kind]),
      provider: values((c) => [c.by]),
      group: values((c) => [c.group]),
      capability: values((c) => c.capabilities),
    },
  }
}
