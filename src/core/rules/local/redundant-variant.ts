import { parseModelUri, quantFromFileName } from '../../model-uri.js'
import { findingAt, inScope, type Rule } from '../../rule.js'
import { idOf, str, type StoreEntry } from '../../store.js'
import type { Finding } from '../../types.js'

export const RULE = 'local/redundant-variant'

/**
 * The model an id names with its quant, "-vN" revision and "-gguf" dropped:
 * qwen3-4b-v2, qwen3-4b-q8_0 and qwen3-4b all name qwen3-4b.
 */
export function variantStem(id: string): string {
  let s = id.toLowerCase()
  for (;;) {
    const next = s
      .replace(/-(v\d+(\.\d+)*)$/, '')
      .replace(/-gguf$/, '')
      .replace(/-(?:i?q\d[a-z0-9_]*|f16|bf16|f32|mxfp4)$/, '')
    if (next === s) return s
    s = next
  }
}

function repoOf(e: StoreEntry): string | undefined {
  const v = str(e.data.model_uri)
  const p = v ? parseModelUri(v) : undefined
  return p?.ok ? p.uri.repoId.toLowerCase() : undefined
}

export const redundantVariantRule: Rule = {
  id: RULE,
  tier: 'new',
  description:
    'A new local model is not the same model as one already in the store with only a different quant or a -v2 style suffix ("we have Qwen3-4B, don\'t need Qwen3-4B-v2").',
  check(ctx) {
    const { store, added } = ctx
    if (!added) return []
    // Index the existing (not added, not deprecated) local models once.
    const byStem = new Map<string, StoreEntry>()
    const byRepo = new Map<string, StoreEntry>()
    for (const e of store.entries) {
      if (e.kind !== 'local' || added.has(e.file.path) || e.data.deprecated === true) continue
      const id = idOf(e)
      if (id && !byStem.has(variantStem(id))) byStem.set(variantStem(id), e)
      const repo = repoOf(e)
      if (repo && !byRepo.has(repo)) byRepo.set(repo, e)
    }
    const out: Finding[] = []
    for (const e of store.entries) {
      if (e.kind !== 'local' || !added.has(e.file.path) || !inScope(ctx, e)) continue
      const id = idOf(e)
      const repo = repoOf(e)
      const sameRepo = repo ? byRepo.get(repo) : undefined
      if (sameRepo) {
        const theirs = quantFromFileName(str(sameRepo.data.model_uri) ?? '') ?? str(sameRepo.data.quantization) ?? 'another file'
        out.push(findingAt(e, RULE, 'error', ['model_uri'], `the store already has this model from the same repository: "${idOf(sameRepo)}" (${theirs})`, `One quantization per model: users pick other quants in their blueprint. Improve "${idOf(sameRepo)}" instead, or deprecate it in favour of this one.`, 'value'))
        continue
      }
      const same = id ? byStem.get(variantStem(id)) : undefined
      if (same)
        out.push(findingAt(e, RULE, 'error', ['id'], `"${id}" is a variant of "${idOf(same)}", already in the store`, `Only a different quant or a version suffix sets them apart: update "${idOf(same)}" instead of adding a variant.`, 'value'))
    }
    return out
  },
}
