/** leger-curate deprecate ID --replacement ID [--reason TEXT] [--sunset YYYY-MM-DD] */
import path from 'node:path'
import { deprecateText } from '../../core/deprecate.js'
import { CurateError } from '../../core/errors.js'
import { schemaNameOf } from '../../core/draft.js'
import { idOf, str, type Store } from '../../core/store.js'
import { closestAll } from '../../core/text.js'
import { summarize } from '../../core/engine.js'
import { writeFileAtomic } from '../../io/fs.js'
import { checkDraft, prepare } from '../../io/assemble.js'
import { readWorkingTree } from '../../io/read-tree.js'
import { clean, formatText } from '../../report/text.js'
import { parse } from '../args.js'
import { useColor, type Io } from '../io.js'

const USAGE = `Usage: leger-curate deprecate ID --replacement ID [options]

Marks a model deprecated in place: sets deprecated, replacement, deprecation_reason,
sunset_date and enabled: false, keeping the file's formatting. The replacement must exist
and not be deprecated itself; the result must pass validate (the store's full policy),
or nothing is written.

Options:
  --replacement ID    the model to use instead (required)
  --reason TEXT       why (deprecation_reason)
  --sunset DATE       when it stops working, YYYY-MM-DD (sunset_date)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  -h, --help          show this help

Exit codes: 0 written, 1 the result would not validate (nothing written), 2 usage error.
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      replacement: { type: 'string' },
      reason: { type: 'string' },
      sunset: { type: 'string' },
      store: { type: 'string' },
      schemas: { type: 'string' },
      policy: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new CurateError(positionals.length ? 'deprecate takes one model id' : 'missing the id of the model to deprecate', { hint: USAGE, exitCode: 2 })
  if (values.replacement === undefined) throw new CurateError('missing --replacement: the id of the model to use instead', { hint: USAGE, exitCode: 2 })
  if (values.sunset !== undefined && !isDate(values.sunset))
    throw new CurateError(`--sunset must be a calendar date, YYYY-MM-DD; got "${values.sunset}"`, { exitCode: 2 })

  const ws = await prepare(readWorkingTree({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env })
  const [id] = positionals
  const entry = ws.store.find(id)
  if (!entry) throw notFound(ws.store, id, 'no model has id')
  const target = ws.store.find(values.replacement)
  if (!target) throw notFound(ws.store, values.replacement, '--replacement: no model has id')
  if (target === entry) throw new CurateError(`a model cannot replace itself ("${clean(id)}")`, { exitCode: 2 })
  if (target.data.deprecated === true) {
    const next = str(target.data.replacement)
    throw new CurateError(`--replacement "${clean(values.replacement)}" is itself deprecated`, {
      hint: next ? `Point at the model that replaces it: --replacement ${clean(next)}` : 'Name a model that is not deprecated.',
      exitCode: 2,
    })
  }

  const kind = entry.kind
  const text = deprecateText(
    entry.file.text,
    { replacement: idOf(target) ?? values.replacement, reason: values.reason, sunset: values.sunset },
    ws.schemas.keyOrder(schemaNameOf(kind)),
  )
  const edited = { ...entry.file, text }
  // Judged as validate will judge the file once written: the full policy, beside the whole store.
  const findings = checkDraft(ws, edited, { added: false })
  const summary = summarize(findings, 1)
  const color = useColor(io)
  if (summary.errors > 0) {
    io.err(formatText(findings, summary, { color }))
    io.err(`Nothing written: ${clean(edited.path)} would not validate.\n`)
    return 1
  }
  writeFileAtomic(path.resolve(io.cwd, edited.path), text)
  io.out(`Deprecated ${clean(idOf(entry) ?? id)} in ${clean(edited.path)}: use ${clean(idOf(target) ?? values.replacement)} instead.\n`)
  io.out(formatText(findings, summary, { color }))
  const name = str(entry.data.name) ?? idOf(entry) ?? id
  io.out(`Suggested commit:\n  git commit -m '${clean(`chore: deprecate ${name}`).replace(/'/g, `'\\''`)}' -- ${clean(edited.path)}\n`)
  return 0
}

function notFound(store: Store, id: string, what: string): CurateError {
  const near = closestAll(id, store.ids())
  return new CurateError(`${what} "${clean(id)}"`, { hint: near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : 'Ids are the file names in cloud/ and local/.', exitCode: 2 })
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}
