/**
 * Upstream prefill: the facts a new model file can start from (LiteLLM's list for cloud
 * models, the file name and the HuggingFace API for local ones), and the id and display name
 * suggested from a model's name. Pure: the door fetches, this reads what was fetched.
 */
import { isPlainId } from './draft.js'
import { ggufFiles, licenseOf, siblingSize, type HfModelInfo } from './hf.js'
import { capabilitiesOf, formatPrice, litellmName, lookupLiteLLM, perMillion, type LiteLLMList } from './litellm.js'
import { limitsFromUpstream } from './model-limits.js'
import { parseModelUri, quantFromFileName, shardFiles } from './model-uri.js'
import { KNOWN_PROVIDERS } from './providers.js'
import { DEFAULT_CTX_SIZE, suggestGroup, suggestRamGb } from './ram.js'

/** Where cloud prefills come from: every fact in the store names its source. */
export const LITELLM_SOURCE = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json'

export const hfRepoUrl = (repo: string) => `https://huggingface.co/${repo}`

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

/** Brands as their makers write them; any other word is capitalised. */
const BRANDS: Record<string, string> = { gpt: 'GPT', claude: 'Claude', gemini: 'Gemini', grok: 'Grok', llama: 'Llama', qwen: 'Qwen', deepseek: 'DeepSeek', mistral: 'Mistral', oss: 'OSS' }

/**
 * A readable display name from a model or repo name, as the store writes them:
 * `claude-haiku-4-5-20251001` -> "Claude Haiku 4.5", `gpt-5-nano-2025-08-07` -> "GPT-5 Nano",
 * `Qwen/Qwen3-4B-GGUF` -> "Qwen3 4B". Dates are dropped (a snapshot's date is not its name),
 * version digits the name splits ("4-5") are joined ("4.5"), sizes are upper case ("4B").
 */
export function suggestName(name: string): string {
  const base = (name.split('/').pop() ?? name)
    .replace(/[-_.]gguf$/i, '')
    .replace(/[-_](19|20)\d{2}-?\d{2}-?\d{2}$/, '') // -2025-08-07, -20251001
  const words: string[] = []
  for (const w of base.split(/[-_\s]+/).filter(Boolean)) {
    const prev = words[words.length - 1]
    // "4-5" is version 4.5; a lone digit after a word stays a word ("Grok 4").
    if (/^\d{1,2}$/.test(w) && prev !== undefined && /^\d+(\.\d+)*$/.test(prev)) words[words.length - 1] = `${prev}.${w}`
    else words.push(w)
  }
  const out: string[] = []
  for (const w of words) {
    const lower = w.toLowerCase()
    const brand = /^([a-z]+)(\d.*)?$/.exec(lower)
    let word: string
    if (Object.hasOwn(BRANDS, lower)) word = BRANDS[lower]
    else if (brand && Object.hasOwn(BRANDS, brand[1]) && brand[2]) word = BRANDS[brand[1]] + brand[2] // qwen3 -> Qwen3
    else if (/^[a-z]?\d+(\.\d+)?[bmk]$/i.test(w)) word = w.toUpperCase() // 4b -> 4B, a3b -> A3B
    else if (w === lower) word = w.charAt(0).toUpperCase() + w.slice(1)
    else word = w // mixed case is the maker's own spelling
    // GPT's version is part of its name: "GPT-5", "GPT-4o", "GPT-OSS".
    if (out[out.length - 1] === 'GPT' && /^(\d|OSS$)/.test(word)) out[out.length - 1] = `GPT-${word}`
    else out.push(word)
  }
  return out.join(' ') || base
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
  /** A display name to start from: suggested from the model part of the LiteLLM name. */
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
    name: suggestName(model),
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
    name: suggestName(name),
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

