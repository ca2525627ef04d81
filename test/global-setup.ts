/**
 * The process tests run the built doors (dist/), as users and the runner do. When dist/ was
 * built from other sources than the tree holds (a developer mid-change), rebuild first so tests
 * never judge stale code. LEGER_SKIP_BUILD=1 skips this for quick runs of pure tests.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
// @ts-expect-error a plain .mjs script shared with the build, without type declarations
import { srcHash } from '../scripts/src-hash.mjs'

export default function setup(): void {
  if (process.env.LEGER_SKIP_BUILD === '1') return
  const root = path.resolve(import.meta.dirname, '..')
  let built = ''
  try {
    built = readFileSync(path.join(root, 'dist/src-hash.txt'), 'utf8').trim()
  } catch {
    built = ''
  }
  if (built !== (srcHash as (root: string) => string)(root)) {
    console.log('dist/ was built from other sources: rebuilding before the tests')
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
  }
}
