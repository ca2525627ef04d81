/**
 * leger-curate validate [PATH...] [--staged | --base REF] [--store DIR] [--schemas DIR] [--policy FILE]
 *                       [--format text|json|github] [--strict] [--online] [--new]
 * One door of the one verdict: it picks a reader (the working tree, the git index, or the
 * working tree against a base commit) and a focus, and prints what the assembler finds.
 * The readers, the store and the rules (ajv) are imported inside run(): `--staged` with nothing
 * of the store staged (most commits) must not pay for them.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import type { Snapshot } from '../../core/snapshot.js'
import type { Finding, Summary } from '../../core/types.js'
import { displayPath } from '../../io/paths.js'
import { jsonChunks } from '../../report/json.js'
import { formatText } from '../../report/text.js'
import { formatWorkflowCommands } from '../../report/workflow-commands.js'
import { oneOf, parse } from '../args.js'
import { useColor, type Io } from '../io.js'

const USAGE = `Usage: leger-curate validate [PATH...] [options]

Checks model files against the schemas and every rule of the curation policy. PATHs limit
the files reported on; cross-file rules (duplicates, replacement links) always see the whole store.

Options:
  --staged            check what the next commit records (the git index), not the working
                      tree: the pre-commit hook. Reports on the staged files; deleting a
                      model file is an error; staged files that are new get the checks for
                      new models.
  --base REF          check the working tree as a change from REF (a branch, tag or commit),
                      as the pull request check does: reports on the files changed since REF,
                      new files get the checks for new models, and a change to the policy or
                      the schemas is judged under REF's (with its effect as notices).
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  --format FORMAT     text (default), json, or github (workflow commands)
  --strict            treat warnings as errors
  --online            also check upstream: the HuggingFace Hub (HF_ENDPOINT, HF_TOKEN) and
                      LiteLLM's live price list (LITELLM_PRICES_URL) instead of the snapshot
  --new               treat the PATHs (with --staged: every staged model file) as new
                      submissions: add the checks for new models (redundant variants)
  -h, --help          show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.
`

const FORMATS = ['text', 'json', 'github'] as const

export const BYPASS = 'Fix the lines above and `git add` the files, then commit again; to commit anyway, use `git commit -n` (--no-verify).'

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      store: { type: 'string' },
      schemas: { type: 'string' },
      format: { type: 'string' },
      strict: { type: 'boolean' },
      policy: { type: 'string' },
      online: { type: 'boolean' },
      new: { type: 'boolean' },
      staged: { type: 'boolean' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const format = oneOf(values.format, FORMATS, '--format', 'text')
  const where = { store: values.store, schemas: values.schemas, policy: values.policy }
  let snapshot: Snapshot | undefined
  let report: Set<string> | undefined
  if (values.staged) {
    if (positionals.length)
      throw new CurateError('--staged checks every staged model file; it takes no PATH', { hint: 'Stage the files to check (git add), or drop --staged to check PATHs in the working tree.' })
    if (values.base) throw new CurateError('--staged and --base are two different trees: pick one', { hint: '--staged judges the next commit; --base REF the working tree as a change from REF.' })
    const { readIndex, stagedChanges } = await import('../../io/read-index.js')
    const { openRepo } = await import('../../io/repo.js')
    const repo = await openRepo(io.cwd, where)
    const changes = await stagedChanges(repo)
    // Nothing of the store staged: nothing to judge (most commits end here, in a few ms).
    if (!changes.length) return 0
    snapshot = await readIndex(repo, changes, { ...where, allNew: values.new })
  } else {
    const { readWorkingTree } = await import('../../io/read-tree.js')
    snapshot = readWorkingTree({ base: io.cwd, ...where })
    if (values.base) {
      const [{ Git }, { withCommitRange }] = await Promise.all([import('../../io/git.js'), import('../../io/read-change.js')])
      const from = new Git(io.cwd).resolveCommit(values.base)
      snapshot = withCommitRange(snapshot, { cwd: io.cwd, from })
      if (!snapshot) throw new CurateError(`cannot compare with ${values.base}`, { hint: 'Run validate --base inside the repository that holds the store.' })
    }
    const files = [...snapshot.files.map((f) => f.path), ...snapshot.refused.map((f) => f.file)]
    report = positionals.length ? selectFiles(positionals, files, io.cwd) : undefined
    if (values.new) {
      if (!report) throw new CurateError('--new needs the PATHs of the new model files', { hint: 'leger-curate validate --new model-store/local/my-model.json' })
      const { changeSetOf } = await import('../../core/changes.js')
      snapshot = { ...snapshot, changes: changeSetOf([...report].map((p) => ({ path: p, status: 'added' as const })), snapshot.layout) }
    }
  }
  const { check } = await import('../../io/assemble.js')
  const { verdict } = await check(snapshot, { report, online: values.online, strict: values.strict, env: io.env })
  for (const piece of reportPieces(format, verdict.findings, verdict.summary, io)) io.out(piece)
  if (values.staged && verdict.summary.errors && format === 'text') io.out(`${BYPASS}\n`)
  return verdict.summary.errors > 0 ? 1 : 0
}

/** The report in the format asked, in pieces written one after the other (a big JSON report is never held whole). */
function* reportPieces(format: (typeof FORMATS)[number], findings: Finding[], summary: Summary, io: Io): Generator<string> {
  if (format === 'json') yield* jsonChunks(findings, summary)
  else yield format === 'github' ? formatWorkflowCommands(findings) : formatText(findings, summary, { color: useColor(io) })
}

/** The store files a list of PATH arguments names: files, or folders holding them. */
function selectFiles(args: string[], storeFiles: string[], cwd: string): Set<string> {
  const selected = new Set<string>()
  for (const arg of args) {
    const abs = path.resolve(cwd, arg)
    if (!existsSync(abs)) throw new CurateError(`no such file or folder: ${arg}`)
    const shown = displayPath(abs, cwd)
    const hits = storeFiles.filter((f) => f === shown || f.startsWith(shown === '' ? '' : `${shown}/`))
    if (!hits.length)
      throw new CurateError(`${arg} holds no model file of the store`, { hint: 'Model files live in <store>/cloud/*.json and <store>/local/*.json; pass --store if the store is elsewhere.' })
    for (const h of hits) selected.add(h)
  }
  return selected
}
