/** The parts of HuggingFace Hub's model API the toolkit reads (shape: local-models.md section 2). */
import { boundedInt, MAX_FILE_BYTES, MAX_TOKENS } from './bounds.js'
import { quantFromFileName } from './model-uri.js'

export interface HfSibling {
  rfilename: string
  size?: number
  lfs?: { sha256?: string; size?: number }
}

export interface HfModelInfo {
  id: string
  sha?: string
  private?: boolean
  /** false, or the gating mode. */
  gated?: false | 'auto' | 'manual'
  disabled?: boolean
  /** Downloads over the last 30 days. */
  downloads?: number
  likes?: number
  trendingScore?: number
  lastModified?: string
  createdAt?: string
  tags?: string[]
  pipeline_tag?: string
  cardData?: { license?: string; [k: string]: unknown }
  gguf?: { total?: number; architecture?: string; context_length?: number }
  siblings?: HfSibling[]
}

/** Whether the Hub still knows a revision a model file pins. */
export type RevisionStatus = 'ok' | 'not-found' | 'unreachable'

export type HfRepoResult =
  /** `revisions`: the pinned revisions asked about, and what the Hub said (absent = not asked). */
  | { status: 'ok'; info: HfModelInfo; revisions?: Record<string, RevisionStatus> }
  | { status: 'not-found'; message: string }
  | { status: 'unreachable'; message: string }

export interface HfClient {
  /** GET /api/models/{repo}?blobs=true, once per repo per client. */
  modelInfo(repo: string): Promise<HfRepoResult>
  /** GET /api/models?filter=gguf&sort=...: a listing (slimmer objects). */
  listModels(query: Record<string, string | number>): Promise<HfModelInfo[]>
  /** GET /api/models/{repo}/revision/{rev}: does the revision still exist? Never rejects. */
  revisionStatus?(repo: string, revision: string): Promise<RevisionStatus>
}

/** The .gguf files of a repo. */
export function ggufFiles(info: HfModelInfo): HfSibling[] {
  return (info.siblings ?? []).filter((s) => s.rfilename.endsWith('.gguf'))
}

/** Distinct quantizations among a repo's .gguf files. */
export function quantizations(info: HfModelInfo): string[] {
  const qs = new Set<string>()
  for (const s of ggufFiles(info)) {
    const q = quantFromFileName(s.rfilename)
    if (q) qs.add(q)
  }
  return [...qs].sort()
}

/** A sibling's size in bytes, from blobs=true metadata. */
export function siblingSize(s: HfSibling): number | undefined {
  return s.lfs?.size ?? s.size
}

/** The licence a repo declares: cardData.license, else a `license:` tag (there is no top-level field). */
export function licenseOf(info: HfModelInfo): string | undefined {
  const card = info.cardData?.license
  if (typeof card === 'string') return card
  return info.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length)
}

/** What is wrong with a Hub answer, or the answer with its malformed parts dropped. */
export type Sanitized = { ok: true; info: HfModelInfo } | { ok: false; problem: string }

const GATED = new Set<unknown>([false, 'auto', 'manual'])
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * A Hub model description checked for shape before any rule reads it. Parts that only add detail
 * (a sibling that is not a file entry, a tag that is not a string, a size of the wrong type) are
 * dropped; parts whose loss would change a verdict (the file list, the gating, the downloads,
 * the id) refuse the whole answer: "upstream answer malformed", the check did not run.
 */
export function sanitizeHfInfo(raw: unknown): Sanitized {
  const bad = (problem: string): Sanitized => ({ ok: false, problem: `upstream answer malformed: ${problem}` })
  if (!isObject(raw)) return bad('not a JSON object')
  if (typeof raw.id !== 'string' || raw.id.length > 300) return bad('"id" is not a repository id')
  const info: HfModelInfo = { id: raw.id }
  const str = (k: 'sha' | 'lastModified' | 'createdAt' | 'pipeline_tag') => {
    if (typeof raw[k] === 'string') info[k] = raw[k] as string
  }
  str('sha')
  str('lastModified')
  str('createdAt')
  str('pipeline_tag')
  if (typeof raw.private === 'boolean') info.private = raw.private
  if (typeof raw.disabled === 'boolean') info.disabled = raw.disabled
  if (raw.gated !== undefined) {
    if (!GATED.has(raw.gated)) return bad(`"gated" is ${JSON.stringify(raw.gated)?.slice(0, 40)}, not false, "auto" or "manual"`)
    info.gated = raw.gated as HfModelInfo['gated']
  }
  for (const k of ['downloads', 'likes'] as const) {
    if (raw[k] === undefined) continue
    const n = boundedInt(raw[k], Number.MAX_SAFE_INTEGER)
    if (n === undefined) return bad(`"${k}" is ${JSON.stringify(raw[k])?.slice(0, 40)}, not a whole number from 0`)
    info[k] = n
  }
  if (typeof raw.trendingScore === 'number' && Number.isFinite(raw.trendingScore)) info.trendingScore = raw.trendingScore
  if (Array.isArray(raw.tags)) info.tags = raw.tags.filter((t): t is string => typeof t === 'string')
  if (isObject(raw.cardData)) info.cardData = typeof raw.cardData.license === 'string' ? { license: raw.cardData.license } : {}
  if (raw.gguf !== undefined && isObject(raw.gguf)) {
    const g: NonNullable<HfModelInfo['gguf']> = {}
    if (raw.gguf.total !== undefined) {
      const n = boundedInt(raw.gguf.total, Number.MAX_SAFE_INTEGER)
      if (n === undefined) return bad('"gguf.total" is not a whole number from 0')
      g.total = n
    }
    if (typeof raw.gguf.architecture === 'string') g.architecture = raw.gguf.architecture
    if (raw.gguf.context_length !== undefined) {
      const n = boundedInt(raw.gguf.context_length, MAX_TOKENS, 1)
      if (n === undefined) return bad(`"gguf.context_length" is ${JSON.stringify(raw.gguf.context_length)?.slice(0, 40)}, not a whole number from 1 to ${MAX_TOKENS}`)
      g.context_length = n
    }
    info.gguf = g
  }
  if (raw.siblings !== undefined) {
    if (!Array.isArray(raw.siblings)) return bad('"siblings" is not a list of files')
    const out: HfSibling[] = []
    for (const s of raw.siblings) {
      if (!isObject(s) || typeof s.rfilename !== 'string') continue
      const sib: HfSibling = { rfilename: s.rfilename }
      const size = boundedInt(s.size, MAX_FILE_BYTES)
      if (size !== undefined) sib.size = size
      if (isObject(s.lfs)) {
        const lfs: NonNullable<HfSibling['lfs']> = {}
        if (typeof s.lfs.sha256 === 'string' && /^[0-9a-f]{64}$/.test(s.lfs.sha256)) lfs.sha256 = s.lfs.sha256
        const lsize = boundedInt(s.lfs.size, MAX_FILE_BYTES)
        if (lsize !== undefined) lfs.size = lsize
        sib.lfs = lfs
      }
      out.push(sib)
    }
    info.siblings = out
  }
  return { ok: true, info }
}
