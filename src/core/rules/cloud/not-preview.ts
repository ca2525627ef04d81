import { findingAt, type Rule, inFocus } from '../../rule.js'
import { str } from '../../store.js'
import type { Finding } from '../../types.js'

export const RULE = 'cloud/not-preview'

const FIELDS = ['id', 'name', 'litellm_model_name'] as const

export const notPreviewRule: Rule = {
  id: RULE,
  description: 'Cloud models are generally available: no preview, beta, experimental or -latest names (patterns from the policy).',
  check({ store, focus, policy }) {
    const out: Finding[] = []
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'cloud') continue
      for (const field of FIELDS) {
        const v = str(e.data[field])
        const pattern = v === undefined ? undefined : policy.preview(v)
        if (pattern === undefined) continue
        out.push(findingAt(e, RULE, 'error', [field], `${field} ${JSON.stringify(v)} names a preview, beta or experimental model (matches /${pattern}/i)`, 'The store lists generally available models only: use the stable, dated model name. A "-latest" alias changes under users\' feet.', 'value'))
        break // one finding per model: the first field that shows it
      }
    }
    return out
  },
}
