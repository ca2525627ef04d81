import type { FileRule } from '../../rule.js'
import { str } from '../../store.js'

export const RULE = 'local/licence'

export const licenceRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'quality',
  severity: 'error',
  description: "A local model states its licence, and the policy's licence list allows it.",
  check(e, { policy }, report) {
    const licence = str(e.data.license)
    if (licence === undefined) {
      // A licence of the wrong type is the schema's finding.
      if (e.data.license === undefined) report([], 'local model states no licence', { hint: 'Add "license" as the HuggingFace repo names it (cardData.license), e.g. "apache-2.0".' })
      return
    }
    if (!policy.licenses.has(licence.toLowerCase()))
      report(['license'], `licence "${licence}" is not one the policy allows`, { hint: `Allowed: ${policy.policy.licenses.join(', ')} (licenses in curation.config.json).`, at: 'value' })
  },
}
