import { findingAt, type Rule, inFocus } from '../../rule.js'
import { str } from '../../store.js'
import type { Finding } from '../../types.js'

export const RULE = 'local/licence'

export const licenceRule: Rule = {
  id: RULE,
  description: "A local model states its licence, and the policy's licence list allows it.",
  check({ store, focus, policy }) {
    const out: Finding[] = []
    const allowed = policy.policy.licenses
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'local') continue
      const licence = str(e.data.license)
      if (licence === undefined) {
        if (e.data.license === undefined)
          out.push(findingAt(e, RULE, 'error', [], 'local model states no licence', 'Add "license" as the HuggingFace repo names it (cardData.license), e.g. "apache-2.0".'))
        continue
      }
      if (!policy.licenses.has(licence.toLowerCase()))
        out.push(findingAt(e, RULE, 'error', ['license'], `licence "${licence}" is not one the policy allows`, `Allowed: ${allowed.join(', ')} (licenses in curation.config.json).`, 'value'))
    }
    return out
  },
}
