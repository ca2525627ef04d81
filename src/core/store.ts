/**
 * The store as rules see it: every model file, parsed once, with lookups by id and alias.
 * Files that fail json-syntax are kept aside with their finding; nothing else runs on them.
 */
import { parseModelText, tooDeepAt } from './parse.js'
import type { Finding, Kind, ModelData, ModelFile } from './types.js'

export interface StoreEntry {
  file: ModelFile
  kind: Kind
  data: ModelData
}

export class Store {
  readonly files: ModelFile[]
  readonly entries: StoreEntry[] = []
  /** json-syntax findings of files that could not be read as an object. */
  readonly syntax: Finding[] = []
  private index?: Map<string, StoreEntry>

  /**
   * `refused`: findings of files the reader would not read (too large, a link); they count as files.
   * `focus`: the files whose findings will be read. The others are only context for cross-file
   * rules, so a plain JSON.parse reads them and only their CONTEXT_FIELDS are kept: the full
   * json-syntax checks (BOM, duplicate keys) cost about six times as much, which matters for one
   * staged file in a 10,000-model store, and a pull request's check keeps little of the rest.
   */
  constructor(files: ModelFile[], refused: Finding[] = [], options: { focus?: ReadonlySet<string> } = {}) {
    this.files = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    this.syntax.push(...refused)
    for (const file of this.files) {
      const outside = options.focus !== undefined && !options.focus.has(file.path)
      const quick = outside ? (file.context ?? plainObject(file.text)) : undefined
      if (quick) {
        this.entries.push({ file, kind: file.kind, data: contextOf(quick) })
        continue
      }
      const parsed = parseModelText(file.path, file.text)
      if (parsed.ok) this.entries.push({ file, kind: file.kind, data: parsed.data })
      else this.syntax.push(parsed.finding)
    }
  }

  /** The entry whose id (or, failing that, alias) is `name`, case-insensitively; first by path wins. */
  find(name: string): StoreEntry | undefined {
    if (!this.index) {
      const ids = new Map<string, StoreEntry>()
      const aliases = new Map<string, StoreEntry>()
      for (const e of this.entries) {
        const id = idOf(e)
        if (id && !ids.has(id.toLowerCase())) ids.set(id.toLowerCase(), e)
        for (const a of aliasesOf(e)) if (!aliases.has(a.toLowerCase())) aliases.set(a.toLowerCase(), e)
      }
      for (const [k, v] of aliases) if (!ids.has(k)) ids.set(k, v)
      this.index = ids
    }
    return this.index.get(name.toLowerCase())
  }

  /** All ids, for did-you-mean suggestions. */
  ids(): string[] {
    return this.entries.map(idOf).filter((x): x is string => x !== undefined)
  }

  /**
   * This store with `file` added, or replacing the file at its path, parsing only that file:
   * the scaffolder checks every answer this way, and re-parsing every file per answer was
   * most of the cost (1.2 s of 1.9 s per answer on 10,000 models).
   */
  withFile(file: ModelFile): Store {
    const next = new Store([file])
    const added = next.entries.slice()
    const addedSyntax = next.syntax.slice()
    const files = this.files.filter((f) => f.path !== file.path).concat(file).sort(byPath)
    const entries = this.entries.filter((e) => e.file.path !== file.path).concat(added).sort((a, b) => byPath(a.file, b.file))
    next.files.length = 0
    next.entries.length = 0
    next.syntax.length = 0
    for (const f of files) next.files.push(f)
    for (const e of entries) next.entries.push(e)
    for (const f of this.syntax) if (f.file !== file.path) next.syntax.push(f)
    for (const f of addedSyntax) next.syntax.push(f)
    return next
  }
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/**
 * What cross-file rules read of a model they do not judge: ids and aliases (duplicates, the
 * policy's exceptions, replacement targets), the replacement chain, the targets two models may
 * not share, and what makes a local model a redundant variant; and what the link rules
 * (core/changes.ts LINK_RULES) judge on a model whose chain a change reaches (enabled and the
 * dates beside deprecated). A model outside a change's files keeps only these. The one-verdict
 * suite (test/parity) judges every tree through the change doors and as a whole tree: a rule
 * that read another field of such a model would split them.
 */
export const CONTEXT_FIELDS = ['id', 'aliases', 'deprecated', 'replacement', 'enabled', 'sunset_date', 'release_date', 'litellm_model_name', 'model_uri', 'quantization'] as const

export function contextOf(data: ModelData): ModelData {
  const out: ModelData = {}
  for (const k of CONTEXT_FIELDS) if (Object.hasOwn(data, k)) out[k] = data[k]
  return out
}

/** The object a text holds, or undefined (then the full parse says why). */
export function plainObject(text: string): ModelData | undefined {
  if (tooDeepAt(text) >= 0) return undefined
  try {
    const data: unknown = JSON.parse(text)
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as ModelData) : undefined
  } catch {
    return undefined
  }
}

/** The id of an entry when it is a string (the schema rule reports it otherwise). */
export function idOf(e: StoreEntry): string | undefined {
  return str(e.data.id)
}

export function aliasesOf(e: StoreEntry): string[] {
  const a = e.data.aliases
  return Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** A price as a number: the human form "$1.25" and plain numbers compare alike. */
export function price(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && /^\$(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(v)) return Number(v.slice(1))
  return undefined
}
