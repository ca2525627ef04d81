/** Reading the store and the schemas from disk; writing files atomically. */
import { closeSync, constants, existsSync, fstatSync, fsyncSync, linkSync, lstatSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { asFault, CurateError } from '../core/errors.js'
import type { SchemaDocs } from '../core/schema.js'
import { KINDS, type Finding, type ModelFile } from '../core/types.js'
import { decodeUtf8 } from '../core/text.js'
import { displayPath, packageRoot } from './paths.js'

/** Model files larger than this are refused unread: no model needs a megabyte of JSON. */
export const MAX_MODEL_BYTES = 1024 * 1024

export interface LoadedStore {
  files: ModelFile[]
  /** Files refused before parsing (too large, not a regular file). */
  refused: Finding[]
}

/** Reads `<storeDir>/cloud/*.json` and `<storeDir>/local/*.json`; paths shown relative to `base`. */
export function loadStoreDir(storeDir: string, base: string): LoadedStore {
  if (!isDir(storeDir))
    throw new CurateError(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' })
  const files: ModelFile[] = []
  const refused: Finding[] = []
  for (const kind of KINDS) {
    const dir = path.join(storeDir, kind)
    if (!isDir(dir)) continue
    // Dirents tell links from files without a stat per file; the size is checked on the open
    // descriptor before reading, so a huge file is refused without being read.
    const shownDir = displayPath(dir, base)
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (!entry.name.endsWith('.json')) continue
      const full = path.join(dir, entry.name)
      const shown = `${shownDir}/${entry.name}`
      if (!entry.isFile()) {
        refused.push(refusal(shown, entry.isSymbolicLink() ? 'link' : 'not-a-file'))
        continue
      }
      const text = readBounded(full, MAX_MODEL_BYTES)
      if (typeof text !== 'string') {
        refused.push(refusal(shown, text === NOT_UTF8 ? 'not-utf8' : text))
        continue
      }
      files.push({ kind, path: shown, text })
    }
  }
  return { files, refused }
}

/**
 * The finding for a model file a reader will not read: a link, something that is not a file,
 * a blob missing from the repository, or a file of `why` bytes, over the limit.
 */
export function refusal(file: string, why: 'link' | 'not-a-file' | 'missing' | 'not-utf8' | number): Finding {
  const [message, hint] =
    typeof why === 'number'
      ? [`model file is ${why} bytes, over the ${MAX_MODEL_BYTES}-byte limit`, 'A model file describes one model in a few dozen lines; this one is not a model file.']
      : why === 'not-utf8'
        ? ['model file is not valid UTF-8', 'Save the file as UTF-8 (JSON files are UTF-8); an editor that shows a replacement character (U+FFFD) marks the broken bytes.']
      : why === 'link'
        ? ['model file is a symbolic link', 'Model files are plain files inside the store; replace the link with the file itself.']
        : why === 'missing'
          ? ['model file cannot be read: its blob is missing from the repository', 'Stage the file again (git add).']
          : ['model file is not a regular file (a submodule?)', 'Model files are plain files inside the store; replace it with the file itself.']
  return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint }
}

/** What readBounded returns for a file whose bytes are not UTF-8. */
export const NOT_UTF8: unique symbol = Symbol('not-utf8')

/** A file's text, its size when that is over `limit` (then it is not read), or NOT_UTF8. */
export function readBounded(file: string, limit: number): string | number | typeof NOT_UTF8 {
  let fd: number
  try {
    // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch (err) {
    throw asFault(err) ?? new CurateError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err })
  }
  try {
    // One read into a buffer one byte larger than the limit, no fstat: a file that fills it is
    // over the limit (only then is it stat'ed, for the message). A short read is not the end of
    // the file, so read on until a read returns nothing.
    const buf = scratch(limit + 1)
    let n = 0
    for (let got; n < buf.length && (got = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += got
    if (n > limit) return Math.max(fstatSync(fd).size, n)
    return decodeUtf8(buf.subarray(0, n)) ?? NOT_UTF8
  } finally {
    closeSync(fd)
  }
}

let shared: Buffer | undefined

/** One buffer reused by every bounded read (decoding copies what it keeps). */
function scratch(size: number): Buffer {
  if (!shared || shared.length < size) shared = Buffer.allocUnsafe(size)
  return shared.length === size ? shared : shared.subarray(0, size)
}

export interface TextFileOptions {
  /** Larger files are refused unread. */
  limit: number
  /** What the file is, for messages: "policy curation.config.json", the path itself... */
  label: string
  /** The error for a file that cannot be found or stat'ed. */
  missing: (err: unknown) => CurateError
  /** Said when the file is a link or not a file. */
  linkHint?: string
  /** Said when it is over the limit. */
  limitHint?: string
  /** Decode invalid UTF-8 as U+FFFD instead of refusing it (a commit message in another encoding). */
  lenient?: boolean
}

/**
 * A small text file a door reads whole (a template, a blueprint, the policy, a commit message):
 * a plain file, within its limit, valid UTF-8; otherwise a CurateError saying which (exit 2).
 */
export function readTextFile(file: string, o: TextFileOptions): string {
  let st
  try {
    st = lstatSync(file)
  } catch (err) {
    throw o.missing(err)
  }
  if (!st.isFile()) throw new CurateError(`${o.label} is not a regular file`, { hint: o.linkHint, exitCode: 2 })
  if (st.size > o.limit) throw new CurateError(`${o.label} is ${st.size} bytes, over the ${o.limit}-byte limit`, { hint: o.limitHint, exitCode: 2 })
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (err) {
    throw asFault(err) ?? o.missing(err)
  }
  const text = o.lenient ? bytes.toString('utf8') : decodeUtf8(bytes)
  if (text === undefined) throw new CurateError(`${o.label} is not valid UTF-8`, { hint: 'Save it as UTF-8.', exitCode: 2 })
  return text
}

/** The schemas folder: the one asked for, else ./schemas, else the toolkit's own. */
export function resolveSchemasDir(asked: string | undefined, cwd: string): string {
  if (asked) return path.resolve(cwd, asked)
  const local = path.join(cwd, 'schemas')
  return existsSync(path.join(local, 'cloud.schema.json')) ? local : path.join(packageRoot(), 'schemas')
}

export function loadSchemaDocs(dir: string): SchemaDocs {
  if (!isDir(dir)) throw new CurateError(`schemas folder not found: ${dir}`, { hint: 'Pass --schemas DIR, the folder holding cloud.schema.json and local.schema.json.' })
  const docs: SchemaDocs = {}
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.schema.json')) continue
    const full = path.join(dir, name)
    try {
      docs[name] = JSON.parse(readFileSync(full, 'utf8')) as object
    } catch (err) {
      throw new CurateError(`cannot read schema ${full}: ${(err as Error).message}`, { cause: err })
    }
  }
  return docs
}

export function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** Whether the process `pid` is alive (a leftover of a live process is left alone). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The leftovers `.<name>.<pid>[.<n>].<suffix>` beside `name` in `dir` whose process is dead (it was
 * killed mid-write), by suffix. The caller decides what to do with each; nothing is done here.
 */
export function deadLeftovers(dir: string, name: string, suffixes: readonly string[]): { path: string; suffix: string }[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  const prefix = `.${name}.`
  const out: { path: string; suffix: string }[] = []
  for (const e of entries) {
    if (!e.startsWith(prefix)) continue
    const rest = e.slice(prefix.length).split('.')
    const suffix = rest.pop()!
    if (!suffixes.includes(suffix) || !rest.length || !rest.every((x) => /^[0-9]+$/.test(x))) continue
    if (!processAlive(Number(rest[0]))) out.push({ path: path.join(dir, e), suffix })
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1))
}

/**
 * Writes a file so that readers see the old content or the new, never a part:
 * a temporary file beside the target, flushed, then a rename. With `exclusive`, an existing
 * target is never replaced. Temporary files of processes killed mid-write are removed.
 */
export function writeFileAtomic(target: string, content: string, options: { exclusive?: boolean } = {}): void {
  if (options.exclusive && existsSync(target)) throw new CurateError(`${target} already exists; nothing was written`, { exitCode: 2 })
  const dir = path.dirname(target)
  for (const left of deadLeftovers(dir, path.basename(target), ['tmp'])) rmSync(left.path, { force: true })
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    const fd = openSync(tmp, 'wx')
    try {
      writeFileSync(fd, content)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    if (options.exclusive) {
      // A hard link never replaces an existing file: "never overwrite" holds even against a racing writer.
      try {
        linkSync(tmp, target)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new CurateError(`${target} already exists; nothing was written`, { exitCode: 2 })
        throw err
      }
    } else renameSync(tmp, target)
  } finally {
    rmSync(tmp, { force: true })
  }
}
