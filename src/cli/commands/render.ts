/** leger-curate render BLUEPRINT --out DIR [--store DIR] [--schemas DIR] [--templates DIR] */
import path from 'node:path'
import { renderBlueprint, SECRETS_FILE } from '../../core/render.js'
import { resolveBlueprint } from '../../core/resolve.js'
import { STRUCTURE_RULES } from '../../core/rules/index.js'
import { summarize, validateStore } from '../../core/validate.js'
import { loadTemplates, readText, resolveTemplatesDir, writeOutputDir } from '../../io/bundle.js'
import { displayPath } from '../../io/paths.js'
import { openWorkspace } from '../../io/workspace.js'
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
  --templates DIR     the folder holding litellm/, llama-swap/, quadlet/, deploy/ templates
                      and images.json, the image pins (default: the toolkit's own)
  -h, --help          show this help

Exit codes: 0 rendered (warnings allowed), 1 the blueprint does not resolve, 2 usage or I/O failure.
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { out: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new CurateError('render takes one BLUEPRINT file', { hint: USAGE, exitCode: 2 })
  if (!values.out) throw new CurateError('--out DIR is required', { hint: USAGE, exitCode: 2 })
  const ws = openWorkspace({ base: io.cwd, store: values.store, schemas: values.schemas })
  // Structure only: a model file that is broken or hostile is never rendered, but the curation
  // bar (benchmarks, pricing...) decides admission to the store, not whether an operator may use it.
  const { findings: storeFindings } = await validateStore(ws.store, ws.schemas, { rules: STRUCTURE_RULES })
  const invalidFiles = new Set(storeFindings.filter((f) => f.severity === 'error').map((f) => f.file))

  const bpPath = path.resolve(io.cwd, positionals[0])
  const file = { path: displayPath(bpPath, io.cwd), text: readText(bpPath) }
  const templates = loadTemplates(resolveTemplatesDir(values.templates, io.cwd))
  const { resolved, findings } = resolveBlueprint(file, ws.store, ws.schemas, { invalidFiles, defaultName: path.basename(bpPath).replace(/\.json$/, '') })
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
