import { parseModelUri, quantFromFileName } from '../model-uri.js'
import type { FileRule } from '../rule.js'
import { str } from '../store.js'
import { quote } from '../text.js'

export const uriFormatRule: FileRule = {
  id: 'uri-format',
  scope: 'file',
  tier: 'structure',
  severity: 'error',
  protected: true,
  description:
    'model_uri follows huggingface://<org>/<repo>/<file>.gguf; hf_repo, hf_file and quantization agree with it; litellm_model_name starts with the provider.',
  check(e, _ctx, report) {
    if (e.kind === 'cloud') {
      const name = str(e.data.litellm_model_name)
      const provider = str(e.data.provider)
      if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
        report(['litellm_model_name'], `litellm_model_name ${quote(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, {
          hint: `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`,
          at: 'value',
          severity: 'warning',
        })
      return
    }
    const value = str(e.data.model_uri)
    if (value === undefined) return
    const parsed = parseModelUri(value)
    if (!parsed.ok) return report(['model_uri'], `model_uri ${parsed.problem}`, { hint: parsed.hint, at: 'value' })
    const { uri } = parsed
    const repo = str(e.data.hf_repo)
    if (repo !== undefined && repo !== uri.repoId)
      report(['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, { hint: 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', at: 'value' })
    const file = str(e.data.hf_file)
    if (file !== undefined && file !== uri.file)
      report(['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, { hint: 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', at: 'value' })
    const quant = str(e.data.quantization)
    const stated = quantFromFileName(uri.file)
    if (quant && stated && quant.toUpperCase() !== stated)
      report(['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, { hint: `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, at: 'value' })
  },
}
