/** The built CLI as a process: add --yes, refusals, exit codes, and that refusals write nothing. */
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { suggestGroup, suggestRamGb } from '../../src/core/ram.js'
import { CLI, cloudModel, makeStore, ROOT, runCli, tempDir } from '../helpers.js'
import { runCliAsync } from '../run-async.js'
import { json, serve, type Served } from '../servers/http.js'

const NANO = ['--kind', 'cloud', '--litellm-model', 'openai/gpt-5-nano-2025-08-07']
const QWEN = ['--kind', 'local', '--hf', 'Qwen/Qwen3-4B-GGUF', '--file', 'Qwen3-4B-Q4_K_M.gguf']
/** The Qwen3 technical report's scores (as model-store/local/qwen3-4b.json records them), and their page. */
const SCORES = ['--benchmark', 'mmlu_redux=83.7', '--benchmark', 'gpqa_diamond=55.9', '--source', 'https://arxiv.org/abs/2505.09388']
const TODAY = { LEGER_TODAY: '2026-06-15' }

/** Every file under a folder with its size and mtime: to show a refusal touched nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out[path.relative(dir, p)] = `${statSync(p).size}:${readFileSync(p, 'utf8')}`
    }
  }
  walk(dir)
  return out
}

const read = (dir: string, rel: string) => JSON.parse(readFileSync(path.join(dir, 'model-store', rel), 'utf8'))

describe('add --yes (built CLI)', () => {
  it('writes a cloud model prefilled from the LiteLLM list, which then validates', () => {
    const dir = makeStore({})
    const r = runCli(['add', ...NANO, '--id', 'gpt-5-nano', '--name', 'GPT-5 Nano', '--yes'], { cwd: dir, env: TODAY })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Wrote model-store/cloud/gpt-5-nano.json')
    expect(r.stdout).toContain(`git commit -m 'feat: add GPT-5 Nano model'`)
    const text = readFileSync(path.join(dir, 'model-store/cloud/gpt-5-nano.json'), 'utf8')
    expect(text).toMatch(/^\{\n {2}"\$schema": "\.\.\/\.\.\/schemas\/cloud\.schema\.json",\n {2}"id": "gpt-5-nano",\n/)
    expect(text.endsWith('}\n')).toBe(true)
    // Prefilled from LiteLLM's list, which the file names: verified today. The window is the list's input cap: it records no whole window.
    expect(JSON.parse(text)).toMatchObject({ provider: 'openai', requires_api_key: 'OPENAI_API_KEY', context_window: 272000, last_verified: '2026-06-15' })
    expect(runCli(['validate'], { cwd: dir })).toMatchObject({ code: 0 })
  })

  it('suggests a readable display name, and leaves pricing.tier out unless the store uses it', () => {
    const dir = makeStore({})
    expect(runCli(['add', ...NANO, '--yes'], { cwd: dir }).code).toBe(0)
    const written = read(dir, 'cloud/gpt-5-nano-2025-08-07.json')
    expect(written.name).toBe('GPT-5 Nano')
    expect(written.pricing.tier).toBeUndefined()
    expect(runCli(['add', '--kind', 'cloud', '--litellm-model', 'anthropic/claude-haiku-4-5-20251001', '--tier', 'budget', '--yes'], { cwd: dir }).code).toBe(0)
    expect(read(dir, 'cloud/claude-haiku-4-5-20251001.json')).toMatchObject({ name: 'Claude Haiku 4.5', pricing: { tier: 'budget' } })
  })

  it('writes a cloud and a local model that validate then accepts with no error', () => {
    const dir = makeStore({})
    expect(runCli(['add', ...NANO, '--id', 'gpt-5-nano', '--yes'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' })
    const local = runCli(['add', ...QWEN, '--context-window', '32768', '--size-bytes', '2497280256', '--license', 'apache-2.0', ...SCORES, '--yes'], { cwd: dir })
    expect(local).toMatchObject({ code: 0, stderr: '' })
    const v = runCli(['validate', '--format', 'json'], { cwd: dir })
    expect(v.code).toBe(0)
    const report = JSON.parse(v.stdout) as { findings: { severity: string }[]; summary: { files: number; errors: number } }
    expect(report.summary).toMatchObject({ files: 2, errors: 0 })
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('writes a local model offline from flags, suggesting group and ram from --size-bytes', () => {
    const dir = makeStore({})
    const size = 2497280256
    const args = [...QWEN, '--context-window', '32768', '--size-bytes', String(size), '--license', 'apache-2.0', '--benchmark', 'mmlu_redux=83.7', '--benchmark', 'gpqa_diamond=55.9']
    const r = runCli(['add', ...args, '--source', 'https://arxiv.org/abs/2505.09388', '--enabled=false', '--yes'], { cwd: dir, env: TODAY })
    expect(r.code).toBe(0)
    // Nothing was prefilled from a source offline: no last_verified.
    expect(read(dir, 'local/qwen3-4b.json')).toEqual({
      $schema: '../../schemas/local.schema.json',
      id: 'qwen3-4b',
      name: 'Qwen3 4B',
      model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf',
      quantization: 'Q4_K_M',
      ram_required_gb: suggestRamGb(size, 8192),
      context_window: 32768,
      group: suggestGroup(size),
      size_bytes: size,
      ctx_size: 8192,
      hf_repo: 'Qwen/Qwen3-4B-GGUF',
      hf_file: 'Qwen3-4B-Q4_K_M.gguf',
      license: 'apache-2.0',
      benchmarks: { mmlu_redux: 83.7, gpqa_diamond: 55.9 },
      enabled: false,
      sources: ['https://arxiv.org/abs/2505.09388'],
    })
  })

  it('refuses a benchmark that is not name=score at its flag', () => {
    const dir = makeStore({})
    const r = runCli(['add', ...QWEN, '--context-window', '32768', '--size-bytes', '2497280256', '--benchmark', 'mmlu 83', '--yes'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--benchmark: "mmlu 83" is not name=score')
    expect(readdirSync(path.join(dir, 'model-store/local'))).toEqual([])
  })

  it('writes hostile-looking text as escaped JSON, never raw', () => {
    const dir = makeStore({})
    const desc = 'Uses ${HOME} and 100% of "quotes"\nsecond line'
    expect(runCli(['add', ...NANO, '--description', desc, '--yes'], { cwd: dir }).code).toBe(0)
    const text = readFileSync(path.join(dir, 'model-store/cloud/gpt-5-nano-2025-08-07.json'), 'utf8')
    expect(text).toContain('"description": "Uses ${HOME} and 100% of \\"quotes\\"\\nsecond line",')
    expect(JSON.parse(text).description).toBe(desc)
  })
})

describe('add refusals (built CLI): exit 2, nothing written', () => {
  const cases: [string, string[], RegExp][] = [
    ['no TTY and no --yes', [...NANO], /add asks questions, but stdin is not a terminal/],
    ['no --kind with --yes', ['--yes'], /missing --kind: the kind of model \(cloud or local\) cannot be prefilled/],
    ['no model with --yes', ['--kind', 'cloud', '--yes'], /missing --litellm-model/],
    ['an unknown kind', ['--kind', 'remote', '--yes'], /--kind must be cloud or local; got "remote"/],
    ['an id that is taken', [...NANO, '--id', 'gpt-5', '--yes'], /--id: id "gpt-5" is taken: model-store\/cloud\/gpt-5.json/],
    ['an id that is an alias', [...NANO, '--id', 'gpt5', '--yes'], /--id: id "gpt5" is taken: an alias in model-store\/cloud\/gpt-5.json/],
    ['a traversal id', [...NANO, '--id', '../x', '--yes'], /--id: "\.\.\/x" is not a plain id/],
    ['an id with a slash', [...NANO, '--id', 'a/b', '--yes'], /--id: "a\/b" is not a plain id/],
    ['an absolute id', [...NANO, '--id', '/tmp/x', '--yes'], /--id: "\/tmp\/x" is not a plain id/],
    ['__proto__ as id', [...NANO, '--id', '__proto__', '--yes'], /--id: "__proto__" is not a plain id/],
    ['a newline in the name', [...NANO, '--name', 'A\nB', '--yes'], /--name: name "A\\nB" is not in the expected form/],
    ['a model already in the store', ['--kind', 'cloud', '--litellm-model', 'openai/gpt-5-2025-08-07', '--id', 'other', '--yes'], /--litellm-model: litellm_model_name "openai\/gpt-5-2025-08-07" is also used by model-store\/cloud\/gpt-5.json/],
    ['a bad number', [...NANO, '--context-window', 'lots', '--yes'], /--context-window must be a plain decimal number .*; got "lots"/],
    ['a number written in hex', [...NANO, '--context-window', '0x10', '--yes'], /--context-window must be a plain decimal number .*; got "0x10"/],
    ['a local window it cannot prefill offline', [...QWEN, '--yes'], /missing --context-window/],
    ['a group with no size to suggest it from', [...QWEN, '--context-window', '32768', '--yes'], /missing --group: no file size to suggest one from/],
    ['ram with no size to suggest it from', [...QWEN, '--context-window', '32768', '--group', 'task', '--yes'], /missing --ram-gb: no file size to suggest it from/],
    ['a quantization the file name contradicts', [...QWEN, '--quantization', 'Q8_0', '--yes'], /--quantization: quantization "Q8_0" differs from the file name/],
    ['a file path leaving the repo', ['--kind', 'local', '--hf', 'Qwen/Qwen3-4B-GGUF', '--file', '../../x.gguf', '--yes'], /contains a "\." or "\.\." path segment/],
    ['an unknown flag', ['--kind', 'cloud', '--colour', 'red'], /Unknown option '--colour'/],
  ]
  for (const [what, args, message] of cases) {
    it(what, () => {
      const dir = makeStore({ 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5', aliases: ['gpt5'], litellm_model_name: 'openai/gpt-5-2025-08-07' }) })
      const before = snapshot(dir)
      const r = runCli(['add', ...args], { cwd: dir })
      expect(r.stderr).toMatch(message)
      expect(r.code).toBe(2)
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
      expect(snapshot(dir)).toEqual(before)
    })
  }

  it('refuses to write into a kind folder that is a symbolic link', () => {
    const dir = makeStore({})
    const elsewhere = tempDir('leger-elsewhere-')
    rmSync(path.join(dir, 'model-store/cloud'), { recursive: true })
    symlinkSync(elsewhere, path.join(dir, 'model-store/cloud'))
    const r = runCli(['add', ...NANO, '--id', 'gpt-5-nano', '--yes'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/refusing to write into .*cloud: it is a symbolic link/)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('never overwrites a file the store could not read (exclusive write)', () => {
    const dir = makeStore({ 'cloud/gpt-5-nano.json': '{ not json' })
    const before = snapshot(dir)
    const r = runCli(['add', ...NANO, '--id', 'gpt-5-nano', '--yes'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('already exists; nothing was written')
    expect(snapshot(dir)).toEqual(before)
  })
})

describe('add refuses what validate refuses (built CLI): exit 1, the same findings, nothing written', () => {
  /** add's preview of the file it would write: the JSON after "<path>:" on stdout. */
  function preview(stdout: string): { file: string; text: string } {
    const m = /^(model-store\/(?:cloud|local)\/[^\n]+\.json):\n(\{\n[\s\S]*?\n\}\n)/m.exec(stdout)
    if (!m) throw new Error(`no preview in: ${stdout}`)
    return { file: m[1], text: m[2] }
  }
  const SIZE = ['--context-window', '32768', '--size-bytes', '2497280256']
  const cases: [string, string[], string[]][] = [
    ['a preview model', ['--kind', 'cloud', '--litellm-model', 'gemini/gemini-2.5-flash-lite-preview-09-2025'], ['cloud/not-preview']],
    ['an mmproj projector GGUF', ['--kind', 'local', '--hf', 'Qwen/Qwen3-4B-GGUF', '--file', 'mmproj-Qwen3-4B-F16.gguf', ...SIZE, '--license', 'apache-2.0', ...SCORES], ['local/gguf-on-hf']],
    ['a local model with no licence or benchmarks', [...QWEN, ...SIZE], ['local/benchmarks-present', 'local/licence']],
  ]
  for (const [what, args, rules] of cases) {
    it(what, () => {
      const dir = makeStore({})
      const before = snapshot(dir)
      const r = runCli(['add', ...args, '--yes'], { cwd: dir })
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('Nothing written: the file would not validate.')
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
      expect(snapshot(dir)).toEqual(before)
      // The same file written by hand: validate's errors are the ones add printed.
      const { file, text } = preview(r.stdout)
      const other = makeStore({ [file.slice('model-store/'.length)]: text })
      const v = runCli(['validate', '--format', 'json'], { cwd: other })
      expect(v.code).toBe(1)
      const errors = (JSON.parse(v.stdout) as { findings: { rule: string; severity: string; file: string; line: number; message: string }[] }).findings.filter((f) => f.severity === 'error')
      expect(errors.map((f) => f.rule).sort()).toEqual(rules)
      for (const f of errors) expect(r.stderr).toContain(`${f.file}:${f.line}`)
      for (const f of errors) expect(r.stderr).toContain(f.message)
      expect(r.stderr).toContain(`${errors.length} error`)
    })
  }
})

describe('add --online (built CLI, HuggingFace on 127.0.0.1)', () => {
  let server: Served
  let endpoint = ''
  const SIZE = 2497280256
  beforeAll(async () => {
    server = await serve((req, res) => {
      const ok = req.url === '/api/models/Qwen/Qwen3-4B-GGUF?blobs=true'
      json(
        res,
        ok ? 200 : 401,
        ok
          ? { id: 'Qwen/Qwen3-4B-GGUF', sha: 'c'.repeat(40), cardData: { license: 'apache-2.0' }, tags: ['gguf'], gguf: { total: 4022468096, context_length: 40960 }, siblings: [{ rfilename: 'Qwen3-4B-Q4_K_M.gguf', size: SIZE, lfs: { size: SIZE, sha256: 'b'.repeat(64) } }] }
          : { error: 'Repository Not Found' },
      )
    })
    endpoint = server.url
  })
  afterAll(() => server.close())

  it('prefills size, context and licence from the API, and pins the file: its sha256 and the revision', async () => {
    const dir = makeStore({})
    const r = await runCliAsync(['add', ...QWEN, '--benchmark', 'mmlu_redux=83.7', '--online', '--yes'], { cwd: dir, env: { HF_ENDPOINT: endpoint, ...TODAY } })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(read(dir, 'local/qwen3-4b.json')).toMatchObject({
      // Prefilled from the HF API, whose repo page the file names: verified today.
      last_verified: '2026-06-15',
      context_window: 40960,
      size_bytes: SIZE,
      license: 'apache-2.0',
      sha256: 'b'.repeat(64),
      revision: 'c'.repeat(40),
      group: suggestGroup(SIZE),
      ram_required_gb: suggestRamGb(SIZE, 8192),
      sources: ['https://huggingface.co/Qwen/Qwen3-4B-GGUF'],
    })
  })

  it('refuses a repo the Hub does not have, and a file the repo does not hold', async () => {
    const dir = makeStore({})
    const missing = await runCliAsync(['add', '--kind', 'local', '--hf', 'Qwen/Nope-GGUF', '--file', 'x-Q4_K_M.gguf', '--online', '--yes'], { cwd: dir, env: { HF_ENDPOINT: endpoint } })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--hf: Qwen/Nope-GGUF not found')
    const nofile = await runCliAsync(['add', '--kind', 'local', '--hf', 'Qwen/Qwen3-4B-GGUF', '--file', 'Qwen3-4B-Q8_0.gguf', '--online', '--yes'], { cwd: dir, env: { HF_ENDPOINT: endpoint } })
    expect(nofile.code).toBe(2)
    expect(nofile.stderr).toContain('Qwen/Qwen3-4B-GGUF has no file Qwen3-4B-Q8_0.gguf')
    expect(nofile.stderr).toContain('Its .gguf files: Qwen3-4B-Q4_K_M.gguf.')
    expect(readdirSync(path.join(dir, 'model-store/local'))).toEqual([])
  })
})

describe('add --online for a cloud model (built CLI, the LiteLLM list on 127.0.0.1)', () => {
  it('prefills from the live list, but refuses a model the store\'s snapshot (what validate reads) does not list', async () => {
    // A model the shipped snapshot does not have, in the list's own shape.
    const list = { sample_spec: { max_tokens: 'LEGACY' }, 'mistral/mistral-next-9': { litellm_provider: 'mistral', mode: 'chat', max_input_tokens: 262144, max_output_tokens: 32768, input_cost_per_token: 4e-7, output_cost_per_token: 2e-6, supports_function_calling: true } }
    const server = await serve((_req, res) => json(res, 200, list))
    try {
      const url = `${server.url}/model_prices_and_context_window.json`
      const dir = makeStore({})
      const r = await runCliAsync(['add', '--kind', 'cloud', '--litellm-model', 'mistral/mistral-next-9', '--online', '--yes'], { cwd: dir, env: { LITELLM_PRICES_URL: url } })
      // The preview shows the live list's facts; the verdict is the snapshot's, as the hook's will be.
      expect(r.stdout).toContain('"input_per_1m": "$0.40"')
      expect(r.stdout).toContain('"context_window": 262144')
      expect(r.stderr).toContain('run leger-curate refresh-upstream first')
      expect(r.stderr).toContain('cloud/litellm-listed')
      expect(r.code).toBe(1)
      expect(readdirSync(path.join(dir, 'model-store/cloud'))).toEqual([])
      // Offline, the snapshot does not list it: nothing to prefill the window from.
      const offline = runCli(['add', '--kind', 'cloud', '--litellm-model', 'mistral/mistral-next-9', '--id', 'other', '--yes'], { cwd: makeStore({}) })
      expect(offline.code).toBe(2)
      expect(offline.stderr).toContain('missing --context-window')
    } finally {
      await server.close()
    }
  })
})

describe('add --commit (built CLI, a real git repo)', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
  function repo(): string {
    const dir = makeStore({ 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5' }) })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'config', 'user.email', 'curator@example.com')
    git(dir, 'config', 'user.name', 'Curator')
    git(dir, 'add', '.')
    git(dir, 'commit', '-qm', 'init')
    return dir
  }

  it('stages and commits only the new file, with the suggested message', () => {
    const dir = repo()
    writeFileSync(path.join(dir, 'unrelated.txt'), 'x')
    git(dir, 'add', 'unrelated.txt')
    const r = runCli(['add', ...NANO, '--id', 'gpt-5-nano', '--name', 'GPT-5 Nano', '--yes', '--commit'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Committed [0-9a-f]+: feat: add GPT-5 Nano model/)
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('feat: add GPT-5 Nano model')
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD')).toBe('model-store/cloud/gpt-5-nano.json')
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('unrelated.txt')
  })

  it('writes what the pre-commit hook (validate --staged) accepts: a local model commits through it', () => {
    const dir = repo()
    const hook = path.join(dir, '.git/hooks/pre-commit')
    writeFileSync(hook, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} validate --staged\n`)
    chmodSync(hook, 0o755)
    const r = runCli(['add', ...QWEN, '--context-window', '32768', '--size-bytes', '2497280256', '--license', 'apache-2.0', ...SCORES, '--yes', '--commit'], { cwd: dir })
    // The hook's own report, on the staged file.
    expect(r.stderr).toBe('✔ 1 file checked, no problems\n')
    expect(r.code).toBe(0)
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('feat: add Qwen3 4B model')
  })

  it('runs the hooks: a failing pre-commit hook leaves the file written but not committed, exit 1', () => {
    const dir = repo()
    const hook = path.join(dir, '.git/hooks/pre-commit')
    writeFileSync(hook, '#!/bin/sh\necho "hook says no" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    const r = runCli(['add', ...NANO, '--id', 'gpt-5-nano', '--yes', '--commit'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('git commit failed')
    expect(r.stderr).toContain('hook says no')
    expect(git(dir, 'log', '--format=%s')).toBe('init')
    expect(read(dir, 'cloud/gpt-5-nano.json').id).toBe('gpt-5-nano')
  })
})

describe('the prompt library stays out of validate and the Action', () => {
  /** The built files a CLI run loads, recorded by a module loader hook. */
  function loaded(args: string[], cwd: string): string[] {
    const dir = tempDir('leger-hooks-')
    const log = path.join(dir, 'loaded.log')
    writeFileSync(path.join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs'\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context) }\n`)
    writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)})\n`)
    writeFileSync(log, '')
    execFileSync(process.execPath, ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, CLI, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
    return readFileSync(log, 'utf8').split('\n').filter((u) => u.includes('/dist/cli/')).map((u) => fileURLToPath(u))
  }
  const hasPrompts = (file: string) => readFileSync(file, 'utf8').includes('@inquirer/core')

  it('validate loads no module holding @inquirer; add does', () => {
    const dir = makeStore({ 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5' }) })
    const forValidate = loaded(['validate'], dir)
    expect(forValidate.length).toBeGreaterThan(1)
    expect(forValidate.filter(hasPrompts)).toEqual([])
    expect(loaded(['add', '--help'], dir).some(hasPrompts)).toBe(true)
  })

  it('the Action bundle holds no prompt code', () => {
    expect(readFileSync(path.join(ROOT, 'dist/action/index.js'), 'utf8')).not.toContain('@inquirer/core')
  })
})
