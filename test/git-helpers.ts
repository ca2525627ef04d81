/**
 * Real git repositories with the hooks installed the way a user gets them: the repo's
 * package.json, committed bundle (dist/cli), schemas and .husky/ copied in, then husky's own
 * installer run there (it sets core.hooksPath and writes .husky/_). One template per test file,
 * copied per test.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CLI, makeStore, ROOT, tempDir, type Ran } from './helpers.js'

const HOME = tempDir('leger-home-')
mkdirSync(path.join(HOME, '.config'), { recursive: true })

/**
 * The environment of every child: nothing of the caller's GIT_* (an outer hook's index, a
 * GIT_DIR) or HUSKY=0 leaks in, and no user or system git config (hooksPath, signing) applies.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'HUSKY' && k !== 'NODE_OPTIONS') env[k] = v
  return {
    ...env,
    HOME,
    XDG_CONFIG_HOME: path.join(HOME, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(HOME, 'gitconfig-none'),
    NO_COLOR: '1',
    ...extra,
  }
}

export function git(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Ran {
  const r = spawnSync('git', args, { cwd, env: childEnv(options.env), input: options.input ?? '', encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The built CLI with only `childEnv()` (runCli in helpers.ts merges the caller's whole environment). */
export function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: childEnv(env), input: '', encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Runs git and fails loudly when it fails: for setup steps, not for the commits under test. */
export function gitOk(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  const r = git(cwd, args, options)
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed (${r.code}):\n${r.stdout}${r.stderr}`)
  return r.stdout
}

export function head(cwd: string): string {
  return gitOk(cwd, ['rev-parse', 'HEAD']).trim()
}

/** A repository holding the toolkit (bundle, schemas, hooks) and `files` as its store, committed, hooks installed. */
export function makeHookedRepo(files: Record<string, unknown>): string {
  const dir = tempDir('leger-hooks-')
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'))
  cpSync(path.join(ROOT, 'dist/cli'), path.join(dir, 'dist/cli'), { recursive: true })
  cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true })
  // The toolkit's package carries its LiteLLM snapshot (data/): the quality rules read it.
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true })
  mkdirSync(path.join(dir, '.husky'))
  for (const hook of ['pre-commit', 'commit-msg']) cpSync(path.join(ROOT, '.husky', hook), path.join(dir, '.husky', hook))
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n')
  makeStore(files, dir)
  gitOk(dir, ['init', '-q', '-b', 'main'])
  gitOk(dir, ['config', 'user.name', 'Test Curator'])
  gitOk(dir, ['config', 'user.email', 'curator@example.test'])
  gitOk(dir, ['config', 'commit.gpgsign', 'false'])
  // husky's installer, as `npm ci` runs it through "prepare": "husky".
  const husky = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/husky/bin.js')], { cwd: dir, env: childEnv(), encoding: 'utf8' })
  if (husky.status !== 0 || husky.stdout.trim() || husky.stderr.trim()) throw new Error(`husky install failed: ${husky.stdout}${husky.stderr}`)
  gitOk(dir, ['add', '-A'])
  gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'chore: initial store'])
  return dir
}

/** A copy of a template repository (the .git folder and hooks included). */
export function copyRepo(template: string): string {
  const dir = tempDir('leger-hooks-')
  cpSync(template, dir, { recursive: true })
  return dir
}

/** Writes a store file (JSON value, pretty-printed like the store, or raw text) into the work tree. */
export function writeModel(repo: string, rel: string, content: unknown): void {
  const full = path.join(repo, 'model-store', rel)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n')
}
