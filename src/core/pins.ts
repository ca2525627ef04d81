/**
 * Pinned artifacts: a local model may record the sha256 of its GGUF file (of every shard, in
 * order, for a split model) and the repository revision it was verified at. A hash that
 * differs from the Hub's `lfs.sha256` means the file was replaced upstream (same name, other
 * bytes); a revision the Hub no longer knows means the pin can no longer be fetched.
 */
import type { HfModelInfo } from './hf.js'
import { shardFiles, type ModelUri } from './model-uri.js'
import type { ModelData } from './types.js'

const HEX64 = /^[0-9a-f]{64}$/
const HEX40 = /^[0-9a-f]{40}$/

/** The hashes a file records, one per shard in shard order ("sha256" is a string for one file). */
export function pinnedHashes(data: ModelData): string[] | undefined {
  const v = data.sha256
  if (typeof v === 'string') return HEX64.test(v) ? [v] : undefined
  if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' && HEX64.test(x))) return v as string[]
  return undefined
}

export function pinnedRevision(data: ModelData): string | undefined {
  return typeof data.revision === 'string' && HEX40.test(data.revision) ? data.revision : undefined
}

/** The Hub's sha256 of each shard (blobs=true), undefined for a shard it gives none for. */
export function hubHashes(info: HfModelInfo, uri: ModelUri): (string | undefined)[] {
  const byName = new Map((info.siblings ?? []).map((s) => [s.rfilename, s]))
  return shardFiles(uri).map((f) => {
    const h = byName.get(f)?.lfs?.sha256
    return typeof h === 'string' && HEX64.test(h.toLowerCase()) ? h.toLowerCase() : undefined
  })
}

/** A pin that cannot match the file it names: as many hashes as shards, or it pins nothing. */
export function pinShapeProblem(data: ModelData, uri: ModelUri): string | undefined {
  const hashes = pinnedHashes(data)
  const shards = shardFiles(uri).length
  if (hashes && hashes.length !== shards) return `sha256 lists ${hashes.length} hash${hashes.length === 1 ? '' : 'es'} for ${shards} file${shards === 1 ? '' : 's'}: give one per shard, in shard order`
  return undefined
}

export interface HashChange {
  file: string
  ours: string
  theirs: string
}

/** The shards whose recorded hash differs from the Hub's (a shard the Hub gives no hash for is not compared). */
export function changedHashes(data: ModelData, info: HfModelInfo, uri: ModelUri): HashChange[] {
  const ours = pinnedHashes(data)
  if (!ours) return []
  const files = shardFiles(uri)
  const theirs = hubHashes(info, uri)
  const out: HashChange[] = []
  files.forEach((file, i) => {
    const t = theirs[i]
    if (ours[i] !== undefined && t !== undefined && ours[i] !== t) out.push({ file, ours: ours[i], theirs: t })
  })
  return out
}

/** What `add --online` pins from the Hub's answer: every shard's hash (when the Hub gives all) and the revision it describes. */
export function pinsFromHub(info: HfModelInfo, uri: ModelUri): { sha256?: string | string[]; revision?: string } {
  const hashes = hubHashes(info, uri)
  const out: { sha256?: string | string[]; revision?: string } = {}
  if (hashes.every((h): h is string => h !== undefined)) out.sha256 = hashes.length === 1 ? hashes[0] : hashes
  if (typeof info.sha === 'string' && HEX40.test(info.sha)) out.revision = info.sha
  return out
}

/** The revisions the store's local models pin, by repository (for the I/O layer to ask about). */
export function revisionsToCheck(entries: readonly { kind: string; data: ModelData }[], repoOf: (data: ModelData) => string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const e of entries) {
    if (e.kind !== 'local') continue
    const rev = pinnedRevision(e.data)
    const repo = rev ? repoOf(e.data) : undefined
    if (!rev || !repo) continue
    const list = out.get(repo) ?? []
    if (!list.includes(rev)) list.push(rev)
    out.set(repo, list)
  }
  return out
}
