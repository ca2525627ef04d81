// A hash of everything the bundles are built from. The build writes it to dist/src-hash.txt;
// test/global-setup.ts compares it with the tree, so tests never run a stale bundle
// (mtimes lie after a checkout or `git restore dist`).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? files(p) : [p]
  })
}

export function srcHash(root) {
  const h = createHash('sha256')
  const inputs = [...files(path.join(root, 'src')), path.join(root, 'package-lock.json'), path.join(root, 'tsconfig.json'), path.join(root, 'scripts/build.mjs')]
  for (const f of inputs.map((p) => path.relative(root, p).split(path.sep).join('/')).sort()) {
    h.update(`${f}\0`)
    h.update(readFileSync(path.join(root, f)))
    h.update('\0')
  }
  return h.digest('hex')
}
