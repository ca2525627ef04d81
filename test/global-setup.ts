/**
 * The process tests run the built doors (dist/), as users and the runner do. When src/ is
 * newer than dist/ (a developer mid-change), rebuild first so tests never judge stale code.
 * LEGER_SKIP_BUILD=1 skips this for quick runs of pure tests.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

export default function setup(): void {
  if (process.env.LEGER_SKIP_BUILD === '1') return
  const root = path.resolve(import.meta.dirname, '..')
  let built = 0
  try {
    built = Math.min(statSync(path.join(root, 'dist/cli/index.js')).mtimeMs, statSync(path.join(root, 'dist/action/index.js')).mtimeMs)
  } catch {
    built = 0
  }
  if (newest(path.join(root, 'src')) > built) {
    console.log('src/ is newer than dist/: rebuilding before the tests')
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
  }
}
