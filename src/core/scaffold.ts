/**
 * The scaffolder's pure half: the facts a new model file can be prefilled with (LiteLLM's
 * list for cloud models, the HuggingFace API for local ones), building and serialising the
 * file in schema order, and checking each answer with the very rules `validate` runs.
 */
import { ggufFiles, licenseOf, siblingSize, type HfModelInfo } from './hf.js'
import { capabilitiesOf, formatPrice, litellmName, lookupLiteLLM, perMillion, type LiteLLMList } from './litellm.js'
import { limitsFromUpstream } from './model-limits.js'
import { Locator, type PathSegment } from './locate.js'
import { parseModelUri, quantFromFileName, shardFiles } from './model-uri.js'
import { KNOWN_PROVIDERS } from './providers.js'
import { DEFAULT_CTX_SIZE, suggestGroup, suggestRamGb } from './ram.js'
import type { Schemas } from './schema.js'
import type { Store } from './store.js'
import type { Finding, Kind, ModelData, ModelFile } from './types.js'

/** Where cloud prefills come from: every fact in the store names its source. */
export const LITELLM_SOURCE = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json'

export const hfRepoUrl = (repo: string) => `https://huggingface.co/${repo}`

/**
 * The schema's id pattern, checked again here because the id becomes a file name:
 * no "/", no "\\", no "..", nothing that could leave the kind's folder.
 */
const PLAIN_ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/

export function isPlainId(id: string): boolean {
  return id.length >= 2 && id.length <= 100 && PLAIN_ID.test(id)
}

/** An id from a model or repo name: `openai/gpt-5-nano-2025-08-07` -> `gpt-5-nano-2025-08-07`, `Qwen/Qwen3-4B-GGUF` -> `qwen3-4b`. */
export function suggestId(name: string): string | undefined {
  const base = (name.split('/').pop() ?? name)
    .toLowerCase()
    .replace(/[-_.]gguf$/, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 100)
    .replace(/[^a-z0-9]+$/, '')
  return isPlainId(base) ? base : undefined
}

// ---------------------------------------------------------------------------------------
// Cloud: facts from LiteLLM's list

export interface CloudFacts {
  provider: string
  /** The routable LiteLLM name, `provider/model`. */
  litellm_model_name: string
  /** Whether the list has the model: when not, nothing is prefilled but the name. */
  listed: boolean
  context_window?: number
  max_output?: number
  pricing?: { input_per_1m: string; output_per_1m: string; cache_read_per_1m?: string }
  capabilities?: string[]
  requires_api_key?: string
  /** A display name to start from: the model part of the LiteLLM name. */
  name: string
  id?: string
  sources: string[]
}

/** What LiteLLM's list says about `name` (`provider/model`, or a bare key the list holds). */
export function cloudFacts(list: LiteLLMList, name: string): CloudFacts {
  const hit = lookupLiteLLM(list, name)
  const routable = hit ? litellmName(hit.key, hit.entry) : name
  const slash = routable.indexOf('/')
  const provider = hit?.entry.litellm_provider ?? (slash > 0 ? routable.slice(0, slash) : '')
  const model = slash > 0 ? routable.slice(slash + 1) : routable
  const facts: CloudFacts = {
    provider,
    litellm_model_name: routable,
    listed: Boolean(hit),
    name: model,
    id: suggestId(model),
    requires_api_key: Object.hasOwn(KNOWN_PROVIDERS, provider) ? KNOWN_PROVIDERS[provider] : undefined,
    sources: [],
  }
  if (!hit) return facts
  const e = hit.entry
  facts.sources.push(LITELLM_SOURCE)
  Object.assign(facts, limitsFromUpstream(e))
  const input = perMillion(e.input_cost_per_token)
  const output = perMillion(e.output_cost_per_token)
  if (input !== undefined && output !== undefined && input >= 0 && output >= 0) {
    facts.pricing = { input_per_1m: formatPrice(input), output_per_1m: formatPrice(output) }
    const cache = perMillion(e.cache_read_input_token_cost)
    if (cache !== undefined && cache >= 0) facts.pricing.cache_read_per_1m = formatPrice(cache)
  }
  const caps = capabilitiesOf(e)
  if (caps.length) facts.capabilities = caps
  return facts
}

function positiveInt(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined
}

// ---------------------------------------------------------------------------------------
// Local: facts from the file name and the HuggingFace API

export interface LocalFacts {
  model_uri: string
  hf_repo: string
  hf_file: string
  quantization?: string
  /** Bytes of the file (all shards summed), when the API listed every shard's size. */
  size_bytes?: number
  context_window?: number
  license?: string
  embeddings: boolean
  name: string
  id?: string
  sources: string[]
}

export type LocalFactsResult = { ok: true; facts: LocalFacts } | { ok: false; problem: string; hint?: string }

/** Facts about `file` in `repo`: from its name always, from `info` (the Hub's answer) when online. */
export function localFacts(repo: string, file: string, info?: HfModelInfo): LocalFactsResult {
  const parsed = parseModelUri(`huggingface://${repo}/${file}`)
  if (!parsed.ok) return { ok: false, problem: `huggingface://${repo}/${file} ${parsed.problem}`, hint: parsed.hint }
  const repoName = repo.split('/')[1]
  const name = repoName.replace(/[-_.]gguf$/i, '')
  const facts: LocalFacts = {
    model_uri: `huggingface://${repo}/${file}`,
    hf_repo: repo,
    hf_file: file,
    quantization: quantFromFileName(file),
    embeddings: /embed/i.test(repoName),
    name,
    id: suggestId(name),
    sources: [],
  }
  if (!info) return { ok: true, facts }
  const files = new Map(ggufFiles(info).map((s) => [s.rfilename, s]))
  if (!files.has(file)) {
    const names = [...files.keys()]
    return { ok: false, problem: `${repo} has no file ${file}`, hint: names.length ? `Its .gguf files: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', ...' : ''}.` : `${repo} holds no .gguf file.` }
  }
  facts.sources.push(hfRepoUrl(repo))
  const sizes = shardFiles(parsed.uri).map((f) => {
    const s = files.get(f)
    return s ? siblingSize(s) : undefined
  })
  if (sizes.every((s): s is number => typeof s === 'number' && s > 0)) facts.size_bytes = sizes.reduce((a, b) => a + b, 0)
  facts.context_window = positiveInt(info.gguf?.context_length)
  const license = licenseOf(info)
  if (license && /^[a-z0-9][a-z0-9.+-]*$/.test(license) && license.length <= 64) facts.license = license
  const pipeline = info.pipeline_tag
  if (pipeline === 'feature-extraction' || pipeline === 'sentence-similarity') facts.embeddings = true
  return { ok: true, facts }
}

/** The .gguf files a user can pick in a repo: shard 1 of split models, each with its size. */
export function pickableFiles(info: HfModelInfo): { file: string; size?: number; quantization?: string }[] {
  return ggufFiles(info)
    .filter((s) => !/-(\d{5})-of-\d{5}\.gguf$/.test(s.rfilename) || /-00001-of-\d{5}\.gguf$/.test(s.rfilename))
    .filter((s) => !/(^|\/)mmproj[^/]*\.gguf$/i.test(s.rfilename))
    .map((s) => {
      const r = localFacts(info.id, s.rfilename, info)
      return { file: s.rfilename, size: r.ok ? r.facts.size_bytes : siblingSize(s), quantization: quantFromFileName(s.rfilename) }
    })
}

/** ctx_size to start llama-server with: the store's default, inside the model's window. */
export function suggestCtxSize(contextWindow: number | undefined): number {
  return contextWindow ? Math.min(DEFAULT_CTX_SIZE, contextWindow) : DEFAULT_CTX_SIZE
}

export function suggestLocal(sizeBytes: number | undefined, ctxSize: number, embeddings: boolean): { group?: string; ram_required_gb?: number } {
  if (sizeBytes === undefined) return embeddings ? { group: 'embeddings' } : {}
  return { group: suggestGroup(sizeBytes, embeddings), ram_required_gb: suggestRamGb(sizeBytes, ctxSize) }
}

// ---------------------------------------------------------------------------------------
// Values as typed

/** A price as typed: "1.25" or "$1.25" -> "$1.25" (the store's human form); anything else is kept for the schema to judge. */
export function normalizePrice(text: string): string | undefined {
  const t = text.trim()
  if (t === '') return undefined
  if (/^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(t)) return formatPrice(Number(t))
  return t
}

/** A comma- or space-separated list as typed: "chat, vision" -> ['chat', 'vision']. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))]
}

// ---------------------------------------------------------------------------------------
// Building and writing

export const schemaNameOf = (kind: Kind) => `${kind}.schema.json`

/** `$schema` as model files carry it: relative to <store>/<kind>/, for editor autocompletion. */
export const schemaRefOf = (kind: Kind) => `../../schemas/${kind}.schema.json`

const PRICING_ORDER = ['input_per_1m', 'output_per_1m', 'cache_read_per_1m', 'tier']

/**
 * The model object in schema order with `$schema` first; empty values (undefined, '',
 * empty lists, empty objects) are left out rather than written.
 */
export function buildModel(kind: Kind, fields: ModelData, keyOrder: string[]): ModelData {
  const out: ModelData = Object.create(null) as ModelData
  const order = ['$schema', ...keyOrder.filter((k) => k !== '$schema')]
  const all = { ...fields, $schema: schemaRefOf(kind) }
  const keys = [...order.filter((k) => Object.hasOwn(all, k)), ...Object.keys(all).filter((k) => !order.includes(k))]
  for (const k of keys) {
    let v = (all as ModelData)[k]
    if (k === 'pricing' && v && typeof v === 'object' && !Array.isArray(v)) v = ordered(v as ModelData, PRICING_ORDER)
    if (!isEmpty(v)) out[k] = v
  }
  return out
}

function ordered(obj: ModelData, order: string[]): ModelData {
  const out: ModelData = {}
  for (const k of [...order, ...Object.keys(obj).filter((k) => !order.includes(k))]) if (Object.hasOwn(obj, k) && !isEmpty(obj[k])) out[k] = obj[k]
  return out
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true
  if (Array.isArray(v)) return v.length === 0
  if (typeof v === 'object') return Object.keys(v).length === 0
  return false
}

/** 2-space indent and a trailing newline, like every file in the store. */
export function serializeModel(data: ModelData): string {
  return JSON.stringify(data, null, 2) + '\n'
}

// ---------------------------------------------------------------------------------------
// Checking answers with the rules validate runs

export interface DraftContext {
  store: Store
  schemas: Schemas
  kind: Kind
  /** The store folder as file paths show it, e.g. `model-store`. */
  storePath: string
  /**
   * The verdict on a new file beside the store, exactly as validate gives it once written (the
   * full policy, the new-submission tier): the door binds the assembler's checkDraft here.
   */
  judge(file: ModelFile): Finding[]
}

export function candidateFile(ctx: DraftContext, draft: ModelData): ModelFile {
  const id = typeof draft.id === 'string' && isPlainId(draft.id) ? draft.id : 'new-model'
  const data = buildModel(ctx.kind, draft, ctx.schemas.keyOrder(schemaNameOf(ctx.kind)))
  return { kind: ctx.kind, path: `${ctx.storePath ? `${ctx.storePath}/` : ''}${ctx.kind}/${id}.json`, text: serializeModel(data) }
}

/** Every finding validate would give the draft, written as a new file beside the existing ones. */
export function checkDraft(ctx: DraftContext, draft: ModelData): Finding[] {
  return ctx.judge(candidateFile(ctx, draft))
}

/** Why an id cannot be used (not plain, or taken by a file or an alias), or undefined. */
export function idProblem(store: Store, id: string): string | undefined {
  if (!isPlainId(id))
    return `"${id}" is not a plain id: use lowercase letters, digits, "." and "-", starting and ending with a letter or digit, no ".." (for example "gpt-5-nano")`
  const taken = store.find(id)
  if (taken) {
    const asId = typeof taken.data.id === 'string' && taken.data.id.toLowerCase() === id.toLowerCase()
    return `id "${id}" is taken: ${asId ? '' : 'an alias in '}${taken.file.path}`
  }
  return undefined
}

/**
 * Checks the answer at `path` (already set in `draft`): the error findings the rules place
 * on that field (or on `linked` fields derived from it), as one message; true when none.
 */
export async function checkAnswer(ctx: DraftContext, draft: ModelData, path: PathSegment[], linked: PathSegment[][] = []): Promise<true | string> {
  if (path[0] === 'id' && typeof draft.id === 'string') {
    const problem = idProblem(ctx.store, draft.id)
    if (problem) return problem
  }
  const file = candidateFile(ctx, draft)
  const findings = checkDraft(ctx, draft).filter((f) => f.severity === 'error')
  const loc = new Locator(file.text)
  const ranges = [path, ...linked].map((p) => lineRange(loc, p)).filter((r): r is [number, number] => r !== undefined)
  const hit = findings.find((f) => f.line !== undefined && ranges.some(([a, b]) => f.line! >= a && f.line! <= b))
  if (!hit) return true
  return hit.hint ? `${hit.message}. ${hit.hint}` : hit.message
}

function lineRange(loc: Locator, path: PathSegment[]): [number, number] | undefined {
  const node = loc.node(path)
  if (!node) return undefined
  const start = node.parent?.type === 'property' ? node.parent.offset : node.offset
  return [loc.position(start).line, loc.position(node.offset + node.length).line]
}
