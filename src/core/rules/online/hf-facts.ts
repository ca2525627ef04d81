import { licenseOf, siblingSize } from '../../hf.js'
import { shardFiles } from '../../model-uri.js'
import { findingAt, type Rule } from '../../rule.js'
import { num, str } from '../../store.js'
import type { Finding } from '../../types.js'
import { hfInfos } from './hf-entries.js'

export const RULE = 'local/facts-match-hf'

export const hfFactsRule: Rule = {
  id: RULE,
  tier: 'online',
  description: "size_bytes, context_window and license agree with the repository (file sizes, the GGUF header's context length, the card's licence).",
  check(ctx) {
    const out: Finding[] = []
    for (const { entry, uri, info } of hfInfos(ctx)) {
      const size = num(entry.data.size_bytes)
      if (size !== undefined && Array.isArray(info.siblings)) {
        const byName = new Map(info.siblings.map((s) => [s.rfilename, s]))
        const sizes = shardFiles(uri).map((f) => {
          const s = byName.get(f)
          return s ? siblingSize(s) : undefined
        })
        if (sizes.every((s): s is number => typeof s === 'number')) {
          const total = sizes.reduce((a, b) => a + b, 0)
          if (total !== size)
            out.push(findingAt(entry, RULE, 'warning', ['size_bytes'], `size_bytes ${size} differs from the repository's ${total}${sizes.length > 1 ? ` (${sizes.length} shards summed)` : ''}`, 'Copy the size the Hub states for the file (all shards summed); a different size may mean the file was re-uploaded.', 'value'))
        }
      }
      const window = num(entry.data.context_window)
      const header = num(info.gguf?.context_length)
      // The card's native window is often smaller than the header's (Qwen3: 32,768 vs 40,960); larger cannot be served.
      if (window !== undefined && header !== undefined && window > header)
        out.push(findingAt(entry, RULE, 'warning', ['context_window'], `context_window ${window} is larger than the GGUF header's context length ${header}`, 'Use the native window the model card states; extended (YaRN) windows go in notes.', 'value'))
      const ours = str(entry.data.license)
      const theirs = licenseOf(info)
      if (ours && theirs && ours.toLowerCase() !== theirs.toLowerCase())
        out.push(findingAt(entry, RULE, 'warning', ['license'], `license "${ours}" differs from the repository's "${theirs}"`, 'Use the licence identifier the repository card states.', 'value'))
    }
    return out
  },
}
