/**
 * Which build of leger-curate is running: dist/build-info.json, written when the package was
 * packed; in a development checkout (never packed), the same facts from its git HEAD.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildInfo } from '../core/init-plan.js'
import { packageRoot } from './paths.js'

export const BUILD_INFO_FILE = 'dist/build-info.json'

export function readBuildInfo(root = packageRoot()): BuildInfo | undefined {
  const file = path.join(root, BUILD_INFO_FILE)
  if (existsSync(file)) {
    try {
      const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildInfo>
      if (typeof info.version === 'string' && typeof info.commit === 'string' && /^[0-9a-f]{40}$/.test(info.commit) && typeof info.action === 'string' && typeof info.tag === 'string')
        return { name: info.name ?? 'leger-curate', version: info.version, tag: info.tag, commit: info.commit, action: info.action, dirty: info.dirty === true }
    } catch {
      // an unreadable stamp is no stamp: fall through
    }
    return undefined
  }
  // A development checkout: HEAD is what would be packed.
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; repository?: { url?: string } }
    const action = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1]
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    // Only a checkout of leger-curate itself: an installed copy sits inside its user's repository.
    if (path.resolve(git('rev-parse', '--show-toplevel')) !== path.resolve(root)) return undefined
    const commit = git('rev-parse', 'HEAD^{commit}')
    if (!action || !/^[0-9a-f]{40}$/.test(commit)) return undefined
    return { name: pkg.name, version: pkg.version, tag: `v${pkg.version}`, commit, action, dirty: git('status', '--porcelain', '--', 'action.yml', 'dist/action') !== '' }
  } catch {
    return undefined
  }
}
