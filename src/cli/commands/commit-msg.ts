/** leger-curate commit-msg FILE [--store DIR]: the commit-msg hook. */
import path from 'node:path'
import { CONVENTION, isExempt, judgeSubject, subjectOf, suggestSubject, type ModelChange } from '../../core/commit-message.js'
import { CurateError } from '../../core/errors.js'
import { parseModelText } from '../../core/parse.js'
import { modelFolders, roleOf } from '../../core/layout.js'
import { MAX_MODEL_BYTES, readTextFile } from '../../io/fs.js'
import { openRepo } from '../../io/repo.js'
import { clean } from '../../report/text.js'
import { parse } from '../args.js'
import type { Io } from '../io.js'

const USAGE = `Usage: leger-curate commit-msg FILE [options]

The commit-msg hook. When the commit adds, changes or deletes model files, its subject must
follow the store's convention:
${CONVENTION.map((c) => `  ${c}`).join('\n')}
A message that does not is refused with a suggestion built from what is staged. Other
commits, merges in progress, reverts and fixup!/squash! commits are not judged; a "Merge ..."
subject outside a merge is judged like any other.

Options:
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  -h, --help          show this help

Exit codes: 0 accepted, 1 refused, 2 usage or I/O failure.
`

/** A commit message larger than this is not a message. */
const MAX_MESSAGE_BYTES = 1024 * 1024

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { store: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new CurateError('commit-msg takes one FILE: the message file git passes to the hook', { hint: USAGE, exitCode: 2 })
  const message = readMessage(path.resolve(io.cwd, positionals[0]))

  const repo = await openRepo(io.cwd, { store: values.store })
  const staged = repo.git.stagedChanges(modelFolders(repo.layout)).filter((c) => roleOf(c.path, repo.layout).role === 'model')
  if (!staged.length) return 0
  const pending = repo.git.pendingOperation(repo.gitDir)
  if (pending) return 0
  const subject = subjectOf(message, repo.git.commentChar())
  // An empty message: git aborts the commit itself, with its own words. "Merge ..." is exempt
  // only while a merge is in progress (then pendingOperation returned above).
  if (!subject || isExempt(subject, { merging: false })) return 0

  const blobs = repo.git.readBlobs(staged.flatMap((c) => [c.oldOid, c.newOid].filter((o): o is string => o !== undefined)), MAX_MODEL_BYTES)
  const data = (oid: string | undefined, p: string) => {
    const blob = oid === undefined ? undefined : blobs.get(oid)
    if (!blob?.ok) return undefined
    const parsed = parseModelText(p, blob.text)
    return parsed.ok ? parsed.data : undefined
  }
  const changes: ModelChange[] = staged.map((c) => ({
    status: c.status === 'A' ? 'added' : c.status === 'D' ? 'deleted' : 'modified',
    path: c.path,
    before: data(c.oldOid, c.path),
    after: data(c.newOid, c.path),
  }))

  const verdict = judgeSubject(subject, changes)
  if (verdict.ok) return 0
  const suggested = suggestSubject(changes)
  const lines = [
    "leger-curate: this commit changes model files, so its message must follow the store's convention.",
    `  problem:    ${verdict.problem}`,
    `  message:    ${subject}`,
    `  convention: ${CONVENTION.join(' | ')}`,
  ]
  if (suggested) lines.push(`  suggested:  ${suggested}`)
  lines.push(`Commit again with a message in that form (your message is in ${positionals[0]}), or commit anyway with \`git commit -n\` (--no-verify).`)
  io.err(lines.map(clean).join('\n') + '\n')
  return 1
}

function readMessage(file: string): string {
  // Lenient: git allows messages in other encodings (i18n.commitEncoding); the subject's form is what is judged.
  return readTextFile(file, {
    limit: MAX_MESSAGE_BYTES,
    label: `the commit message file ${file}`,
    missing: (err) => new CurateError(`cannot read the commit message file ${file}: ${(err as Error).message}`, { exitCode: 2 }),
    lenient: true,
  })
}
