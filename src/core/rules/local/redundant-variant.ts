import { parseModelUri, quantFromFileName } from '../../model-uri.js'
import type { FileRule, RuleContext } from '../../rule.js'
import { idOf, str, type StoreEntry } from '../../store.js'

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

/** The models already in the store (not added by this change, not deprecated), by stem and by repository. */
function existing(ctx: RuleContext) {
  return ctx.perRun(RULE, () => {
    const byStem = new Map<string, StoreEntry>()
    const byRepo = new Map<string, StoreEntry>()
    for (const e of ctx.store.entries) {
      if (e.kind !== 'local' || ctx.changes.added.has(e.file.path) || e.data.deprecated === true) continue
      const id = idOf(e)
      if (id && !byStem.has(variantStem(id))) byStem.set(variantStem(id), e)
      const repo = repoOf(e)
      if (repo && !byRepo.has(repo)) byRepo.set(repo, e)
    }
    return { byStem, byRepo }
  })
}

export const redundantVariantRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'new',
  severity: 'error',
  description:
    'A new local model is not the same model as one already in the store with only a different quant or a -v2 style suffix ("we have Qwen3-4B, don\'t need Qwen3-4B-v2").',
  check(e, ctx, report) {
    const { byStem, byRepo } = existing(ctx)
    const id = idOf(e)
    const repo = repoOf(e)
    const sameRepo = repo ? byRepo.get(repo) : undefined
    if (sameRepo) {
      const theirs = quantFromFileName(str(sameRepo.data.model_uri) ?? '') ?? str(sameRepo.data.quantization) ?? 'another file'
      return report(['model_uri'], `the store already has this model from the same repository: "${idOf(sameRepo)}" (${theirs})`, {
        hint: `One quantization per model: users pick other quants in their blueprint. Improve "${idOf(sameRepo)}" instead, or deprecate it in favour of this one.`,
        at: 'value',
      })
    }
    const same = id ? byStem.get(variantStem(id)) : undefined
    if (same)
      report(['id'], `"${id}" is a variant of "${idOf(same)}", already in the store`, { hint: `Only a different quant or a version suffix sets them apart: update "${idOf(same)}" instead of adding a variant.`, at: 'value' })
  },
}
