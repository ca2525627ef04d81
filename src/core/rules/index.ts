/** Every rule, in the order their findings are most useful to read. The engine picks by tier. */
import type { Rule } from '../rule.js'
import { establishedProviderRule } from './cloud/established-provider.js'
import { factsMatchUpstreamRule } from './cloud/facts-match-upstream.js'
import { litellmListedRule } from './cloud/litellm-listed.js'
import { notPreviewRule } from './cloud/not-preview.js'
import { pricingPresentRule } from './cloud/pricing-present.js'
import { deletedModelRule } from './deleted-model.js'
import { deprecationRule } from './deprecation.js'
import { duplicateIdRule } from './duplicate-id.js'
import { duplicateTargetRule } from './duplicate-target.js'
import { fileNameRule } from './file-name.js'
import { limitsRule } from './limits.js'
import { noEnvironRefsRule } from './no-environ-refs.js'
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

export const RULES: readonly Rule[] = [
  // structure: what makes a file usable at all
  schemaRule,
  fileNameRule,
  duplicateIdRule,
  duplicateTargetRule,
  uriFormatRule,
  deprecationRule,
  limitsRule,
  noEnvironRefsRule,
  deletedModelRule,
  // quality: the store's curation bar
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
  // new submissions
  redundantVariantRule,
  // online
  upstreamUnreachableRule,
  hfRepoRule,
  hfFileRule,
  hfDownloadsRule,
  hfQuantizationsRule,
  hfGatedRule,
  hfFactsRule,
  hfPinnedRule,
]
