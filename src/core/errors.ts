/**
 * The one error type every door knows how to print: an expected failure with a message
 * in the user's terms, an optional hint, and the exit code it maps to.
 */
export class CurateError extends Error {
  readonly hint?: string
  readonly exitCode: number

  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'CurateError'
    this.hint = options.hint
    this.exitCode = options.exitCode ?? 2
  }
}

/** The user cancelled at a prompt (Ctrl-C): nothing was written. */
export class Cancelled extends CurateError {
  constructor() {
    super('cancelled', { exitCode: 130 })
    this.name = 'Cancelled'
  }
}


/** What each file-system fault means to the user, and what to do about it. */
const FAULTS: Record<string, [what: string, hint: string]> = {
  EROFS: ['the file system is read-only', 'Run it where the folder can be written, or point the output elsewhere (e.g. --out, --data).'],
  ENOSPC: ['the disk is full', 'Free some space and run it again; nothing half-written was kept.'],
  EDQUOT: ['the disk quota is exceeded', 'Free some space and run it again; nothing half-written was kept.'],
  EACCES: ['permission denied', 'Check the folder\'s owner and permissions, or run it as a user who may write there.'],
  EPERM: ['the operation is not permitted', 'Check the folder\'s owner and permissions (and that no other program holds the file).'],
  ENOENT: ['no such file or folder', 'Check the path: a folder on the way to it is missing or was removed meanwhile.'],
  EEXIST: ['it already exists', 'Remove or rename what is in the way, then run it again.'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'Check the path: something on the way to it is a file.'],
  EISDIR: ['it is a folder, not a file', 'Check the path: a folder sits where a file is expected.'],
  ENOTEMPTY: ['the folder is not empty', 'Remove what is in the way, then run it again.'],
  EMFILE: ['too many files are open', 'Run it again with fewer other programs running.'],
  EBUSY: ['the file or folder is busy', 'Close the program that holds it, then run it again.'],
  EXDEV: ['the paths are on different file systems', 'Keep the output folder on one file system.'],
  ENAMETOOLONG: ['the path is too long', 'Use a shorter path.'],
  ELOOP: ['the path holds a loop of symbolic links', 'Check the links on the way to it.'],
}

/**
 * A file-system fault (read-only folder, full disk, permissions, a missing folder) as the
 * CurateError every door prints: what failed and where, with a hint, exit 2. The one place errno
 * codes are mapped; anything else stays a bug.
 */
export function asFault(err: unknown): CurateError | undefined {
  if (err instanceof CurateError || !(err instanceof Error)) return undefined
  const e = err as NodeJS.ErrnoException & { dest?: string }
  const code = e.code
  if (!code || !Object.hasOwn(FAULTS, code)) return undefined
  const [what, hint] = FAULTS[code]
  const verb = e.syscall ? (VERBS[e.syscall] ?? e.syscall) : 'use'
  const where = e.path ? ` ${e.path}${e.dest ? ` -> ${e.dest}` : ''}` : ''
  return new CurateError(`cannot ${verb}${where}: ${what} (${code})`, { hint, exitCode: 2, cause: err })
}

const VERBS: Record<string, string> = {
  open: 'open',
  write: 'write',
  read: 'read',
  rename: 'rename',
  mkdir: 'create the folder',
  rmdir: 'remove the folder',
  rm: 'remove',
  unlink: 'remove',
  scandir: 'list the folder',
  stat: 'look at',
  lstat: 'look at',
  copyfile: 'copy',
  symlink: 'link',
  chmod: 'change the mode of',
  fsync: 'flush',
}
