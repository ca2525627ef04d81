// Bundles the two doors with ncc: the Action (no prompt library) and the CLI.
// ncc compiles TypeScript with the project's own typescript (pinned ~5.9: TS 7 breaks ncc).
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { srcHash } from './src-hash.mjs'

// The standalone validators first: they are part of the sources ncc bundles.
execFileSync(process.execPath, [path.join(import.meta.dirname, 'gen-validators.mjs')], { stdio: 'inherit' })

const root = path.resolve(import.meta.dirname, '..')
const entries = [
  ['src/action/index.ts', 'dist/action'],
  ['src/cli/index.ts', 'dist/cli'],
]
for (const [entry, out] of entries) {
  rmSync(path.join(root, out), { recursive: true, force: true })
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { cwd: root, stdio: 'inherit' })
}
writeFileSync(path.join(root, 'dist/src-hash.txt'), `${srcHash(root)}\n`)
