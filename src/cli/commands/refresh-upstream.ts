/**
 * leger-curate refresh-upstream [--from FILE] [--date DATE] [--via TEXT] [--data DIR]:
 * replace the shipped LiteLLM snapshot with the live list, or with a copy of it on disk, atomically.
 */
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import { providerModels } from '../../core/litellm.js'
import { KNOWN_PROVIDERS } from '../../core/providers.js'
import { writeFileAtomic } from '../../io/fs.js'
import { DEFAULT_LITELLM_PRICES_URL, fetchLiteLLMList, readLiteLLMFile, SNAPSHOT_FILE, SNAPSHOT_META_FILE } from '../../io/litellm.js'
import { displayPath } from '../../io/paths.js'
import { parse } from '../args.js'
import type { Io } from '../io.js'

const USAGE = `Usage: leger-curate refresh-upstream [options]

Rewrites the offline LiteLLM snapshot validate and the audit use, so a pull request can
update it explicitly. By default it fetches LiteLLM's current list (LITELLM_PRICES_URL,
default: LiteLLM's main branch), dated today. With --from it reads a copy of that list
from disk instead (a mirror's file, a list saved earlier): give the day the copy was taken
with --date and where it came from with --via. Nothing is written unless the whole list
arrived and parsed.

Options:
  --from FILE         read the list from FILE instead of the URL
  --date YYYY-MM-DD   the day the list is as of (default: today; required with --from)
  --via TEXT          how the list was obtained, recorded in ${SNAPSHOT_META_FILE}
  --data DIR          the folder holding ${SNAPSHOT_FILE} (default: ./data)
  -h, --help          show this help
`

const DATE = /^\d{4}-\d{2}-\d{2}$/

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(
    argv,
    { data: { type: 'string' }, from: { type: 'string' }, date: { type: 'string' }, via: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (values.date !== undefined && (!DATE.test(values.date) || Number.isNaN(Date.parse(`${values.date}T00:00:00Z`))))
    throw new CurateError(`--date must be a date, YYYY-MM-DD; got "${values.date}"`, { exitCode: 2 })
  // A copy on disk has no date of its own: guessing today would misdate every fact checked against it.
  if (values.from !== undefined && values.date === undefined)
    throw new CurateError('--from needs --date: the day the list in the file is as of', { hint: 'e.g. leger-curate refresh-upstream --from prices.json --date 2026-07-24 --via "mirror X at commit Y"', exitCode: 2 })
  const dir = path.resolve(io.cwd, values.data ?? 'data')
  const got = values.from !== undefined ? readLiteLLMFile(path.resolve(io.cwd, values.from)) : await fetchLiteLLMList(io.env)
  const date = values.date ?? new Date().toISOString().slice(0, 10)
  mkdirSync(dir, { recursive: true })
  const listFile = path.join(dir, SNAPSHOT_FILE)
  // Upstream's own bytes: a refresh PR's diff then shows exactly what LiteLLM changed.
  const bytes = got.raw.endsWith('\n') ? got.raw : `${got.raw}\n`
  writeFileAtomic(listFile, bytes)
  const meta = {
    description: "Offline snapshot of LiteLLM's model price and context window list; refresh with `leger-curate refresh-upstream`.",
    url: values.from !== undefined ? DEFAULT_LITELLM_PRICES_URL : io.env.LITELLM_PRICES_URL || DEFAULT_LITELLM_PRICES_URL,
    page: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
    date,
    ...(values.via !== undefined ? { via: values.via } : values.from !== undefined ? { via: `a local copy (${path.basename(values.from)})` } : {}),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }
  writeFileAtomic(path.join(dir, SNAPSHOT_META_FILE), JSON.stringify(meta, null, 2) + '\n')
  const chat = Object.keys(KNOWN_PROVIDERS)
    .map((p) => `${p} ${providerModels(got.list, p).length}`)
    .join(', ')
  io.out(`wrote ${displayPath(listFile, io.cwd)}: ${Object.keys(got.list).length} models as of ${date} (chat models by provider: ${chat})\n`)
  return 0
}
