/**
 * leger-curate init [DIR] [--dry-run]: scaffolds a store repository. Writes only what is missing
 * and says what it left alone; never replaces a file.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import { addPrepareScript, initPlan, packageJsonText, packageName, STORE } from '../../core/init-plan.js'
import { readBuildInfo } from '../../io/build-info.js'
import { writeFileAtomic } from '../../io/fs.js'
import { packageRoot } from '../../io/paths.js'
import { clean } from '../../report/text.js'
import { parse } from '../args.js'
import type { Io } from '../io.js'

const USAGE = `Usage: leger-curate init [DIR] [options]

Makes DIR (default: the current folder) a model store repository: model-store/cloud/ and
model-store/local/, curation.config.json, the curator's guide, husky hooks that run the
installed leger-curate, and workflows (pull request check, monthly audit, release) that use
the released Action pinned by full commit SHA. Only what is missing is written; existing files
are left alone and listed. Run it again after an upgrade to add what is new.

Options:
  --dry-run           list what would be written, write nothing
  -h, --help          show this help

Exit codes: 0 done (or nothing to do), 2 usage or I/O failure.
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length > 1) throw new CurateError('init takes at most one DIR', { hint: USAGE, exitCode: 2 })
  const dir = path.resolve(io.cwd, positionals[0] ?? '.')
  if (existsSync(dir) && !lstatSync(dir).isDirectory()) throw new CurateError(`${positionals[0]} exists and is not a folder`, { exitCode: 2 })
  const dry = values['dry-run'] === true
  const build = readBuildInfo()
  const plan = initPlan({ guide: readFileSync(path.join(packageRoot(), STORE, 'README.md'), 'utf8'), build })

  const created: string[] = []
  const leftAlone: string[] = []
  const todo: string[] = []
  if (!dry) mkdirSync(dir, { recursive: true })
  for (const file of plan) {
    const target = path.join(dir, file.path)
    if (exists(target)) {
      leftAlone.push(file.path)
      if (file.path.startsWith('.husky/')) todo.push(`${file.path} is your own: add the line "${file.content.trim().split('\n').at(-1)}" to it`)
      if (file.path === '.gitignore' && !/^\/?node_modules\/?$/m.test(readFileSync(target, 'utf8'))) todo.push('.gitignore is your own: add node_modules/ to it')
      continue
    }
    if (!dry) {
      mkdirSync(path.dirname(target), { recursive: true })
      // wx: a file that appeared since the check above is still not replaced.
      writeFileSync(target, file.content, { flag: 'wx' })
    }
    created.push(`${file.path.padEnd(44)} ${file.what}`)
  }

  const pkgFile = path.join(dir, 'package.json')
  const added: string[] = []
  if (!exists(pkgFile)) {
    if (!dry) writeFileSync(pkgFile, packageJsonText(packageName(path.basename(dir)), build), { flag: 'wx' })
    created.push(`${'package.json'.padEnd(44)} leger-curate as a dev dependency; prepare installs the hooks`)
    todo.push('npm install (installs leger-curate and, through prepare, the hooks)')
  } else {
    const edit = addPrepareScript(readFileSync(pkgFile, 'utf8'))
    if (edit.text !== undefined && !dry) writeFileAtomic(pkgFile, edit.text)
    added.push(...edit.added.map((a) => `package.json: ${a}`))
    if (!edit.added.length) leftAlone.push('package.json')
    todo.push(...edit.todo)
  }

  const hooks = dry ? undefined : installHooks(dir, io)
  if (hooks === 'not-a-repo') todo.push('git init, then npx husky (or npm install) to install the hooks')
  if (hooks === 'no-husky') todo.push('npm install (its prepare step installs the hooks)')

  const lines: string[] = [dry ? `leger-curate init (dry run): would write in ${dir}` : `leger-curate init: ${dir}`]
  if (created.length) lines.push(dry ? 'would create:' : 'created:', ...created.map((c) => `  ${c}`))
  if (added.length) lines.push(dry ? 'would add:' : 'added:', ...added.map((a) => `  ${a}`))
  if (leftAlone.length) lines.push('left alone (already there):', ...leftAlone.map((f) => `  ${f}`))
  if (hooks === 'installed') lines.push('hooks: installed (husky; core.hooksPath = .husky/_)')
  if (!build) lines.push('warning: this leger-curate records no build (dist/build-info.json): the workflows were not written, since the Action cannot be pinned by commit. Install a released leger-curate and run init again.')
  else {
    lines.push(`workflows pin ${build.action}@${build.commit} # ${build.tag}`)
    if (build.dirty) lines.push(`warning: this package was packed with changes to the Action beside commit ${build.commit}: check the pin before relying on it`)
  }
  if (!created.length && !added.length) lines.push('nothing to do: every file init writes is already there')
  if (todo.length) lines.push('next:', ...todo.map((t) => `  ${t}`))
  lines.push('then: npx leger-curate add, and npx leger-curate validate')
  io.out(lines.map(clean).join('\n') + '\n')
  return 0
}

/** Whether anything is at the path (a dangling link counts: it is the user's, not ours to replace). */
function exists(p: string): boolean {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}

/** husky's installer run in DIR when DIR is the top of a git work tree and husky is installed there. */
function installHooks(dir: string, io: Io): 'installed' | 'not-a-repo' | 'no-husky' | 'failed' {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', env: io.env })
  if (top.status !== 0 || path.resolve(top.stdout.trim()) !== path.resolve(dir)) return 'not-a-repo'
  const husky = path.join(dir, 'node_modules/husky/bin.js')
  if (!existsSync(husky)) return 'no-husky'
  const r = spawnSync(process.execPath, [husky], { cwd: dir, encoding: 'utf8', env: io.env })
  if (r.status !== 0) {
    io.err(`leger-curate init: husky could not install the hooks: ${clean((r.stderr || r.stdout).trim())}\n`)
    return 'failed'
  }
  return 'installed'
}
