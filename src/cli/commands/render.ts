/** leger-curate render BLUEPRINT --out DIR [--store DIR] [--schemas DIR] [--templates DIR] */
import path from 'node:path'
import { renderBlueprint, SECRETS_FILE } from '../../core/render.js'
import { resolveBlueprint } from '../../core/resolve.js'
import { summarize } from '../../core/engine.js'
import { check, filesWithErrors } from '../../io/assemble.js'
import { loadTemplates, readText, resolveTemplatesDir, writeOutputDir } from '../../io/bundle.js'
import { displayPath } from '../../io/paths.js'
import { readWorkingTree } from '../../io/read-tree.js'
import { clean, formatText } from '../../report/text.js'
import { parse } from '../args.js'
import { useColor, type Io } from '../io.js'
import { CurateError } from '../../core/errors.js'

const USAGE = `Usage: leger-curate render BLUEPRINT --out DIR [options]

Turns a blueprint (model ids only) into one deployment under DIR:
  DEPLOY.md                  the exact steps for this blueprint
  required-secrets.json      the podman secrets to create (the master key, provider keys)
  quadlet/litellm.yaml, quadlet/litellm.container
                             LiteLLM, the one endpoint for every model
  quadlet/llama-swap.yaml, quadlet/llama-swap.container, quadlet/leger.network
                             llama-swap, for local models, reached by LiteLLM on the network
quadlet/ installs flat into ~/.config/containers/systemd/ (podman >= 4.5; 4.6 with local models).
DIR is replaced as a whole; a non-empty folder that is not a previous render is refused.

Options:
  --out DIR           the output folder (required)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  --templates DIR     the folder holding litellm/, llama-swap/, quadlet/, deploy/ templates
                      and images.json, the image pins (default: the toolkit's own)
  -h, --help          show this help

A model whose file has errors under the store's policy (as validate reports them) is refused.

Exit codes: 0 rendered (warnings allowed), 1 the blueprint does not resolve, 2 usage or I/O failure.
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { out: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, policy: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new CurateError('render takes one BLUEPRINT file', { hint: USAGE, exitCode: 2 })
  if (!values.out) throw new CurateError('--out DIR is required', { hint: USAGE, exitCode: 2 })
  // The store's verdict, as validate gives it: a blueprint naming a model whose file has errors is refused.
  const checked = await check(readWorkingTree({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env })
  const invalid = filesWithErrors(checked.verdict.findings)

  const bpPath = path.resolve(io.cwd, positionals[0])
  const file = { path: displayPath(bpPath, io.cwd), text: readText(bpPath) }
  const templates = loadTemplates(resolveTemplatesDir(values.templates, io.cwd))
  const { resolved, findings } = resolveBlueprint(file, checked.store, checked.schemas, { invalid, defaultName: path.basename(bpPath).replace(/\.json$/, '') })
  if (findings.length) io.err(formatText(findings, summarize(findings, 1), { color: useColor(io) }))
  if (!resolved) return 1

  const rendered = renderBlueprint(resolved, templates)
  const outDir = path.resolve(io.cwd, values.out)
  writeOutputDir(outDir, new Map(rendered.map((f) => [f.path, f.content])), SECRETS_FILE)
  const shown = displayPath(outDir, io.cwd)
  const lines = [`Rendered blueprint ${clean(resolved.name)} (${resolved.cloud.length} cloud, ${resolved.local.length} local) into ${clean(shown)}/:`]
  for (const f of rendered) lines.push(`  ${f.path}`)
  for (const w of resolved.warnings) lines.push(`warning: ${clean(w)}`)
  if (resolved.secrets.length) {
    lines.push('Create these podman secrets before starting the units:')
    for (const s of resolved.secrets) lines.push(`  ${s.create}`)
  }
  lines.push(`Then follow DEPLOY.md in ${clean(shown)}/.`)
  io.out(lines.join('\n') + '\n')
  return 0
}
