import { shardFiles } from '../../model-uri.js'
import { findingAt, type Rule } from '../../rule.js'
import type { Finding } from '../../types.js'
import { hfInfos } from './hf-entries.js'

export const RULE = 'local/hf-file'

export const hfFileRule: Rule = {
  id: RULE,
  tier: 'online',
  description: "The GGUF file, and every shard of a split model, is among the repository's files.",
  check(ctx) {
    const out: Finding[] = []
    for (const { entry, uri, info } of hfInfos(ctx)) {
      if (!Array.isArray(info.siblings)) continue
      const files = new Set(info.siblings.map((s) => s.rfilename))
      const missing = shardFiles(uri).filter((f) => !files.has(f))
      if (!missing.length) continue
      const what = uri.shard ? `${missing.length} of its ${uri.shard.total} shards: ${missing.join(', ')}` : `"${uri.file}"`
      const near = [...files].filter((f) => f.endsWith('.gguf')).slice(0, 8)
      out.push(findingAt(entry, RULE, 'error', ['model_uri'], `repository "${uri.repoId}" does not hold ${what}`, near.length ? `Its GGUF files include: ${near.join(', ')}.` : 'The repository holds no .gguf file.', 'value'))
    }
    return out
  },
}
