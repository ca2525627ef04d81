/** leger-curate audit [--online] [--format text|json|markdown] [--store DIR] */
import { audit, auditExitCode, auditOptionsFromPolicy, type AuditOptions } from '../../core/audit/index.js'
import { fetchAuditFacts } from '../../io/audit-facts.js'
import { resolveDataDir } from '../../io/litellm.js'
import { openWorkspace } from '../../io/workspace.js'
import { displayPath } from '../../io/paths.js'
import { formatAuditJson, formatAuditMarkdown, formatAuditText } from '../../report/audit.js'
import { clean } from '../../report/text.js'
import { oneOf, parse } from '../args.js'
import { useColor, type Io } from '../io.js'

const USAGE = `Usage: leger-curate audit [options]

Checks the store against upstream facts: context windows, max output and prices against
LiteLLM's list, deprecation dates, sunsets, stale last_verified dates, the health of local
models' HuggingFace repositories, and candidates the store lacks.

Options:
  --online            fetch LiteLLM's list (LITELLM_PRICES_URL) and ask HuggingFace
                      (HF_ENDPOINT, HF_TOKEN); without it, the shipped snapshot only
  --format FORMAT     text (default), json, or markdown
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  -h, --help          show this help

Exit codes: 0 no error findings, 1 error findings, 2 usage or I/O failure, or an upstream
that could not be read (LiteLLM's list, or a HuggingFace Hub that described none of the
store's repositories): the report then says what was not checked.
`

const FORMATS = ['text', 'json', 'markdown'] as const

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { online: { type: 'boolean' }, format: { type: 'string' }, store: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const format = oneOf(values.format, FORMATS, '--format', 'text')
  const ws = openWorkspace({ base: io.cwd, store: values.store })
  const online = values.online === true
  const { facts, notes } = await fetchAuditFacts(ws.store, { online, env: io.env, dataDir: resolveDataDir(ws.base) })
  const options: AuditOptions = { today: today(io.env), storePath: displayPath(ws.storeDir, io.cwd), ...auditOptionsFromPolicy(ws.policy.policy) }
  const result = audit({ store: ws.store, facts }, options)
  for (const n of notes) io.err(`${clean(n)}\n`)
  if (format === 'json') io.out(formatAuditJson(result, !online))
  else if (format === 'markdown') io.out(formatAuditMarkdown(result, !online))
  else io.out(formatAuditText(result, !online, useColor(io)))
  return auditExitCode(result)
}

/** Today in UTC; LEGER_TODAY pins it (reproducible reports, tests). */
export function today(env: NodeJS.ProcessEnv): string {
  const pinned = env.LEGER_TODAY
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned
  return new Date().toISOString().slice(0, 10)
}
