/** leger-curate check BLUEPRINT [--ram GB] [--store DIR] [--schemas DIR] [--policy FILE] */
import path from 'node:path'
import { checkBlueprint } from '../../core/check-blueprint.js'
import { CurateError } from '../../core/errors.js'
import { summarize } from '../../core/engine.js'
import { check, filesWithErrors } from '../../io/assemble.js'
import { readText } from '../../io/bundle.js'
import { displayPath } from '../../io/paths.js'
import { readWorkingTree } from '../../io/read-tree.js'
import { clean, formatText } from '../../report/text.js'
import { parse } from '../args.js'
import { useColor, type Io } from '../io.js'

const USAGE = `Usage: leger-curate check BLUEPRINT [options]

Resolves a blueprint against the store without rendering it, and reports at the blueprint's
lines: unknown ids (with a did-you-mean), deprecated models and their replacement, overrides
beyond the model's limits (max_tokens above max_output, ctx_size above context_window), and,
with --ram, whether the local models fit in memory: every resident (persistent) group, plus
the largest member of each swapping group (exclusive groups take turns, so the largest of them
counts), by ram_required_gb.

Options:
  --ram GB            the memory the local models may use, in GB (a plain decimal, e.g. 64 or 31.5)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  -h, --help          show this help

Exit codes: 0 usable (warnings allowed), 1 errors found, 2 usage or I/O failure.
`

/** Plain decimals only: "0x10", "1e3", "" and "Infinity" are refused, not read as numbers. */
export function parseRam(text: string): number {
  const n = /^(0|[1-9][0-9]{0,6})(\.[0-9]{1,3})?$/.test(text) ? Number(text) : NaN
  if (!(n > 0)) throw new CurateError(`--ram takes a memory size in GB, a plain decimal such as 64 or 31.5; got "${clean(text)}"`, { hint: USAGE, exitCode: 2 })
  return n
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ram: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, policy: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new CurateError('check takes one BLUEPRINT file', { hint: USAGE, exitCode: 2 })
  const ramGb = values.ram === undefined ? undefined : parseRam(values.ram)
  // As render: a model whose file has errors under the store's policy makes the blueprint unusable.
  const ws = await check(readWorkingTree({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env })
  const invalid = filesWithErrors(ws.verdict.findings)

  const bpPath = path.resolve(io.cwd, positionals[0])
  const file = { path: displayPath(bpPath, io.cwd), text: readText(bpPath) }
  const { resolved, findings, footprint } = checkBlueprint(file, ws.store, ws.schemas, { invalid, ramGb, defaultName: path.basename(bpPath).replace(/\.json$/, '') })
  const lines: string[] = []
  if (resolved) {
    lines.push(`Blueprint ${clean(resolved.name)}: ${resolved.cloud.length} cloud, ${resolved.local.length} local model${resolved.cloud.length + resolved.local.length === 1 ? '' : 's'}, one endpoint.`)
    for (const w of resolved.warnings) lines.push(clean(w))
    if (footprint && ramGb === undefined) lines.push(`The local models need ${footprint.peakGb} GB at once; pass --ram GB to check that they fit.`)
  }
  const summary = summarize(findings, 1)
  io.out((findings.length ? formatText(findings, summary, { color: useColor(io) }) : '') + (lines.length ? lines.join('\n') + '\n' : ''))
  return summary.errors ? 1 : 0
}
