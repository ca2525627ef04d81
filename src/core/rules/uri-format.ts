import { parseModelUri, quantFromFileName } from '../model-uri.js'
import { findingAt, type Rule } from '../rule.js'
import { str } from '../store.js'
import type { Finding } from '../types.js'

const RULE = 'uri-format'

export const uriFormatRule: Rule = {
  id: RULE,
  description:
    'model_uri follows huggingface://<org>/<repo>/<file>.gguf; hf_repo, hf_file and quantization agree with it; litellm_model_name starts with the provider.',
  check({ store, focus }) {
    const out: Finding[] = []
    for (const e of store.entries) {
      if (focus && !focus.has(e.file.path)) continue
      if (e.kind === 'cloud') {
        const name = str(e.data.litellm_model_name)
        const provider = str(e.data.provider)
        if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
          out.push(findingAt(e, RULE, 'warning', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`, 'value'))
        continue
      }
      const value = str(e.data.model_uri)
      if (value === undefined) continue
      const parsed = parseModelUri(value)
      if (!parsed.ok) {
        out.push(findingAt(e, RULE, 'error', ['model_uri'], `model_uri ${parsed.problem}`, parsed.hint, 'value'))
        continue
      }
      const { uri } = parsed
      const repo = str(e.data.hf_repo)
      if (repo !== undefined && repo !== uri.repoId)
        out.push(findingAt(e, RULE, 'error', ['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', 'value'))
      const file = str(e.data.hf_file)
      if (file !== undefined && file !== uri.file)
        out.push(findingAt(e, RULE, 'error', ['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', 'value'))
      const quant = str(e.data.quantization)
      const stated = quantFromFileName(uri.file)
      if (quant && stated && quant.toUpperCase() !== stated)
        out.push(findingAt(e, RULE, 'error', ['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, 'value'))
    }
    return out
  },
}
