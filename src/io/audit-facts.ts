/**
 * The upstream facts an audit reads, fetched up front so the audit itself stays pure.
 * Offline: the shipped LiteLLM snapshot only. Online: the live list (LITELLM_PRICES_URL),
 * every local model's HF repo and the trending GGUF listing (HF_ENDPOINT, HF_TOKEN).
 */
import { reposToCheck, type AuditFacts } from '../core/audit/index.js'
import type { HfRepoResult } from '../core/hf.js'
import type { Store } from '../core/store.js'
import { auditId } from '../core/audit/common.js'
import { revisionsToCheck } from '../core/pins.js'
import { addRevisionStatus, createHfClient, DEFAULT_HF_ENDPOINT, type HfClientOptions } from './huggingface.js'
import { repoOfData } from './upstream.js'
import type { HttpOptions } from './http.js'
import { fetchLiteLLMList, loadLiteLLMSnapshot } from './litellm.js'

export interface FetchFactsOptions {
  online: boolean
  /** The folder the offline snapshot is read from (as validate reads it: <base>/data when it holds one). */
  dataDir?: string
  env?: NodeJS.ProcessEnv
  /** How many trending GGUF repos to read. */
  trendingLimit?: number
  http?: HttpOptions & HfClientOptions
}

export interface FetchedFacts {
  facts: AuditFacts
  /** Things the reader should know: an upstream that failed, what was skipped. */
  notes: string[]
}

export async function fetchAuditFacts(store: Store, options: FetchFactsOptions): Promise<FetchedFacts> {
  const env = options.env ?? process.env
  if (!options.online) return { facts: { litellm: loadLiteLLMSnapshot(options.dataDir) }, notes: [] }
  const notes: string[] = []
  let trendingProblem: string | undefined
  const hf = createHfClient(env, options.http)
  const endpoint = (env.HF_ENDPOINT ?? DEFAULT_HF_ENDPOINT).replace(/\/+$/, '')
  const repos = reposToCheck(store)
  const [litellm, results, trending] = await Promise.all([
    fetchLiteLLMList(env, options.http),
    Promise.all(repos.map(async (r) => [r, await hf.modelInfo(r)] as [string, HfRepoResult])),
    hf.listModels({ filter: 'gguf', sort: 'trendingScore', direction: -1, limit: options.trendingLimit ?? 30 }).catch((err: Error) => {
      trendingProblem = err.message
      return undefined
    }),
  ])
  const hfResults = new Map(results)
  await addRevisionStatus(hf, revisionsToCheck(store.entries.filter((e) => auditId(e)), repoOfData), hfResults)
  // Candidates are what is new upstream: new against the snapshot the toolkit ships.
  const snapshot = loadLiteLLMSnapshot(options.dataDir)
  const facts: AuditFacts = {
    litellm: { list: litellm.list, origin: litellm.origin, offline: false },
    hf: hfResults,
    trending,
    trendingProblem,
    hfEndpoint: endpoint,
    baseline: { list: snapshot.list, origin: snapshot.origin },
  }
  notes.unshift(`HuggingFace: ${endpoint} (${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'})`)
  return { facts, notes }
}
