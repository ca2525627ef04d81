/**
 * A synthetic store of N models cloned from the bundled ones, each with unique ids and
 * targets, so every rule (including the cross-file ones) does real work on a healthy store:
 * the clones' LiteLLM names get entries in a snapshot beside the store (cloned from their
 * template's entry), and the policy's exceptions are carried over to the clones.
 * The failing variant gives every file exactly one finding that leger-curate (a schema error) and
 * ajv-cli both report: an unknown top-level property (the model schemas allow none).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { RULES } from '../src/core/rules/index.js'

const ROOT = path.resolve(import.meta.dirname, '..')

export interface Template {
  kind: 'cloud' | 'local'
  data: Record<string, unknown>
}

export function readTemplates(storeDir: string): Template[] {
  const out: Template[] = []
  for (const kind of ['cloud', 'local'] as const) {
    const dir = path.join(storeDir, kind)
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort())
      out.push({ kind, data: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown> })
  }
  if (!out.length) throw new Error(`no model files in ${storeDir}`)
  return out
}

type Entry = Record<string, unknown> & { litellm_provider?: string }

/** The list key a LiteLLM name routes to (OpenAI and Anthropic models are keyed without prefix). */
function keyOf(list: Record<string, Entry>, name: string): string | undefined {
  if (list[name]) return name
  const [provider, ...rest] = name.split('/')
  const bare = rest.join('/')
  return list[bare]?.litellm_provider === provider ? bare : undefined
}

export interface SyntheticOptions {
  /** Every file gets one schema error (an unknown top-level property): the store's other rules still pass. */
  failing?: boolean
  /** The templates themselves are written too (as they are), with their policy exceptions. */
  withTemplates?: boolean
}

/** The property a failing store's files carry. */
export const UNKNOWN_PROPERTY = 'bench_unknown_property'

/** Writes `count` models into `<dir>/model-store/{cloud,local}`, plus `<dir>/data` and `<dir>/curation.config.json`. */
export function writeSyntheticStore(dir: string, templates: Template[], count: number, options: SyntheticOptions = {}): string {
  const store = path.join(dir, 'model-store')
  for (const kind of ['cloud', 'local']) mkdirSync(path.join(store, kind), { recursive: true })
  const list = JSON.parse(readFileSync(path.join(ROOT, 'data/litellm-model-prices.json'), 'utf8')) as Record<string, Entry>
  const policy = JSON.parse(readFileSync(path.join(ROOT, 'curation.config.json'), 'utf8')) as { exceptions?: { rule: string; id: string; reason: string }[] }
  const exceptions = policy.exceptions ?? []
  // Exceptions are cloned for the offline rules only, with a short reason, so that the policy of a
  // 100,000-model store stays under the policy file's size limit.
  const online = new Set(RULES.filter((r) => r.tier === 'online').map((r) => r.id))
  const cloned: { rule: string; id: string; reason: string }[] = []
  const today = new Date().toISOString().slice(0, 10)
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]
    const m: Record<string, unknown> = { ...t.data }
    const suffix = `s${i}`
    const original = String(m.id)
    m.id = `${original}-${suffix}`
    delete m.aliases
    delete m.shortname
    if (typeof m.replacement === 'string') m.replacement = `${m.replacement}-s${i - (i % templates.length) + templates.findIndex((x) => x.data.id === m.replacement)}`
    if (typeof m.last_verified === 'string') m.last_verified = today
    if (t.kind === 'cloud') {
      const name = String(m.litellm_model_name)
      const key = keyOf(list, name)
      m.litellm_model_name = `${name}-${suffix}`
      if (key) list[`${key.includes('/') ? key : name}-${suffix}`] = list[key]
    } else {
      m.model_uri = String(m.model_uri).replace(/\.gguf$/, `-${suffix}.gguf`).replace(/-(\d{5})-of-(\d{5})-s\d+\.gguf$/, `-${suffix}-$1-of-$2.gguf`)
      if (typeof m.hf_file === 'string') m.hf_file = String(m.model_uri).split('/').slice(4).join('/')
    }
    if (options.failing) m[UNKNOWN_PROPERTY] = true
    for (const x of exceptions) if (x.id === original && !online.has(x.rule)) cloned.push({ rule: x.rule, id: String(m.id), reason: `as ${original}` })
    writeFileSync(path.join(store, t.kind, `${m.id}.json`), JSON.stringify(m, null, 2) + '\n')
  }
  if (options.withTemplates) {
    // A bundled file is named by its id; its exceptions come along (a clone's are carried over above).
    for (const t of templates) writeFileSync(path.join(store, t.kind, `${String(t.data.id)}.json`), JSON.stringify(t.data, null, 2) + '\n')
    const ids = new Set(templates.map((t) => t.data.id))
    cloned.push(...exceptions.filter((x) => ids.has(x.id)))
  }
  mkdirSync(path.join(dir, 'data'), { recursive: true })
  writeFileSync(path.join(dir, 'data/litellm-model-prices.json'), JSON.stringify(list))
  writeFileSync(path.join(dir, 'data/litellm-model-prices.source.json'), readFileSync(path.join(ROOT, 'data/litellm-model-prices.source.json')))
  writeFileSync(path.join(dir, 'curation.config.json'), JSON.stringify({ ...policy, $schema: undefined, exceptions: cloned }) + '\n')
  return store
}
