import { shardFiles } from '../../model-uri.js'
import type { FileRule } from '../../rule.js'
import { hfInfo } from './hf-entries.js'

export const RULE = 'local/hf-file'

export const hfFileRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'online',
  severity: 'error',
  description: "The GGUF file, and every shard of a split model, is among the repository's files.",
  check(e, ctx, report) {
    const h = hfInfo(e, ctx)
    if (!h || !Array.isArray(h.info.siblings)) return
    const { uri, info } = h
    const files = new Set(info.siblings!.map((s) => s.rfilename))
    const missing = shardFiles(uri).filter((f) => !files.has(f))
    if (!missing.length) return
    const what = uri.shard ? `${missing.length} of its ${uri.shard.total} shards: ${missing.join(', ')}` : `"${uri.file}"`
    const near = [...files].filter((f) => f.endsWith('.gguf')).slice(0, 8)
    report(['model_uri'], `repository "${uri.repoId}" does not hold ${what}`, { hint: near.length ? `Its GGUF files include: ${near.join(', ')}.` : 'The repository holds no .gguf file.', at: 'value' })
  },
}
