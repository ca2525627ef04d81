import { parseModelUri } from '../../model-uri.js'
import type { FileRule } from '../../rule.js'
import { str } from '../../store.js'

export const RULE = 'local/gguf-on-hf'

/** GGUF files that ride along with a model but are not one: llama-server cannot serve them alone. */
const NOT_A_MODEL = /(^|[^a-z])(mmproj|imatrix|lora)([^a-z]|$)/i

export const ggufOnHfRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'quality',
  severity: 'error',
  description: "A local model is a GGUF model file on HuggingFace: model_uri's grammar (reported by uri-format), and a file that is the model, not a projector, imatrix or LoRA.",
  check(e, _ctx, report) {
    const value = str(e.data.model_uri)
    const parsed = value === undefined ? undefined : parseModelUri(value)
    if (!parsed?.ok) return // uri-format reports the grammar, at the same place
    const base = parsed.uri.file.split('/').pop() ?? ''
    const m = NOT_A_MODEL.exec(base)
    if (m)
      report(['model_uri'], `model_uri names "${base}", a ${m[2].toLowerCase()} file, not the model's weights`, {
        hint: "Point model_uri at the model GGUF itself (e.g. <Model>-Q4_K_M.gguf); projectors and adapters are loaded beside it.",
        at: 'value',
      })
  },
}
