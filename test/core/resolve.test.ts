import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CurateError } from '../../src/core/errors.js'
import { detectRequiredSecrets, resolveBlueprint } from '../../src/core/resolve.js'
import { cloudModel, localModel, tempDir } from '../helpers.js'
import { bp, fixtureStore, schemas } from '../render-helpers.js'

const store = fixtureStore()
const resolve = (value: unknown, options = {}) => resolveBlueprint(bp(value), store, schemas, options)
const errors = (r: ReturnType<typeof resolve>) => r.findings.filter((f) => f.severity === 'error').map((f) => ({ line: f.line, message: f.message, hint: f.hint }))

describe('resolveBlueprint', () => {
  it('resolves ids to the store facts', () => {
    const r = resolve({ models: { cloud: ['gpt-5'], local: ['qwen3-4b'] } })
    expect(r.findings).toEqual([])
    expect(r.resolved!.cloud.map((m) => [m.id, m.litellm_model_name, m.requires_api_key, m.context_window, m.max_input, m.max_output, m.max_tokens])).toEqual([['gpt-5', 'openai/gpt-5-2025-08-07', 'OPENAI_API_KEY', 400000, 272000, 128000, undefined]])
    expect(r.resolved!.cloud[0].pricing).toEqual({ input_per_1m: 1.25, output_per_1m: 10, cache_read_per_1m: 0.125 })
    const q = r.resolved!.local[0]
    expect([q.id, q.hf_repo, q.hf_file, q.ctx_size, q.ttl, q.flash_attn, q.embedding]).toEqual(['qwen3-4b', 'Qwen/Qwen3-4B-GGUF', 'Qwen3-4B-Q4_K_M.gguf', 8192, 300, true, false])
  })

  it('resolves aliases, provider:model specs and LiteLLM names to the same model', () => {
    const r = resolve({ models: { cloud: ['GPT5'], local: ['qwen3-tiny'] } })
    expect(r.resolved!.cloud[0].id).toBe('gpt-5')
    expect(r.resolved!.local[0].id).toBe('qwen3-0.6b')
    expect(resolve({ models: { cloud: ['anthropic:claude-sonnet-4-5'] } }).resolved!.cloud[0].id).toBe('claude-sonnet-4-5')
    expect(resolve({ models: { cloud: ['openai:gpt-5-2025-08-07'] } }).resolved!.cloud[0].id).toBe('gpt-5')
    expect(resolve({ models: { local: ['local:qwen3-4b'] } }).resolved!.local[0].id).toBe('qwen3-4b')
  })

  it('refuses a spec whose provider is wrong, saying which is right', () => {
    const r = resolve({ models: { cloud: ['anthropic:gpt-5'] } })
    expect(r.resolved).toBeUndefined()
    expect(errors(r)).toEqual([{ line: 4, message: '"anthropic:gpt-5": gpt-5 is provided by openai, not anthropic', hint: 'Write "openai:gpt-5" or just "gpt-5".' }])
  })

  it('refuses an unknown id with a did-you-mean suggestion, on its line', () => {
    const r = resolve({ models: { cloud: ['gpt-5', 'claude-sonet-4-5'], local: ['qwen3-4'] } })
    expect(errors(r)).toEqual([
      { line: 5, message: 'unknown cloud model "claude-sonet-4-5"', hint: 'Did you mean "claude-sonnet-4-5"?' },
      { line: 8, message: 'unknown local model "qwen3-4"', hint: expect.stringContaining('"qwen3-4b"') },
    ])
  })

  it('resolves a deprecated model, warning with its replacement', () => {
    const r = resolve({ models: { cloud: ['gpt-4o'] } })
    expect(r.resolved!.cloud[0].id).toBe('gpt-4o')
    expect(r.resolved!.warnings).toEqual(["You're using 1 deprecated model: gpt-4o -> gpt-5"])
    expect(r.findings.map((f) => [f.severity, f.line, f.message, f.hint])).toEqual([['warning', 4, 'gpt-4o is deprecated; use gpt-5 instead', 'Replace "gpt-4o" with "gpt-5".']])
  })

  it('refuses a model listed under the wrong kind', () => {
    const r = resolve({ models: { cloud: ['qwen3-4b'], local: ['gpt-5'] } })
    expect(errors(r).map((e) => [e.message, e.hint])).toEqual([
      ['"qwen3-4b" is a local model, listed under models.cloud', 'Move it to models.local.'],
      ['"gpt-5" is a cloud model, listed under models.local', 'Move it to models.cloud.'],
    ])
  })

  it('collapses duplicates (id and alias) with a warning', () => {
    const r = resolve({ models: { cloud: ['gpt-5', 'gpt5', { id: 'openai:gpt-5', max_tokens: 5 }] } })
    expect(r.resolved!.cloud.map((m) => m.id)).toEqual(['gpt-5'])
    expect(r.resolved!.cloud[0].max_tokens).toBeUndefined()
    expect(r.findings.map((f) => [f.severity, f.line, f.message])).toEqual([
      ['warning', 5, 'gpt-5 is listed twice (first as "gpt-5" on line 4); it is rendered once'],
      ['warning', 7, 'gpt-5 is listed twice (first as "gpt-5" on line 4); it is rendered once; the overrides of this entry are ignored'],
    ])
  })

  it('applies overrides over the store values', () => {
    const r = resolve({
      models: {
        cloud: [{ id: 'gemini-2.5-pro', max_tokens: 8192 }],
        local: [{ id: 'qwen3-4b', ctx_size: 16384, ttl: 0, flash_attn: false, batch_size: 1024 }],
      },
    })
    expect(r.resolved!.cloud[0]).toMatchObject({ max_tokens: 8192, max_output: 65535 })
    expect(r.resolved!.local[0]).toMatchObject({ ctx_size: 16384, ttl: 0, flash_attn: false, batch_size: 1024 })
    // Without overrides, the store's values.
    expect(resolve({ models: { local: ['qwen3-4b'] } }).resolved!.local[0]).toMatchObject({ ctx_size: 8192, ttl: 300, flash_attn: true })
  })

  it('refuses overrides of the other kind through the schema, on the field', () => {
    const r = resolve({ models: { cloud: [{ id: 'gpt-5', ctx_size: 4 }] } })
    expect(r.findings.map((f) => [f.rule, f.line, f.message])).toEqual([['schema', 6, 'unknown property "ctx_size" in models.cloud[0]']])
  })

  it('refuses invalid JSON, an empty blueprint and a model whose file has errors', () => {
    expect(resolveBlueprint({ path: 'b.json', text: '{"models": {"cloud": ["gpt-5",]}}' }, store, schemas).findings[0]).toMatchObject({ rule: 'json-syntax', line: 1, column: 31 })
    expect(errors(resolve({ models: { cloud: [] } }))[0].message).toBe('the blueprint lists no models')
    const finding = { rule: 'cloud/not-preview', severity: 'error' as const, file: 'model-store/cloud/gpt-5.json', line: 3, column: 9, message: 'id "gpt-5" names a preview' }
    const r = resolve({ models: { cloud: ['gpt-5'] } }, { invalid: new Map([[finding.file, finding]]) })
    expect(errors(r)[0].message).toBe('gpt-5: its model file model-store/cloud/gpt-5.json has errors: line 3: id "gpt-5" names a preview (cloud/not-preview)')
  })

  it('names the broken file, not "unknown model", when a model file could not be read at all', () => {
    const finding = { rule: 'json-syntax', severity: 'error' as const, file: 'model-store/cloud/broken.json', line: 2, column: 5, message: 'invalid JSON: comma expected' }
    const r = resolve({ models: { cloud: ['broken'] } }, { invalid: new Map([[finding.file, finding]]) })
    expect(errors(r)[0].message).toBe('broken: its model file model-store/cloud/broken.json has errors: line 2: invalid JSON: comma expected (json-syntax)')
  })

  it('treats "yes", "on" and "1e3" as ids, not YAML values', () => {
    const extra = ['yes', 'on', '1e3'].map((id) => ({ kind: 'cloud' as const, path: `model-store/cloud/${id}.json`, text: JSON.stringify(cloudModel({ id })) }))
    const r = resolveBlueprint(bp({ models: { cloud: ['yes', 'on', '1e3'] } }), fixtureStore(extra), schemas)
    expect(r.resolved!.cloud.map((m) => m.id)).toEqual(['yes', 'on', '1e3'])
  })

  it('reads hf_repo/hf_file, or parses model_uri when they are absent', () => {
    const extra = [
      { kind: 'local' as const, path: 'model-store/local/split.json', text: JSON.stringify(localModel({ id: 'split', model_uri: 'hf://Qwen/Qwen3-235B-A22B-GGUF/Q4_K_M/Qwen3-235B-A22B-Q4_K_M-00001-of-00005.gguf' })) },
    ]
    const r = resolveBlueprint(bp({ models: { local: ['split'] } }), fixtureStore(extra), schemas)
    expect([r.resolved!.local[0].hf_repo, r.resolved!.local[0].hf_file]).toEqual(['Qwen/Qwen3-235B-A22B-GGUF', 'Q4_K_M/Qwen3-235B-A22B-Q4_K_M-00001-of-00005.gguf'])
  })
})

describe('detectRequiredSecrets', () => {
  it('gives the master key, then one secret per distinct variable, named in lower case', () => {
    const s = detectRequiredSecrets([{ requires_api_key: 'OPENAI_API_KEY' }, { requires_api_key: 'ANTHROPIC_API_KEY' }, { requires_api_key: 'OPENAI_API_KEY' }])
    expect(s.map((x) => [x.name, x.env, x.type])).toEqual([
      ['litellm_master_key', 'LITELLM_MASTER_KEY', 'env'],
      ['anthropic_api_key', 'ANTHROPIC_API_KEY', 'env'],
      ['openai_api_key', 'OPENAI_API_KEY', 'env'],
    ])
    expect(s[2].create).toBe(': "${OPENAI_API_KEY:?set OPENAI_API_KEY to your provider API key}" && printf %s "$OPENAI_API_KEY" | podman secret create --replace openai_api_key -')
    expect(detectRequiredSecrets([]).map((x) => x.name)).toEqual(['litellm_master_key'])
  })
  it('refuses a variable name that could carry anything else, or that names the deployment\'s own settings', () => {
    for (const bad of ['OPENAI_API_KEY\nSecret=x', 'lower', 'A,B', 'A=B', '', 'LITELLM_MASTER_KEY', 'DATABASE_URL', 'LLAMA_CACHE'])
      expect(() => detectRequiredSecrets([{ requires_api_key: bad }]), bad).toThrow(CurateError)
  })
})

describe('the create command, run by a real shell', () => {
  const bash = spawnSync('bash', ['-c', 'true']).status === 0
  it.skipIf(!bash)('stops before podman with the variable named when it is unset or empty; pipes the value when set', () => {
    const dir = tempDir()
    // A stand-in podman that records its arguments and its standard input.
    writeFileSync(path.join(dir, 'podman'), '#!/bin/sh\necho "$@" > "$LOG.args"\ncat > "$LOG.stdin"\n', { mode: 0o755 })
    const cmd = detectRequiredSecrets([{ requires_api_key: 'OPENAI_API_KEY' }])[1].create
    const env = { PATH: `${dir}:/usr/bin:/bin`, LOG: path.join(dir, 'log') }
    for (const value of [undefined, '']) {
      const r = spawnSync('bash', ['-c', cmd], { env: value === undefined ? env : { ...env, OPENAI_API_KEY: value }, encoding: 'utf8' })
      expect(r.status).not.toBe(0)
      expect(r.stderr).toContain('OPENAI_API_KEY: set OPENAI_API_KEY to your provider API key')
      expect(existsSync(path.join(dir, 'log.args'))).toBe(false)
    }
    const r = spawnSync('bash', ['-c', cmd], { env: { ...env, OPENAI_API_KEY: 'sk-test' }, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'log.args'), 'utf8')).toBe('secret create --replace openai_api_key -\n')
    expect(readFileSync(path.join(dir, 'log.stdin'), 'utf8')).toBe('sk-test')
  })
})

describe('overrides beyond the model', () => {
  it("reports ctx_size above the window and max_tokens above max_output at the override's line", () => {
    const r = resolve({ models: { cloud: [{ id: 'gpt-5', max_tokens: 200000 }], local: [{ id: 'qwen3-4b', ctx_size: 1000000 }] } })
    expect(r.resolved).toBeUndefined()
    expect(r.findings.map((f) => [f.severity, f.line, f.message])).toEqual([
      ['error', 6, "gpt-5: max_tokens 200,000 is above the model's max_output 128,000"],
      ['error', 12, "qwen3-4b: ctx_size 1,000,000 is above the model's context_window 32,768"],
    ])
    expect(r.findings[0].hint).toBe('Use at most 128000, or drop max_tokens to let each request choose.')
    // At the limit is fine.
    expect(resolve({ models: { cloud: [{ id: 'gpt-5', max_tokens: 128000 }], local: [{ id: 'qwen3-4b', ctx_size: 32768 }] } }).findings).toEqual([])
  })
})
