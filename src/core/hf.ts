/** The parts of HuggingFace Hub's model API the toolkit reads (shape: local-models.md section 2). */
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
