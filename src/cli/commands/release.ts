/** leger-curate release --out DIR [--previous FILE] [--store DIR] [--schemas DIR] [--templates DIR] */
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import { plural } from '../../core/text.js'
import { summarize } from '../../core/engine.js'
import { prepareRelease, readText, writeOutputDir } from '../../io/bundle.js'
import { displayPath } from '../../io/paths.js'
import { clean, formatText } from '../../report/text.js'
import { parse } from '../args.js'
import { useColor, type Io } from '../io.js'

const USAGE = `Usage: leger-curate release --out DIR [options]

Validates the store, then builds the release bundle in DIR: index.json (every model, with
counts), each sample blueprint rendered into blueprints/<name>/ and packed as <name>.tar.gz,
the gallery in site/ (packed as site.tar.gz), CHANGES.md and SHA256SUMS. Two builds of the
same commit are byte-identical. A store with errors is
refused. DIR is replaced as a whole; a non-empty folder that is not a previous release is refused.

Options:
  --out DIR           the output folder (required)
  --previous FILE     the previous release's index.json: CHANGES.md lists what changed since
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  --templates DIR     templates and blueprints/ samples (default: the toolkit's own)
  -h, --help          show this help

Exit codes: 0 built, 1 the store or a sample blueprint has errors, 2 usage or I/O failure.
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { out: { type: 'string' }, previous: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, policy: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length) throw new CurateError(`unexpected argument "${clean(positionals[0])}"`, { hint: USAGE, exitCode: 2 })
  if (!values.out) throw new CurateError('--out DIR is required', { hint: USAGE, exitCode: 2 })
  const color = useColor(io)
  // An index grows with the store (about 3 KB a model): allow far more than the template limit.
  const previous = values.previous ? { text: readText(path.resolve(io.cwd, values.previous), 256 * 1024 * 1024), source: values.previous } : undefined
  const noPreviousReason = 'No previous index.json was given (`release --previous FILE`): nothing to compare with.'
  const prepared = await prepareRelease({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy, templates: values.templates, env: io.env, previous, noPreviousReason })
  io.out(formatText(prepared.validation.findings, prepared.validation.summary, { color }))
  if (!prepared.release) {
    io.err(`leger-curate: release refused: the store has ${plural(prepared.validation.summary.errors, 'error')}\n`)
    return 1
  }
  const { files, findings } = prepared.release
  if (findings.length) io.err(formatText(findings, summarize(findings, new Set(findings.map((f) => f.file)).size), { color }))
  const outDir = path.resolve(io.cwd, values.out)
  writeOutputDir(outDir, files, 'SHA256SUMS')
  const top = [...files.keys()].filter((p) => !p.includes('/')).sort()
  const lines = [`Release built in ${clean(displayPath(outDir, io.cwd))}/ (${plural(files.size, 'file')}):`]
  for (const p of top) lines.push(`  ${p.padEnd(28)} ${files.get(p)!.length} bytes`)
  io.out(lines.join('\n') + '\n')
  return 0
}
