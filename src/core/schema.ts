/**
 * JSON Schema validation with ajv (draft 2020-12, strict, allErrors), and the mapping of
 * ajv's errors to findings that point at the offending key or value.
 */
import { createHash } from 'node:crypto'
import type { ErrorObject, ValidateFunction } from 'ajv'
import precompiled from '../generated/validators.cjs'
import { CurateError } from './errors.js'
import { locatorFor, pointerToPath, type PathSegment } from './locate.js'
import { closest } from './text.js'
import type { Finding, ModelFile } from './types.js'
import { own } from './own.js'

export const SCHEMA = 'schema'

/** Schema documents by file name, e.g. `{ 'cloud.schema.json': {...} }`. */
export type SchemaDocs = Record<string, object>

export interface Annotations {
  description?: string
  examples?: unknown[]
}

/** The hash gen-validators.mjs gives a set of schema documents. */
export function schemasHash(docs: SchemaDocs): string {
  const sorted = Object.keys(docs)
    .sort()
    .map((k) => [k, docs[k]])
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex')
}

/**
 * Compiles schemas that are not the prebuilt ones (src/core/schema-compiler.ts, ajv): a door
 * loads it only for another store's own schemas, so the usual check never loads ajv at all.
 * Returns the validator of a schema file name; throws CurateError for an invalid schema.
 */
export type SchemaCompiler = (docs: SchemaDocs, options: { checkSchemas: boolean }) => (name: string) => ValidateFunction | undefined

const prebuiltDocs = new WeakMap<SchemaDocs, boolean>()

/** Whether these are exactly the schemas the build's standalone validators were made from (hashed once per set). */
export function isPrebuilt(docs: SchemaDocs): boolean {
  let yes = prebuiltDocs.get(docs)
  if (yes === undefined) prebuiltDocs.set(docs, (yes = schemasHash(docs) === precompiled.__schemasHash))
  return yes
}

export class Schemas {
  private readonly compiled = new Map<string, ValidateFunction>()
  /** The validator of each schema when these are not the prebuilt schemas. */
  private readonly compile?: (name: string) => ValidateFunction | undefined

  /**
   * `checkSchemas: false` skips validating the schemas themselves against the draft 2020-12
   * meta-schema: compiling the meta-schema is most of the start-up cost, and the pre-commit hook
   * skips it when no schema is staged (strict mode still rejects unknown keywords at compile).
   * `compiler` is required unless the schemas are the prebuilt ones.
   */
  constructor(
    readonly docs: SchemaDocs,
    options: { checkSchemas?: boolean; compiler?: SchemaCompiler } = {},
  ) {
    if (isPrebuilt(docs)) return
    // A door that did not load the compiler for schemas that need one is a bug, not a user's mistake.
    if (!options.compiler) throw new Error('Schemas: these schemas are not the prebuilt ones, and no compiler was given')
    this.compile = options.compiler(docs, { checkSchemas: options.checkSchemas ?? true })
  }

  /** The validator for a schema file name: prebuilt, or compiled once on first use. */
  validator(name: string): ValidateFunction {
    let v = this.compiled.get(name)
    if (!v) {
      const built = !this.compile && Object.hasOwn(precompiled, name) ? precompiled[name] : undefined
      try {
        v = typeof built === 'function' ? built : this.compile?.(name)
      } catch (err) {
        throw new CurateError(`schema ${name} does not compile: ${(err as Error).message}`, { cause: err })
      }
      if (!v) throw new CurateError(`schema ${name} is missing`, { hint: 'Point --schemas at the folder holding cloud.schema.json and local.schema.json.' })
      this.compiled.set(name, v)
    }
    return v
  }

  /** Validates data; returns ajv's errors (empty when valid). */
  errors(name: string, data: unknown): ErrorObject[] {
    const v = this.validator(name)
    return v(data) ? [] : [...(v.errors ?? [])]
  }

  /**
   * The annotations (description, examples) of the field at `path`: the property's own, else
   * those of the definition it refers to. ajv's parentSchema is the innermost definition
   * (e.g. positiveInt), which knows nothing of what the field means.
   */
  annotations(name: string, path: PathSegment[]): Annotations {
    let schema = this.resolve(name, this.docs[name])
    for (const seg of path) {
      const s = schema.node as { properties?: Record<string, unknown>; items?: unknown; additionalProperties?: unknown } | undefined
      const next = typeof seg === 'number' ? s?.items : (own(s?.properties, seg) ?? s?.additionalProperties)
      if (!next || typeof next !== 'object') return {}
      schema = this.resolve(schema.doc, next)
    }
    return schema.notes
  }

  /** The enum of the field at `path` (e.g. pricing.tier's tiers), or undefined. */
  enumOf(name: string, path: PathSegment[]): unknown[] | undefined {
    let schema = this.resolve(name, this.docs[name])
    for (const seg of path) {
      const s = schema.node as { properties?: Record<string, unknown> } | undefined
      const next = typeof seg === 'string' ? s?.properties?.[seg] : undefined
      if (!next || typeof next !== 'object') return undefined
      schema = this.resolve(schema.doc, next)
    }
    const values = (schema.node as { enum?: unknown })?.enum
    return Array.isArray(values) ? values : undefined
  }

  private resolve(doc: string, node: unknown): { doc: string; node: unknown; notes: Annotations } {
    const notes: Annotations = {}
    for (let hops = 0; node && typeof node === 'object' && hops < 8; hops++) {
      const n = node as Annotations & { $ref?: string }
      // The field's meaning first, then the form its definition demands.
      if (n.description) notes.description = notes.description ? `${notes.description}: ${n.description}` : n.description
      notes.examples ??= n.examples
      if (!n.$ref) break
      const [file, pointer = ''] = n.$ref.split('#')
      if (file) doc = file
      node = pointerToPath(pointer).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), this.docs[doc])
    }
    return { doc, node, notes }
  }

  /** Schema order of a schema's top-level properties: model files are written in this order. */
  keyOrder(name: string): string[] {
    const doc = this.docs[name] as { properties?: Record<string, unknown> } | undefined
    return Object.keys(doc?.properties ?? {})
  }
}

/** Findings for one file's ajv errors, each at the line of the field it is about. */
export function schemaFindings(file: ModelFile, schemas: Schemas, schemaName: string, errors: ErrorObject[]): Finding[] {
  const loc = locatorFor(file)
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const err of errors) {
    const described = describe(err, schemaName, (path) => hintFrom(schemas.annotations(schemaName, path)))
    if (!described) continue
    const key = `${described.path.join('/')}|${described.message}`
    if (seen.has(key)) continue
    seen.add(key)
    const pos = described.property !== undefined ? loc.keyOf(described.path, described.property) : loc.at(described.path, described.at)
    out.push({ rule: SCHEMA, severity: 'error', file: file.path, ...pos, message: described.message, hint: described.hint })
  }
  return out
}

interface Described {
  path: PathSegment[]
  /** Point at this property's key inside the object at `path`. */
  property?: string
  at: 'key' | 'value'
  message: string
  hint?: string
}

/** Field names as a reader writes them: pricing.input_per_1m, capabilities[2]. */
export function fieldName(path: PathSegment[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(top level)'
}

function hintFrom(schema: Annotations | undefined): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined
  const s = schema
  const parts: string[] = []
  if (s.description) parts.push(`Expected ${s.description}`)
  if (s.examples?.length) parts.push(`for example ${JSON.stringify(s.examples[0])}`)
  return parts.length ? parts.join('; ') + '.' : undefined
}

function show(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}

function describe(err: ErrorObject, schemaName: string, hintAt: (path: PathSegment[]) => string | undefined): Described | undefined {
  const path = pointerToPath(err.instancePath)
  const field = fieldName(path)
  const params = err.params as Record<string, unknown>
  const parent = err.parentSchema as Record<string, unknown> | undefined
  const fieldHint = () => hintAt(path) ?? hintFrom(parent)
  switch (err.keyword) {
    case 'required': {
      const missing = String(params.missingProperty)
      return {
        path,
        at: 'key',
        message: `missing required property "${missing}"${path.length ? ` in ${field}` : ''}`,
        hint: hintAt([...path, missing]) ?? `Add "${missing}" (see schemas/${schemaName}).`,
      }
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty)
      return { path, property: extra, at: 'key', message: `unknown property "${extra}"${path.length ? ` in ${field}` : ''}`, hint: unknownPropertyHint(parent, extra) }
    }
    case 'propertyNames':
      return undefined // reported by its inner 'pattern' error, which names the property
    case 'pattern':
      if (params.propertyName !== undefined || err.propertyName !== undefined) {
        const name = String(err.propertyName ?? params.propertyName)
        return { path, property: name, at: 'key', message: `property name "${name}" in ${field} is not allowed`, hint: 'Names are lowercase letters, digits, "_", "." and "-", starting with a letter.' }
      }
      return { path, at: 'value', message: `${field} ${show(err.data)} is not in the expected form`, hint: fieldHint() }
    case 'type':
      return { path, at: 'value', message: `${field} must be ${article(String(params.type))}, got ${typeOf(err.data)}`, hint: fieldHint() }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      const guess = typeof err.data === 'string' ? closest(err.data, allowed) : undefined
      return {
        path,
        at: 'value',
        message: `${field} ${show(err.data)} is not one of: ${allowed.join(', ')}`,
        hint: guess ? `Did you mean "${guess}"?` : undefined,
      }
    }
    case 'format':
      return { path, at: 'value', message: `${field} ${show(err.data)} is not a valid ${params.format}`, hint: fieldHint() }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, at: 'value', message: `${field} must be ${params.comparison} ${params.limit}, got ${show(err.data)}`, hint: fieldHint() }
    case 'uniqueItems':
      return { path, at: 'value', message: `${field} has duplicate items (positions ${params.j} and ${params.i})` }
    case 'if':
      return undefined // the failing 'then' branch reports the real problem
    default:
      return { path, at: 'value', message: `${field} ${err.message ?? 'is invalid'}`, hint: fieldHint() }
  }
}

/**
 * The hint for an unknown property: the closest allowed name, else the allowed names. Kept per
 * schema object and name: a store where every file carries the same stray key asks the same
 * question thousands of times, and the distances were most of such a check.
 */
const unknownHints = new WeakMap<object, Map<string, string>>()

function unknownPropertyHint(parent: Record<string, unknown> | undefined, extra: string): string {
  const byName = parent ? (unknownHints.get(parent) ?? new Map<string, string>()) : new Map<string, string>()
  if (parent && !unknownHints.has(parent)) unknownHints.set(parent, byName)
  let hint = byName.get(extra)
  if (hint === undefined) {
    const known = Object.keys((parent?.properties as object) ?? {}).filter((k) => k !== '$schema')
    const guess = closest(extra, known)
    hint = guess ? `Did you mean "${guess}"?` : `Allowed properties: ${known.join(', ')}.`
    if (byName.size < 1000) byName.set(extra, hint)
  }
  return hint
}

function article(type: string): string {
  const t = type.replace(/,/g, ' or ')
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`
}

function typeOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  if (Number.isInteger(v)) return `the number ${v}`
  if (typeof v === 'number') return `the number ${v}`
  if (typeof v === 'string') return `the string ${show(v)}`
  return `${article(typeof v)}`
}
