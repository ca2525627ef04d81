import type { FileRule } from '../../rule.js'
import { str } from '../../store.js'
import { quote } from '../../text.js'

export const RULE = 'cloud/not-preview'

const FIELDS = ['id', 'name', 'litellm_model_name'] as const

export const notPreviewRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'cloud',
  tier: 'quality',
  severity: 'error',
  description: 'Cloud models are generally available: no preview, beta, experimental or -latest names (patterns from the policy).',
  check(e, { policy }, report) {
    for (const field of FIELDS) {
      const v = str(e.data[field])
      const pattern = v === undefined ? undefined : policy.preview(v)
      if (pattern === undefined) continue
      // One finding per model: the first field that shows it.
      return report([field], `${field} ${quote(v)} names a preview, beta or experimental model (matches /${pattern}/i)`, {
        hint: "The store lists generally available models only: use the stable, dated model name. A \"-latest\" alias changes under users' feet.",
        at: 'value',
      })
    }
  },
}
