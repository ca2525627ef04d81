import { namesIn, stillHas } from '../changes.js'
import type { ChangeRule } from '../rule.js'
import { idOf, str } from '../store.js'
import { shellQuote } from '../text.js'

/**
 * Deleting a model file is refused: the store deprecates, it never deletes, because
 * blueprints in the wild name models by id. A file that moves (its id reappears in another
 * file, e.g. from cloud/ to local/) is not a deletion. Models that name the deleted one as
 * their replacement are named here (their own `deprecation` finding points at the line).
 */
export const deletedModelRule: ChangeRule = {
  id: 'deleted-model',
  scope: 'change',
  tier: 'structure',
  severity: 'error',
  protected: true,
  description: 'A change never deletes a model file: models are deprecated with a replacement, never deleted.',
  check({ store, changes }, report) {
    for (const path of [...changes.deleted].sort()) {
      const { id, aliases } = namesIn(path, changes.before.get(path))
      if (stillHas(store, id)) continue
      const names = new Set([id, ...aliases].map((n) => n.toLowerCase()))
      const dependents = store.entries.filter((e) => {
        const r = str(e.data.replacement)
        return r !== undefined && names.has(r.toLowerCase())
      })
      const named = dependents.map((e) => `${idOf(e) ?? e.file.path} (${e.file.path})`)
      const one = named.length === 1
      const message =
        `model "${id}" is deleted; the store deprecates models, it never deletes them` +
        (named.length ? `. ${named.join(', ')} ${one ? 'names' : 'name'} "${id}" as ${one ? 'its' : 'their'} replacement` : '')
      const hint =
        `Restore the file (git restore --staged --worktree -- ${shellQuote(path)}), then deprecate it: ` +
        `leger-curate deprecate ${shellQuote(id)} --replacement <id of the model to use instead>` +
        ' (or set "deprecated": true, "replacement" and "enabled": false in the file).' +
        (named.length ? ` Models that name "${id}" as their replacement must point at another model first.` : '')
      report.file(path, message, { hint })
    }
  },
}
