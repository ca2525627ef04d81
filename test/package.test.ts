/**
 * The package as another repository gets it: `npm pack`, installed from the tarball into an
 * empty git repository (offline, from npm's cache), then every door run from node_modules:
 * init, add, a real commit through the installed hooks, validate, list, render, the Action's
 * entry as the runner starts it, and a TypeScript program type-checked against the shipped types.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { childEnv, git, gitOk, head } from './git-helpers.js'
import { ROOT, tempDir } from './helpers.js'

// npm's own cache (filled by `npm ci`) serves the install: the test never reaches the network.
const NPM_CACHE = execFileSync('npm', ['config', 'get', 'cache'], { cwd: ROOT, encoding: 'utf8' }).trim()
const REGISTRY = execFileSync('npm', ['config', 'get', 'registry'], { cwd: ROOT, encoding: 'utf8' }).trim().replace(/\/+$/, '')
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> }
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }

let tarball: string
let repo: string
let packed: string[]

function sh(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(cmd, args, { cwd: options.cwd ?? repo, env: childEnv({ npm_config_cache: NPM_CACHE, npm_config_update_notifier: 'false', ...options.env }), encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout }
}
/** The installed CLI, as `npx leger-curate` runs it. */
const curate = (...args: string[]) => sh(path.join(repo, 'node_modules/.bin/leger-curate'), args)

beforeAll(() => {
  const out = tempDir('leger-pack-')
  // HUSKY=0: npm pack runs prepare (husky), which must not touch this checkout's git config.
  const pack = sh('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, env: { HUSKY: '0' } })
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.out}`)
  const info = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[]
  tarball = path.join(out, info[0].filename)
  packed = info[0].files.map((f) => f.path)

  repo = tempDir('leger-consumer-')
  gitOk(repo, ['init', '-q', '-b', 'main'])
  gitOk(repo, ['config', 'user.name', 'Test Curator'])
  gitOk(repo, ['config', 'user.email', 'curator@example.test'])
  gitOk(repo, ['config', 'commit.gpgsign', 'false'])
  // husky, leger-curate's one runtime dependency, by its tarball URL at the version the lock file
  // pins: npm's cache holds the tarballs npm ci fetched, not the registry's package documents.
  const husky = `${REGISTRY}/husky/-/husky-${lock.packages['node_modules/husky'].version}.tgz`
  const install = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball, husky])
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.out}`)
}, 240_000)

describe('the packed package', () => {
  it('holds what runs and nothing else, and records the commit it was packed from', () => {
    for (const f of ['dist/cli/index.js', 'dist/action/index.js', 'dist/lib/index.js', 'dist/lib/types/lib/index.d.ts', 'dist/build-info.json', 'action.yml', 'schemas/cloud.schema.json', 'data/litellm-model-prices.json', 'templates/blueprints/minimal.json', 'model-store/README.md', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'])
      expect(packed).toContain(f)
    expect(packed.filter((f) => /^(src|test|bench|scripts|\.github|\.husky)\/|^model-store\/(cloud|local)\//.test(f))).toEqual([])
    const info = JSON.parse(readFileSync(path.join(repo, 'node_modules/leger-curate/dist/build-info.json'), 'utf8'))
    expect(info).toMatchObject({ name: 'leger-curate', version, tag: `v${version}`, commit: head(ROOT), action: 'leger-labs/leger-curate' })
    // Installing it pulled husky alone: the bundles carry every other library.
    expect(JSON.parse(readFileSync(path.join(repo, 'node_modules/leger-curate/package.json'), 'utf8')).dependencies).toEqual({ husky: expect.any(String) })
  })
})

describe('from node_modules, in an empty repository', () => {
  it('init, add, a commit through the installed hooks, validate, list, render, and the Action', () => {
    const init = curate('init')
    expect(init.code, init.out).toBe(0)
    expect(init.out).toContain('hooks: installed')
    expect(init.out).toContain(`workflows pin leger-labs/leger-curate@${head(ROOT)} # v${version}`)
    expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts).toEqual({ prepare: 'husky' })
    expect(gitOk(repo, ['config', 'core.hooksPath']).trim()).toBe('.husky/_')
    gitOk(repo, ['add', '-A'])
    const scaffold = git(repo, ['commit', '-q', '-m', 'chore: a model store'])
    expect(scaffold.code, scaffold.stdout + scaffold.stderr).toBe(0)
    const base = head(repo)

    // The toolkit's own LiteLLM snapshot prefills the model: the repository has no data/ of its own.
    const add = curate('add', '--kind', 'cloud', '--litellm-model', 'openai/gpt-5-nano-2025-08-07', '--id', 'gpt-5-nano', '--name', 'GPT-5 Nano', '--description', 'The smallest GPT-5.', '--source', 'https://platform.openai.com/docs/models', '--yes')
    expect(add.code, add.out).toBe(0)
    expect(existsSync(path.join(repo, 'model-store/cloud/gpt-5-nano.json'))).toBe(true)

    // The installed pre-commit hook runs the installed CLI: a broken file is refused at its line...
    writeFileSync(path.join(repo, 'model-store/cloud/broken.json'), '{"id": "broken",}\n')
    gitOk(repo, ['add', 'model-store'])
    const blocked = git(repo, ['commit', '-m', 'feat: add GPT-5 Nano model'])
    expect(blocked.code).not.toBe(0)
    expect(blocked.stdout + blocked.stderr).toMatch(/model-store\/cloud\/broken\.json:1:\d+ error json-syntax/)
    expect(head(repo)).toBe(base)
    // ...the installed commit-msg hook refuses a message off the store's convention...
    gitOk(repo, ['rm', '-q', '--cached', 'model-store/cloud/broken.json'])
    const offConvention = git(repo, ['commit', '-m', 'stuff'])
    expect(offConvention.code).not.toBe(0)
    expect(offConvention.stdout + offConvention.stderr).toContain('suggested:  feat: add GPT-5 Nano model')
    // ...and the good file with its conventional message commits.
    const committed = git(repo, ['commit', '-m', 'feat: add GPT-5 Nano model'])
    expect(committed.code, committed.stdout + committed.stderr).toBe(0)
    expect(head(repo)).not.toBe(base)

    const validate = curate('validate', 'model-store')
    expect(validate.code, validate.out).toBe(1) // the broken file, still in the working tree
    expect(validate.out).toContain('model-store/cloud/broken.json')
    execFileSync('rm', [path.join(repo, 'model-store/cloud/broken.json')])
    const clean = curate('validate')
    expect(clean.code, clean.out).toBe(0)

    const list = curate('list', '--format', 'json')
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id: 'gpt-5-nano', kind: 'cloud', provider: 'openai', file: 'model-store/cloud/gpt-5-nano.json' })])
    expect(curate('select', '--require', 'tools', '--prefer', 'openai').stdout).toBe('gpt-5-nano\n')

    writeFileSync(path.join(repo, 'deploy.json'), JSON.stringify({ name: 'deploy', models: { cloud: ['openai:gpt-5-nano'] } }))
    const render = curate('render', 'deploy.json', '--out', 'out/deploy')
    expect(render.code, render.out).toBe(0)
    expect(readFileSync(path.join(repo, 'out/deploy/quadlet/litellm.yaml'), 'utf8')).toContain('model: "openai/gpt-5-nano-2025-08-07"')
    // The proxy's own master key first, then each provider's key.
    const secrets = JSON.parse(readFileSync(path.join(repo, 'out/deploy/required-secrets.json'), 'utf8')).required_secrets as { env: string }[]
    expect(secrets.map((s) => s.env)).toEqual(['LITELLM_MASTER_KEY', 'OPENAI_API_KEY'])

    // The Action's entry, as the runner starts it: inputs as INPUT_*, the run as GITHUB_*.
    const runner = tempDir('leger-runner-')
    const event = path.join(runner, 'event.json')
    writeFileSync(event, JSON.stringify({ before: base, after: head(repo) }))
    for (const f of ['output', 'summary']) writeFileSync(path.join(runner, f), '')
    const action = sh(process.execPath, [path.join(repo, 'node_modules/leger-curate/dist/action/index.js')], {
      env: {
        'INPUT_MODE': 'check',
        'INPUT_STORE-PATH': 'model-store',
        'INPUT_SCHEMAS-PATH': 'schemas',
        'INPUT_GITHUB-TOKEN': '',
        'INPUT_COMMENT': 'true',
        'INPUT_FAIL-ON': 'error',
        'INPUT_ONLINE': 'false',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKSPACE: repo,
        GITHUB_REPOSITORY: 'example/store',
        GITHUB_SHA: head(repo),
        GITHUB_OUTPUT: path.join(runner, 'output'),
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
      },
    })
    expect(action.code, action.out).toBe(0)
    expect(action.out).not.toContain('::error')
    const outputs = readFileSync(path.join(runner, 'output'), 'utf8')
    expect(outputs).toMatch(/^errors<<(\S+)\n0\n\1$/m)
    expect(outputs).toMatch(/^changed-models<<(\S+)\n\["gpt-5-nano"\]\n\1$/m)
    expect(readFileSync(path.join(runner, 'summary'), 'utf8')).toContain('gpt-5-nano')
  })

  it('a TypeScript program type-checks against the shipped declarations, and runs', () => {
    const dir = path.join(repo, 'consumer')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'use.ts'),
      `import { check, CurateError, getModel, listModels, openStore, parseSpec, renderBlueprint, resolve, resolveBlueprint, select, type Model, type Finding } from 'leger-curate'

const store = openStore({ dir: '..' })
const cloud: Model[] = listModels(store, { kind: 'cloud', capability: ['tools'] })
const picked: Model | undefined = select(store, { require: ['tools'], forbid: ['audio'], prefer: ['openai', 'anthropic'] })
const spec = parseSpec('openai:gpt-5-nano')
if (spec.ok) console.log(spec.spec.provider, spec.spec.id)
const r = resolve(store, 'openai:gpt-5-nano')
const id: string = r.ok ? r.model.id : r.problem
const verdict = await check(store)
const errors: Finding[] = verdict.findings.filter((f) => f.severity === 'error')
const { blueprint, findings } = await resolveBlueprint(store, { models: { cloud: ['gpt-5-nano'] } })
const files = blueprint ? renderBlueprint(blueprint).map((f) => f.path) : findings.map((f) => f.message)
try {
  openStore({ dir: '/nonexistent' })
} catch (err) {
  if (err instanceof CurateError) console.log(err.exitCode, err.hint)
}
// Never called: the compiler must refuse these, so the types are real, not any.
export function refused() {
  // @ts-expect-error a kind is 'cloud' or 'local'
  listModels(store, { kind: 'edge' })
  // @ts-expect-error getModel takes an id or spec string
  getModel(store, 42)
}
// A JavaScript caller that passes a number gets a CurateError, not a TypeError.
try {
  getModel(store, 42 as unknown as string)
} catch (err) {
  console.log(err instanceof CurateError ? 'CurateError' : 'other')
}
console.log(JSON.stringify({ cloud: cloud.length, picked: picked?.id, id, ok: verdict.ok, errors: errors.length, files }))
`,
    )
    // No @types/node, no skipLibCheck: the declarations must stand on their own.
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: [], outDir: 'build' }, files: ['use.ts'] }))
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }))
    const tsc = sh(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir])
    expect(tsc.code, tsc.out).toBe(0)
    const ran = sh(process.execPath, [path.join(dir, 'build/use.js')], { cwd: dir })
    expect(ran.code, ran.out).toBe(0)
    expect(ran.stdout).toContain('\nCurateError\n')
    expect(JSON.parse(ran.stdout.trim().split('\n').at(-1)!)).toEqual({
      cloud: 1,
      picked: 'gpt-5-nano',
      id: 'gpt-5-nano',
      ok: true,
      errors: 0,
      files: ['quadlet/litellm.yaml', 'quadlet/litellm.container', 'DEPLOY.md', 'required-secrets.json'],
    })
  })
})
