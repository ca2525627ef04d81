/**
 * Release notes: what changed since the previous release, from two index.json files. Models
 * added, changed (each field, old -> new), deprecated, and removed from blueprints (no longer
 * enabled by default, or gone from the store so blueprints naming them stop resolving).
 * Pure and clock-free, so the same two indexes always give the same CHANGES.md. Model text is
 * hostile: every string goes through the Markdown escapes of src/report/markdown.ts.
 */
import { mdCode, mdText } from './markdown.js'
import { CurateError } from './errors.js'
import type { IndexModel, ReleaseIndex } from './release-index.js'
import type { Schemas } from './schema.js'
import { plural } from './text.js'
import { own } from './own.js'

export interface FieldChange {
  /** Dotted path into the definition, e.g. pricing.input_per_1m. */
  field: string
  old?: unknown
  new?: unknown
}

export interface ModelChange {
  model: IndexModel
  fields: FieldChange[]
}

export interface RemovedFromBlueprints {
  model: IndexModel
  why: 'disabled' | 'removed'
}

export interface ReleaseDiff {
  added: IndexModel[]
  changed: ModelChange[]
  deprecated: IndexModel[]
  removed: RemovedFromBlueprints[]
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
/** Fields the Deprecated section states; they are not repeated under Changed. */
const DEPRECATION_FIELDS = new Set(['deprecated', 'replacement', 'sunset_date', 'deprecation_reason'])
const LONGEST_VALUE = 120

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** Leaf differences of two definitions: objects are walked, arrays and scalars compared whole. */
export function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, prefix = ''): FieldChange[] {
  const out: FieldChange[] = []
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(cmp)) {
    const field = prefix + k
    const x = own(a, k)
    const y = own(b, k)
    if (isObject(x) && isObject(y)) out.push(...fieldChanges(x, y, `${field}.`))
    else if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ field, ...(x !== undefined && { old: x }), ...(y !== undefined && { new: y }) })
  }
  return out
}

export function diffIndexes(previous: ReleaseIndex, next: ReleaseIndex): ReleaseDiff {
  const before = new Map(previous.models.map((m) => [m.id, m]))
  const after = new Map(next.models.map((m) => [m.id, m]))
  const diff: ReleaseDiff = { added: [], changed: [], deprecated: [], removed: [] }
  for (const m of next.models) {
    const old = before.get(m.id)
    if (!old) {
      diff.added.push(m)
      continue
    }
    const newlyDeprecated = m.deprecated && !old.deprecated
    if (newlyDeprecated) diff.deprecated.push(m)
    const fields = fieldChanges({ kind: old.kind, ...old.definition }, { kind: m.kind, ...m.definition }).filter(
      (f) => !(newlyDeprecated && DEPRECATION_FIELDS.has(f.field)),
    )
    if (fields.length) diff.changed.push({ model: m, fields })
    if (old.definition.enabled === true && m.definition.enabled !== true) diff.removed.push({ model: m, why: 'disabled' })
  }
  for (const m of previous.models) if (!after.has(m.id)) diff.removed.push({ model: m, why: 'removed' })
  const byId = (x: { id: string }, y: { id: string }) => cmp(x.id, y.id)
  diff.added.sort(byId)
  diff.deprecated.sort(byId)
  diff.changed.sort((x, y) => byId(x.model, y.model))
  diff.removed.sort((x, y) => byId(x.model, y.model))
  return diff
}

/** A value of a model file, as a code span: JSON, cut to one readable length. */
function value(v: unknown): string {
  if (v === undefined) return '(none)'
  const text = JSON.stringify(v)
  return mdCode(text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text)
}

const title = (m: IndexModel) => `${mdCode(m.id)} ${mdText(m.name)}`

function summaryLine(index: ReleaseIndex): string {
  const c = index.counts
  const kinds = Object.entries(c.by_kind).map(([k, n]) => `${n} ${k}`).join(', ')
  return `${plural(c.total, 'model')} (${kinds || 'none'})${c.deprecated ? `, ${c.deprecated} deprecated` : ''}.`
}

export interface NotesOptions {
  /** Why there is nothing to compare with, when there is not (said in the notes). */
  noPreviousReason?: string
}

/** CHANGES.md: the store in one line, then what changed since `previous`. */
export function releaseNotes(previous: ReleaseIndex | undefined, next: ReleaseIndex, options: NotesOptions = {}): string {
  const lines = ['# Model store changes', '', summaryLine(next), '', `Built from commit ${next.commit ?? '(unknown)'}; index schema version ${next.schema_version}.`, '']
  if (!previous) {
    lines.push(options.noPreviousReason ?? 'No previous release to compare with.', '')
    return lines.join('\n')
  }
  lines.push(`Compared with the previous release: ${summaryLine(previous).replace(/\.$/, '')}, commit ${previous.commit ?? '(unknown)'}.`, '')
  const d = diffIndexes(previous, next)
  if (!d.added.length && !d.changed.length && !d.deprecated.length && !d.removed.length) {
    lines.push('No model changed.', '')
    return lines.join('\n')
  }
  const section = (name: string, items: string[]) => {
    if (items.length) lines.push(`## ${name} (${items.length})`, '', ...items, '')
  }
  section(
    'Added',
    d.added.map((m) => `- ${title(m)} (${m.kind}${m.provider ? `, ${mdText(m.provider)}` : ''}${m.group ? `, group ${mdText(m.group)}` : ''})`),
  )
  section(
    'Changed',
    d.changed.map((c) => [`- ${title(c.model)}`, ...c.fields.map((f) => `  - ${mdCode(f.field)}: ${value(f.old)} -> ${value(f.new)}`)].join('\n')),
  )
  section(
    'Deprecated',
    d.deprecated.map((m) => {
      const sunset = typeof m.definition.sunset_date === 'string' ? `; sunset ${mdText(m.definition.sunset_date)}` : '; no sunset date'
      return `- ${title(m)}: ${m.replacement ? `use ${mdCode(m.replacement)} instead` : 'no replacement named'}${sunset}`
    }),
  )
  section(
    'Removed from blueprints',
    d.removed.map((r) =>
      r.why === 'disabled'
        ? `- ${title(r.model)}: no longer enabled by default`
        : `- ${title(r.model)}: removed from the store; blueprints that name it no longer resolve`,
    ),
  )
  return lines.join('\n')
}

/** A previous release's index.json, checked against index.schema.json before it is compared. */
export function parseIndex(text: string, source: string, schemas: Schemas): ReleaseIndex {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new CurateError(`${source} is not JSON: ${(err as Error).message}`, { hint: 'Pass the index.json of a previous release.', exitCode: 2 })
  }
  const errors = schemas.errors('index.schema.json', data)
  if (errors.length)
    throw new CurateError(`${source} is not a release index: ${errors[0].instancePath || '/'} ${errors[0].message ?? 'is invalid'}`, { hint: 'Pass the index.json of a previous release (schemas/index.schema.json).', exitCode: 2 })
  return data as ReleaseIndex
}
