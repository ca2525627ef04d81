import { changedHashes, pinnedRevision, pinShapeProblem } from '../../pins.js'
import { findingAt, type Rule } from '../../rule.js'
import type { Finding } from '../../types.js'
import { hfInfos } from './hf-entries.js'

export const RULE = 'local/pinned-file'

export const hfPinnedRule: Rule = {
  id: RULE,
  tier: 'online',
  description: "A pinned file still is what was verified: its sha256 agrees with the Hub's (a changed hash means the file was replaced), and its revision still exists.",
  check(ctx) {
    const out: Finding[] = []
    for (const { entry, uri, info, result } of hfInfos(ctx)) {
      const shape = pinShapeProblem(entry.data, uri)
      if (shape) out.push(findingAt(entry, RULE, 'error', ['sha256'], shape, 'A split model pins every shard: "sha256": ["<shard 1>", "<shard 2>", ...].', 'value'))
      const changed = shape ? [] : changedHashes(entry.data, info, uri)
      if (changed.length)
        out.push(findingAt(entry, RULE, 'error', ['sha256'], `the file was replaced upstream: ${changed.map((c) => `${c.file} now has sha256 ${c.theirs}, not ${c.ours}`).join('; ')}`, 'Same name, other bytes: check what changed (the repo\'s commit history), then verify the new file and update sha256, revision and size_bytes, or pin the old revision.', 'value'))
      const rev = pinnedRevision(entry.data)
      const status = rev && result.status === 'ok' ? result.revisions?.[rev] : undefined
      if (status === 'not-found')
        out.push(findingAt(entry, RULE, 'warning', ['revision'], `revision ${rev} no longer exists in "${uri.repoId}"`, 'The repository\'s history was rewritten or the commit removed: verify the file at the current revision and update revision (and sha256 if it changed).', 'value'))
    }
    return out
  },
}
