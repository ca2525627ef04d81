import type { FileRule } from '../rule.js'
import { idOf } from '../store.js'

export const fileNameRule: FileRule = {
  id: 'file-name',
  scope: 'file',
  tier: 'structure',
  severity: 'error',
  protected: true,
  description: 'A model file is named <id>.json and sits in the folder of its kind (cloud/ or local/).',
  check(e, _ctx, report) {
    const base = e.file.path.split('/').pop() ?? ''
    const id = idOf(e)
    if (id !== undefined && base !== `${id}.json`)
      report(['id'], `file name "${base}" does not match id "${id}"`, { hint: `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, at: 'value' })
    const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data)
    const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data)
    if (e.kind === 'local' && looksCloud) report([], 'a cloud model (it has litellm_model_name) sits in local/', { hint: 'Move it to the cloud/ folder of the store.' })
    if (e.kind === 'cloud' && looksLocal) report([], 'a local model (it has model_uri) sits in cloud/', { hint: 'Move it to the local/ folder of the store.' })
  },
}
