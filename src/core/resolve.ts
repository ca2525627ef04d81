/**
 * Blueprint -> ResolvedBlueprint: the user lists model ids (or aliases, or provider:model
 * specs); the store supplies every fact. The result is the one value templates read.
 * Problems are findings placed on the blueprint entry they are about.
 */
import { MASTER_KEY_ENV, RESERVED_ENV } from './environ-refs.js'
import { CurateError } from './errors.js'
import { locatorFor, type PathSegment } from './locate.js'
import { limitsOf } from './model-limits.js'
import { parseModelUri } from './model-uri.js'
import { parseModelText } from './parse.js'
import { schemaFindings, type Schemas } from './schema.js'
import { aliasesOf, idOf, num, price, str, type Store, type StoreEntry } from './store.js'
import { closestAll, plural } from './text.js'
import type { Finding, Kind, Severity } from './types.js'

export const BLUEPRINT_SCHEMA = 'blueprint.schema.json'
export const RESOLVE = 'resolve'

/** A blueprint file as read: text kept so findings point at the entry's line. */
export interface BlueprintFile {
  path: string
  text: string
}

export interface ResolvedCloud {
  id: string
  name: string
  provider: string
  litellm_model_name: string
  /** The whole window, as the provider documents it. */
  context_window: number
  /** The most input tokens a request may carry (limitsOf: max_input, else the window): LiteLLM's max_input_tokens. */
  max_input: number
  /** The most tokens one response may hold: LiteLLM's max_output_tokens. */
  max_output?: number
  /** Only the blueprint's max_tokens override: LiteLLM sends litellm_params.max_tokens on every request. */
  max_tokens?: number
  requires_api_key: string
  description?: string
  capabilities: string[]
  pricing?: { input_per_1m: number; output_per_1m: number; cache_read_per_1m?: number }
  deprecated: boolean
  replacement?: string
  /** The model file, repo-relative. */
  file: string
}

export interface ResolvedLocal {
  id: string
  name: string
  /** HuggingFace repository (org/repo) and the GGUF file in it (shard 1 of a split model). */
  hf_repo: string
  hf_file: string
  quantization: string
  context_window: number
  ctx_size?: number
  ttl?: number
  flash_attn?: boolean
  batch_size?: number
  group: string
  /** Served with llama-server's embedding flags, kept resident beside a chat model. */
  embedding: boolean
  /** llama-server's --pooling, as the model card specifies (embedding models whose GGUF may not carry it). */
  pooling?: string
  aliases: string[]
  vulkan_driver?: string
  description?: string
  capabilities: string[]
  ram_required_gb?: number
  deprecated: boolean
  replacement?: string
  file: string
}

export interface RequiredSecret {
  /** The podman secret name: the variable in lower case. */
  name: string
  /** The environment variable the container sees (and LiteLLM's os.environ/ reads). */
  env: string
  type: 'env'
  /** The rendered files that use it. */
  used_by: string[]
  /** The podman command that stores it from the operator's environment. */
  create: string
}

export interface ResolvedBlueprint {
  name: string
  cloud: ResolvedCloud[]
  local: ResolvedLocal[]
  secrets: RequiredSecret[]
  /** Human-readable warnings, e.g. "You're using 1 deprecated model: gpt-4o -> gpt-5". */
  warnings: string[]
  /** The blueprint asks for llama-swap on the host too (127.0.0.1:8080); by default only LiteLLM reaches it. */
  publish_llama_swap?: boolean
}

export interface ResolveResult {
  /** Absent when any error was found. */
  resolved?: ResolvedBlueprint
  findings: Finding[]
}

export interface ResolveOptions {
  /** Model files with errors, each with its first error (the verdict): a blueprint that uses one is refused. */
  invalid?: ReadonlyMap<string, Finding>
  /** The name when the blueprint names none (e.g. the file name). */
  defaultName?: string
}

interface Wanted {
  ref: string
  path: PathSegment[]
  overrides: Record<string, unknown>
}

const ENV_VAR = /^[A-Z_][A-Z0-9_]*$/
const LOCAL_PROVIDERS = new Set(['local'])

export function resolveBlueprint(file: BlueprintFile, store: Store, schemas: Schemas, options: ResolveOptions = {}): ResolveResult {
  const parsed = parseModelText(file.path, file.text)
  if (!parsed.ok) return { findings: [{ ...parsed.finding, hint: parsed.finding.hint?.replace('Model files', 'Blueprints').replace('A model file', 'A blueprint') }] }
  const errors = schemas.errors(BLUEPRINT_SCHEMA, parsed.data)
  if (errors.length) return { findings: schemaFindings({ kind: 'cloud', ...file }, schemas, BLUEPRINT_SCHEMA, errors) }

  const data = parsed.data as { name?: string; publish_llama_swap?: boolean; models: Partial<Record<Kind, unknown[]>> }
  const findings: Finding[] = []
  const at = (path: PathSegment[], severity: Severity, message: string, hint?: string, where: 'key' | 'value' = 'value'): Finding => {
    const pos = locatorFor(file).at(path, where)
    return { rule: RESOLVE, severity, file: file.path, line: pos.line, column: pos.column, message, hint }
  }

  const cloud: ResolvedCloud[] = []
  const local: ResolvedLocal[] = []
  const deprecated: string[] = []
  const warnings: string[] = []
  const seen = new Map<StoreEntry, Wanted>()

  for (const kind of ['cloud', 'local'] as const) {
    const list = data.models[kind] ?? []
    list.forEach((item, i) => {
      const wanted: Wanted =
        typeof item === 'string'
          ? { ref: item, path: ['models', kind, i], overrides: {} }
          : { ref: (item as { id: string }).id, path: ['models', kind, i, 'id'], overrides: withoutId(item as Record<string, unknown>) }
      const found = lookup(store, kind, wanted.ref)
      if (!found.entry) {
        // A file that could not be read as a model is not in the store: say so, not "unknown".
        const broken = options.invalid && brokenFile(options.invalid, kind, wanted.ref)
        if (broken) findings.push(at(wanted.path, 'error', `${wanted.ref}: its model file ${broken.file} has errors: ${describeError(broken)}`, 'Run `leger-curate validate` and fix the model file first.'))
        else findings.push(at(wanted.path, 'error', found.problem, found.hint))
        return
      }
      const entry = found.entry
      const id = idOf(entry) ?? wanted.ref
      if (entry.kind !== kind) {
        findings.push(at(wanted.path, 'error', `"${wanted.ref}" is a ${entry.kind} model, listed under models.${kind}`, `Move it to models.${entry.kind}.`))
        return
      }
      const first = seen.get(entry)
      if (first) {
        const line = locatorFor(file).at(first.path, 'value').line
        const ignored = Object.keys(wanted.overrides).length ? '; the overrides of this entry are ignored' : ''
        const message = `${id} is listed twice (first as "${first.ref}" on line ${line}); it is rendered once${ignored}`
        findings.push(at(wanted.path, 'warning', message, 'Remove one of the entries.'))
        warnings.push(message)
        return
      }
      seen.set(entry, wanted)
      const invalid = options.invalid?.get(entry.file.path)
      if (invalid) {
        findings.push(at(wanted.path, 'error', `${id}: its model file ${entry.file.path} has errors: ${describeError(invalid)}`, 'Run `leger-curate validate` and fix the model file first.'))
        return
      }
      const made = kind === 'cloud' ? toCloud(entry, id, wanted.overrides) : toLocal(entry, id, wanted.overrides)
      if (typeof made === 'string') {
        findings.push(at(wanted.path, 'error', `${id}: ${made}`, 'Run `leger-curate validate` on the store.'))
        return
      }
      const outOfRange = overrideProblems(made, wanted.overrides)
      for (const p of outOfRange) findings.push(at([...wanted.path.slice(0, -1), p.field], 'error', `${id}: ${p.message}`, p.hint))
      if (outOfRange.length) return
      if (made.deprecated) {
        const repl = made.replacement ?? '(no replacement named)'
        deprecated.push(`${id} -> ${repl}`)
        findings.push(at(wanted.path, 'warning', `${id} is deprecated${made.replacement ? `; use ${made.replacement} instead` : ''}`, made.replacement ? `Replace "${wanted.ref}" with "${made.replacement}".` : undefined))
      }
      if (kind === 'cloud') cloud.push(made as ResolvedCloud)
      else local.push(made as ResolvedLocal)
    })
  }
  if (deprecated.length) warnings.unshift(`You're using ${plural(deprecated.length, 'deprecated model')}: ${deprecated.join(', ')}`)
  if (!cloud.length && !local.length && !findings.some((f) => f.severity === 'error'))
    findings.push(at(['models'], 'error', 'the blueprint lists no models', 'Add model ids to models.cloud or models.local.', 'key'))
  if (findings.some((f) => f.severity === 'error')) return { findings }

  const name = typeof data.name === 'string' ? data.name : (options.defaultName ?? 'blueprint')
  const publish = data.publish_llama_swap === true && local.length > 0
  return { resolved: { name, cloud, local, secrets: detectRequiredSecrets(cloud), warnings, ...(publish && { publish_llama_swap: true }) }, findings }
}

interface OverrideProblem {
  field: string
  message: string
  hint: string
}

/** A blueprint's override beyond the model's own limit: the deployment would ask for what the model cannot give. */
function overrideProblems(made: ResolvedCloud | ResolvedLocal, over: Record<string, unknown>): OverrideProblem[] {
  const out: OverrideProblem[] = []
  const fmt = (n: number) => n.toLocaleString('en-US')
  if ('litellm_model_name' in made) {
    const asked = num(over.max_tokens)
    if (asked !== undefined && made.max_output !== undefined && asked > made.max_output)
      out.push({ field: 'max_tokens', message: `max_tokens ${fmt(asked)} is above the model's max_output ${fmt(made.max_output)}`, hint: `Use at most ${made.max_output}, or drop max_tokens to let each request choose.` })
  } else {
    const asked = num(over.ctx_size)
    if (asked !== undefined && asked > made.context_window)
      out.push({ field: 'ctx_size', message: `ctx_size ${fmt(asked)} is above the model's context_window ${fmt(made.context_window)}`, hint: `Use at most ${made.context_window}.` })
  }
  return out
}


/** Where the rendered files that use a secret live (render.ts writes them there). */
const SECRET_USERS = ['quadlet/litellm.container', 'quadlet/litellm.yaml']

/**
 * The command that stores a secret from the operator's environment. It stops first, naming the
 * variable, when the variable is unset or empty (podman's own "secret data must be larger than 0"
 * names neither), and is re-runnable: `--replace` (podman >= 4.7) swaps an existing secret.
 */
export function createSecretCommand(name: string, env: string, what: string): string {
  return `: "\${${env}:?set ${env} to ${what}}" && printf %s "$${env}" | podman secret create --replace ${name} -`
}

/**
 * The proxy's master key, then one secret per distinct requires_api_key: podman secret name =
 * the variable in lower case, env target = the variable. Only names: values are never read or written.
 */
export function detectRequiredSecrets(cloud: Pick<ResolvedCloud, 'requires_api_key'>[]): RequiredSecret[] {
  const vars = [...new Set(cloud.map((m) => m.requires_api_key))].sort()
  const secret = (env: string, what: string): RequiredSecret => {
    const name = env.toLowerCase()
    return { name, env, type: 'env', used_by: SECRET_USERS, create: createSecretCommand(name, env, what) }
  }
  const keys = vars.map((env) => {
    if (!ENV_VAR.test(env) || env.length > 128)
      throw new CurateError(`"${env}" is not an environment variable name`, { hint: 'requires_api_key is uppercase letters, digits and "_", e.g. OPENAI_API_KEY.' })
    if (RESERVED_ENV.has(env))
      throw new CurateError(`requires_api_key "${env}" names a variable of the deployment itself`, { hint: `A provider key named ${env} would receive the proxy's own setting; fix the model file.`, exitCode: 1 })
    return secret(env, 'your provider API key')
  })
  return [secret(MASTER_KEY_ENV, 'the key clients will send (e.g. sk- and random characters)'), ...keys]
}

/** The unreadable model file a name would be in: `<kind>/<name>.json`. */
function brokenFile(invalid: ReadonlyMap<string, Finding>, kind: Kind, ref: string): Finding | undefined {
  const name = (ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref).toLowerCase()
  for (const [file, f] of invalid) if (file.toLowerCase().endsWith(`${kind}/${name}.json`)) return f
  return undefined
}

function describeError(f: Finding): string {
  return `${f.line ? `line ${f.line}: ` : ''}${f.message} (${f.rule})`
}

type Lookup = { entry: StoreEntry; problem?: undefined; hint?: undefined } | { entry?: undefined; problem: string; hint: string }

/** An id, an alias, a LiteLLM name, or provider:model. */
function lookup(store: Store, kind: Kind, ref: string): Lookup {
  const colon = ref.indexOf(':')
  const provider = colon >= 0 ? ref.slice(0, colon).toLowerCase() : undefined
  const name = colon >= 0 ? ref.slice(colon + 1) : ref
  let entry = store.find(name)
  if (!entry) entry = store.entries.find((e) => str(e.data.litellm_model_name)?.toLowerCase() === (provider ? `${provider}/${name}` : name).toLowerCase())
  if (entry && provider !== undefined) {
    const actual = entry.kind === 'local' ? 'local' : str(entry.data.provider)
    if (actual !== provider && !(entry.kind === 'local' && LOCAL_PROVIDERS.has(provider))) {
      const id = idOf(entry) ?? name
      return { problem: `"${ref}": ${id} is provided by ${actual ?? 'an unknown provider'}, not ${provider}`, hint: `Write "${actual}:${id}" or just "${id}".` }
    }
  }
  if (entry) return { entry }
  const sameKind = store.entries.filter((e) => e.kind === kind && (provider === undefined || kind === 'local' || str(e.data.provider) === provider))
  const names = sameKind.flatMap((e) => [idOf(e), ...aliasesOf(e)]).filter((x): x is string => x !== undefined)
  const guesses = closestAll(name, names)
  const hint = guesses.length
    ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?`
    : `Known ${kind} ids are the file names in model-store/${kind}/ (${plural(names.length, 'name')} known).`
  return { problem: `unknown ${kind} model "${ref}"`, hint }
}

function withoutId(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(item)) if (k !== 'id') out[k] = v
  return out
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

/** The facts a cloud model must have; a string names the first one missing. */
function toCloud(e: StoreEntry, id: string, over: Record<string, unknown>): ResolvedCloud | string {
  const d = e.data
  const name = str(d.name)
  const provider = str(d.provider)
  const litellm = str(d.litellm_model_name)
  const ctx = num(d.context_window)
  const key = str(d.requires_api_key)
  if (!name || !provider || !litellm || ctx === undefined || !key) return 'the model file lacks name, provider, litellm_model_name, context_window or requires_api_key'
  if (!ENV_VAR.test(key)) return `requires_api_key "${key}" is not an environment variable name`
  const p = d.pricing as Record<string, unknown> | undefined
  const input = price(p?.input_per_1m)
  const output = price(p?.output_per_1m)
  const cache = price(p?.cache_read_per_1m)
  const limits = limitsOf(d)
  const asked = num(over.max_tokens)
  return {
    id,
    name,
    provider,
    litellm_model_name: litellm,
    context_window: ctx,
    max_input: limits.input ?? ctx,
    ...(limits.output !== undefined && { max_output: limits.output }),
    ...(asked !== undefined && { max_tokens: asked }),
    requires_api_key: key,
    ...(str(d.description) !== undefined && { description: str(d.description) }),
    capabilities: strings(d.capabilities),
    ...(input !== undefined && output !== undefined && { pricing: { input_per_1m: input, output_per_1m: output, ...(cache !== undefined && { cache_read_per_1m: cache }) } }),
    deprecated: d.deprecated === true,
    ...(str(d.replacement) !== undefined && { replacement: str(d.replacement) }),
    file: e.file.path,
  }
}

function toLocal(e: StoreEntry, id: string, over: Record<string, unknown>): ResolvedLocal | string {
  const d = e.data
  const name = str(d.name)
  const quant = str(d.quantization)
  const ctx = num(d.context_window)
  const group = str(d.group)
  if (!name || !quant || ctx === undefined || !group) return 'the model file lacks name, quantization, context_window or group'
  let repo = str(d.hf_repo)
  let hfFile = str(d.hf_file)
  if (!repo || !hfFile) {
    const uri = parseModelUri(str(d.model_uri) ?? '')
    if (!uri.ok) return `model_uri ${uri.problem}`
    repo = uri.uri.repoId
    hfFile = uri.uri.file
  }
  const capabilities = strings(d.capabilities)
  const pick = <T>(key: string, read: (v: unknown) => T | undefined): T | undefined => read(over[key]) ?? read(d[key])
  const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined)
  const ctxSize = pick('ctx_size', num)
  const ttl = pick('ttl', num)
  const flash = pick('flash_attn', bool)
  const batch = pick('batch_size', num)
  return {
    id,
    name,
    hf_repo: repo,
    hf_file: hfFile,
    quantization: quant,
    context_window: ctx,
    ...(ctxSize !== undefined && { ctx_size: ctxSize }),
    ...(ttl !== undefined && { ttl }),
    ...(flash !== undefined && { flash_attn: flash }),
    ...(batch !== undefined && { batch_size: batch }),
    group,
    embedding: group === 'embeddings' || capabilities.includes('embeddings'),
    ...(str(d.pooling) !== undefined && { pooling: str(d.pooling) }),
    aliases: aliasesOf(e),
    ...(str(d.vulkan_driver) !== undefined && { vulkan_driver: str(d.vulkan_driver) }),
    ...(str(d.description) !== undefined && { description: str(d.description) }),
    capabilities,
    ...(num(d.ram_required_gb) !== undefined && { ram_required_gb: num(d.ram_required_gb) }),
    deprecated: d.deprecated === true,
    ...(str(d.replacement) !== undefined && { replacement: str(d.replacement) }),
    file: e.file.path,
  }
}
