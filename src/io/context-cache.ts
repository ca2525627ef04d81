/**
 * The hook's cache of context facts, by blob id: what cross-file rules read of each model file
 * the commit does not change (core/store.ts CONTEXT_FIELDS). A blob id names the file's exact
 * bytes, so an entry never goes stale; reading the facts of 10,000 models from one file is
 * about a tenth of reading their blobs from git. It lives in the repository's own folder
 * (.git/leger-curate/), holds about the blobs of the last index read, and is safe to delete: a
 * missing, unreadable or foreign file is ignored and rebuilt.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { contextOf, CONTEXT_FIELDS } from '../core/store.js'
import type { ModelData } from '../core/types.js'
import { readBounded, writeFileAtomic } from './fs.js'

const FORMAT = `leger-curate context cache 1: ${CONTEXT_FIELDS.join(',')}`
/** A cache for 100,000 models is about 20 MB; anything far larger is not this cache. */
const MAX_BYTES = 256 * 1024 * 1024

export class ContextCache {
  private readonly known = new Map<string, ModelData>()
  private changed = false

  private constructor(private readonly file: string) {}

  /** The cache in `gitDir`, as far as it can be read. */
  static open(gitDir: string): ContextCache {
    const cache = new ContextCache(path.join(gitDir, 'leger-curate', 'context.json'))
    try {
      const text = readBounded(cache.file, MAX_BYTES)
      if (typeof text !== 'string') return cache
      const doc = JSON.parse(text) as { format?: unknown; models?: unknown }
      if (doc.format !== FORMAT || !doc.models || typeof doc.models !== 'object' || Array.isArray(doc.models)) return cache
      // Taken as written (the Store keeps only CONTEXT_FIELDS of what a reader hands it).
      for (const [oid, data] of Object.entries(doc.models as Record<string, unknown>))
        if (/^[0-9a-f]{40,64}$/.test(oid) && data && typeof data === 'object' && !Array.isArray(data)) cache.known.set(oid, data as ModelData)
    } catch {
      // no cache yet, or one that cannot be read: start afresh
    }
    return cache
  }

  get(oid: string): ModelData | undefined {
    return this.known.get(oid)
  }

  set(oid: string, data: ModelData): void {
    this.known.set(oid, contextOf(data))
    this.changed = true
  }

  /**
   * Writes the cache back when it learnt a blob. Blobs no longer in `keep` (the index just read)
   * are dropped only once they are a third of the cache: writing 10,000 models' facts costs ~45 ms, and
   * a commit that edits the file the last one edited then learns nothing and writes nothing.
   */
  save(keep: ReadonlySet<string>): void {
    const stale = [...this.known.keys()].filter((oid) => !keep.has(oid))
    if (stale.length * 2 > keep.size) for (const oid of stale) (this.known.delete(oid), (this.changed = true))
    if (!this.changed) return
    try {
      mkdirSync(path.dirname(this.file), { recursive: true })
      writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, models: Object.fromEntries(this.known) }))
    } catch {
      // a read-only repository or a full disk: the next commit reads the blobs again
    }
  }
}
