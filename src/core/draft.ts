/**
 * A draft model file: the values as typed, the file built and serialised in schema order,
 * and each answer checked with the very rules `validate` runs (through the door's `judge`).
 */
import { formatPrice } from './litellm.js'
import { Locator, type PathSegment } from './locate.js'
import type { Schemas } from './schema.js'
import type { Store } from './store.js'
import type { Finding, Kind, ModelData, ModelFile } from './types.js'

/**
 * The schema's id pattern, checked again here because the id becomes a file name:
 * no "/", no "\\", no "..", nothing that could leave the kind's folder.
 */
const PLAIN_ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/

export function isPlainId(id: string): boolean {
  return id.length >= 2 && id.length <= 100 && PLAIN_ID.test(id)
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

/**
 * Benchmark scores as typed: "mmlu=83.7, gpqa_diamond=55.9" (or "name: score") -> { mmlu: 83.7,
 * gpqa_diamond: 55.9 }; names are lower-cased (the schema's form). A problem is a message for
 * the curator; the schema still judges the names.
 */
export function parseBenchmarks(text: string): { scores?: Record<string, number>; problem?: string } {
  const scores: Record<string, number> = {}
  const pairs = text.split(',').map((p) => p.trim()).filter(Boolean)
  for (const pair of pairs) {
    const m = /^([^=:\s]+)\s*[=:]\s*(\S+?)%?$/.exec(pair)
    if (!m) return { problem: `"${pair}" is not name=score (for example mmlu=83.7, gpqa_diamond=55.9)` }
    const score = Number(m[2])
    if (!/^-?\d+(\.\d+)?$/.test(m[2]) || !Number.isFinite(score)) return { problem: `the score of ${m[1]} must be a number; got "${m[2]}"` }
    const name = m[1].toLowerCase()
    if (Object.hasOwn(scores, name)) return { problem: `${name} is given twice` }
    scores[name] = score
  }
  return pairs.length ? { scores } : {}
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

/** A copy of the draft with `value` at `path` (undefined removes it; an emptied object goes too). */
export function withValue(draft: ModelData, path: PathSegment[], value: unknown): ModelData {
  const [head, ...rest] = path as string[]
  const next = { ...draft }
  if (!rest.length) {
    if (value === undefined) delete next[head]
    else next[head] = value
    return next
  }
  const inner = draft[head] && typeof draft[head] === 'object' ? (draft[head] as ModelData) : {}
  const child = withValue(inner, rest, value)
  if (Object.keys(child).length) next[head] = child
  else delete next[head]
  return next
}

/** Whether the policy refuses the draft for `rule` (an error): a field is asked for as required then. */
export function policyRequires(ctx: DraftContext, draft: ModelData, rule: string): boolean {
  return checkDraft(ctx, draft).some((f) => f.rule === rule && f.severity === 'error')
}

/** Whether the store's cloud models record pricing.tier: then a new one is asked for it too. */
export function storeUsesTier(store: Store): boolean {
  return store.entries.some((e) => e.kind === 'cloud' && typeof (e.data.pricing as ModelData | undefined)?.tier === 'string')
}

/**
 * last_verified for a new file: today when some of its facts were prefilled from a source
 * the file names (LiteLLM's list, the HF repo), else undefined: a date claims a check.
 */
export function lastVerifiedOf(prefilledFrom: string[], sources: unknown, today: string): string | undefined {
  return Array.isArray(sources) && prefilledFrom.some((s) => sources.includes(s)) ? today : undefined
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
 * `keep` narrows the findings that count (add --yes refuses a flag only for the file's form).
 */
export async function checkAnswer(ctx: DraftContext, draft: ModelData, path: PathSegment[], linked: PathSegment[][] = [], keep: (f: Finding) => boolean = () => true): Promise<true | string> {
  if (path[0] === 'id' && typeof draft.id === 'string') {
    const problem = idProblem(ctx.store, draft.id)
    if (problem) return problem
  }
  const file = candidateFile(ctx, draft)
  const findings = checkDraft(ctx, draft).filter((f) => f.severity === 'error' && keep(f))
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
