/**
 * The LiteLLM snapshot as the hook reads it: a commit's check looks up the few names its staged
 * cloud models route to, yet parsing the list costs ~25 ms (1.5 MB), ~70 ms on a 10,000-model
 * store's list. The answers of earlier runs are kept in the repository's own folder
 * (.git/leger-curate/litellm.json) under the hash of the list they came from, so a list changed
 * in any way is parsed again; a name not kept, or a question that needs the whole list (its
 * keys, for a did-you-mean), parses it as before. Kept entries pass the same checks as parsed
 * ones (asLiteLLMList). Safe to delete: a missing, unreadable or foreign file is ignored.
 */
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { asLiteLLMList, listView, type LiteLLMEntry, type LiteLLMList, type LiteLLMSource } from '../core/litellm.js'
import { readBounded, writeFileAtomic } from './fs.js'
import { readSnapshotBytes, snapshotFrom, snapshotOrigin } from './litellm.js'

const FORMAT = 'leger-curate litellm lookups 1'
/** Names kept: a store's commits touch a few models at a time; a few hundred kilobytes at most. */
const MAX_NAMES = 512
const MAX_BYTES = 4 * 1024 * 1024

export interface CachedSnapshot extends LiteLLMSource {
  /** Writes the answers back when this run learnt one. */
  save(): void
}

/** Whether a source keeps its answers for the next run (the hook's). */
export function isCached(source: LiteLLMSource): source is CachedSnapshot {
  return typeof (source as Partial<CachedSnapshot>).save === 'function'
}

/** The data folder's snapshot, answering from `cacheDir`'s lookups where the list is the one they came from. */
export function cachedSnapshot(dataDir: string, cacheDir: string): CachedSnapshot {
  const file = path.join(cacheDir, 'litellm.json')
  let state: { raw: Buffer; sha256: string; kept: Map<string, LiteLLMEntry | null>; known: LiteLLMList } | undefined
  let full: LiteLLMSource | undefined
  const learnt = new Map<string, LiteLLMEntry | null>()
  let origin: string | undefined

  const read = () => {
    if (state) return state
    const raw = readSnapshotBytes(dataDir)
    const sha256 = createHash('sha256').update(raw).digest('hex')
    const kept = keptFor(file, sha256)
    const present = Object.create(null) as Record<string, unknown>
    for (const [name, entry] of kept) if (entry) present[name] = entry
    return (state = { raw, sha256, kept, known: asLiteLLMList(present) })
  }
  const whole = () => (full ??= snapshotFrom(dataDir, read().raw, read().sha256))
  /** The entry under `key`, from the kept answers when they have it, else from the list (and learnt). */
  const entry = (key: string | symbol): LiteLLMEntry | undefined => {
    if (typeof key !== 'string') return undefined
    const s = read()
    if (s.kept.has(key)) return s.kept.get(key) === null ? undefined : s.known[key]
    const e = Object.hasOwn(whole().list, key) ? whole().list[key] : undefined
    learnt.set(key, e ?? null)
    return e
  }
  return {
    list: listView(entry, () => Reflect.ownKeys(whole().list)),
    get origin() {
      return (origin ??= snapshotOrigin(dataDir, () => read().sha256))
    },
    offline: true,
    save() {
      if (!learnt.size || !state) return
      // The newest answers first, then the kept ones, up to MAX_NAMES.
      const names = [...learnt, ...[...state.kept].filter(([n]) => !learnt.has(n))].slice(0, MAX_NAMES)
      try {
        mkdirSync(cacheDir, { recursive: true })
        writeFileAtomic(file, JSON.stringify({ format: FORMAT, sha256: state.sha256, names }))
      } catch {
        // a read-only repository or a full disk: the next commit parses the list again
      }
    },
  }
}

/** The answers kept for the list with this hash (none when the file is missing, foreign or of another list). */
function keptFor(file: string, sha256: string): Map<string, LiteLLMEntry | null> {
  const kept = new Map<string, LiteLLMEntry | null>()
  try {
    const text = readBounded(file, MAX_BYTES)
    if (typeof text !== 'string') return kept
    const doc = JSON.parse(text) as { format?: unknown; sha256?: unknown; names?: unknown }
    if (doc.format !== FORMAT || doc.sha256 !== sha256 || !Array.isArray(doc.names)) return kept
    for (const pair of doc.names.slice(0, MAX_NAMES) as unknown[]) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string') continue
      const [name, entry] = pair as [string, unknown]
      if (entry === null) kept.set(name, null)
      else if (entry && typeof entry === 'object' && !Array.isArray(entry)) kept.set(name, entry as LiteLLMEntry)
    }
  } catch {
    // no answers yet, or a file that cannot be read: parse the list
  }
  return kept
}
