import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { CurateError } from '../../src/core/errors.js'
import { commentText, isPrecompiled, plainNumber, quadletValue, renderBlueprint, shellArg, yamlValue } from '../../src/core/render.js'
import { limitsOf } from '../../src/core/model-limits.js'
import { resolveBlueprint, type ResolvedBlueprint } from '../../src/core/resolve.js'
import { cloudModel, localModel, ROOT, tempDir } from '../helpers.js'
import { bp, bundledStore, fixtureStore, sample, schemas, templates } from '../render-helpers.js'

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

interface LlamaSwapConfig {
  models: Record<string, unknown>
  groups: Record<string, { swap: boolean; exclusive: boolean; persistent: boolean; members: string[] }>
}

/**
 * What stays running when `model` loads, by llama-swap's rules (internal/router/group.go,
 * EvictionFor): a swap group evicts its other running members; an exclusive group evicts the
 * running models of every other group except persistent ones.
 */
function runningAfterLoad(config: LlamaSwapConfig, running: string[], model: string): string[] {
  const groupOf = (m: string) => Object.entries(config.groups).find(([, g]) => g.members.includes(m))![0]
  const own = groupOf(model)
  const g = config.groups[own]
  return [...new Set([...running, model])].filter((m) => {
    if (m === model) return true
    const other = groupOf(m)
    if (other === own) return !g.swap
    return !(g.exclusive && !config.groups[other].persistent)
  })
}

describe('precompiled templates', () => {
  it('renders the shipped templates from their precompiled code (npm run build after changing them), exactly as compiling them does', () => {
    expect(isPrecompiled(templates)).toBe(true)
    // A trailing comment renders nothing but changes the texts: this set is compiled at run time.
    const edited = { ...templates, 'deploy/DEPLOY.md.njk': `${templates['deploy/DEPLOY.md.njk']}{# edited #}` }
    expect(isPrecompiled(edited)).toBe(false)
    for (const name of SAMPLES) expect(renderBlueprint(resolved(name), edited)).toEqual(renderBlueprint(resolved(name), templates))
    // Rendering leaves the shipped set recognised (nunjucks writes into the options it is handed).
    expect(isPrecompiled(templates)).toBe(true)
  })

  it("uses a store's own template, not the shipped code, once a text differs", () => {
    const edited = { ...templates, 'quadlet/leger.network.njk': `# our network\n${templates['quadlet/leger.network.njk']}` }
    const network = renderBlueprint(resolved('minimal'), edited).find((f) => f.path.endsWith('.network'))!
    expect(network.content.startsWith('# our network\n')).toBe(true)
  })
})

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
      const config = parseYaml(files(resolved(name, from))['quadlet/llama-swap.yaml'])
      expect(validateLlamaSwap(config), JSON.stringify(validateLlamaSwap.errors)).toBe(true)
    }
    // The schema is strict where it matters: a bad env entry fails.
    expect(validateLlamaSwap({ models: { m: { cmd: 'x', env: ['lower=1'] } } })).toBe(false)
  })

  it('the embeddings model is served with --embedding --pooling last in a persistent group, preloaded at start', () => {
    const config = parseYaml(files(resolved('local-only'))['quadlet/llama-swap.yaml'])
    expect(config.models['qwen3-embedding-8b'].cmd).toMatch(/ --embedding --pooling last$/)
    expect(config.models['qwen3-4b'].cmd).not.toMatch(/--embedding|--pooling/)
    expect(config.groups.embeddings).toEqual({ swap: false, exclusive: false, persistent: true, members: ['qwen3-embedding-8b'] })
    expect(config.groups.task).toMatchObject({ swap: true, exclusive: true, members: ['qwen3-4b', 'qwen3-0.6b'] })
    expect(config.hooks).toEqual({ on_startup: { preload: ['qwen3-embedding-8b'] } })
    expect(config.models['qwen3-4b'].env).toEqual(['AMD_VULKAN_ICD=RADV'])
    expect(config.models['qwen3-0.6b'].cmd).toContain('--ctx-size 16384') // the blueprint's override
    // Without an embedding model, nothing to preload.
    expect(parseYaml(files(resolved('minimal'))['quadlet/llama-swap.yaml']).hooks).toBeUndefined()
  })

  it("group semantics, read as llama-swap's router does: chat models evict each other, never the embeddings", () => {
    const config = parseYaml(files(resolved('local-only'))['quadlet/llama-swap.yaml']) as LlamaSwapConfig
    // Everything running, then a load: what is left running.
    const all = Object.keys(config.models)
    expect(runningAfterLoad(config, all, 'qwen3-0.6b').sort()).toEqual(['qwen3-0.6b', 'qwen3-embedding-8b'])
    expect(runningAfterLoad(config, all, 'qwen3-4b').sort()).toEqual(['qwen3-4b', 'qwen3-embedding-8b'])
    expect(runningAfterLoad(config, all, 'qwen3-embedding-8b').sort()).toEqual(all.sort())
  })

  it("litellm.yaml: limits are the store's input and output limits; max_tokens only when the blueprint asks", () => {
    const config = parseYaml(files(resolved('multi-provider'))['quadlet/litellm.yaml'])
    expect(config.model_list.map((m: { model_name: string }) => m.model_name)).toEqual(['gpt-5', 'claude-sonnet-4-5', 'gemini-2.5-pro'])
    expect(config.model_list[0].litellm_params).toEqual({ model: 'openai/gpt-5-2025-08-07', api_key: 'os.environ/OPENAI_API_KEY' })
    expect(config.model_list[1].litellm_params.max_tokens).toBeUndefined()
    expect(config.model_list[2].litellm_params.max_tokens).toBe(8192) // the blueprint's override
    for (const [i, id] of ['gpt-5', 'claude-sonnet-4-5', 'gemini-2.5-pro'].entries()) {
      const limits = limitsOf(store.find(id)!.data)
      expect(config.model_list[i].model_info, id).toMatchObject({ max_input_tokens: limits.input, max_output_tokens: limits.output, context_window: limits.window })
    }
    // gpt-5 caps input below its window: LiteLLM gets the cap, not the window.
    expect(config.model_list[0].model_info).toMatchObject({ context_window: 400000, max_input_tokens: 272000, max_output_tokens: 128000 })
    expect(config.model_list[0].model_info).toMatchObject({ display_name: 'GPT-5', input_cost_per_token: 0.00000125, output_cost_per_token: 0.00001, cache_read_input_token_cost: 1.25e-7 })
    expect(config.general_settings).toEqual({ master_key: 'os.environ/LITELLM_MASTER_KEY' })
  })

  it('one endpoint: local models are LiteLLM deployments on llama-swap, over the network both units join', () => {
    const out = files(resolved('minimal'))
    const config = parseYaml(out['quadlet/litellm.yaml'])
    expect(config.model_list.map((m: { model_name: string }) => m.model_name)).toEqual(['gpt-5', 'qwen3-4b'])
    expect(config.model_list[1].litellm_params).toEqual({ model: 'openai/qwen3-4b', api_base: 'http://llama-swap:8080/v1', api_key: 'none' })
    const embed = parseYaml(files(resolved('local-only'))['quadlet/litellm.yaml']).model_list.find((m: { model_name: string }) => m.model_name === 'qwen3-embedding-8b')
    expect(embed.model_info.mode).toBe('embedding')
    // The address is llama-swap's container name and -listen port; both units join leger.network.
    const swapUnit = unitEntries(out['quadlet/llama-swap.container'])
    expect(swapUnit).toContainEqual(['Container', 'ContainerName', 'llama-swap'])
    expect(swapUnit).toContainEqual(['Container', 'Exec', '-config /app/config.yaml -listen :8080'])
    expect(swapUnit).toContainEqual(['Container', 'Network', 'leger.network'])
    expect(swapUnit.filter(([, k]) => k === 'PublishPort')).toEqual([])
    expect(unitEntries(out['quadlet/litellm.container'])).toContainEqual(['Container', 'Network', 'leger.network'])
    expect(out['quadlet/leger.network']).toMatch(/^\[Network\]$/m)
    // Cloud only: no network, no llama-swap.
    expect(unitEntries(files(resolved('multi-provider'))['quadlet/litellm.container']).filter(([, k]) => k === 'Network')).toEqual([])
  })

  it("llama-server's download folder is set explicitly and is a volume", () => {
    const unit = unitEntries(files(resolved('local-only'))['quadlet/llama-swap.container'])
    const cache = unit.find(([, k, v]) => k === 'Environment' && v.startsWith('LLAMA_CACHE='))![2].slice('LLAMA_CACHE='.length)
    const volumes = unit.filter(([, k]) => k === 'Volume').map(([, , v]) => v.split(':'))
    expect(volumes.some(([src, dest]) => dest === cache && /^[a-z][a-z0-9-]*$/.test(src))).toBe(true)
    expect(unit).toContainEqual(['Container', 'PodmanArgs', '--group-add keep-groups'])
  })

  it('images are pinned to versions in templates/images.json, the one place that names them', () => {
    const pins = JSON.parse(templates['images.json'])
    const out = files(resolved('minimal'))
    expect(unitEntries(out['quadlet/litellm.container'])).toContainEqual(['Container', 'Image', pins.litellm.image])
    expect(unitEntries(out['quadlet/llama-swap.container'])).toContainEqual(['Container', 'Image', pins['llama-swap'].image])
    expect(pins.litellm.image).toMatch(/^docker\.litellm\.ai\/berriai\/litellm:v\d/)
    const moved = { ...templates, 'images.json': JSON.stringify({ ...pins, litellm: { image: 'docker.litellm.ai/berriai/litellm:v9.9.9-stable' } }) }
    expect(unitEntries(renderBlueprint(resolved('minimal'), moved).find((f) => f.path === 'quadlet/litellm.container')!.content)).toContainEqual(['Container', 'Image', 'docker.litellm.ai/berriai/litellm:v9.9.9-stable'])
    const digest = `@sha256:${'0'.repeat(64)}`
    expect(() => renderBlueprint(resolved('minimal'), { ...templates, 'images.json': JSON.stringify({ ...pins, 'llama-swap': { image: `ghcr.io/mostlygeek/llama-swap:unified-vulkan${digest}` } }) })).not.toThrow()
    for (const bad of ['docker.litellm.ai/berriai/litellm:main-stable', 'ghcr.io/mostlygeek/llama-swap:unified-vulkan', 'docker.litellm.ai/berriai/litellm', `docker.litellm.ai/berriai/litellm${digest}`, 'x:latest\nPodmanArgs=--privileged'])
      expect(() => renderBlueprint(resolved('minimal'), { ...templates, 'images.json': JSON.stringify({ ...pins, litellm: { image: bad } }) }), bad).toThrow(CurateError)
    const { 'images.json': _gone, ...without } = templates
    expect(() => renderBlueprint(resolved('minimal'), without)).toThrow(/images.json is missing/)
  })

  it.skipIf(!pyyaml)('PyYAML (YAML 1.1) reads every rendered YAML file exactly as the yaml library does', () => {
    for (const name of SAMPLES)
      for (const [p, content] of Object.entries(files(resolved(name, bundled)))) if (p.endsWith('.yaml')) expect(loadWithPyYaml(content), p).toEqual(parseYaml(content))
  })
  if (!pyyaml) it.skip('PyYAML checks: python3 with the yaml module is not installed (apt-get install python3-yaml)', () => {})

  it('required-secrets.json lists the master key and each provider key with a re-runnable create command, never a value', () => {
    const m = JSON.parse(files(resolved('multi-provider'))['required-secrets.json'])
    expect(m.version).toBe(1)
    expect(m.required_secrets.map((s: { name: string; env: string }) => `${s.name}=${s.env}`)).toEqual(['litellm_master_key=LITELLM_MASTER_KEY', 'anthropic_api_key=ANTHROPIC_API_KEY', 'gemini_api_key=GEMINI_API_KEY', 'openai_api_key=OPENAI_API_KEY'])
    expect(m.required_secrets[3].create).toBe(': "${OPENAI_API_KEY:?set OPENAI_API_KEY to your provider API key}" && printf %s "$OPENAI_API_KEY" | podman secret create --replace openai_api_key -')
    expect(JSON.parse(files(resolved('local-only'))['required-secrets.json']).required_secrets.map((s: { name: string }) => s.name)).toEqual(['litellm_master_key'])
  })

  it('renders only the outputs a blueprint needs', () => {
    expect(Object.keys(files(resolved('local-only'))).sort()).toEqual(['DEPLOY.md', 'quadlet/leger.network', 'quadlet/litellm.container', 'quadlet/litellm.yaml', 'quadlet/llama-swap.container', 'quadlet/llama-swap.yaml', 'required-secrets.json'])
    expect(Object.keys(files(resolved('multi-provider'))).sort()).toEqual(['DEPLOY.md', 'quadlet/litellm.container', 'quadlet/litellm.yaml', 'required-secrets.json'])
  })

  it('DEPLOY.md gives the exact steps: secrets, flat install, start, linger, a check with the master key', () => {
    const md = renderBlueprint(resolved('minimal'), templates, { commit: 'c'.repeat(40) }).find((f) => f.path === 'DEPLOY.md')!.content
    expect(md).toContain(`store commit \`${'c'.repeat(40)}\``)
    for (const s of resolved('minimal').secrets) expect(md).toContain(`   ${s.create}\n`)
    expect(md).toContain('cp quadlet/* ~/.config/containers/systemd/\n')
    expect(md).toContain('systemctl --user start litellm.service llama-swap.service\n')
    expect(md).toContain('loginctl enable-linger "$USER"')
    expect(md).toContain('Authorization: Bearer $LITELLM_MASTER_KEY')
    expect(md).toContain('Podman >= 4.6')
    expect(renderBlueprint(resolved('multi-provider'), templates).find((f) => f.path === 'DEPLOY.md')!.content).toContain('systemctl --user start litellm.service\n')
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
      const lite = parseYaml(out['quadlet/litellm.yaml'], { version: '1.1' })
      const base = parseYaml(baseline['quadlet/litellm.yaml'])
      expect(Object.keys(lite)).toEqual(['model_list', 'general_settings'])
      expect(lite.general_settings).toEqual(base.general_settings)
      expect(lite.model_list.map((m: { model_info: { display_name: string } }) => m.model_info.display_name)).toEqual([text, text])
      expect(lite.model_list.map((m: { litellm_params: unknown }) => m.litellm_params)).toEqual(base.model_list.map((m: { litellm_params: unknown }) => m.litellm_params))
      const swap = parseYaml(out['quadlet/llama-swap.yaml'], { version: '1.1' })
      expect(Object.keys(swap.models)).toEqual(['qwen3-4b'])
      expect(swap.models['qwen3-4b'].name).toBe(text)
      expect(swap.models['qwen3-4b'].cmd).toBe(parseYaml(baseline['quadlet/llama-swap.yaml']).models['qwen3-4b'].cmd)
      for (const unit of ['quadlet/litellm.container', 'quadlet/llama-swap.container']) {
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
      const lite = read(out['quadlet/litellm.yaml']) as { model_list: { model_name: unknown }[] }
      expect(lite.model_list.map((m) => m.model_name)).toEqual([...ids.cloud, ...ids.local])
      const swap = read(out['quadlet/llama-swap.yaml']) as { models: Record<string, { aliases?: unknown[] }>; groups: Record<string, { members: unknown[] }> }
      expect(Object.keys(swap.models)).toEqual(ids.local)
      expect(swap.models.no.aliases).toEqual(['no-alias', 'true'])
      expect(swap.groups.task.members).toEqual(ids.local)
    }
  })

  it('"${" from a cloud model is harmless text in LiteLLM, but never reaches llama-swap', () => {
    const r = structuredClone(resolved('minimal'))
    r.cloud[0].name = '${PORT}'
    expect(parseYaml(files(r)['quadlet/litellm.yaml']).model_list[0].model_info.display_name).toBe('${PORT}')
    r.local[0].aliases = ['${MODEL_ID}']
    expect(() => files(r)).toThrow(/contains "\$\{"/)
  })

  it("a long display name is shortened to llama-swap's 128-character limit, and only there", () => {
    const r = structuredClone(resolved('minimal'))
    r.local[0].name = 'é'.repeat(200)
    r.cloud[0].name = 'é'.repeat(200)
    const out = files(r)
    expect(parseYaml(out['quadlet/llama-swap.yaml']).models['qwen3-4b'].name).toBe(`${'é'.repeat(127)}…`)
    expect(parseYaml(out['quadlet/litellm.yaml']).model_list.map((m: { model_info: { display_name: string } }) => m.model_info.display_name)).toEqual(['é'.repeat(200), 'é'.repeat(200)])
  })

  it('a local model file whose repo or file would break the command line is refused', () => {
    const r = structuredClone(resolved('minimal'))
    r.local[0].hf_file = 'x.gguf --model /etc/passwd\n#'
    expect(() => files(r)).toThrow(CurateError)
    r.local[0].hf_file = "it's.gguf"
    expect(parseYaml(files(r)['quadlet/llama-swap.yaml']).models['qwen3-4b'].cmd).toContain(`--hf-file 'it'"'"'s.gguf'`)
  })
})

describe('no model text reaches litellm.yaml in a form LiteLLM substitutes (os.environ/...)', () => {
  const cases: [string, (r: ResolvedBlueprint) => void, RegExp][] = [
    ['a cloud name', (r) => (r.cloud[0].name = 'os.environ/OPENAI_API_KEY'), /cloud model "gpt-5": name is "os.environ\/OPENAI_API_KEY"/],
    ['a capability in a list', (r) => (r.cloud[0].capabilities = ['chat', ' OS.ENVIRON/HOME']), /cloud model "gpt-5": capabilities\[1\] is/],
    ['a replacement', (r) => Object.assign(r.cloud[0], { deprecated: true, replacement: 'os.environ/X' }), /replacement is "os.environ\/X"/],
    ['a local name', (r) => (r.local[0].name = 'os.environ/LITELLM_MASTER_KEY'), /local model "qwen3-4b": name is/],
  ]
  for (const [what, poison, message] of cases)
    it(`${what} is refused at render, naming the model and the field`, () => {
      const r = structuredClone(resolved('minimal'))
      poison(r)
      expect(() => files(r)).toThrow(message)
      try {
        files(r)
      } catch (err) {
        expect(err).toBeInstanceOf(CurateError)
      }
    })

  it('the rendered file holds only the api_key and master_key references', () => {
    const config = files(resolved('multi-provider'))['quadlet/litellm.yaml']
    const refs: string[] = []
    const walk = (v: unknown, where: string): void => {
      if (typeof v === 'string' && v.startsWith('os.environ/')) refs.push(`${where}=${v}`)
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`))
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`)
    }
    walk(parseYaml(config), '')
    expect(refs).toEqual([
      '.model_list[0].litellm_params.api_key=os.environ/OPENAI_API_KEY',
      '.model_list[1].litellm_params.api_key=os.environ/ANTHROPIC_API_KEY',
      '.model_list[2].litellm_params.api_key=os.environ/GEMINI_API_KEY',
      '.general_settings.master_key=os.environ/LITELLM_MASTER_KEY',
    ])
  })

  it('a template that slips a reference in is caught on the rendered file', () => {
    const t = { ...templates, 'litellm/litellm.yaml.njk': templates['litellm/litellm.yaml.njk'].replace('      provider: {{ m.provider | yaml }}', '      provider: "os.environ/AWS_SECRET"') }
    expect(() => renderBlueprint(resolved('multi-provider'), t)).toThrow(/model_list\[0\]\.model_info\.provider: "os.environ\/AWS_SECRET"/)
  })
})

describe('llama-swap on the host only when asked', () => {
  it('publish_llama_swap adds a loopback port; without it there is none', () => {
    const asked = resolveBlueprint(bp({ publish_llama_swap: true, models: { local: ['qwen3-4b'] } }), store, schemas).resolved!
    const ports = (r: ResolvedBlueprint) => unitEntries(files(r)['quadlet/llama-swap.container']).filter(([, k]) => k === 'PublishPort').map(([, , v]) => v)
    expect(ports(asked)).toEqual(['127.0.0.1:8080:8080'])
    expect(ports(resolveBlueprint(bp({ models: { local: ['qwen3-4b'] } }), store, schemas).resolved!)).toEqual([])
  })
})

describe("DEPLOY.md's commands, run by a real shell", () => {
  const bash = spawnSync('bash', ['-c', 'true']).status === 0
  /** The shell blocks of DEPLOY.md, in order. */
  const blocks = (md: string) => [...md.matchAll(/^ {3}```bash\n([\s\S]*?)^ {3}```$/gm)].map((m) => m[1].replace(/^ {3}/gm, ''))

  it.skipIf(!bash)('step 1 creates every required secret from what the operator types, and stops naming the variable on an empty one', () => {
    const r = resolved('multi-provider')
    const md = files(r)['DEPLOY.md']
    const step1 = blocks(md)[0]
    const dir = tempDir()
    // A stand-in podman: "secret create --replace NAME -" stores stdin as dir/NAME.
    writeFileSync(path.join(dir, 'podman'), '#!/bin/sh\n[ "$1 $2 $3" = "secret create --replace" ] && [ "$5" = "-" ] || exit 9\ncat > "$SECRETS/$4"\n', { mode: 0o755 })
    const env = { PATH: `${dir}:/usr/bin:/bin`, SECRETS: dir }
    const keys = r.secrets.filter((s) => s.env !== 'LITELLM_MASTER_KEY').map((s) => `key-of-${s.env}`)
    const ok = spawnSync('bash', ['-c', step1], { env, input: keys.join('\n') + '\n', encoding: 'utf8' })
    expect(ok.status, ok.stderr).toBe(0)
    for (const s of r.secrets.filter((x) => x.env !== 'LITELLM_MASTER_KEY')) expect(readFileSync(path.join(dir, s.name), 'utf8')).toBe(`key-of-${s.env}`)
    expect(readFileSync(path.join(dir, 'litellm_master_key'), 'utf8')).toMatch(/^sk-[0-9a-f]{48}$/)
    expect(ok.stdout).toContain(readFileSync(path.join(dir, 'litellm_master_key'), 'utf8'))
    // An empty answer: the command for that key stops, naming the variable; podman never sees it.
    const empty = spawnSync('bash', ['-c', `set -e\n${step1}`], { env: { ...env, SECRETS: tempDir() }, input: '\n'.repeat(keys.length), encoding: 'utf8' })
    expect(empty.status).not.toBe(0)
    expect(empty.stderr).toContain('ANTHROPIC_API_KEY: set ANTHROPIC_API_KEY to your provider API key')
  })
})
