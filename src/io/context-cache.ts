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
  /** The models as read: looked up where they lie (building a map of 10,000 cost more than parsing them). */
  private read: Record<string, unknown> = {}
  private readonly learnt = new Map<string, ModelData>()

  private constructor(private readonly file: string) {}

  /** The cache in `gitDir`, as far as it can be read. */
  static open(gitDir: string): ContextCache {
    const cache = new ContextCache(path.join(gitDir, 'leger-curate', 'context.json'))
    try {
      const text = readBounded(cache.file, MAX_BYTES)
      if (typeof text !== 'string') return cache
      const doc = JSON.parse(text) as { format?: unknown; models?: unknown }
      if (doc.format === FORMAT && doc.models && typeof doc.models === 'object' && !Array.isArray(doc.models)) cache.read = doc.models as Record<string, unknown>
    } catch {
      // no cache yet, or one that cannot be read: start afresh
    }
    return cache
  }

  /** The facts of a blob, when the cache holds them as an object under a blob id (taken as written: the Store keeps only CONTEXT_FIELDS). */
  get(oid: string): ModelData | undefined {
    const learnt = this.learnt.get(oid)
    if (learnt) return learnt
    const data = OID.test(oid) && Object.hasOwn(this.read, oid) ? this.read[oid] : undefined
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined
    return data as ModelData
  }

  set(oid: string, data: ModelData): void {
    this.learnt.set(oid, contextOf(data))
  }

  /**
   * Writes the cache back when it learnt a blob. Blobs no longer in `keep` (the index just read)
   * are dropped only once they are a third of it: writing 10,000 models' facts costs ~45 ms, and
   * a commit that edits the file the last one edited then learns nothing and writes nothing.
   */
  save(keep: ReadonlySet<string>): void {
    const held = Object.keys(this.read)
    let stale = 0
    for (const oid of held) if (!keep.has(oid) && !this.learnt.has(oid)) stale++
    for (const oid of this.learnt.keys()) if (!keep.has(oid)) stale++
    const pruning = stale * 2 > keep.size
    if (!this.learnt.size && !pruning) return
    const models: Record<string, unknown> = {}
    for (const oid of held) if (OID.test(oid) && (!pruning || keep.has(oid))) models[oid] = this.read[oid]
    for (const [oid, data] of this.learnt) if (!pruning || keep.has(oid)) models[oid] = data
    try {
      mkdirSync(path.dirname(this.file), { recursive: true })
      writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, models }))
    } catch {
      // a read-only repository or a full disk: the next commit reads the blobs again
    }
  }
}

const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/
