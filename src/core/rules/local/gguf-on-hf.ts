import { parseModelUri } from '../../model-uri.js'
import { findingAt, type Rule, inFocus } from '../../rule.js'
import { str } from '../../store.js'
import type { Finding } from '../../types.js'

export const RULE = 'local/gguf-on-hf'

/** GGUF files that ride along with a model but are not one: llama-server cannot serve them alone. */
const NOT_A_MODEL = /(^|[^a-z])(mmproj|imatrix|lora)([^a-z]|$)/i

export const ggufOnHfRule: Rule = {
  id: RULE,
  description: "A local model is a GGUF model file on HuggingFace: model_uri's grammar (reported by uri-format), and a file that is the model, not a projector, imatrix or LoRA.",
  check({ store, focus }) {
    const out: Finding[] = []
    for (const e of inFocus(store, focus)) {
      if (e.kind !== 'local') continue
      const value = str(e.data.model_uri)
      if (value === undefined) continue
      const parsed = parseModelUri(value)
      if (!parsed.ok) continue // uri-format reports the grammar, at the same place
      const base = parsed.uri.file.split('/').pop() ?? ''
      const m = NOT_A_MODEL.exec(base)
      if (m)
        out.push(findingAt(e, RULE, 'error', ['model_uri'], `model_uri names "${base}", a ${m[2].toLowerCase()} file, not the model's weights`, 'Point model_uri at the model GGUF itself (e.g. <Model>-Q4_K_M.gguf); projectors and adapters are loaded beside it.', 'value'))
    }
    return out
  },
}
