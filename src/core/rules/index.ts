/** Every rule, in the order their findings are most useful to read. */
import type { Rule } from '../rule.js'
import { establishedProviderRule } from './cloud/established-provider.js'
import { factsMatchUpstreamRule } from './cloud/facts-match-upstream.js'
import { litellmListedRule } from './cloud/litellm-listed.js'
import { notPreviewRule } from './cloud/not-preview.js'
import { pricingPresentRule } from './cloud/pricing-present.js'
import { deprecationRule } from './deprecation.js'
import { duplicateIdRule } from './duplicate-id.js'
import { duplicateTargetRule } from './duplicate-target.js'
import { fileNameRule } from './file-name.js'
import { limitsRule } from './limits.js'
import { benchmarksPresentRule } from './local/benchmarks-present.js'
import { ggufOnHfRule } from './local/gguf-on-hf.js'
import { licenceRule } from './local/licence.js'
import { ramRangeRule } from './local/ram-range.js'
import { redundantVariantRule } from './local/redundant-variant.js'
import { hfDownloadsRule } from './online/hf-downloads.js'
import { hfFactsRule } from './online/hf-facts.js'
import { hfFileRule } from './online/hf-file.js'
import { hfPinnedRule } from './online/hf-pinned.js'
import { hfGatedRule } from './online/hf-gated.js'
import { hfQuantizationsRule } from './online/hf-quantizations.js'
import { hfRepoRule } from './online/hf-repo.js'
import { upstreamUnreachableRule } from './online/upstream-unreachable.js'
import { policyDeniedRule } from './policy-denied.js'
import { schemaRule } from './schema.js'
import { sourcesPresentRule } from './sources-present.js'
import { staleVerificationRule } from './stale-verification.js'
import { uriFormatRule } from './uri-format.js'

/** Shape and integrity: what makes a file usable at all. No policy can silence these. */
export const STRUCTURE_RULES: Rule[] = [schemaRule, fileNameRule, duplicateIdRule, duplicateTargetRule, uriFormatRule, deprecationRule, limitsRule]

/** The store's quality bar (its README's criteria), offline: from the file, the policy and the LiteLLM snapshot. */
export const QUALITY_RULES: Rule[] = [
  policyDeniedRule,
  litellmListedRule,
  factsMatchUpstreamRule,
  pricingPresentRule,
  establishedProviderRule,
  notPreviewRule,
  ggufOnHfRule,
  benchmarksPresentRule,
  ramRangeRule,
  licenceRule,
  sourcesPresentRule,
  staleVerificationRule,
]

/** Checks meant for new submissions: only on added files. */
export const NEW_RULES: Rule[] = [redundantVariantRule]

/** Checks against the HuggingFace Hub (prefetched by the I/O layer): only with --online. */
export const ONLINE_RULES: Rule[] = [upstreamUnreachableRule, hfRepoRule, hfFileRule, hfDownloadsRule, hfQuantizationsRule, hfGatedRule, hfFactsRule, hfPinnedRule]

/** Every rule; validateStore skips the tiers a run does not ask for. */
export const CORE_RULES: Rule[] = [...STRUCTURE_RULES, ...QUALITY_RULES, ...NEW_RULES, ...ONLINE_RULES]

/** Rule ids, for checking the policy's severity overrides and exceptions. */
export const RULE_IDS: ReadonlySet<string> = new Set(CORE_RULES.map((r) => r.id))
