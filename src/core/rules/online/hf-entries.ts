/** What every HuggingFace rule starts from: the model's parsed URI and the Hub's answer for its repository. */
import type { HfModelInfo, HfRepoResult } from '../../hf.js'
import { parseModelUri, type ModelUri } from '../../model-uri.js'
import type { RuleContext } from '../../rule.js'
import { str, type StoreEntry } from '../../store.js'

export interface HfAnswer {
  uri: ModelUri
  result: HfRepoResult
}

/** The Hub's answer for a local model's repository, when it was asked. */
export function hfAnswer(e: StoreEntry, ctx: RuleContext): HfAnswer | undefined {
  if (!ctx.hf) return undefined
  const v = str(e.data.model_uri)
  const parsed = v ? parseModelUri(v) : undefined
  if (!parsed?.ok) return undefined
  const result = ctx.hf.get(parsed.uri.repoId)
  return result ? { uri: parsed.uri, result } : undefined
}

/** Only when the Hub described the repository. */
export function hfInfo(e: StoreEntry, ctx: RuleContext): { uri: ModelUri; info: HfModelInfo } | undefined {
  const a = hfAnswer(e, ctx)
  return a?.result.status === 'ok' ? { uri: a.uri, info: a.result.info } : undefined
}
