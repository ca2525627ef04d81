/**
 * leger-curate refresh-upstream [--from FILE] [--date DATE] [--via TEXT] [--data DIR]:
 * replace the shipped LiteLLM snapshot with the live list, or with a copy of it on disk, atomically.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import { asLiteLLMList, lookupLiteLLM, providerModels, type LiteLLMList } from '../../core/litellm.js'
import { KNOWN_PROVIDERS } from '../../core/providers.js'
import { idOf, Store, str } from '../../core/store.js'
import { deadLeftovers, isDir, loadStoreDir, writeFileAtomic } from '../../io/fs.js'
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
arrived and parsed, and still lists at least half the entries and every model of the store
the current snapshot lists (--force writes it anyway).

Options:
  --from FILE         read the list from FILE instead of the URL
  --date YYYY-MM-DD   the day the list is as of (default: today; required with --from)
  --via TEXT          how the list was obtained, recorded in ${SNAPSHOT_META_FILE}
  --data DIR          the folder holding ${SNAPSHOT_FILE} (default: ./data)
  --store DIR         the store whose cloud models the new list must still list (default: model-store)
  --force             write a list that lost over half the entries, or models the store uses
  -h, --help          show this help
`

const DATE = /^\d{4}-\d{2}-\d{2}$/

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(
    argv,
    { data: { type: 'string' }, from: { type: 'string' }, date: { type: 'string' }, via: { type: 'string' }, store: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
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
  recoverSnapshot(dir)
  if (!values.force) refuseLosses(dir, got.list, path.resolve(io.cwd, values.store ?? 'model-store'), io.cwd)
  // Upstream's own bytes: a refresh PR's diff then shows exactly what LiteLLM changed.
  const bytes = got.raw.endsWith('\n') ? got.raw : `${got.raw}\n`
  const meta = {
    description: "Offline snapshot of LiteLLM's model price and context window list; refresh with `leger-curate refresh-upstream`.",
    url: values.from !== undefined ? DEFAULT_LITELLM_PRICES_URL : io.env.LITELLM_PRICES_URL || DEFAULT_LITELLM_PRICES_URL,
    page: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
    date,
    ...(values.via !== undefined ? { via: values.via } : values.from !== undefined ? { via: `a local copy (${path.basename(values.from)})` } : {}),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }
  // The list and its note as one unit: the note (whose hash names the list) is written whole
  // first, beside its target; then the list is swapped in, then the note. A process killed
  // between the two leaves the new list and the note's temporary file, which the next run
  // rolls forward (recoverSnapshot); until then readers see the note does not match.
  const metaFile = path.join(dir, SNAPSHOT_META_FILE)
  const metaTmp = path.join(dir, `.${SNAPSHOT_META_FILE}.${process.pid}.${Date.now()}.tmp`)
  writeFileSync(metaTmp, JSON.stringify(meta, null, 2) + '\n', { flag: 'wx' })
  try {
    writeFileAtomic(listFile, bytes)
    renameSync(metaTmp, metaFile)
  } finally {
    rmSync(metaTmp, { force: true })
  }
  const chat = Object.keys(KNOWN_PROVIDERS)
    .map((p) => `${p} ${providerModels(got.list, p).length}`)
    .join(', ')
  io.out(`wrote ${displayPath(listFile, io.cwd)}: ${Object.keys(got.list).length} models as of ${date} (chat models by provider: ${chat})\n`)
  return 0
}

/**
 * A refresh killed between its two files left the new list with the old note (or the new note's
 * temporary file): the note whose hash matches the list is rolled forward; other leftovers go.
 */
function recoverSnapshot(dir: string): void {
  let sha: string | undefined
  try {
    sha = createHash('sha256').update(readFileSync(path.join(dir, SNAPSHOT_FILE))).digest('hex')
  } catch {
    sha = undefined
  }
  for (const left of deadLeftovers(dir, SNAPSHOT_META_FILE, ['tmp'])) {
    try {
      if (sha && (JSON.parse(readFileSync(left.path, 'utf8')) as { sha256?: unknown }).sha256 === sha) renameSync(left.path, path.join(dir, SNAPSHOT_META_FILE))
    } catch {
      // not a whole note: removed below
    }
    rmSync(left.path, { force: true })
  }
  for (const left of deadLeftovers(dir, SNAPSHOT_FILE, ['tmp'])) rmSync(left.path, { force: true })
}

/** The share of the current snapshot's entries a new list must keep. */
const KEEP = 0.5

/** Refuses a list that lost most of the current snapshot's entries, or models the store uses that the snapshot lists. */
function refuseLosses(dir: string, next: LiteLLMList, storeDir: string, cwd: string): void {
  let current: LiteLLMList
  try {
    current = asLiteLLMList(JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8')))
  } catch {
    return // no current snapshot here (or not one): nothing to lose
  }
  const before = Object.keys(current).length
  const after = Object.keys(next).length
  if (after < before * KEEP)
    throw new CurateError(`the new list holds ${after} models, fewer than half the ${before} of the current snapshot: nothing was written`, {
      hint: 'A list that lost most of its entries is more likely broken than real; check the source, or pass --force to write it anyway.',
      exitCode: 1,
    })
  if (!isDir(storeDir)) return
  const { files } = loadStoreDir(storeDir, cwd)
  const store = new Store(files)
  const lost: string[] = []
  for (const e of store.entries) {
    const name = e.kind === 'cloud' ? str(e.data.litellm_model_name) : undefined
    if (name && lookupLiteLLM(current, name) && !lookupLiteLLM(next, name)) lost.push(`${idOf(e) ?? e.file.path} (${name})`)
  }
  if (lost.length)
    throw new CurateError(`the new list no longer lists ${lost.length === 1 ? 'a model' : `${lost.length} models`} of the store: ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}; nothing was written`, {
      hint: 'Deprecate the models LiteLLM dropped first (leger-curate deprecate), check the source, or pass --force to write the list anyway.',
      exitCode: 1,
    })
}
