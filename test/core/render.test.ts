import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { CurateError } from '../../src/core/errors.js'
import { commentText, plainNumber, quadletValue, renderBlueprint, shellArg, yamlValue } from '../../src/core/render.js'
import { resolveBlueprint, type ResolvedBlueprint } from '../../src/core/resolve.js'
import { cloudModel, localModel, ROOT } from '../helpers.js'
import { bundledStore, fixtureStore, sample, schemas, templates } from '../render-helpers.js'

const store = fixtureStore()
const bundled = bundledStore()
const SAMPLES = ['minimal', 'multi-provider', 'local-only']

/** A sample blueprint resolved against the fixture store (stable facts for precise assertions). */
function resolved(name: string, from = store): ResolvedBlueprint {
  const r = resolveBlueprint(sample(name), from, schemas, { defaultName: name })
  if (!r.resolved) throw new Error(JSON.stringify(r.findings))
  return r.resolved
}

const files = (r: ResolvedBlueprint) => Object.fromEntries(renderBlueprint(r, templates).map((f) => [f.path, f.content]))

/** PyYAML (YAML 1.1, what LiteLLM parses with), when this machine has it. */
const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0
function loadWithPyYaml(text: string): unknown {
  const r = spawnSync('python3', ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))'], { input: text, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout)
}

/** A unit file's non-comment lines as [section, key, value]. */
function unitEntries(text: string): [string, string, string][] {
  const out: [string, string, string][] = []
  let section = ''
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    const s = /^\[([^\]]+)\]$/.exec(line)
    if (s) section = s[1]
    else {
      const eq = line.indexOf('=')
      out.push([section, line.slice(0, eq), line.slice(eq + 1)])
    }
  }
  return out
}

describe('golden outputs of the sample blueprints, from the bundled store', () => {
  for (const name of SAMPLES) {
    it(`${name} renders as recorded in test/golden/${name}/ (UPDATE_GOLDEN=1 rewrites)`, () => {
      const out = files(resolved(name, bundled))
      const dir = path.join(ROOT, 'test/golden', name)
      if (process.env.UPDATE_GOLDEN === '1') {
        for (const [p, content] of Object.entries(out)) {
          mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
          writeFileSync(path.join(dir, p), content)
        }
      }
      const listed = JSON.parse(readFileSync(path.join(ROOT, 'test/golden/files.json'), 'utf8')) as Record<string, string[]>
      expect(Object.keys(out).sort()).toEqual(listed[name])
      for (const [p, content] of Object.entries(out)) expect(content, p).toBe(readFileSync(path.join(dir, p), 'utf8'))
    })
  }
})

describe('rendered configs are what their consumers read', () => {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true })
  const { $schema: _ignored, ...schema } = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/llama-swap/config-schema.json'), 'utf8')) as Record<string, unknown>
  const validateLlamaSwap = ajv.compile(schema)

  it("llama-swap config.yaml validates against llama-swap's own schema", () => {
    for (const [name, from] of [['minimal', bundled], ['local-only', bundled], ['local-only', store]] as const) {
      const config = parseYaml(files(resolved(name, from))['llama-swap/config.yaml'])
      expect(validateLlamaSwap(config), JSON.stringify(validateLlamaSwap.errors)).toBe(true)
    }
    // The schema is strict where it matters: a bad env entry fails.
    expect(validateLlamaSwap({ models: { m: { cmd: 'x', env: ['lower=1'] } } })).toBe(false)
  })

  it('the embeddings model is served with --embedding in a persistent group beside the chat group', () => {
    const config = parseYaml(files(resolved('local-only'))['llama-swap/config.yaml'])
    expect(config.models['qwen3-embedding-8b'].cmd).toMatch(/ --embedding$/)
    expect(config.models['qwen3-4b'].cmd).not.toMatch(/--embedding/)
    expect(config.groups.embeddings).toEqual({ swap: false, exclusive: false, persistent: true, members: ['qwen3-embedding-8b'] })
    expect(config.groups.task).toMatchObject({ swap: true, exclusive: true, members: ['qwen3-4b', 'qwen3-0.6b'] })
    expect(config.models['qwen3-4b'].env).toEqual(['AMD_VULKAN_ICD=RADV'])
    expect(config.models['qwen3-0.6b'].cmd).toContain('--ctx-size 16384') // the blueprint's override
  })

  it('litellm.yaml re-parses to the model list, with os.environ keys and per-token prices', () => {
    const config = parseYaml(files(resolved('multi-provider'))['litellm/litellm.yaml'])
    expect(config.model_list.map((m: { model_name: string }) => m.model_name)).toEqual(['gpt-5', 'claude-sonnet-4-5', 'gemini-2.5-pro'])
    expect(config.model_list[0].litellm_params).toEqual({ model: 'openai/gpt-5-2025-08-07', api_key: 'os.environ/OPENAI_API_KEY', max_tokens: 128000 })
    expect(config.model_list[2].litellm_params.max_tokens).toBe(8192)
    expect(config.model_list[0].model_info).toMatchObject({ display_name: 'GPT-5', input_cost_per_token: 0.00000125, output_cost_per_token: 0.00001, cache_read_input_token_cost: 1.25e-7 })
  })

  it.skipIf(!pyyaml)('PyYAML (YAML 1.1) reads every rendered YAML file exactly as the yaml library does', () => {
    for (const name of SAMPLES)
      for (const [p, content] of Object.entries(files(resolved(name, bundled)))) if (p.endsWith('.yaml')) expect(loadWithPyYaml(content), p).toEqual(parseYaml(content))
  })
  if (!pyyaml) it.skip('PyYAML checks: python3 with the yaml module is not installed (apt-get install python3-yaml)', () => {})

  it('required-secrets.json lists each secret with its create command, never a value', () => {
    const m = JSON.parse(files(resolved('multi-provider'))['required-secrets.json'])
    expect(m.version).toBe(1)
    expect(m.required_secrets.map((s: { name: string; env: string }) => `${s.name}=${s.env}`)).toEqual(['anthropic_api_key=ANTHROPIC_API_KEY', 'gemini_api_key=GEMINI_API_KEY', 'openai_api_key=OPENAI_API_KEY'])
    expect(JSON.parse(files(resolved('local-only'))['required-secrets.json']).required_secrets).toEqual([])
  })

  it('renders only the outputs a blueprint needs', () => {
    expect(Object.keys(files(resolved('local-only'))).sort()).toEqual(['llama-swap/config.yaml', 'llama-swap/llama-swap.container', 'required-secrets.json'])
    expect(Object.keys(files(resolved('multi-provider'))).sort()).toEqual(['litellm/litellm.container', 'litellm/litellm.yaml', 'required-secrets.json'])
  })
})

describe('filters', () => {
  it('yamlValue double-quotes strings so YAML 1.1 and 1.2 keep them strings', () => {
    const tricky = ['on', 'off', 'yes', 'no', 'y', 'n', 'true', 'null', '~', '1e3', '0x1F', '012', '1_000', '.inf', '*', '&a', '!x', '- a', 'k: v', '# c', '"q"', "'s'", 'a\nb', '\t', 'a\u2028b', 'x\u0085y', '\u007f', 'é😀', '']
    for (const s of tricky) {
      const out = yamlValue(s)
      expect(out.startsWith('"') && !out.includes('\n'), out).toBe(true)
      expect(parseYaml(`v: ${out}`, { version: '1.1' }).v, out).toBe(s)
      expect(parseYaml(`v: ${out}`).v, out).toBe(s)
    }
  })
  it.skipIf(!pyyaml)('PyYAML reads yamlValue strings back unchanged', () => {
    const tricky = ['on', 'yes', 'no', '1e3', '0x1F', '012', 'a\u2028b', 'x\u0085y', 'a\nb', 'é😀', '{{ x }}']
    expect(loadWithPyYaml(`v: ${yamlValue(tricky)}\nk: {${yamlValue('yes')}: 1}\n`)).toEqual({ v: tricky, k: { yes: 1 } })
  })
  it('writes numbers without exponents (PyYAML reads 5e-8 as a string)', () => {
    expect([5e-8, 1.25e-7, 0.00001, 1e21, 128000, -2.5e-7, 0.5].map(plainNumber)).toEqual(['0.00000005', '0.000000125', '0.00001', '1000000000000000000000', '128000', '-0.00000025', '0.5'])
    for (const n of [5e-8, 1.25e-7, 2.8e-8]) expect(Number(plainNumber(n))).toBe(n)
  })
  it('quadletValue rejects line breaks, NUL and a trailing backslash; escapes % and $', () => {
    for (const bad of ['a\nb', 'a\rb', 'a\u0000b', 'a\\', 'x\n[Service]\nExecStartPre=/bin/touch /tmp/pwned', 'a\u2028b'])
      expect(() => quadletValue(bad), JSON.stringify(bad)).toThrow(CurateError)
    expect(quadletValue('100%h $HOME ${PORT} a\\b')).toBe('100%%h $$HOME $${PORT} a\\b')
  })
  it('shellArg quotes for shlex and refuses macros, line breaks and backslashes', () => {
    expect(shellArg('Qwen/Qwen3-4B-GGUF')).toBe('Qwen/Qwen3-4B-GGUF')
    expect(shellArg("it's a b")).toBe(`'it'"'"'s a b'`)
    for (const bad of ['${PORT}', '${env.HOME}', 'a\nb', 'a\\b', '#x\n']) expect(() => shellArg(bad)).toThrow(CurateError)
  })
  it('commentText keeps a comment on one line and free of macros', () => {
    expect(commentText('GPT-5 %h $x')).toBe('GPT-5 %h $x')
    for (const bad of ['a\nb', '${x}', 'a\u0085b']) expect(() => commentText(bad)).toThrow(CurateError)
  })
  it('a template that prints model text without a filter fails instead of pasting it', () => {
    const t = { ...templates, 'litellm/litellm.yaml.njk': 'model_list:\n{% for m in cloud %}  - model_name: {{ m.name }}\n{% endfor %}' }
    expect(() => renderBlueprint(resolved('minimal'), t)).toThrow(/printed model text without a filter/)
  })
})

describe('hostile model text never changes the structure of any output', () => {
  const HOSTILE = [
    'qwen2.5\n[Service]\nExecStartPre=/bin/touch /tmp/pwned',
    'x\r\nPodmanArgs=--privileged',
    'nul\u0000byte',
    'ends with \\',
    'line\u2028separator',
    '100%h',
    '$HOME',
    '${PORT}',
    '${env.HOME}',
    '{{ 7*7 }}',
    '{% raw %}',
    'yes',
    'on',
    'no',
    '1e3',
    '*',
    'key: value # comment',
    '[Service]',
    '"double" \'single\'',
  ]

  /** minimal, with the hostile text as every model's name and description. */
  function hostile(text: string): ResolvedBlueprint {
    const r = structuredClone(resolved('minimal'))
    for (const m of [...r.cloud, ...r.local]) Object.assign(m, { name: text, description: text })
    return r
  }
  const baseline = files(resolved('minimal'))

  for (const text of HOSTILE) {
    it(`${JSON.stringify(text)}: rejected with a clear error, or written as exactly that text`, () => {
      let out: Record<string, string>
      try {
        out = files(hostile(text))
      } catch (err) {
        expect(err).toBeInstanceOf(CurateError)
        expect((err as Error).message).toMatch(/refusing|contains "\$\{"/)
        // Only text a format cannot hold is refused.
        expect(/[\r\n\u0000\u2028]|\\$|\$\{/.test(text)).toBe(true)
        return
      }
      expect(/[\r\n\u0000\u2028]|\\$|\$\{/.test(text)).toBe(false)
      const lite = parseYaml(out['litellm/litellm.yaml'], { version: '1.1' })
      expect(Object.keys(lite)).toEqual(['model_list'])
      expect(lite.model_list[0].model_info.display_name).toBe(text)
      expect(lite.model_list[0].litellm_params).toEqual(parseYaml(baseline['litellm/litellm.yaml']).model_list[0].litellm_params)
      const swap = parseYaml(out['llama-swap/config.yaml'], { version: '1.1' })
      expect(Object.keys(swap.models)).toEqual(['qwen3-4b'])
      expect(swap.models['qwen3-4b'].name).toBe(text)
      expect(swap.models['qwen3-4b'].cmd).toBe(parseYaml(baseline['llama-swap/config.yaml']).models['qwen3-4b'].cmd)
      for (const unit of ['litellm/litellm.container', 'llama-swap/llama-swap.container']) {
        expect(unitEntries(out[unit]), unit).toEqual(unitEntries(baseline[unit]))
        // % and $ in comments are doubled too: one rule for every unit value.
        expect(out[unit]).toContain(`: ${text.replace(/%/g, '%%').replace(/\$/g, '$$$$')}\n`)
      }
      expect(JSON.stringify(out)).not.toContain('49')
    })
  }

  it('ids that YAML 1.1 reads as booleans or numbers stay strings in every output', () => {
    const ids = { cloud: ['yes', 'on', '1e3'], local: ['no', 'off', '0x1f'] }
    const extra = [
      ...ids.cloud.map((id) => ({ kind: 'cloud' as const, path: `model-store/cloud/${id}.json`, text: JSON.stringify(cloudModel({ id, litellm_model_name: `openai/${id}` })) })),
      ...ids.local.map((id) => ({ kind: 'local' as const, path: `model-store/local/${id}.json`, text: JSON.stringify(localModel({ id, model_uri: `hf://Qwen/Qwen3-4B-GGUF/${id}.gguf`, aliases: [`${id}-alias`, 'true'].slice(id === 'no' ? 0 : 1, id === 'no' ? 2 : 1) })) })),
    ]
    const r = resolveBlueprint({ path: 'b.json', text: JSON.stringify({ models: ids }) }, fixtureStore(extra), schemas)
    const out = files(r.resolved!)
    const readers = [(t: string) => parseYaml(t, { version: '1.1' }), ...(pyyaml ? [loadWithPyYaml] : [])]
    for (const read of readers) {
      const lite = read(out['litellm/litellm.yaml']) as { model_list: { model_name: unknown }[] }
      expect(lite.model_list.map((m) => m.model_name)).toEqual(ids.cloud)
      const swap = read(out['llama-swap/config.yaml']) as { models: Record<string, { aliases?: unknown[] }>; groups: Record<string, { members: unknown[] }> }
      expect(Object.keys(swap.models)).toEqual(ids.local)
      expect(swap.models.no.aliases).toEqual(['no-alias', 'true'])
      expect(swap.groups.task.members).toEqual(ids.local)
    }
  })

  it('"${" from a cloud model is harmless text in LiteLLM, but never reaches llama-swap', () => {
    const r = structuredClone(resolved('minimal'))
    r.cloud[0].name = '${PORT}'
    expect(parseYaml(files(r)['litellm/litellm.yaml']).model_list[0].model_info.display_name).toBe('${PORT}')
    r.local[0].aliases = ['${MODEL_ID}']
    expect(() => files(r)).toThrow(/contains "\$\{"/)
  })

  it("a long display name is shortened to llama-swap's 128-character limit, and only there", () => {
    const r = structuredClone(resolved('minimal'))
    r.local[0].name = 'é'.repeat(200)
    r.cloud[0].name = 'é'.repeat(200)
    const out = files(r)
    expect(parseYaml(out['llama-swap/config.yaml']).models['qwen3-4b'].name).toBe(`${'é'.repeat(127)}…`)
    expect(parseYaml(out['litellm/litellm.yaml']).model_list[0].model_info.display_name).toBe('é'.repeat(200))
  })

  it('a local model file whose repo or file would break the command line is refused', () => {
    const r = structuredClone(resolved('minimal'))
    r.local[0].hf_file = 'x.gguf --model /etc/passwd\n#'
    expect(() => files(r)).toThrow(CurateError)
    r.local[0].hf_file = "it's.gguf"
    expect(parseYaml(files(r)['llama-swap/config.yaml']).models['qwen3-4b'].cmd).toContain(`--hf-file 'it'"'"'s.gguf'`)
  })
})
