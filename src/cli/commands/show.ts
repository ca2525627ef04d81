/** leger-curate show ID [--format text|json]: the model, its replacement chain, and the sample blueprints that use it. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { replacementChain, resolveSpec, usesOf } from '../../core/catalog.js'
import { CurateError } from '../../core/errors.js'
import { loadSampleBlueprints, resolveTemplatesDir } from '../../io/bundle.js'
import { openWorkspace } from '../../io/workspace.js'
import { clean, cleanLines } from '../../report/text.js'
import { oneOf, parse } from '../args.js'
import { modelJson, status } from '../catalog-format.js'
import type { Io } from '../io.js'

const USAGE = `Usage: leger-curate show ID [options]

Shows one model (by id, alias or provider:model spec): its file, where its replacement
links lead, and which sample blueprints list it.

Options:
  --format FORMAT     text (default) or json
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --templates DIR     the folder whose blueprints/ are searched (default: ./templates when it
                      has blueprints/, else the toolkit's samples)
  -h, --help          show this help

Exit codes: 0 shown, 1 no such model, 2 usage or I/O failure.
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { format: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new CurateError('show takes one model ID', { hint: 'leger-curate show gpt-5', exitCode: 2 })
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text')
  const ws = openWorkspace({ base: io.cwd, store: values.store, schemas: values.schemas })
  const found = resolveSpec(ws.store, positionals[0])
  if (!found.ok) {
    io.err(`leger-curate: ${clean(found.problem)}\n${found.hint ? `${clean(found.hint)}\n` : ''}`)
    return 1
  }
  const m = found.model
  // The repository's own sample blueprints when it has them: a store repo shows its own uses.
  const own = path.join(io.cwd, 'templates')
  const templatesDir = values.templates || !existsSync(path.join(own, 'blueprints')) ? resolveTemplatesDir(values.templates, io.cwd) : own
  const uses = usesOf(ws.store, m.id, existsSync(path.join(templatesDir, 'blueprints')) ? loadSampleBlueprints(templatesDir, io.cwd) : [])
  const chain = replacementChain(ws.store, m.id)
  if (format === 'json') {
    io.out(JSON.stringify({ model: { ...modelJson(m), data: m.data }, replacementChain: chain, usedIn: uses }, null, 2) + '\n')
    return 0
  }
  const text = ws.store.files.find((f) => f.path === m.file)?.text ?? ''
  const lines = [
    `${m.id}: ${m.name} (${m.kind}, ${m.kind === 'local' && m.org ? `local, ${m.org}` : m.provider})`,
    `file: ${m.file}`,
    `status: ${status(m)}`,
    `replacement chain: ${chain.length > 1 ? chain.join(' -> ') : 'none (current)'}`,
    `used in: ${uses.length ? uses.map((u) => `${u.blueprint} (${u.path}, as "${u.ref}")`).join(', ') : 'no sample blueprint'}`,
  ].map(clean)
  io.out(`${lines.join('\n')}\n\n${cleanLines(text)}${text.endsWith('\n') ? '' : '\n'}`)
  return 0
}
