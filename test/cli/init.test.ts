/** leger-curate init: what a new store repository gets, that nothing of the user's is replaced, and that the new store passes its own check. */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Io } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { addPrepareScript } from '../../src/core/init-plan.js'
import { ROOT, tempDir } from '../helpers.js'

async function run(argv: string[], cwd: string) {
  const out = { out: '', err: '' }
  const io: Io = { cwd, env: { ...process.env, NO_COLOR: '1' }, out: (t) => void (out.out += t), err: (t) => void (out.err += t), isTTY: false, stdinTTY: false }
  return { code: await main(argv, io), ...out }
}

const HEAD = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }

describe('leger-curate init', () => {
  it('scaffolds the store, policy, guide, hooks and pinned workflows, and the new store passes its own check', async () => {
    const dir = path.join(tempDir(), 'my-store')
    const r = await run(['init', dir], ROOT)
    expect(r.code).toBe(0)
    for (const f of ['model-store/cloud/.gitkeep', 'model-store/local/.gitkeep', 'model-store/README.md', 'curation.config.json', '.husky/pre-commit', '.husky/commit-msg', '.gitignore', 'package.json'])
      expect(existsSync(path.join(dir, f)), f).toBe(true)
    expect(readFileSync(path.join(dir, 'model-store/README.md'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'model-store/README.md'), 'utf8'))
    expect(readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toContain('\nleger-curate validate --staged\n')
    expect(readFileSync(path.join(dir, '.husky/commit-msg'), 'utf8')).toContain('\nleger-curate commit-msg "$1"\n')
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toEqual({
      name: 'my-store',
      private: true,
      scripts: { prepare: 'husky', validate: 'leger-curate validate' },
      devDependencies: { 'leger-curate': `^${version}` },
    })
    // The released Action, pinned by the commit this toolkit is built from, its tag in the comment.
    for (const wf of ['leger-curate-check.yml', 'leger-curate-audit.yml', 'leger-curate-release.yml']) {
      const text = readFileSync(path.join(dir, '.github/workflows', wf), 'utf8')
      expect(text).toContain(`uses: leger-labs/leger-curate@${HEAD} # v${version}\n`)
      expect(parse(text).jobs).toBeTruthy()
    }
    expect(r.out).toContain('next:\n  npm install')
    expect(r.out).toContain('git init, then npx husky')

    const check = await run(['validate'], dir)
    expect(check.code).toBe(0)
    expect(check.out).not.toMatch(/error|warning/)
  })

  it('run again, it writes nothing and lists everything as left alone', async () => {
    const dir = tempDir()
    await run(['init'], dir)
    const before = readFileSync(path.join(dir, 'curation.config.json'), 'utf8')
    writeFileSync(path.join(dir, 'curation.config.json'), before.replace('"min_downloads": 1000', '"min_downloads": 5'))
    const again = await run(['init'], dir)
    expect(again.code).toBe(0)
    expect(again.out).toContain('left alone (already there):\n  model-store/cloud/.gitkeep')
    expect(again.out).toContain('nothing to do')
    expect(readFileSync(path.join(dir, 'curation.config.json'), 'utf8')).toContain('"min_downloads": 5')
  })

  it("never replaces a user's file: adds only what is missing, and says what to do by hand", async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, '.husky'))
    writeFileSync(path.join(dir, '.husky/pre-commit'), 'npm test\n')
    writeFileSync(path.join(dir, '.gitignore'), 'dist/\n')
    writeFileSync(path.join(dir, 'package.json'), '{\n    "name": "theirs",\n    "scripts": { "prepare": "patch-package" }\n}\n')
    const r = await run(['init', '--dry-run'], dir)
    expect(r.out).toContain('would create:')
    expect(existsSync(path.join(dir, 'curation.config.json'))).toBe(false)
    const real = await run(['init'], dir)
    expect(readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\n')
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('dist/\n')
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe('{\n    "name": "theirs",\n    "scripts": { "prepare": "patch-package" }\n}\n')
    expect(real.out).toContain('.husky/pre-commit is your own: add the line "leger-curate validate --staged" to it')
    expect(real.out).toContain('has its own prepare script ("patch-package"): left alone')
    expect(real.out).toContain('npm install --save-dev leger-curate')
    expect(real.out).toContain('.gitignore is your own: add node_modules/ to it')
  })

  it('adds husky\'s prepare script to a package.json without one, keeping its layout', () => {
    const text = '{\n    "name": "x",\n    "devDependencies": { "leger-curate": "^1.0.0" }\n}\n'
    const edit = addPrepareScript(text)
    expect(edit.todo).toEqual([])
    expect(JSON.parse(edit.text!)).toEqual({ name: 'x', devDependencies: { 'leger-curate': '^1.0.0' }, scripts: { prepare: 'husky' } })
    expect(edit.text).toContain('\n    "name": "x",\n')
    expect(addPrepareScript('[1]').todo[0]).toContain('not a JSON object')
  })

  it('refuses a DIR that is a file', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'f'), '')
    const r = await run(['init', 'f'], dir)
    expect(r.code).toBe(2)
    expect(r.err).toContain('f exists and is not a folder')
  })
})
