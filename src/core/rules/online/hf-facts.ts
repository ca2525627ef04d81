import { licenseOf, siblingSize } from '../../hf.js'
import { shardFiles } from '../../model-uri.js'
import type { FileRule } from '../../rule.js'
import { num, str } from '../../store.js'
import { hfInfo } from './hf-entries.js'

export const RULE = 'local/facts-match-hf'

export const hfFactsRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'online',
  severity: 'warning',
  description: "size_bytes, context_window and license agree with the repository (file sizes, the GGUF header's context length, the card's licence).",
  check(e, ctx, report) {
    const h = hfInfo(e, ctx)
    if (!h) return
    const { uri, info } = h
    const size = num(e.data.size_bytes)
    if (size !== undefined && Array.isArray(info.siblings)) {
      const byName = new Map(info.siblings.map((s) => [s.rfilename, s]))
      const sizes = shardFiles(uri).map((f) => {
        const s = byName.get(f)
        return s ? siblingSize(s) : undefined
      })
      if (sizes.every((s): s is number => typeof s === 'number')) {
        const total = sizes.reduce((a, b) => a + b, 0)
        if (total !== size)
          report(['size_bytes'], `size_bytes ${size} differs from the repository's ${total}${sizes.length > 1 ? ` (${sizes.length} shards summed)` : ''}`, {
            hint: 'Copy the size the Hub states for the file (all shards summed); a different size may mean the file was re-uploaded.',
            at: 'value',
          })
      }
    }
    const window = num(e.data.context_window)
    const header = num(info.gguf?.context_length)
    // The card's native window is often smaller than the header's (Qwen3: 32,768 vs 40,960); larger cannot be served.
    if (window !== undefined && header !== undefined && window > header)
      report(['context_window'], `context_window ${window} is larger than the GGUF header's context length ${header}`, { hint: 'Use the native window the model card states; extended (YaRN) windows go in notes.', at: 'value' })
    const ours = str(e.data.license)
    const theirs = licenseOf(info)
    if (ours && theirs && ours.toLowerCase() !== theirs.toLowerCase())
      report(['license'], `license "${ours}" differs from the repository's "${theirs}"`, { hint: 'Use the licence identifier the repository card states.', at: 'value' })
  },
}
