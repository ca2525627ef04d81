/**
 * The store read as a catalog, for the programs and operators that use it rather than curate it:
 * list with filters, look up by id or `provider:model` spec, select by capability, follow
 * replacement links, find where a model is used. The semantics follow design document 004
 * (list_models, get_model, select(require, forbid, prefer), parse_spec, resolve): deny wins,
 * preference order, and no match is an answer, not an exception.
 */
import type { CompiledPolicy } from './policy.js'
import { parseModelUri } from './model-uri.js'
import { aliasesOf, idOf, str, type Store, type StoreEntry } from './store.js'
import { closestAll } from './text.js'
import type { Kind } from './types.js'

/** The provider every local model answers to in a spec (`local:qwen3-4b`), as blueprints have it. */
export const LOCAL_PROVIDER = 'local'

/** One model as a catalog shows it: the facts people filter on, and the file's whole data. */
export interface CatalogModel {
  id: string
  kind: Kind
  name: string
  /** The cloud provider (`openai`), or `local` for local models. */
  provider: string
  /** Local models: the HuggingFace organisation of the GGUF (what the policy's provider lists name). */
  org?: string
  /** Local models: the llama-swap group; cloud models: the price tier, when the file has one. */
  group?: string
  capabilities: string[]
  aliases: string[]
  enabled: boolean
  deprecated: boolean
  replacement?: string
  /** Repo-relative path of the model file. */
  file: string
  data: Readonly<Record<string, unknown>>
}

export interface ListFilter {
  kind?: Kind
  /** A cloud provider, `local`, or a local model's HuggingFace organisation (case-insensitive). */
  provider?: string
  group?: string
  /** Every capability listed must be present. */
  capability?: string[]
  /** true: enabled models only; false: disabled ones only. */
  enabled?: boolean
  /** true: deprecated models only; false: current ones only. */
  deprecated?: boolean
}

export function toCatalogModel(e: StoreEntry): CatalogModel | undefined {
  const id = idOf(e)
  if (!id) return undefined
  const d = e.data
  const local = e.kind === 'local'
  const uri = local ? parseModelUri(str(d.model_uri) ?? '') : undefined
  const tier = str((d.pricing as Record<string, unknown> | undefined)?.tier)
  const group = local ? str(d.group) : tier
  return {
    id,
    kind: e.kind,
    name: str(d.name) ?? id,
    provider: local ? LOCAL_PROVIDER : (str(d.provider) ?? ''),
    ...(uri?.ok && { org: uri.uri.org }),
    ...(group !== undefined && { group }),
    capabilities: Array.isArray(d.capabilities) ? d.capabilities.filter((c): c is string => typeof c === 'string') : [],
    aliases: aliasesOf(e),
    // The schema's default: a model is enabled unless its file says otherwise.
    enabled: d.enabled !== false,
    deprecated: d.deprecated === true,
    ...(str(d.replacement) !== undefined && { replacement: str(d.replacement) }),
    file: e.file.path,
    data: d,
  }
}

/** Every model the store holds (files that do not parse, or lack an id, are left out), in path order. */
export function catalogModels(store: Store): CatalogModel[] {
  return store.entries.map(toCatalogModel).filter((m): m is CatalogModel => m !== undefined)
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase()

function servedBy(m: CatalogModel, provider: string): boolean {
  return same(m.provider, provider) || same(m.org, provider)
}

export function listModels(store: Store, filter: ListFilter = {}): CatalogModel[] {
  return catalogModels(store).filter(
    (m) =>
      (filter.kind === undefined || m.kind === filter.kind) &&
      (filter.provider === undefined || servedBy(m, filter.provider)) &&
      (filter.group === undefined || same(m.group, filter.group)) &&
      (filter.capability ?? []).every((c) => m.capabilities.includes(c)) &&
      (filter.enabled === undefined || m.enabled === filter.enabled) &&
      (filter.deprecated === undefined || m.deprecated === filter.deprecated),
  )
}

export interface Spec {
  /** Lower case; absent for a bare id. */
  provider?: string
  id: string
}

export type SpecResult = { ok: true; spec: Spec } | { ok: false; problem: string }

const PART = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/

/** `"openai:gpt-5"` -> { provider: 'openai', id: 'gpt-5' }; `"gpt-5"` -> { id: 'gpt-5' }. */
export function parseSpec(text: string): SpecResult {
  const colon = text.indexOf(':')
  const provider = colon >= 0 ? text.slice(0, colon) : undefined
  const id = colon >= 0 ? text.slice(colon + 1) : text
  if (provider !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(provider))
    return { ok: false, problem: `"${text}" is not a spec: the provider before ":" must be a plain name, e.g. "openai:gpt-5"` }
  if (!PART.test(id) || id.includes(':')) return { ok: false, problem: `"${text}" is not a spec: write "provider:model" or a model id, e.g. "openai:gpt-5" or "gpt-5"` }
  return { ok: true, spec: provider === undefined ? { id } : { provider: provider.toLowerCase(), id } }
}

export type Resolution = { ok: true; model: CatalogModel } | { ok: false; problem: string; hint?: string }

/**
 * A spec or id to its model: the id or an alias (case-insensitive), else the LiteLLM name
 * (`openai:gpt-5-2025-08-07`). A provider that does not serve the model is an answer too.
 */
export function resolveSpec(store: Store, text: string): Resolution {
  const parsed = parseSpec(text)
  if (!parsed.ok) return { ok: false, problem: parsed.problem }
  const { provider, id } = parsed.spec
  const litellm = (provider ? `${provider}/${id}` : id).toLowerCase()
  const entry = store.find(id) ?? store.entries.find((e) => str(e.data.litellm_model_name)?.toLowerCase() === litellm)
  const model = entry && toCatalogModel(entry)
  if (!model) {
    const names = catalogModels(store).flatMap((m) => [m.id, ...m.aliases])
    const guesses = closestAll(id, names)
    return { ok: false, problem: `no model "${text}" in the store`, hint: guesses.length ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?` : undefined }
  }
  if (provider !== undefined && !servedBy(model, provider))
    return { ok: false, problem: `"${text}": ${model.id} is served by ${model.provider}, not ${provider}`, hint: `Write "${model.provider}:${model.id}" or just "${model.id}".` }
  return { ok: true, model }
}

export interface SelectOptions {
  /** Capabilities the model must have, all of them. */
  require?: string[]
  /** Capabilities the model must not have, any of them. */
  forbid?: string[]
  /** Providers to try first, in this order; the other providers follow, in store order. */
  prefer?: string[]
  kind?: Kind
  /** Only this provider (design 004's scope). */
  provider?: string
  /** The curation policy: a model it refuses is never selected (deny wins over allow and over preference). */
  policy?: CompiledPolicy
}

/** Why a model may not be selected, or undefined when it may. */
export function refusal(m: CatalogModel, policy: CompiledPolicy | undefined): string | undefined {
  if (m.deprecated) return `deprecated${m.replacement ? ` (use ${m.replacement})` : ''}`
  if (!m.enabled) return 'disabled'
  // The policy names local models by their HuggingFace organisation, as the policy/denied rule does.
  return policy?.refusal(m.id, m.kind === 'local' ? m.org : m.provider)
}

/** The first allowed model meeting the requirements, in preference order; undefined is "no match". */
export function selectModel(store: Store, options: SelectOptions = {}): CatalogModel | undefined {
  const require = options.require ?? []
  const forbid = options.forbid ?? []
  const candidates = listModels(store, { kind: options.kind, provider: options.provider }).filter(
    (m) => refusal(m, options.policy) === undefined && require.every((c) => m.capabilities.includes(c)) && !forbid.some((c) => m.capabilities.includes(c)),
  )
  for (const p of options.prefer ?? []) {
    const hit = candidates.find((m) => servedBy(m, p))
    if (hit) return hit
  }
  return candidates[0]
}

/** The replacement links from a model on: [gpt-4o, gpt-5, ...]; stops at a missing model or a cycle. */
export function replacementChain(store: Store, id: string): string[] {
  const chain: string[] = []
  const seen = new Set<string>()
  let next: string | undefined = id
  while (next !== undefined) {
    const entry = store.find(next)
    const model = entry && toCatalogModel(entry)
    const name = model?.id ?? next
    if (seen.has(name.toLowerCase())) break
    seen.add(name.toLowerCase())
    chain.push(name)
    next = model?.replacement
  }
  return chain
}

export interface BlueprintUse {
  blueprint: string
  path: string
  kind: Kind
  /** The entry as the blueprint writes it (an id, alias or spec). */
  ref: string
}

/** The blueprints that list the model `id`, by any of its names; blueprints that do not parse are skipped (render reports them). */
export function usesOf(store: Store, id: string, blueprints: { name: string; path: string; text: string }[]): BlueprintUse[] {
  const out: BlueprintUse[] = []
  for (const bp of blueprints) {
    let data: unknown
    try {
      data = JSON.parse(bp.text)
    } catch {
      continue
    }
    const models = (data as { models?: Partial<Record<Kind, unknown>> } | null)?.models
    for (const kind of ['cloud', 'local'] as const) {
      const list = models?.[kind]
      if (!Array.isArray(list)) continue
      for (const item of list) {
        const ref = typeof item === 'string' ? item : str((item as { id?: unknown } | null)?.id)
        if (!ref) continue
        const r = resolveSpec(store, ref)
        if (r.ok && r.model.id === id) out.push({ blueprint: bp.name, path: bp.path, kind, ref })
      }
    }
  }
  return out
}
