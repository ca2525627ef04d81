// Bundles the two doors with ncc: the Action (no prompt library) and the CLI.
// ncc compiles TypeScript with the project's own typescript (pinned ~5.9: TS 7 breaks ncc).
// The two bundles build at once (two cores), each into a scratch folder swapped in at the end,
// so an interrupted build never leaves dist/ half deleted.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { srcHash } from './src-hash.mjs'

const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
const scratch = path.join(root, '.tmp/build')

// The standalone validators first: they are part of the sources ncc bundles.
execFileSync(process.execPath, [path.join(import.meta.dirname, 'gen-validators.mjs')], { stdio: 'inherit' })

const entries = [
  ['src/action/index.ts', 'action'],
  ['src/cli/index.ts', 'cli'],
]
rmSync(scratch, { recursive: true, force: true })
mkdirSync(scratch, { recursive: true })
await Promise.all(
  entries.map(
    ([entry, name]) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [ncc, 'build', entry, '-o', path.join(scratch, name), '--license', 'licenses.txt', '--quiet'], { cwd: root, stdio: 'inherit' })
        child.on('error', reject)
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} exited ${code}`))))
      }),
  ),
)
for (const [, name] of entries) {
  rmSync(path.join(root, 'dist', name), { recursive: true, force: true })
  mkdirSync(path.join(root, 'dist'), { recursive: true })
  renameSync(path.join(scratch, name), path.join(root, 'dist', name))
}
rmSync(scratch, { recursive: true, force: true })
writeFileSync(path.join(root, 'dist/src-hash.txt'), `${srcHash(root)}\n`)
