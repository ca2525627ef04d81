/**
 * Upstream facts for the online tier, gathered before rules run so rules stay pure:
 * LiteLLM's live list (the snapshot stands in, with the reason, when it cannot be had) and
 * one HuggingFace answer per repository in scope.
 */
import type { HfClient, HfRepoResult } from '../core/hf.js'
import type { LiteLLMSource } from '../core/litellm.js'
import { parseModelUri } from '../core/model-uri.js'
import { str, type Store } from '../core/store.js'
import { revisionsToCheck } from '../core/pins.js'
import { addRevisionStatus, createHfClient } from './huggingface.js'
import { fetchLiteLLMList, loadLiteLLMSnapshot } from './litellm.js'

export interface Upstream {
  litellm: LiteLLMSource
  litellmProblem?: string
  hf: Map<string, HfRepoResult>
}

export interface UpstreamOptions {
  env: NodeJS.ProcessEnv
  /** The folder the offline snapshot is read from. */
  dataDir?: string
  /** Files to check; undefined = every file. */
  scope?: ReadonlySet<string>
  /** An HF client to use (default: one from env: HF_ENDPOINT, HF_TOKEN). */
  hfClient?: HfClient
}

export async function gatherUpstream(store: Store, options: UpstreamOptions): Promise<Upstream> {
  const inScope = store.entries.filter((e) => !options.scope || options.scope.has(e.file.path))
  const repos = new Set<string>()
  for (const e of inScope) {
    if (e.kind !== 'local') continue
    const v = str(e.data.model_uri)
    const p = v ? parseModelUri(v) : undefined
    if (p?.ok) repos.add(p.uri.repoId)
  }
  const client = repos.size ? (options.hfClient ?? createHfClient(options.env)) : undefined
  const hfPending = [...repos].map(async (repo) => [repo, await client!.modelInfo(repo)] as const)

  let litellm: LiteLLMSource | undefined
  let litellmProblem: string | undefined
  if (inScope.some((e) => e.kind === 'cloud')) {
    try {
      litellm = await fetchLiteLLMList(options.env)
    } catch (err) {
      litellmProblem = (err as Error).message
    }
  }
  litellm ??= loadLiteLLMSnapshot(options.dataDir)
  // modelInfo never rejects: failures come back as 'unreachable' results.
  const hf = new Map(await Promise.all(hfPending))
  if (client) await addRevisionStatus(client, revisionsToCheck(inScope, repoOfData), hf)
  return { litellm, litellmProblem, hf }
}

/** The repository a local model's model_uri names. */
export function repoOfData(data: Record<string, unknown>): string | undefined {
  const v = str(data.model_uri)
  const p = v ? parseModelUri(v) : undefined
  return p?.ok ? p.uri.repoId : undefined
}
