/**
 * The repository a hook runs in: its work tree, its own folder, and where the store, schemas and
 * policy sit inside it. Apart from the index reader (read-index.ts) so that the commit-msg hook,
 * which needs only this and git, loads none of the readers and rules.
 */
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { POLICY_FILE, type StoreLayout } from '../core/layout.js'
import { Git } from './git.js'

export interface IndexOptions {
  store?: string
  schemas?: string
  policy?: string
  /** Every staged model file is a new submission (validate --staged --new). */
  allNew?: boolean
}

export interface StagedRepo {
  git: Git
  /** The work tree's root: paths in findings are relative to it. */
  top: string
  /** The repository's own folder (.git): the hook keeps its cache there. */
  gitDir: string
  layout: StoreLayout
}

/** Finds the repository around `cwd` and places the store, schemas and policy inside it. */
export async function openRepo(cwd: string, options: IndexOptions): Promise<StagedRepo> {
  const { top, gitDir } = new Git(cwd).locate()
  const inside = (p: string, flag: string): string => {
    const rel = path.relative(real(top), real(path.resolve(cwd, p)))
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new CurateError(`${flag} ${p} is outside the repository ${top}`, { hint: '--staged reads the store from the git index: the folder must be inside the repository.' })
    return rel.split(path.sep).join('/')
  }
  const layout: StoreLayout = {
    store: inside(options.store ?? 'model-store', '--store'),
    schemas: inside(options.schemas ?? 'schemas', '--schemas'),
    policy: inside(options.policy ?? POLICY_FILE, '--policy'),
  }
  return { git: new Git(top), top, gitDir, layout }
}

/** The real path of what exists of `p` (the store folder may not exist in the working tree). */
function real(p: string): string {
  let head = p
  const rest: string[] = []
  for (;;) {
    try {
      return path.join(realpathSync(head), ...rest)
    } catch {
      const up = path.dirname(head)
      if (up === head) return p
      rest.unshift(path.basename(head))
      head = up
    }
  }
}

