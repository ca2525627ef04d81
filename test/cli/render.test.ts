import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cloudModel, makeStore, ROOT, runCli, tempDir } from '../helpers.js'
import { FIXTURE_STORE } from '../render-helpers.js'

const STORE = path.join(FIXTURE_STORE, 'model-store')
const SCHEMAS = path.join(ROOT, 'schemas')
// The fixture store's own policy (the defaults): the repository's names the bundled models.
const POLICY = path.join(FIXTURE_STORE, 'curation.config.json')
const render = (bp: string, out: string, extra: string[] = [], cwd?: string, store = STORE) => runCli(['render', bp, '--out', out, '--store', store, '--schemas', SCHEMAS, ...extra], { cwd })

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort()
}

describe('leger-curate render', () => {
  it('renders a sample blueprint from the bundled store as the golden files, and says which secrets to create', () => {
    const out = path.join(tempDir(), 'out')
    const r = render(path.join(ROOT, 'templates/blueprints/minimal.json'), out, [], undefined, path.join(ROOT, 'model-store'))
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(listFiles(out)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'test/golden/files.json'), 'utf8')).minimal)
    for (const f of listFiles(out)) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(ROOT, 'test/golden/minimal', f), 'utf8'))
    expect(r.stdout).toContain('printf %s "$OPENAI_API_KEY" | podman secret create --replace openai_api_key -')
    expect(r.stdout).toContain('Then follow DEPLOY.md')
    // Rendering again replaces the previous output.
    expect(render(path.join(ROOT, 'templates/blueprints/local-only.json'), out).code).toBe(0)
    expect(listFiles(out)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'test/golden/files.json'), 'utf8'))['local-only'])
  })

  it('exits 1 on an unknown id, pointing at its line with a suggestion; nothing is written', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'bp.json'), '{\n  "models": {\n    "cloud": ["gpt-5", "claude-sonet-4-5"]\n  }\n}\n')
    const r = render('bp.json', 'out', [], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('bp.json:3:24 error resolve unknown cloud model "claude-sonet-4-5"')
    expect(r.stderr).toContain('hint: Did you mean "claude-sonnet-4-5"?')
    expect(existsSync(path.join(dir, 'out'))).toBe(false)
  })

  it('warns about deprecated models and still renders', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'bp.json'), JSON.stringify({ models: { cloud: ['gpt-4o'] } }))
    const r = render('bp.json', 'out', [], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("warning: You're using 1 deprecated model: gpt-4o -> gpt-5")
    expect(r.stderr).toContain('warning resolve gpt-4o is deprecated; use gpt-5 instead')
  })

  it('refuses to replace a folder that is not a previous render', () => {
    const out = tempDir()
    writeFileSync(path.join(out, 'precious.txt'), 'keep me')
    const r = render(path.join(ROOT, 'templates/blueprints/minimal.json'), out)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('is not empty and holds no required-secrets.json')
    expect(readdirSync(out)).toEqual(['precious.txt'])
    // Nor the folder it runs in, or one above it.
    const here = tempDir()
    writeFileSync(path.join(here, 'required-secrets.json'), '{}')
    expect(render(path.join(ROOT, 'templates/blueprints/minimal.json'), '.', [], here).stderr).toContain('holds the current folder')
    expect(readdirSync(here)).toEqual(['required-secrets.json'])
  })

  it('refuses a blueprint that uses a model file with errors (a hostile name)', () => {
    const dir = makeStore({ 'cloud/evil.json': cloudModel({ id: 'evil', name: 'x\n[Service]\nExecStartPre=/bin/sh' }) })
    writeFileSync(path.join(dir, 'bp.json'), JSON.stringify({ models: { cloud: ['evil'] } }))
    const r = runCli(['render', 'bp.json', '--out', 'out', '--schemas', SCHEMAS], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('evil: its model file model-store/cloud/evil.json has errors')
    expect(existsSync(path.join(dir, 'out'))).toBe(false)
  })

  it('takes --templates, and explains a missing one', () => {
    const t = tempDir()
    const r = render(path.join(ROOT, 'templates/blueprints/minimal.json'), path.join(tempDir(), 'o'), ['--templates', t])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('images.json is missing')
    expect(runCli(['render']).code).toBe(2)
    expect(runCli(['render', '--help']).stdout).toContain('Usage: leger-curate render BLUEPRINT --out DIR')
  })
})

describe('leger-curate release', () => {
  it('validates, then builds a bundle that is byte-identical on a second run', () => {
    const a = path.join(tempDir(), 'a')
    const b = path.join(tempDir(), 'b')
    const r = runCli(['release', '--out', a, '--store', STORE, '--schemas', SCHEMAS, '--policy', POLICY])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^✔ 8 files checked, no problems\n/)
    expect(r.stdout).toContain('minimal.tar.gz')
    expect(runCli(['release', '--out', b, '--store', STORE, '--schemas', SCHEMAS, '--policy', POLICY]).code).toBe(0)
    expect(listFiles(a)).toEqual(listFiles(b))
    for (const f of listFiles(a)) expect(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), f).toBe(true)
    const index = JSON.parse(readFileSync(path.join(a, 'index.json'), 'utf8'))
    expect(index.commit).toMatch(/^[0-9a-f]{40}$/) // the fixture store lives in this repository
    // Building again into the same folder replaces it.
    expect(runCli(['release', '--out', a, '--store', STORE, '--schemas', SCHEMAS, '--policy', POLICY]).code).toBe(0)
  })

  it('builds from the bundled store (what npm start does): every sample blueprint resolves', () => {
    const out = path.join(tempDir(), 'out')
    const r = runCli(['release', '--out', out])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(listFiles(out).filter((f) => !f.includes('/'))).toEqual(['CHANGES.md', 'SHA256SUMS', 'index.json', 'local-only.tar.gz', 'minimal.tar.gz', 'multi-provider.tar.gz', 'site.tar.gz'])
    expect(listFiles(out).filter((f) => f.startsWith('site/') && !f.startsWith('site/api/models/'))).toEqual([
      'site/api/blueprint.schema.json', 'site/api/categories.json', 'site/api/models.json', 'site/app.css', 'site/app.js', 'site/icon.svg', 'site/index.html',
    ])
    expect(readFileSync(path.join(out, 'CHANGES.md'), 'utf8')).toContain('No previous index.json was given')
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8'))
    expect(index.counts.total).toBe(readdirSync(path.join(ROOT, 'model-store/cloud')).length + readdirSync(path.join(ROOT, 'model-store/local')).length)
  })

  it('--previous FILE: CHANGES.md lists what changed since that index; the same inputs give the same notes', () => {
    const dir = tempDir()
    const first = path.join(dir, 'first')
    expect(runCli(['release', '--out', first, '--store', STORE, '--schemas', SCHEMAS]).code).toBe(0)
    const index = JSON.parse(readFileSync(path.join(first, 'index.json'), 'utf8'))
    index.models = index.models.filter((m: { id: string }) => m.id !== 'gpt-5')
    const old = path.join(dir, 'old-index.json')
    writeFileSync(old, JSON.stringify(index))
    const notes = () => {
      const out = path.join(dir, 'next')
      const r = runCli(['release', '--out', out, '--store', STORE, '--schemas', SCHEMAS, '--previous', old])
      expect(r.code, r.stderr).toBe(0)
      return readFileSync(path.join(out, 'CHANGES.md'), 'utf8')
    }
    const a = notes()
    expect(a).toContain('## Added (1)\n\n- `gpt-5` GPT-5 (cloud, openai)')
    expect(notes()).toBe(a)
    writeFileSync(old, '{"models": 1}')
    const bad = runCli(['release', '--out', path.join(dir, 'bad'), '--store', STORE, '--schemas', SCHEMAS, '--previous', old])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('is not a release index')
    expect(runCli(['release', '--out', path.join(dir, 'bad'), '--previous', path.join(dir, 'missing.json')]).stderr).toContain('file not found')
  })

  it('refuses to build from a store with errors, and writes nothing', () => {
    const dir = makeStore({ 'cloud/bad.json': cloudModel({ id: 'bad', context_window: 'lots' }) })
    mkdirSync(path.join(dir, 'templates'))
    const r = runCli(['release', '--out', 'out', '--schemas', SCHEMAS], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('model-store/cloud/bad.json')
    expect(r.stderr).toContain('release refused: the store has 1 error')
    expect(existsSync(path.join(dir, 'out'))).toBe(false)
  })

  it('outside a git repository the commit is null', () => {
    const dir = tempDir()
    const store = path.join(dir, 'store')
    mkdirSync(store)
    for (const kind of ['cloud', 'local']) {
      mkdirSync(path.join(store, kind))
      for (const f of readdirSync(path.join(STORE, kind))) writeFileSync(path.join(store, kind, f), readFileSync(path.join(STORE, kind, f)))
    }
    const r = runCli(['release', '--out', 'out', '--store', 'store', '--schemas', SCHEMAS], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } })
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(readFileSync(path.join(dir, 'out/index.json'), 'utf8')).commit).toBeNull()
  })
})
