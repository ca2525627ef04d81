import { changedHashes, pinnedRevision, pinShapeProblem } from '../../pins.js'
import type { FileRule } from '../../rule.js'
import { hfAnswer } from './hf-entries.js'

export const RULE = 'local/pinned-file'

export const hfPinnedRule: FileRule = {
  id: RULE,
  scope: 'file',
  kind: 'local',
  tier: 'online',
  severity: 'error',
  description: "A pinned file still is what was verified: its sha256 agrees with the Hub's (a changed hash means the file was replaced), and its revision still exists.",
  check(e, ctx, report) {
    const a = hfAnswer(e, ctx)
    if (a?.result.status !== 'ok') return
    const { uri, result } = a
    const shape = pinShapeProblem(e.data, uri)
    if (shape) report(['sha256'], shape, { hint: 'A split model pins every shard: "sha256": ["<shard 1>", "<shard 2>", ...].', at: 'value' })
    const changed = shape ? [] : changedHashes(e.data, result.info, uri)
    if (changed.length)
      report(['sha256'], `the file was replaced upstream: ${changed.map((c) => `${c.file} now has sha256 ${c.theirs}, not ${c.ours}`).join('; ')}`, {
        hint: "Same name, other bytes: check what changed (the repo's commit history), then verify the new file and update sha256, revision and size_bytes, or pin the old revision.",
        at: 'value',
      })
    const rev = pinnedRevision(e.data)
    if (rev && result.revisions?.[rev] === 'not-found')
      report(['revision'], `revision ${rev} no longer exists in "${uri.repoId}"`, {
        hint: "The repository's history was rewritten or the commit removed: verify the file at the current revision and update revision (and sha256 if it changed).",
        at: 'value',
        severity: 'warning',
      })
  },
}
