import { findingAt, type Rule } from '../rule.js'
import { idOf } from '../store.js'

export const fileNameRule: Rule = {
  id: 'file-name',
  description: 'A model file is named <id>.json and sits in the folder of its kind (cloud/ or local/).',
  check({ store, focus }) {
    return store.entries.flatMap((e) => {
      if (focus && !focus.has(e.file.path)) return []
      const out = []
      const base = e.file.path.split('/').pop() ?? ''
      const id = idOf(e)
      if (id !== undefined && base !== `${id}.json`)
        out.push(findingAt(e, 'file-name', 'error', ['id'], `file name "${base}" does not match id "${id}"`, `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, 'value'))
      const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data)
      const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data)
      if (e.kind === 'local' && looksCloud)
        out.push(findingAt(e, 'file-name', 'error', [], 'a cloud model (it has litellm_model_name) sits in local/', `Move it to the cloud/ folder of the store.`))
      if (e.kind === 'cloud' && looksLocal)
        out.push(findingAt(e, 'file-name', 'error', [], 'a local model (it has model_uri) sits in cloud/', `Move it to the local/ folder of the store.`))
      return out
    })
  },
}
