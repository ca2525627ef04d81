import { findingAt, type Rule } from '../../rule.js'
import type { Finding } from '../../types.js'
import { hfEntries } from './hf-entries.js'

export const RULE = 'local/hf-repo'

export const hfRepoRule: Rule = {
  id: RULE,
  tier: 'online',
  description: "The model's HuggingFace repository exists and is not disabled.",
  check(ctx) {
    const out: Finding[] = []
    for (const { entry, uri, result } of hfEntries(ctx)) {
      if (result.status === 'not-found')
        out.push(findingAt(entry, RULE, 'error', ['model_uri'], `HuggingFace repository "${uri.repoId}" does not exist: ${result.message}`, 'Check the <org>/<repo> part of model_uri on huggingface.co; private repositories cannot be served to users.', 'value'))
      else if (result.status === 'ok' && result.info.disabled === true)
        out.push(findingAt(entry, RULE, 'error', ['model_uri'], `HuggingFace repository "${uri.repoId}" is disabled`, 'A disabled repository serves no files: pick another source for this model.', 'value'))
    }
    return out
  },
}
