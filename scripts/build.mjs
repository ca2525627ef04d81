// Bundles the doors with ncc: the Action (no prompt library), the CLI, and the library (dist/lib)
// with its declarations (tsc, then only the .d.ts files the library's index reaches).
// ncc compiles TypeScript with the project's own typescript (pinned ~5.9: TS 7 breaks ncc).
// ncc only transpiles (src/tsconfig.json; `npm run typecheck` checks types once, not per bundle).
// The bundles build at once, each into a scratch folder swapped in at the end,
// so an interrupted build never leaves dist/ half deleted.
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { srcHash } from './src-hash.mjs'

const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
const scratch = path.join(root, '.tmp/build')

// The standalone validators and the precompiled templates first: they are part of the sources ncc bundles.
execFileSync(process.execPath, [path.join(import.meta.dirname, 'gen-validators.mjs')], { stdio: 'inherit' })
execFileSync(process.execPath, [path.join(import.meta.dirname, 'gen-templates.mjs')], { stdio: 'inherit' })

const entries = [
  ['src/action/index.ts', 'action'],
  ['src/cli/index.ts', 'cli'],
  ['src/lib/index.ts', 'lib'],
]
const typesOut = path.join(scratch, 'lib-types')
rmSync(scratch, { recursive: true, force: true })
mkdirSync(scratch, { recursive: true })
const run = (args, what) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited ${code}`))))
  })
await Promise.all([
  ...entries.map(([entry, name]) => run([ncc, 'build', entry, '-o', path.join(scratch, name), '--license', 'licenses.txt', '--quiet', '--transpile-only'], `ncc build ${entry}`)),
  run([path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json', '--outDir', typesOut], 'tsc (library declarations)'),
])
shipDeclarations(typesOut, path.join(scratch, 'lib', 'types'))
for (const [, name] of entries) {
  rmSync(path.join(root, 'dist', name), { recursive: true, force: true })
  mkdirSync(path.join(root, 'dist'), { recursive: true })
  renameSync(path.join(scratch, name), path.join(root, 'dist', name))
}
rmSync(scratch, { recursive: true, force: true })
writeFileSync(path.join(root, 'dist/src-hash.txt'), `${srcHash(root)}\n`)

/**
 * Copies lib/index.d.ts and every declaration it reaches by relative import into `to`, keeping
 * their layout: the library's types ship whole, and nothing of the toolkit they do not name.
 */
function shipDeclarations(from, to) {
  const todo = ['lib/index.d.ts']
  const seen = new Set()
  while (todo.length) {
    const rel = todo.pop()
    if (seen.has(rel)) continue
    seen.add(rel)
    const text = readFileSync(path.join(from, rel), 'utf8')
    for (const [, spec] of text.matchAll(/(?:from\s+|import\()['"](\.{1,2}\/[^'"]+)['"]/g))
      todo.push(path.posix.join(path.posix.dirname(rel), spec.replace(/\.js$/, '.d.ts')))
    mkdirSync(path.dirname(path.join(to, rel)), { recursive: true })
    copyFileSync(path.join(from, rel), path.join(to, rel))
  }
}
