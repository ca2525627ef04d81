/**
 * ResolvedBlueprint -> deployable files, through nunjucks templates.
 *
 * Every model string is hostile (it came from a stranger's PR). Three guards:
 * - Model strings reach templates wrapped as `Tainted`: printing one raw throws, so a
 *   template can only emit it through a filter that makes it safe for its format
 *   (`yaml`, `quadlet`, `arg`, `comment`). Model strings are context values, never template
 *   source, so `{{ }}` in a name is printed, not evaluated.
 * - YAML values are written by `yamlValue` (strings through the `yaml` library, double-quoted,
 *   so PyYAML's YAML 1.1 keeps `on`, `yes`, `1e3` as strings; numbers never in exponent form).
 * - llama-swap expands `${...}` everywhere and fails on an unknown macro: no model string in
 *   its context may hold `${`.
 */
import { createHash } from 'node:crypto'
import nunjucks from 'nunjucks'
import { parse as parseYaml, stringify } from 'yaml'
import precompiled from '../generated/templates.cjs'
import { CurateError } from './errors.js'
import { MASTER_KEY_ENV, refuseEnvRefs, unexpectedEnvRefs } from './environ-refs.js'
import { IMAGE_KEYS, parseImagePins } from './images.js'
import { llamaSwapGroups } from './llama-swap-groups.js'
import { type ResolvedBlueprint, type ResolvedCloud, type ResolvedLocal } from './resolve.js'

/** The last error a filter raised during a render (nunjucks wraps it; renderOne unwraps). */
let pending: CurateError | undefined

function raise(message: string, options: { hint?: string } = {}): never {
  pending = new CurateError(message, options)
  throw pending
}

/** Template sources by path relative to the templates folder, e.g. `litellm/litellm.yaml.njk`. */
export type TemplateSet = Record<string, string>

export interface RenderedFile {
  /** Relative to the output folder, forward slashes. */
  path: string
  content: string
}

/** The folder of units and their configs: installed flat into ~/.config/containers/systemd/. */
export const UNIT_DIR = 'quadlet'
export const NETWORK_UNIT = 'leger.network'
/** llama-swap's address on the network: its container name and the -listen port of its unit. */
export const LLAMA_SWAP_URL = 'http://llama-swap:8080/v1'
export const DEPLOY_FILE = 'DEPLOY.md'
export const IMAGES_FILE = 'images.json'

const hasLocal = (r: ResolvedBlueprint) => r.local.length > 0
const always = () => true

/** Which template renders which output, and when. LiteLLM is the one endpoint, so it is always there. */
export const OUTPUTS: { template: string; path: string; when: (r: ResolvedBlueprint) => boolean }[] = [
  { template: 'quadlet/leger.network.njk', path: `${UNIT_DIR}/${NETWORK_UNIT}`, when: hasLocal },
  { template: 'litellm/litellm.yaml.njk', path: `${UNIT_DIR}/litellm.yaml`, when: always },
  { template: 'quadlet/litellm.container.njk', path: `${UNIT_DIR}/litellm.container`, when: always },
  { template: 'llama-swap/config.yaml.njk', path: `${UNIT_DIR}/llama-swap.yaml`, when: hasLocal },
  { template: 'quadlet/llama-swap.container.njk', path: `${UNIT_DIR}/llama-swap.container`, when: hasLocal },
  { template: 'deploy/DEPLOY.md.njk', path: DEPLOY_FILE, when: always },
]
export const SECRETS_FILE = 'required-secrets.json'

/** A model string on its way to a template: printing it without a filter is a bug, so it throws. */
export class Tainted {
  constructor(readonly value: string) {}
  toString(): string {
    return raise('a template printed model text without a filter (yaml, quadlet, arg or comment)', {
      hint: 'Pass every model value through the filter for the output format, e.g. {{ m.name | yaml }}.',
    })
  }
}

/** Deep copy with every string wrapped. */
export function taint(value: unknown): unknown {
  if (typeof value === 'string') return new Tainted(value)
  if (Array.isArray(value)) return value.map(taint)
  if (value && typeof value === 'object' && !(value instanceof Tainted)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = taint(v)
    return out
  }
  return value
}

export function untaint(value: unknown): unknown {
  if (value instanceof Tainted) return value.value
  if (Array.isArray(value)) return value.map(untaint)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = untaint(v)
    return out
  }
  return value
}

function text(value: unknown, filter: string): string {
  const v = untaint(value)
  if (typeof v === 'string') return v
  if (typeof v === 'number' && Number.isFinite(v)) return plainNumber(v)
  raise(`the ${filter} filter takes text, got ${v === null ? 'null' : typeof v}`)
}

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s)

// ---- YAML ---------------------------------------------------------------------------------

/**
 * One YAML value on one line (flow style for lists and maps): safe wherever a value may
 * stand. Strings are double-quoted by the yaml library; line separators YAML 1.1 would
 * fold (NEL, LS, PS) and other invisible characters are escaped too.
 */
export function yamlValue(value: unknown): string {
  const v = untaint(value)
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) raise(`cannot write ${v} to YAML`)
    return plainNumber(v)
  }
  if (typeof v === 'string') return yamlString(v)
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(', ')}]`
  if (typeof v === 'object')
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${yamlString(k)}: ${yamlValue(x)}`)
      .join(', ')}}`
  raise(`cannot write a ${typeof v} to YAML`)
}

function yamlString(s: string): string {
  const out = stringify(s, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true, lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '')
  if (!out.startsWith('"') || out.includes('\n')) raise(`cannot write ${show(s)} as one YAML line`)
  return out.replace(/[\u007f-\u009f\u00ad\u2028\u2029\ufeff\ufff9-\ufffb]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * A number as YAML 1.1 and 1.2 both read it: PyYAML reads `5e-8` (no dot) as a string,
 * so small prices are written out in full (0.00000005).
 */
export function plainNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n)
  const s = String(n)
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)
  if (!m) return s
  const [, sign, lead, frac = '', expText] = m
  const exp = Number(expText)
  const digits = lead + frac
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
  return `${sign}${digits.padEnd(exp + 1, '0')}`
}

// ---- Quadlet / systemd ----------------------------------------------------------------------

/**
 * A value for a Quadlet/systemd unit line. Rejected: CR, LF, NUL and other line breaks (a new
 * line can open a section and run commands on the host) and a trailing backslash (it joins
 * the next line). Escaped: `%` -> `%%` (systemd specifiers) and `$` -> `$$` (variables).
 */
export function quadletValue(value: unknown): string {
  const s = text(value, 'quadlet')
  if (/[\r\n\u0000\u000b\u000c\u0085\u2028\u2029]/.test(s))
    raise(`refusing to write ${show(s)} into a systemd unit: it contains a line break or NUL`, {
      hint: 'Model text in a unit must be one line; fix the model file.',
    })
  if (/[\u0001-\u001f\u007f]/.test(s)) raise(`refusing to write ${show(s)} into a systemd unit: it contains a control character`)
  if (s.endsWith('\\')) raise(`refusing to write ${show(s)} into a systemd unit: a trailing backslash joins the next line`)
  return s.replace(/%/g, '%%').replace(/\$/g, '$$$$')
}

// ---- llama-swap cmd ---------------------------------------------------------------------------

const SAFE_ARG = /^[A-Za-z0-9._/:=@+,-]+$/

/**
 * One argument of a llama-swap `cmd` (split shlex-POSIX, no shell): single-quoted unless
 * plainly safe. Line breaks (llama-swap joins `\` lines and drops `#` lines), NUL and `${`
 * (a macro) are refused.
 */
export function shellArg(value: unknown): string {
  const s = text(value, 'arg')
  if (s === '') return "''"
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\\]/.test(s)) raise(`refusing to put ${show(s)} on a command line: it contains a control character or backslash`)
  if (s.includes('${')) raise(`refusing to put ${show(s)} into llama-swap's config: "\${" starts a macro`)
  return SAFE_ARG.test(s) ? s : `'${s.replace(/'/g, `'"'"'`)}'`
}

/** Free text for a `#` comment: one line, no macro. */
export function commentText(value: unknown): string {
  const s = text(value, 'comment')
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(s)) raise(`refusing to write ${show(s)} into a comment: it contains a line break or control character`)
  if (s.includes('${')) raise(`refusing to write ${show(s)} into a comment: "\${" starts a llama-swap macro`)
  return s
}

/** One line of prose (DEPLOY.md): no line break, control or bidirectional control character. */
export function lineText(value: unknown): string {
  const s = text(value, 'line')
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(s)) raise(`refusing to write ${show(s)} into ${DEPLOY_FILE}: it contains a line break or control character`)
  return s
}

/** No model string in llama-swap's context may introduce a macro: there is no escape for `${`. */
export function guardMacros(models: ResolvedLocal[]): void {
  const walk = (v: unknown, where: string): void => {
    if (typeof v === 'string' && v.includes('${'))
      raise(`${where} contains "\${", which llama-swap would expand as a macro`, { hint: 'Remove "${" from the model file.' })
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`)
  }
  for (const m of models) walk(m, `local model ${JSON.stringify(m.id)}`)
}

// ---- the environment ------------------------------------------------------------------------

/** The environment's options; scripts/gen-templates.mjs compiles the shipped templates with these. */
const TEMPLATE_OPTIONS = Object.freeze({ autoescape: false, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true })

export function createEnvironment(templates: TemplateSet): nunjucks.Environment {
  // The shipped templates come compiled (src/generated/templates.cjs); any others compile here.
  const code = isPrecompiled(templates) ? precompiled.templates : undefined
  const loader = {
    getSource(name: string) {
      if (!Object.hasOwn(templates, name)) raise(`template ${name} is missing`, { hint: 'Point --templates at a folder holding litellm/, llama-swap/ and quadlet/.' })
      return { src: code && Object.hasOwn(code, name) ? { type: 'code', obj: code[name] } : templates[name], path: name }
    },
  }
  // A copy: nunjucks writes its defaults into the options it is given.
  const env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, { ...TEMPLATE_OPTIONS })
  env.addFilter('yaml', yamlValue)
  env.addFilter('quadlet', quadletValue)
  env.addFilter('arg', shellArg)
  env.addFilter('comment', commentText)
  env.addFilter('line', lineText)
  return env
}

/** The options and the .njk texts by name, sorted: what compiled code depends on. */
export function templatesHash(templates: TemplateSet): string {
  const sorted = Object.keys(templates)
    .filter((n) => n.endsWith('.njk'))
    .sort()
    .map((n) => [n, templates[n]])
  return createHash('sha256').update(JSON.stringify([TEMPLATE_OPTIONS, sorted])).digest('hex')
}

/** Whether these are the templates src/generated/templates.cjs was compiled from, with these options. */
export function isPrecompiled(templates: TemplateSet): boolean {
  return templatesHash(templates) === precompiled.__templatesHash
}

interface LocalView extends ResolvedLocal {
  env: string[]
}

function cloudView(m: ResolvedCloud) {
  return { ...m, api_key_ref: `os.environ/${m.requires_api_key}`, price_per_token: m.pricing && perToken(m.pricing) }
}

/** A local model as LiteLLM routes it: an OpenAI-compatible deployment on llama-swap. */
function localRoute(m: ResolvedLocal) {
  return { ...m, litellm_model: `openai/${m.id}` }
}

/** LiteLLM prices per token, from prices per 1M tokens, without binary noise (1.25 -> 0.00000125). */
function perToken(p: NonNullable<ResolvedCloud['pricing']>) {
  const shift = (n: number) => Number((n / 1e6).toPrecision(12))
  return { input: shift(p.input_per_1m), output: shift(p.output_per_1m), ...(p.cache_read_per_1m !== undefined && { cache_read: shift(p.cache_read_per_1m) }) }
}

/** Compiled templates, reused while the same TemplateSet renders several blueprints (a release). */
const environments = new WeakMap<TemplateSet, nunjucks.Environment>()

/** The oldest podman every rendered file works with: PodmanArgs= (4.6) when local models run. */
export function minPodman(resolved: ResolvedBlueprint): string {
  return resolved.local.length ? '4.6' : '4.5'
}

export interface RenderOptions {
  /** The store commit the blueprint was resolved against, named in DEPLOY.md. */
  commit?: string | null
}

/** Every output of a blueprint, in OUTPUTS order, plus required-secrets.json. */
export function renderBlueprint(resolved: ResolvedBlueprint, templates: TemplateSet, options: RenderOptions = {}): RenderedFile[] {
  guardMacros(resolved.local)
  for (const m of resolved.cloud) refuseEnvRefs(m, 'cloud')
  for (const m of resolved.local) refuseEnvRefs(m, 'local')
  const images = parseImagePins(templates[IMAGES_FILE], `templates ${IMAGES_FILE}`)
  let env = environments.get(templates)
  if (!env) environments.set(templates, (env = createEnvironment(templates)))
  // llama-swap's schema caps a display name at 128 characters; the store allows 200.
  const local: LocalView[] = resolved.local.map((m) => ({ ...m, name: [...m.name].length > 128 ? `${[...m.name].slice(0, 127).join('')}…` : m.name, env: m.vulkan_driver ? [`AMD_VULKAN_ICD=${m.vulkan_driver}`] : [] }))
  const groups = llamaSwapGroups(resolved.local)
  const context = {
    ...(taint({
      name: resolved.name,
      cloud: resolved.cloud.map(cloudView),
      local,
      local_routes: resolved.local.map(localRoute),
      groups,
      // Resident means loaded at start: llama-swap preloads them together, as one group.
      preload: groups.filter((g) => g.persistent).flatMap((g) => g.members),
      secrets: resolved.secrets.map((s) => ({ ...s, master: s.env === MASTER_KEY_ENV })),
      warnings: resolved.warnings,
      commit: options.commit ?? null,
      images,
      image_list: IMAGE_KEYS.filter((k) => k === 'litellm' || resolved.local.length).map((k) => ({ name: k, image: images[k] })),
    }) as Record<string, unknown>),
    // The renderer's own constants: not model text.
    llama_swap_url: LLAMA_SWAP_URL,
    master_key_ref: `os.environ/${MASTER_KEY_ENV}`,
    master_key_env: MASTER_KEY_ENV,
    min_podman: minPodman(resolved),
    publish_llama_swap: resolved.publish_llama_swap === true,
    units: resolved.local.length ? ['litellm.service', 'llama-swap.service'] : ['litellm.service'],
  }
  const files: RenderedFile[] = []
  for (const out of OUTPUTS) {
    if (!out.when(resolved)) continue
    const content = renderOne(env, out.template, context)
    if (out.template === 'litellm/litellm.yaml.njk') guardLiteLLM(content, resolved)
    files.push({ path: out.path, content })
  }
  files.push({ path: SECRETS_FILE, content: secretsManifest(resolved) })
  return files
}

/** The rendered litellm.yaml holds exactly the references meant: each api_key, the master key. */
function guardLiteLLM(content: string, resolved: ResolvedBlueprint): void {
  const allowed = new Map<string, string>([['general_settings.master_key', `os.environ/${MASTER_KEY_ENV}`]])
  resolved.cloud.forEach((m, i) => allowed.set(`model_list[${i}].litellm_params.api_key`, `os.environ/${m.requires_api_key}`))
  const extra = unexpectedEnvRefs(parseYaml(content), allowed)
  if (extra.length)
    throw new CurateError(`litellm.yaml would hold ${extra.length === 1 ? 'a string' : 'strings'} LiteLLM substitutes from the environment: ${extra.join('; ')}`, {
      hint: 'Only api_key and master_key may reference the environment; a template or model text put another there.',
    })
}

function renderOne(env: nunjucks.Environment, template: string, context: Record<string, unknown>): string {
  pending = undefined
  try {
    return env.render(template, context)
  } catch (err) {
    // nunjucks re-throws a filter's error as its own TemplateError: show ours, intact.
    const ours = pending ?? (err instanceof CurateError ? err : undefined)
    pending = undefined
    if (ours) throw ours
    throw new CurateError(`template ${template} failed: ${(err as Error).message}`, { cause: err })
  }
}

/** required-secrets.json: names and how to create them; never a value. */
export function secretsManifest(resolved: ResolvedBlueprint): string {
  const manifest = {
    version: 1,
    required_secrets: resolved.secrets.map((s) => ({ name: s.name, env: s.env, type: s.type, used_by: s.used_by, create: s.create })),
    note: 'Create each secret as the user whose units run, before starting them; values are read from your environment and never stored in these files.',
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}
