/** What every HuggingFace rule starts from: the in-scope local models with a parseable URI and the Hub's answer for their repo. */
import type { HfModelInfo, HfRepoResult } from '../../hf.js'
import { parseModelUri, type ModelUri } from '../../model-uri.js'
import { inScope, type RuleContext } from '../../rule.js'
import { str, type StoreEntry } from '../../store.js'

export interface HfEntry {
  entry: StoreEntry
  uri: ModelUri
  result: HfRepoResult
}

export function hfEntries(ctx: RuleContext): HfEntry[] {
  const out: HfEntry[] = []
  if (!ctx.hf) return out
  for (const e of ctx.store.entries) {
    if (e.kind !== 'local' || !inScope(ctx, e)) continue
    const v = str(e.data.model_uri)
    const parsed = v ? parseModelUri(v) : undefined
    if (!parsed?.ok) continue
    const result = ctx.hf.get(parsed.uri.repoId)
    if (result) out.push({ entry: e, uri: parsed.uri, result })
  }
  return out
}

/** Only the entries whose repo the Hub described. */
export function hfInfos(ctx: RuleContext): (HfEntry & { info: HfModelInfo })[] {
  return hfEntries(ctx).flatMap((h) => (h.result.status === 'ok' ? [{ ...h, info: h.result.info }] : []))
}
