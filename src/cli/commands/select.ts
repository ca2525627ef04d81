/** leger-curate select [--require A,B] [--forbid A,B] [--prefer P,Q] [--kind K] [--provider P] [--format text|json] */
import { selectModel } from '../../core/catalog.js'
import { CurateError } from '../../core/errors.js'
import { compilePolicy } from '../../core/policy.js'
import { KINDS } from '../../core/types.js'
import { openWorkspace } from '../../io/workspace.js'
import { clean } from '../../report/text.js'
import { oneOf, parse } from '../args.js'
import { modelJson } from '../catalog-format.js'
import type { Io } from '../io.js'

const USAGE = `Usage: leger-curate select [options]

Prints the id of the first model that may be used and meets the requirements.
A model may be used when it is enabled, not deprecated, and the curation policy's allow and
deny lists admit it (deny wins). Preferred providers are tried first, in the order given;
the other providers follow in store order.

Options:
  --require A,B       capabilities the model must have (all of them)
  --forbid A,B        capabilities it must not have (any of them)
  --prefer P,Q        providers to try first, in order (cloud providers, local, or HuggingFace orgs)
  --kind KIND         cloud or local only
  --provider NAME     this provider only
  --format FORMAT     text (default: the id) or json (the model)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  -h, --help          show this help

Exit codes: 0 a model was selected, 1 no match, 2 usage or I/O failure.
`

const list = (v: string[] | undefined) => (v ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean)

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      require: { type: 'string', multiple: true },
      forbid: { type: 'string', multiple: true },
      prefer: { type: 'string', multiple: true },
      kind: { type: 'string' },
      provider: { type: 'string' },
      format: { type: 'string' },
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
  if (positionals.length) throw new CurateError(`select takes no arguments; got "${positionals[0]}"`, { hint: 'Name capabilities with --require, e.g. leger-curate select --require tools,vision', exitCode: 2 })
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text')
  const require = list(values.require)
  const forbid = list(values.forbid)
  const both = require.filter((c) => forbid.includes(c))
  if (both.length) throw new CurateError(`"${both[0]}" is both required and forbidden`, { exitCode: 2 })
  const ws = openWorkspace({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy })
  const model = selectModel(ws.store, {
    require,
    forbid,
    prefer: list(values.prefer),
    kind: values.kind === undefined ? undefined : oneOf(values.kind, KINDS, '--kind', 'cloud'),
    provider: values.provider,
    policy: compilePolicy(ws.policy.policy),
  })
  if (!model) {
    io.err('no match: no enabled, allowed model meets the requirements\n')
    return 1
  }
  io.out(format === 'json' ? JSON.stringify(modelJson(model), null, 2) + '\n' : `${clean(model.id)}\n`)
  return 0
}
