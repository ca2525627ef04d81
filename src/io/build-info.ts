/**
 * Which build of leger-curate is running. In a checkout of leger-curate itself (development),
 * its git HEAD: a stamp left by an earlier `npm pack` there would be stale. Installed (inside its
 * user's repository, or anywhere else), dist/build-info.json, written when the package was packed.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildInfo } from '../core/init-plan.js'
import { packageRoot } from './paths.js'

export const BUILD_INFO_FILE = 'dist/build-info.json'

const SHA = /^[0-9a-f]{40}$/

export function readBuildInfo(root = packageRoot()): BuildInfo | undefined {
  return fromCheckout(root) ?? fromStamp(root)
}

function fromStamp(root: string): BuildInfo | undefined {
  const file = path.join(root, BUILD_INFO_FILE)
  if (!existsSync(file)) return undefined
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildInfo>
    if (typeof info.version === 'string' && typeof info.commit === 'string' && SHA.test(info.commit) && typeof info.action === 'string' && typeof info.tag === 'string')
      return { name: info.name ?? 'leger-curate', version: info.version, tag: info.tag, commit: info.commit, action: info.action, dirty: info.dirty === true }
  } catch {
    // an unreadable stamp is no stamp
  }
  return undefined
}

/** The same facts from git, when root is the top of its own work tree (a checkout of leger-curate). */
function fromCheckout(root: string): BuildInfo | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    // An installed copy sits inside its user's repository: that repository's HEAD is not ours.
    if (path.resolve(git('rev-parse', '--show-toplevel')) !== path.resolve(root)) return undefined
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; repository?: { url?: string } }
    const action = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1]
    const commit = git('rev-parse', 'HEAD^{commit}')
    if (!action || !SHA.test(commit)) return undefined
    return { name: pkg.name, version: pkg.version, tag: `v${pkg.version}`, commit, action, dirty: git('status', '--porcelain', '--', 'action.yml', 'dist/action') !== '' }
  } catch {
    return undefined
  }
}
