/** The quality tiers and refresh-upstream through the built CLI, as a process. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cloudModel, localModel, makeStore, runCli } from '../helpers.js'
import { runCliAsync } from '../run-async.js'
import { json, serve, type Served } from '../servers/http.js'
import { qwen3_4bInfo, trimmedLiteLLM } from '../servers/upstream.js'

let server: Served | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const FAST = { LEGER_HTTP_TIMEOUT_MS: '500', LEGER_HTTP_RETRIES: '1', LEGER_HTTP_BACKOFF_MS: '5' }

async function upstream(hub: (res: import('node:http').ServerResponse) => void, prices: (res: import('node:http').ServerResponse) => void = (res) => json(res, 200, trimmedLiteLLM())) {
  server = await serve((req, res) => ((req.url ?? '').startsWith('/prices.json') ? prices(res) : hub(res)))
  return { ...FAST, HF_ENDPOINT: server.url, LITELLM_PRICES_URL: `${server.url}/prices.json` }
}

describe('validate --online', () => {
  it('checks HuggingFace and the live list, and passes a good store', async () => {
    const env = await upstream((res) => json(res, 200, qwen3_4bInfo()))
    const dir = makeStore({ 'local/test-local.json': localModel(), 'cloud/test-cloud.json': cloudModel() })
    const r = await runCliAsync(['validate', '--online'], { cwd: dir, env })
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain('2 files checked, no problems')
    expect(server!.requests.map((q) => q.url).sort()).toEqual(['/api/models/Qwen/Qwen3-4B-GGUF?blobs=true', '/prices.json'])
  })
  it('reports an unreachable upstream as an error at the line, exit 1, no stack trace', async () => {
    const closed = await serve(() => {})
    const url = closed.url
    await closed.close()
    const dir = makeStore({ 'local/test-local.json': localModel(), 'cloud/test-cloud.json': cloudModel() })
    const r = await runCliAsync(['validate', '--online', '--format', 'json'], { cwd: dir, env: { ...FAST, HF_ENDPOINT: url, LITELLM_PRICES_URL: `${url}/p.json` } })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    const out = JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number; message: string }[] }
    expect(out.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['upstream-unreachable', 'model-store/cloud/test-cloud.json', 6],
      ['upstream-unreachable', 'model-store/local/test-local.json', 5],
    ])
    expect(out.findings[1].message).toContain('ECONNREFUSED')
  })
})

describe('validate --new and --policy', () => {
  const store = () =>
    makeStore({
      'local/qwen3-4b.json': localModel({ id: 'qwen3-4b' }),
      'local/qwen3-4b-v2.json': localModel({ id: 'qwen3-4b-v2', model_uri: 'huggingface://unsloth/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf' }),
    })
  it('applies the new-submission checks to the named files only', () => {
    const dir = store()
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0)
    // --new without --online stays offline: no HF_ENDPOINT is needed and none is reached.
    const r = runCli(['validate', '--new', 'model-store/local/qwen3-4b-v2.json'], { cwd: dir, env: { HF_ENDPOINT: 'http://127.0.0.1:9' } })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('model-store/local/qwen3-4b-v2.json:3:9 error local/redundant-variant "qwen3-4b-v2" is a variant of "qwen3-4b", already in the store')
    expect(runCli(['validate', '--new'], { cwd: dir }).code).toBe(2)
  })
  it('reads curation.config.json, takes --policy FILE, and reports a bad policy at its line', () => {
    const dir = store()
    writeFileSync(path.join(dir, 'curation.config.json'), JSON.stringify({ exceptions: [{ rule: 'local/redundant-variant', id: 'qwen3-4b-v2', reason: 'kept on purpose for this test' }] }, null, 2))
    expect(runCli(['validate', '--new', 'model-store/local/qwen3-4b-v2.json'], { cwd: dir }).code).toBe(0)
    mkdirSync(path.join(dir, 'cfg'))
    writeFileSync(path.join(dir, 'cfg', 'strict.json'), '{\n  "severity": { "sources-present": "error" },\n  "thresholds": { "ram_max_gb": "lots" }\n}\n')
    const r = runCli(['validate', '--policy', 'cfg/strict.json'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('cfg/strict.json:3:33 error policy thresholds.ram_max_gb must be a number, got the string "lots"')
    const missing = runCli(['validate', '--policy', 'nope.json'], { cwd: dir })
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'leger-curate: policy file not found: nope.json'])
  })
})

describe('refresh-upstream', () => {
  it('rewrites the snapshot and its date atomically, and validate then uses it', async () => {
    const env = await upstream(() => {})
    const dir = makeStore({ 'cloud/test-cloud.json': cloudModel({ provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-flash', requires_api_key: 'GEMINI_API_KEY', pricing: undefined }) })
    // The shipped snapshot lists gemini-2.5-flash; pricing aside, the file is good.
    expect(runCli(['validate', '--format', 'json'], { cwd: dir }).stdout).not.toContain('litellm-listed')
    const r = await runCliAsync(['refresh-upstream'], { cwd: dir, env })
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(/^wrote data\/litellm-model-prices.json: 9 models as of \d{4}-\d{2}-\d{2}/)
    expect(readFileSync(path.join(dir, 'data/litellm-model-prices.json'), 'utf8')).toBe(trimmedLiteLLM())
    const meta = JSON.parse(readFileSync(path.join(dir, 'data/litellm-model-prices.source.json'), 'utf8'))
    expect(meta).toMatchObject({ url: env.LITELLM_PRICES_URL, date: new Date().toISOString().slice(0, 10) })
    // The trimmed list has no gemini-2.5-flash: validate in this folder now reads ./data.
    const v = runCli(['validate'], { cwd: dir })
    expect(v.stdout).toContain('error cloud/litellm-listed litellm_model_name "gemini/gemini-2.5-flash" is not in LiteLLM\'s price list')
  })
  it('reads a copy on disk with --from, dated by --date, with where it came from and its hash', async () => {
    const dir = makeStore({})
    writeFileSync(path.join(dir, 'copy.json'), trimmedLiteLLM())
    const r = await runCliAsync(['refresh-upstream', '--from', 'copy.json', '--date', '2026-07-24', '--via', 'a mirror at commit abc'], { cwd: dir, env: { LITELLM_PRICES_URL: 'http://127.0.0.1:9/unused' } })
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(/^wrote data\/litellm-model-prices.json: 9 models as of 2026-07-24/)
    expect(readFileSync(path.join(dir, 'data/litellm-model-prices.json'), 'utf8')).toBe(trimmedLiteLLM())
    const meta = JSON.parse(readFileSync(path.join(dir, 'data/litellm-model-prices.source.json'), 'utf8'))
    expect(meta).toMatchObject({ url: 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json', date: '2026-07-24', via: 'a mirror at commit abc' })
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/)
    const audit = await runCliAsync(['audit', '--format', 'json'], { cwd: dir, env: { LEGER_TODAY: '2026-08-01' } })
    expect(JSON.parse(audit.stdout).sources).toEqual(['LiteLLM snapshot of 2026-07-24'])
  })
  it('refuses --from without --date, a missing file and a file that is not the list, writing nothing', async () => {
    const dir = makeStore({})
    writeFileSync(path.join(dir, 'array.json'), '[1, 2]\n')
    for (const [args, msg] of [
      [['--from', 'copy.json'], 'leger-curate: --from needs --date: the day the list in the file is as of'],
      [['--from', 'nope.json', '--date', '2026-07-24'], 'leger-curate: cannot read '],
      [['--from', 'array.json', '--date', '2026-07-24'], "is not LiteLLM's price list: it holds no models"],
      [['--date', '2026-13-45'], 'leger-curate: --date must be a date, YYYY-MM-DD; got "2026-13-45"'],
    ] as const) {
      const r = await runCliAsync(['refresh-upstream', ...args], { cwd: dir })
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toContain(msg)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
    expect(existsSync(path.join(dir, 'data'))).toBe(false)
  })
  it('writes nothing when the list does not arrive whole', async () => {
    const env = await upstream(() => {}, (res) => json(res, 200, '{"gpt-5": {"litellm_provider": "openai"'))
    const dir = makeStore({})
    mkdirSync(path.join(dir, 'data'))
    writeFileSync(path.join(dir, 'data/litellm-model-prices.json'), '{"old": {}}\n')
    const r = await runCliAsync(['refresh-upstream'], { cwd: dir, env })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^leger-curate: http:\/\/127\.0\.0\.1:\d+\/prices\.json: expected LiteLLM's price list \(a JSON object\), got HTTP 200 with a body that is not JSON\n/)
    expect(readFileSync(path.join(dir, 'data/litellm-model-prices.json'), 'utf8')).toBe('{"old": {}}\n')
  })
})
