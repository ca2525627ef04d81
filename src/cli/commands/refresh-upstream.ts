/** leger-curate refresh-upstream [--data DIR]: replace the shipped LiteLLM snapshot with the live list, atomically. */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { providerModels } from '../../core/litellm.js'
import { writeFileAtomic } from '../../io/fs.js'
import { DEFAULT_LITELLM_PRICES_URL, fetchLiteLLMList, SNAPSHOT_FILE, SNAPSHOT_META_FILE } from '../../io/litellm.js'
import { displayPath } from '../../io/paths.js'
import { parse } from '../args.js'
import type { Io } from '../io.js'
import { KNOWN_PROVIDERS } from '../../core/providers.js'

const USAGE = `Usage: leger-curate refresh-upstream [options]

Fetches LiteLLM's current model price list (LITELLM_PRICES_URL, default: LiteLLM's main
branch) and rewrites the offline snapshot validate uses, with today's date, so a pull
request can update it explicitly. Nothing is written unless the whole list arrived and parsed.

Options:
  --data DIR          the folder holding ${SNAPSHOT_FILE} (default: ./data)
  -h, --help          show this help
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const dir = path.resolve(io.cwd, values.data ?? 'data')
  const live = await fetchLiteLLMList(io.env)
  const url = io.env.LITELLM_PRICES_URL || DEFAULT_LITELLM_PRICES_URL
  const date = new Date().toISOString().slice(0, 10)
  mkdirSync(dir, { recursive: true })
  const listFile = path.join(dir, SNAPSHOT_FILE)
  // Upstream's own bytes: a refresh PR's diff then shows exactly what LiteLLM changed.
  writeFileAtomic(listFile, live.raw.endsWith('\n') ? live.raw : `${live.raw}\n`)
  const meta = {
    description: "Offline snapshot of LiteLLM's model price and context window list; refresh with `leger-curate refresh-upstream`.",
    url,
    page: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
    date,
  }
  writeFileAtomic(path.join(dir, SNAPSHOT_META_FILE), JSON.stringify(meta, null, 2) + '\n')
  const chat = Object.keys(KNOWN_PROVIDERS)
    .map((p) => `${p} ${providerModels(live.list, p).length}`)
    .join(', ')
  io.out(`wrote ${displayPath(listFile, io.cwd)}: ${Object.keys(live.list).length} models as of ${date} (chat models by provider: ${chat})\n`)
  return 0
}
