/** leger-curate list [--kind K] [--provider P] [--group G] [--capability C,...] [--enabled|--disabled|--deprecated] [--format table|json] */
import { listModels, type ListFilter } from '../../core/catalog.js'
import { CurateError } from '../../core/errors.js'
import { KINDS } from '../../core/types.js'
import { openWorkspace } from '../../io/workspace.js'
import { plural } from '../../core/text.js'
import { oneOf, parse } from '../args.js'
import { modelJson, table } from '../catalog-format.js'
import type { Io } from '../io.js'

const USAGE = `Usage: leger-curate list [options]

Lists the store's models, in file order.

Options:
  --kind KIND           cloud or local
  --provider NAME       a cloud provider, local, or a local model's HuggingFace organisation
  --group NAME          a local model's group (task, balanced, heavy, embeddings) or a cloud price tier
  --capability A,B      models with every capability named (repeatable)
  --enabled             enabled models only (--disabled: disabled ones only)
  --deprecated          deprecated models only
  --format FORMAT       table (default) or json
  --store DIR           the folder holding cloud/ and local/ (default: model-store)
  -h, --help            show this help

Exit codes: 0 listed (an empty list included), 2 usage or I/O failure.
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      kind: { type: 'string' },
      provider: { type: 'string' },
      group: { type: 'string' },
      capability: { type: 'string', multiple: true },
      enabled: { type: 'boolean' },
      disabled: { type: 'boolean' },
      deprecated: { type: 'boolean' },
      format: { type: 'string' },
      store: { type: 'string' },
      schemas: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length) throw new CurateError(`list takes no arguments; got "${positionals[0]}"`, { hint: USAGE, exitCode: 2 })
  if (values.enabled && values.disabled) throw new CurateError('--enabled and --disabled exclude each other', { exitCode: 2 })
  const format = oneOf(values.format, ['table', 'json'] as const, '--format', 'table')
  const filter: ListFilter = {
    kind: values.kind === undefined ? undefined : oneOf(values.kind, KINDS, '--kind', 'cloud'),
    provider: values.provider,
    group: values.group,
    capability: values.capability?.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean),
    enabled: values.enabled ? true : values.disabled ? false : undefined,
    deprecated: values.deprecated ? true : undefined,
  }
  const ws = openWorkspace({ base: io.cwd, store: values.store, schemas: values.schemas })
  const models = listModels(ws.store, filter)
  if (format === 'json') io.out(JSON.stringify(models.map(modelJson), null, 2) + '\n')
  else if (models.length) io.out(table(models) + `${plural(models.length, 'model')}\n`)
  else io.out('no model matches\n')
  return 0
}
