// Runs on `npm pack` / `npm publish` (prepack): records in the package which commit it was built
// from, so `leger-curate init` can pin the released Action by that commit's full SHA, with the
// version in a comment. The commit must be the one the version's tag points at (the release
// workflow packs a clean checkout of the tag); a pack with changes to what the Action runs is
// marked dirty, and init warns that the pin may not match.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
const { name, version, repository } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
// The Action's owner/repo, from the package's repository URL (git+https://github.com/owner/repo.git).
const action = /github\.com[/:]([^/]+\/[^/.]+)/.exec(repository?.url ?? '')?.[1]
if (!action) {
  console.error('stamp-build: package.json repository.url names no GitHub repository')
  process.exit(1)
}
let commit
let dirty = false
try {
  commit = git('rev-parse', 'HEAD^{commit}')
  dirty = git('status', '--porcelain', '--', 'action.yml', 'dist/action') !== ''
} catch (err) {
  console.error(`stamp-build: cannot read the git commit (${err.message.split('\n')[0]}); pack from a git checkout of the release tag`)
  process.exit(1)
}
if (!/^[0-9a-f]{40}$/.test(commit)) {
  console.error(`stamp-build: "${commit}" is not a full SHA-1 commit id`)
  process.exit(1)
}
if (dirty) console.error('stamp-build: warning: action.yml or dist/action differ from the commit; the pinned Action will not match this package')
const info = { name, version, tag: `v${version}`, commit, action, dirty }
writeFileSync(path.join(root, 'dist/build-info.json'), JSON.stringify(info, null, 2) + '\n')
console.error(`stamp-build: ${name} ${info.tag} built from ${commit}${dirty ? ' (dirty)' : ''}`)
