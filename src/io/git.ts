/**
 * The one way the toolkit runs git: the index (what a commit will record), commit ranges (what
 * a pull request or a push changed), trees at a commit (a base's policy), and committing a file.
 *
 * Inside a hook, git points GIT_INDEX_FILE at the index the commit will use (`.git/index.lock`
 * for `commit -a`, `.git/next-index-*.lock` for `commit -- path`): a reader that drops it reads
 * `.git/index` and judges the wrong snapshot. GIT_DIR and GIT_WORK_TREE locate the repository
 * when the user (or git) set them. Every other GIT_* variable is dropped, as simple-git 4 does by
 * default, so nothing in the environment reconfigures these commands.
 *
 * Why not simple-git: it was the first version of this module (constructed with
 * `allowEnvironment` for the three variables above), and it cost the hook ~70 ms of CPU to import
 * plus ~20 ms for its first task, in each of the two hook processes, and 2.5x the CPU of a plain
 * spawn to read a 10,000-model index (bench/hook.ts). The hook runs on every commit; these few
 * plumbing calls need no more than spawnSync, and one way of running git serves every door.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { decodeUtf8 } from '../core/text.js'

export const GIT_ENV_ALLOWED = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE'] as const

/** The all-zero object id git prints for "no blob on this side". */
const NULL_OID = /^0+$/

/** Outputs are bounded by the store's size (blobs over the model limit are never read). */
const MAX_OUTPUT = 1024 * 1024 * 1024

export type ChangeStatus = 'A' | 'C' | 'D' | 'M' | 'R' | 'T'

/** A full object name, as GitHub event payloads carry; anything else never reaches git's argv. */
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/

export function isSha(s: unknown): s is string {
  return typeof s === 'string' && SHA.test(s)
}

/** An all-zero SHA: the "before" of a push that created the branch. */
export function isNullSha(s: unknown): boolean {
  return typeof s === 'string' && /^0+$/.test(s)
}

/** One path of `git diff --raw`: the blob on each side (undefined where the side has none). */
export interface RawChange {
  status: ChangeStatus
  path: string
  /** The mode and blob in HEAD (undefined when added). */
  oldMode?: string
  oldOid?: string
  /** The mode and blob in the index (undefined when deleted). */
  newMode?: string
  newOid?: string
}

/** One stage-0 entry of the index, or one blob of a tree. */
export interface IndexEntry {
  mode: string
  oid: string
  path: string
}

export type Blob = { ok: true; text: string; size: number } | { ok: false; size: number; reason: 'too-large' | 'missing' | 'not-a-blob' | 'not-utf8' }

/** The environment git runs with: the caller's, minus every GIT_* variable but the allowed ones. */
export function gitEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('GIT_') || (GIT_ENV_ALLOWED as readonly string[]).includes(k)) out[k] = v
  return out
}

export class Git {
  private readonly env: NodeJS.ProcessEnv

  constructor(
    readonly cwd: string,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.env = gitEnv(env)
  }

  private run(args: string[], input?: string): Buffer {
    const r = spawnSync('git', args, { cwd: this.cwd, env: this.env, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] })
    if (r.error) throw gitError(args, r.error.message)
    if (r.status !== 0) throw gitError(args, r.stderr.toString('utf8'))
    return r.stdout
  }

  /** Whether the command succeeds (its output unread). */
  private ok(args: string[]): boolean {
    const r = spawnSync('git', args, { cwd: this.cwd, env: this.env, stdio: 'ignore' })
    return !r.error && r.status === 0
  }

  /** Whether `cwd` is inside a git work tree. */
  isRepo(): boolean {
    return this.ok(['rev-parse', '--is-inside-work-tree'])
  }

  /**
   * The work tree's root, when every one of `shas` names a commit present here (undefined in a
   * shallow checkout that lacks one, or outside a repository). One git process for both a pull
   * request's commits and the root: the Action asks this before every range it reads.
   */
  topWithCommits(shas: string[]): string | undefined {
    if (!shas.every(isSha)) return undefined
    const r = spawnSync('git', ['rev-parse', '--show-toplevel', ...shas.map((s) => `${s}^{commit}`), '--'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const [top, ...found] = r.status === 0 ? r.stdout.split('\n') : []
    return top && found.filter(isSha).length === shas.length ? top : undefined
  }

  /** The commit HEAD points at, or undefined (no commits yet, not a repository). */
  head(): string | undefined {
    const r = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const out = r.status === 0 ? r.stdout.trim() : ''
    return isSha(out) ? out : undefined
  }

  /** A revision (a branch, a tag, HEAD~1) as the commit it names; CurateError when it names none. */
  resolveCommit(rev: string): string {
    if (rev.startsWith('-')) throw new CurateError(`--base ${rev} is not a revision`, { hint: 'Pass a branch, a tag or a commit: --base origin/main.' })
    const r = spawnSync('git', ['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const out = r.status === 0 ? r.stdout.trim() : ''
    if (!isSha(out)) throw new CurateError(`--base ${rev} names no commit of this repository`, { hint: 'Pass a branch, a tag or a commit that git rev-parse knows (fetch it first).' })
    return out
  }

  /**
   * What changed from `from` to `to` under `pathspecs`: `from...to` (from their merge base, as
   * a pull request's "Files changed" tab) with `mergeBase`, else `from..to`; with no `to`, from
   * `from` to the working tree. Renames arrive as a deletion and an addition.
   */
  diff(from: string, to: string | undefined, pathspecs: string[], options: { mergeBase?: boolean } = {}): RawChange[] {
    const range = to === undefined ? [from] : [options.mergeBase ? `${from}...${to}` : `${from}..${to}`]
    const out = this.run(['diff', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', ...range, '--', ...literal(pathspecs)]).toString('utf8')
    return parseRawDiff(out)
  }

  /** Blobs of the tree at `commit` under `pathspecs`. */
  treeEntries(commit: string, pathspecs: string[]): IndexEntry[] {
    const out = this.run(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...literal(pathspecs)]).toString('utf8')
    const entries: IndexEntry[] = []
    for (const record of out.split('\0')) {
      const tab = record.indexOf('\t')
      if (tab < 0) continue
      const [mode, type, oid] = record.slice(0, tab).split(' ')
      if (type === 'blob') entries.push({ mode, oid, path: record.slice(tab + 1) })
    }
    return entries
  }

  /** Files under `pathspecs` that git does not track and does not ignore. */
  untracked(pathspecs: string[]): string[] {
    return this.run(['ls-files', '--others', '--exclude-standard', '-z', '--', ...literal(pathspecs)])
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
  }

  /**
   * Stages `file` and commits only it (whatever else is staged stays staged), with the
   * repository's hooks running and printing to this terminal.
   */
  commitFile(file: string, message: string): void {
    this.run(['add', '--', file])
    const r = spawnSync('git', ['commit', '-m', message, '--', file], { cwd: this.cwd, env: this.env, stdio: ['ignore', 'inherit', 'inherit'] })
    if (r.error || r.status !== 0) throw new CurateError('git commit failed (see its output above)', { exitCode: 1 })
  }

  private raw(args: string[], input?: string): string {
    return this.run(args, input).toString('utf8')
  }

  /** The root of the work tree and the repository's own folder (.git, or a worktree's), in one call. */
  locate(): { top: string; gitDir: string } {
    const [top, gitDir] = this.raw(['rev-parse', '--show-toplevel', '--absolute-git-dir']).split('\n')
    if (!top || !gitDir) throw new CurateError('not inside a git work tree', { hint: '--staged reads the git index: run it inside the repository.' })
    return { top, gitDir }
  }

  /** The character that starts a comment line in commit messages (core.commentChar). */
  commentChar(): string {
    const value = (this.raw(['config', '--default', '#', '--get', 'core.commentChar'])).replace(/\n$/, '')
    // "auto" picks a character per message; the hook cannot know which, and '#' is git's first choice.
    return value === '' || value === 'auto' ? '#' : value
  }

  /**
   * The merge, cherry-pick or revert this commit concludes, if any (its message is git's): its
   * head file in the repository's own folder (`locate().gitDir`, a worktree's own for a worktree,
   * where git keeps MERGE_HEAD and its kin), looked up without another git process.
   */
  pendingOperation(gitDir: string): 'merge' | 'cherry-pick' | 'revert' | undefined {
    const names = { MERGE_HEAD: 'merge', CHERRY_PICK_HEAD: 'cherry-pick', REVERT_HEAD: 'revert' } as const
    for (const [head, name] of Object.entries(names)) if (existsSync(path.join(gitDir, head))) return name
    return undefined
  }

  /**
   * What the commit changes, limited to `pathspecs` (repo-relative, taken literally).
   * `--raw` gives the blob on both sides with the status, so one call yields the file list
   * (the same list as `--name-only`), the staged blob to read and, for a deletion or a
   * modification, the blob HEAD had. Renames are split into a deletion and an addition.
   */
  stagedChanges(pathspecs: string[]): RawChange[] {
    const out = this.raw(['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--diff-filter=ACDMRT', '--', ...literal(pathspecs)])
    return parseRawDiff(out)
  }

  /** Stage-0 index entries under `pathspecs` (the tree the commit will record there). */
  indexEntries(pathspecs: string[]): IndexEntry[] {
    const out = this.raw(['ls-files', '--stage', '-z', '--', ...literal(pathspecs)])
    return parseLsFiles(out)
  }

  /**
   * Reads blobs by object id. One `git cat-file --batch` call reads them all when its output stays
   * within a budget (the usual case: a commit's few files, or a store's thousands of small ones);
   * a blob over `maxBytes` is then refused though read. Past the budget (a huge file staged), git
   * is stopped and two calls are made instead: sizes first (`--batch-check`), so the huge file is
   * refused unread, then the contents of the rest. A git process costs 4-8 ms, twice per hook.
   */
  readBlobs(oids: Iterable<string>, maxBytes: number): Map<string, Blob> {
    const unique = [...new Set(oids)]
    const result = new Map<string, Blob>()
    if (!unique.length) return result
    const budget = Math.min(MAX_OUTPUT, 16 * 1024 * 1024 + unique.length * 64 * 1024)
    const once = spawnSync('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, input: unique.join('\n') + '\n', maxBuffer: budget, stdio: ['pipe', 'pipe', 'pipe'] })
    if (!once.error && once.status === 0) {
      for (const [oid, blob] of parseBatch(once.stdout, maxBytes)) result.set(oid, blob)
      return result
    }
    if ((once.error as NodeJS.ErrnoException | undefined)?.code !== 'ENOBUFS') throw gitError(['cat-file'], once.error?.message ?? once.stderr.toString('utf8'))
    const checked = this.raw(['cat-file', '--batch-check'], unique.join('\n') + '\n')
    const wanted: string[] = []
    for (const line of checked.split('\n')) {
      if (!line) continue
      const [oid, type, sizeText] = line.split(' ')
      if (type === 'missing') {
        result.set(oid, { ok: false, size: 0, reason: 'missing' })
        continue
      }
      const size = Number(sizeText)
      if (type !== 'blob') result.set(oid, { ok: false, size, reason: 'not-a-blob' })
      else if (size > maxBytes) result.set(oid, { ok: false, size, reason: 'too-large' })
      else wanted.push(oid)
    }
    if (!wanted.length) return result
    const buf = this.run(['cat-file', '--batch'], wanted.join('\n') + '\n')
    for (const [oid, blob] of parseBatch(buf, maxBytes)) result.set(oid, blob)
    return result
  }
}

/** Pathspecs taken as plain paths: a store folder named `*` or `:x` means just that. */
function literal(pathspecs: string[]): string[] {
  return pathspecs.map((p) => `:(literal)${p}`)
}

function gitError(args: string[], detail: string): CurateError {
  const first = detail.trim().split('\n')[0]
  return new CurateError(`git ${args[0]} failed: ${first}`, { hint: 'Run leger-curate inside the repository, with git on PATH.' })
}

/** `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0`, repeated. */
export function parseRawDiff(out: string): RawChange[] {
  const parts = out.split('\0')
  const changes: RawChange[] = []
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const head = parts[i]
    if (!head.startsWith(':')) continue
    const [oldMode, newMode, oldOid, newOid, status] = head.slice(1).split(' ')
    const path = parts[i + 1]
    const letter = status.charAt(0) as ChangeStatus
    changes.push({
      status: letter,
      path,
      ...(NULL_OID.test(oldOid) ? {} : { oldMode, oldOid }),
      ...(NULL_OID.test(newOid) || letter === 'D' ? {} : { newMode, newOid }),
    })
  }
  return changes
}

/**
 * `<mode> <oid> <stage>\t<path>\0`, repeated; only stage 0 (merged) entries. Walked with
 * indexOf: an index of 10,000 files is read on every hooked commit.
 */
export function parseLsFiles(out: string): IndexEntry[] {
  const entries: IndexEntry[] = []
  for (let at = 0; at < out.length; ) {
    const end = out.indexOf('\0', at)
    const stop = end < 0 ? out.length : end
    const tab = out.indexOf('\t', at)
    const s1 = out.indexOf(' ', at)
    const s2 = s1 < 0 ? -1 : out.indexOf(' ', s1 + 1)
    if (tab > 0 && tab < stop && s2 > s1 && s2 < tab && tab === s2 + 2 && out.charCodeAt(s2 + 1) === 48 /* stage 0 */)
      entries.push({ mode: out.slice(at, s1), oid: out.slice(s1 + 1, s2), path: out.slice(tab + 1, stop) })
    at = stop + 1
  }
  return entries
}

/**
 * `<oid> <type> <size>\n<content>\n`, repeated: sizes are bytes, so walk the buffer, not a string.
 * Only blobs of at most `maxBytes` are decoded.
 */
function parseBatch(buf: Buffer, maxBytes: number): Map<string, Blob> {
  const out = new Map<string, Blob>()
  let at = 0
  while (at < buf.length) {
    const nl = buf.indexOf(10, at)
    if (nl < 0) break
    const [oid, type, sizeText] = buf.toString('utf8', at, nl).split(' ')
    if (type === 'missing' || sizeText === undefined) {
      out.set(oid, { ok: false, size: 0, reason: 'missing' })
      at = nl + 1
      continue
    }
    const size = Number(sizeText)
    if (type !== 'blob') out.set(oid, { ok: false, size, reason: 'not-a-blob' })
    else if (size > maxBytes) out.set(oid, { ok: false, size, reason: 'too-large' })
    else {
      const text = decodeUtf8(buf.subarray(nl + 1, nl + 1 + size))
      out.set(oid, text === undefined ? { ok: false, size, reason: 'not-utf8' } : { ok: true, size, text })
    }
    at = nl + 1 + size + 1
  }
  return out
}
