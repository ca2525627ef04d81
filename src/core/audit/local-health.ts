/**
 * Health of local models' HuggingFace repositories, from prefetched GET /api/models/{repo}
 * results: gone, disabled, gated, a file or shard missing, downloads below the policy, and
 * a repo that no longer offers other quantizations. An unreachable repo is reported but
 * never becomes an issue, and keeps the model's open issues as they are.
 */
import { quantizations, type HfRepoResult } from '../hf.js'
import { parseModelUri, shardFiles, type ModelUri } from '../model-uri.js'
import { changedHashes, pinnedRevision } from '../pins.js'
import { str, type Store, type StoreEntry } from '../store.js'
import { auditFinding, auditId, n, type At } from './common.js'
import type { AuditFinding } from './types.js'

/** The repo and file a local entry points at, when its model_uri is well-formed. */
export function uriOf(e: StoreEntry): ModelUri | undefined {
  const v = str(e.data.model_uri)
  const r = v ? parseModelUri(v) : undefined
  return r?.ok ? r.uri : undefined
}

/** Every HF repo the store's local models live in, for the I/O layer to fetch. */
export function reposToCheck(store: Store): string[] {
  const repos = new Set<string>()
  for (const e of store.entries) {
    if (e.kind !== 'local' || !auditId(e)) continue
    const uri = uriOf(e)
    if (uri) repos.add(uri.repoId)
  }
  return [...repos].sort()
}

export function localHealthFindings(store: Store, hf: Map<string, HfRepoResult>, minDownloads: number): { findings: AuditFinding[]; unchecked: string[] } {
  const findings: AuditFinding[] = []
  const unchecked: string[] = []
  for (const entry of store.entries) {
    if (entry.kind !== 'local') continue
    const id = auditId(entry)
    const uri = uriOf(entry)
    if (!id || !uri) continue
    const at: At = { entry, id, check: 'local-health' }
    const result = hf.get(uri.repoId)
    if (!result || result.status === 'unreachable') {
      unchecked.push(id)
      const why = result?.message ?? 'not fetched'
      findings.push(auditFinding(at, 'audit/hf-unreachable', 'warning', ['model_uri'], uri.repoId, `could not check ${uri.repoId} on HuggingFace: ${why}`, 'Nothing is concluded about this model this run; its issues stay as they are. Rerun the audit later.', false))
      continue
    }
    if (result.status === 'not-found') {
      findings.push(auditFinding(at, 'audit/hf-gone', 'error', ['model_uri'], uri.repoId, `the HuggingFace repository ${uri.repoId} is gone (${result.message})`, 'Find where the model moved and update model_uri, or deprecate the model with a replacement.'))
      continue
    }
    const info = result.info
    if (info.disabled === true) {
      findings.push(auditFinding(at, 'audit/hf-disabled', 'error', ['model_uri'], uri.repoId, `the HuggingFace repository ${uri.repoId} is disabled`, 'Disabled repos cannot be downloaded: point model_uri at another repo, or deprecate the model.'))
      continue
    }
    if (info.gated === 'auto' || info.gated === 'manual' || (info.gated as unknown) === true)
      findings.push(auditFinding(at, 'audit/hf-gated', 'warning', ['model_uri'], `gated=${String(info.gated)}`, `the HuggingFace repository ${uri.repoId} is now gated (${String(info.gated)} approval): downloads need an accepted licence and a token`, 'Prefer an ungated mirror of the same GGUF, or document the HF_TOKEN requirement in notes.'))
    if (info.siblings) {
      const present = new Set(info.siblings.map((s) => s.rfilename))
      const missing = shardFiles(uri).filter((f) => !present.has(f))
      if (missing.length) {
        const what = uri.shard ? `${missing.length} of ${uri.shard.total} shards missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}` : `${uri.file} is missing`
        findings.push(auditFinding(at, 'audit/hf-file-missing', 'error', ['model_uri'], missing.join(','), `${uri.repoId}: ${what}`, 'The file was renamed or removed upstream: pick the current file name from the repo and update model_uri (and size_bytes).'))
      }
      const quants = quantizations(info)
      const own = str(entry.data.quantization)?.toUpperCase()
      if (quants.length === 1 && (!own || quants[0] === own))
        findings.push(auditFinding(at, 'audit/hf-quantizations', 'notice', ['quantization'], `only=${quants[0]}`, `${uri.repoId} now offers only ${quants[0]}: the other quantizations are gone`, 'Users with less memory have no smaller file here: consider a repo that still offers several quantizations.'))
    }
    const changed = changedHashes(entry.data, info, uri)
    if (changed.length)
      findings.push(auditFinding(at, 'audit/hf-file-replaced', 'error', ['sha256'], changed.map((c) => c.theirs).join(','), `${uri.repoId}: the file was replaced upstream: ${changed.map((c) => `${c.file} now has sha256 ${c.theirs.slice(0, 12)}…, not ${c.ours.slice(0, 12)}…`).join('; ')}`, "Same name, other bytes: check the repo's history, verify the new file, and update sha256, revision and size_bytes (or pin the old revision)."))
    const rev = pinnedRevision(entry.data)
    if (rev && result.revisions?.[rev] === 'not-found')
      findings.push(auditFinding(at, 'audit/hf-revision-gone', 'warning', ['revision'], rev, `${uri.repoId}: the pinned revision ${rev} no longer exists`, 'Verify the file at the current revision and update revision (and sha256 if it changed).'))
    if (typeof info.downloads === 'number' && info.downloads < minDownloads)
      // The fact is the threshold, not the count: the count moves every month, the problem does not.
      findings.push(auditFinding(at, 'audit/hf-downloads', 'notice', ['model_uri'], `below=${minDownloads}`, `${uri.repoId} had ${n(info.downloads)} downloads in the last 30 days, below the policy's ${n(minDownloads)}`, 'A little-used repo may be abandoned: prefer the maker\'s own GGUF repo or a widely used mirror.'))
  }
  return { findings, unchecked }
}

/**
 * Whether the Hub's answers can be trusted as answers. A broken endpoint is not a broken
 * store: when no repository the store names is described (every one 404, 401, 5xx, or a body
 * that is not a model description), the Hub was not really asked, unless the trending
 * listing came back as the Hub's array, which shows the endpoint is the Hub and the repos
 * are truly gone. Returns why it is unreachable, or undefined when it answered.
 */
export function hubUnreachable(hf: Map<string, HfRepoResult>, trendingAnswered: boolean, endpoint = 'the HuggingFace Hub'): string | undefined {
  const results = [...hf.values()]
  if (!results.length || results.some((r) => r.status === 'ok')) return undefined
  if (trendingAnswered && results.some((r) => r.status === 'not-found')) return undefined
  const first = results[0] as { message: string }
  const all = results.length === 1 ? 'the one repository' : `any of the ${results.length} repositories`
  return `${endpoint} did not describe ${all} the store names (first answer: ${first.message})`
}
