/**
 * leger-curate validate [PATH...] [--staged] [--store DIR] [--schemas DIR] [--policy FILE] [--format text|json|github] [--strict] [--online] [--new]
 * The store, schemas and rules (ajv) are imported inside run(): `--staged` with nothing of the
 * store staged (most commits) must not pay for them.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import type { Finding, Summary } from '../../core/types.js'
import { displayPath } from '../../io/paths.js'
import { formatJson } from '../../report/json.js'
import { formatText } from '../../report/text.js'
import { formatWorkflowCommands } from '../../report/workflow-commands.js'
import { oneOf, parse } from '../args.js'
import { useColor, type Io } from '../io.js'

const USAGE = `Usage: leger-curate validate [PATH...] [options]

Checks model files against the schemas and every rule. PATHs limit the files reported on;
cross-file rules (duplicates, replacement links) always see the whole store.

Options:
  --staged            check what the next commit records (the git index), not the
                      working tree: the pre-commit hook. Deleting a model file is an error.
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  --format FORMAT     text (default), json, or github (workflow commands)
  --strict            treat warnings as errors
  --online            also check upstream: the HuggingFace Hub (HF_ENDPOINT, HF_TOKEN) and
                      LiteLLM's live price list (LITELLM_PRICES_URL) instead of the snapshot
  --new               the PATHs are new submissions: add the checks for new models
                      (redundant variants) and, with --online, check upstream for them only
  -h, --help          show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.
`

const FORMATS = ['text', 'json', 'github'] as const

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
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const format = oneOf(values.format, FORMATS, '--format', 'text')
  if (values.staged) {
    if (positionals.length)
      throw new CurateError('--staged checks every staged model file; it takes no PATH', { hint: 'Stage the files to check (git add), or drop --staged to check PATHs in the working tree.', exitCode: 2 })
    const { runStaged } = await import('./validate-staged.js')
    return runStaged({ store: values.store, schemas: values.schemas, format, strict: values.strict }, io)
  }
  const [{ openWorkspace }, { checkWorkspace }] = await Promise.all([import('../../io/workspace.js'), import('../../io/check.js')])
  const ws = openWorkspace({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy })
  const only = positionals.length ? selectFiles(positionals, ws.store.files.map((f) => f.path).concat(ws.store.syntax.map((f) => f.file)), io.cwd) : undefined
  if (values.new && !only) throw new CurateError('--new needs the PATHs of the new model files', { hint: 'leger-curate validate --new model-store/local/my-model.json', exitCode: 2 })
  const { findings, summary } = await checkWorkspace(ws, {
    only,
    strict: values.strict,
    online: values.online,
    added: values.new ? only : undefined,
    env: io.env,
  })
  io.out(render(format, findings, summary, io))
  return summary.errors > 0 ? 1 : 0
}

export function render(format: (typeof FORMATS)[number], findings: Finding[], summary: Summary, io: Io): string {
  if (format === 'json') return formatJson(findings, summary)
  if (format === 'github') return formatWorkflowCommands(findings)
  return formatText(findings, summary, { color: useColor(io) })
}

/** The store files a list of PATH arguments names: files, or folders holding them. */
function selectFiles(args: string[], storeFiles: string[], cwd: string): Set<string> {
  const selected = new Set<string>()
  for (const arg of args) {
    const abs = path.resolve(cwd, arg)
    if (!existsSync(abs)) throw new CurateError(`no such file or folder: ${arg}`, { exitCode: 2 })
    const shown = displayPath(abs, cwd)
    const hits = storeFiles.filter((f) => f === shown || f.startsWith(shown === '' ? '' : `${shown}/`))
    if (!hits.length)
      throw new CurateError(`${arg} holds no model file of the store`, { hint: 'Model files live in <store>/cloud/*.json and <store>/local/*.json; pass --store if the store is elsewhere.', exitCode: 2 })
    for (const h of hits) selected.add(h)
  }
  return selected
}
