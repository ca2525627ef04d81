import type { FileRule } from '../../rule.js'
import { hfAnswer } from './hf-entries.js'

export const RULE = 'local/hf-repo'

export const hfRepoRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'online',
  severity: 'error',
  description: "The model's HuggingFace repository exists and is not disabled.",
  check(e, ctx, report) {
    const a = hfAnswer(e, ctx)
    if (a?.result.status === 'not-found')
      report(['model_uri'], `HuggingFace repository "${a.uri.repoId}" does not exist: ${a.result.message}`, { hint: 'Check the <org>/<repo> part of model_uri on huggingface.co; private repositories cannot be served to users.', at: 'value' })
    else if (a?.result.status === 'ok' && a.result.info.disabled === true)
      report(['model_uri'], `HuggingFace repository "${a.uri.repoId}" is disabled`, { hint: 'A disabled repository serves no files: pick another source for this model.', at: 'value' })
  },
}
