/** LiteLLM's price list: the shipped snapshot (offline, the default) or the live list (--online). */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { asLiteLLMList, type LiteLLMSource } from '../core/litellm.js'
import { getJson, httpOptionsFromEnv, UpstreamError, type HttpOptions } from './http.js'
import { packageRoot } from './paths.js'

export const DEFAULT_LITELLM_PRICES_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json'

export type { LiteLLMSource }

export const SNAPSHOT_FILE = 'litellm-model-prices.json'
export const SNAPSHOT_META_FILE = 'litellm-model-prices.source.json'

/** The snapshot file in a data folder (default: the toolkit's own data/). */
export function snapshotPath(dataDir = path.join(packageRoot(), 'data')): string {
  return path.join(dataDir, SNAPSHOT_FILE)
}

/**
 * The data folder every door reads upstream facts from: the repository's data/ when it holds a
 * snapshot (at `base`, or beside the store folder), else the toolkit's own.
 */
export function resolveDataDir(base: string, storeDir?: string): string {
  for (const root of [base, storeDir && path.dirname(path.resolve(base, storeDir))]) {
    if (root && existsSync(path.join(root, 'data', SNAPSHOT_FILE))) return path.join(root, 'data')
  }
  return path.join(packageRoot(), 'data')
}

const snapshots = new Map<string, LiteLLMSource>()

/**
 * The shipped snapshot (parsed once per folder per process: 1.4 MB of JSON). Its origin (the
 * date its note gives, checked against the list's hash) is worked out when a message first
 * names it: most checks never do, and hashing the list cost as much as parsing it.
 */
export function loadLiteLLMSnapshot(dataDir = path.join(packageRoot(), 'data')): LiteLLMSource {
  const hit = snapshots.get(dataDir)
  if (hit) return hit
  const source = snapshotFrom(dataDir, readSnapshotBytes(dataDir))
  snapshots.set(dataDir, source)
  return source
}

/** The snapshot of `dataDir` from its bytes (`sha256`, their hash, when the caller took it already). */
export function snapshotFrom(dataDir: string, raw: Buffer, sha256?: string): LiteLLMSource {
  let list: LiteLLMSource['list']
  try {
    list = asLiteLLMList(JSON.parse(raw.toString('utf8')))
  } catch (err) {
    throw unreadable(dataDir, err)
  }
  let origin: string | undefined
  return {
    list,
    get origin() {
      return (origin ??= snapshotOrigin(dataDir, () => (sha256 ??= createHash('sha256').update(raw).digest('hex'))))
    },
    offline: true,
  }
}

/** The snapshot file's bytes; CurateError when it cannot be read. */
export function readSnapshotBytes(dataDir: string): Buffer {
  try {
    return readFileSync(snapshotPath(dataDir))
  } catch (err) {
    throw unreadable(dataDir, err)
  }
}

/** The one error for a snapshot that cannot be read or parsed. */
function unreadable(dataDir: string, err: unknown): CurateError {
  return new CurateError(`cannot read the LiteLLM snapshot in ${dataDir}: ${(err as Error).message}`, { hint: 'Restore data/litellm-model-prices.json (git checkout), or run leger-curate refresh-upstream.', cause: err })
}

/** Where a snapshot's facts come from, for messages: "LiteLLM snapshot of 2026-07-24" (`sha256`: the list's hash). */
export function snapshotOrigin(dataDir: string, sha256: () => string): string {
  return `LiteLLM snapshot of ${snapshotDate(dataDir, sha256)}`
}

/** The date the snapshot's note gives, when the note describes this list. */
function snapshotDate(dataDir: string, sha256: () => string): string {
  try {
    const meta = JSON.parse(readFileSync(path.join(dataDir, SNAPSHOT_META_FILE), 'utf8')) as { date?: unknown; sha256?: unknown }
    // The note's hash names the list it describes: a refresh killed between its two files
    // leaves a note that does not match, and its date is then not the list's.
    const matches = typeof meta.sha256 !== 'string' || meta.sha256 === sha256()
    if (typeof meta.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return matches ? meta.date : `unknown date (its note, of ${meta.date}, describes another list: run refresh-upstream again)`
  } catch {
    // the list without its note still serves; the origin says the date is unknown
  }
  return 'unknown date'
}

/** The live list from LITELLM_PRICES_URL (default: LiteLLM's main branch); UpstreamError when it cannot be had. */
export async function fetchLiteLLMList(env: NodeJS.ProcessEnv = process.env, options: HttpOptions = {}): Promise<LiteLLMSource & { raw: string }> {
  const url = env.LITELLM_PRICES_URL || DEFAULT_LITELLM_PRICES_URL
  const res = await getJson(url, { ...httpOptionsFromEnv(env), ...options })
  if (res.status !== 200 || !res.json || typeof res.json !== 'object' || Array.isArray(res.json))
    throw new UpstreamError(url, `expected LiteLLM's price list (a JSON object), got HTTP ${res.status}${res.json === undefined ? ' with a body that is not JSON' : Array.isArray(res.json) ? ' with an array' : ''}`)
  const list = asLiteLLMList(res.json)
  if (Object.keys(list).length === 0) throw new UpstreamError(url, 'the price list holds no models')
  return { list, origin: url, offline: false, raw: res.text }
}

/** A copy of the list on disk (refresh-upstream --from): CurateError when it is missing or is not the list. */
export function readLiteLLMFile(file: string): LiteLLMSource & { raw: string } {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (err) {
    throw new CurateError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { hint: "Pass the path of a copy of LiteLLM's model_prices_and_context_window.json.", exitCode: 2, cause: err })
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (err) {
    throw new CurateError(`${file} is not JSON: ${(err as Error).message}`, { hint: "Pass a whole copy of LiteLLM's model_prices_and_context_window.json.", exitCode: 2 })
  }
  const list = json && typeof json === 'object' && !Array.isArray(json) ? asLiteLLMList(json) : undefined
  if (!list || Object.keys(list).length === 0) throw new CurateError(`${file} is not LiteLLM's price list: it holds no models`, { exitCode: 2 })
  return { list, origin: file, offline: true, raw }
}
