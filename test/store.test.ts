/**
 * The bundled store (model-store/) is data users deploy: it must validate cleanly, be written
 * the canonical way, hold exactly the curated inventory, and carry numbers that trace back to
 * their sources (the LiteLLM snapshot in data/, the local research notes when present).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { suggestRamGb, DEFAULT_KV_BYTES_PER_TOKEN } from '../src/core/ram.js'
import { limitsOf } from '../src/core/model-limits.js'
import { price } from '../src/core/store.js'
import { check } from '../src/io/assemble.js'
import { readWorkingTree } from '../src/io/read-tree.js'
import { ROOT, runCli } from './helpers.js'

type Kind = 'cloud' | 'local'
type Model = Record<string, unknown>

const STORE = path.join(ROOT, 'model-store')
const schemaDoc = (kind: Kind) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8'))

function files(kind: Kind): { name: string; text: string; data: Model }[] {
  return readdirSync(path.join(STORE, kind))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(STORE, kind, name), 'utf8')
      return { name, text, data: JSON.parse(text) as Model }
    })
}
const cloud = files('cloud')
const local = files('local')

// The original README's "Current Model Inventory", with its enabled flags and groups; since the
// 2026-07-24 refresh, two deprecated (so disabled) and eight current models added, disabled until
// someone has called their endpoint.
const ADDED = ['claude-opus-5', 'claude-sonnet-5', 'claude-haiku-4-5', 'gpt-5.5', 'gpt-5.4-mini', 'gemini-3.6-flash', 'gemini-3.5-flash-lite', 'grok-4.3']
const DEPRECATED: Record<string, { replacement: string; litellm: string }> = {
  'claude-opus-4-1': { replacement: 'claude-opus-5', litellm: 'claude-opus-4-1-20250805' },
  'grok-4-fast': { replacement: 'grok-4.3', litellm: 'xai/grok-4-fast-reasoning' },
}
const INVENTORY = {
  cloud: {
    enabled: ['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'claude-sonnet-4-5', 'gemini-2.5-flash', 'gemini-2.5-pro'],
    disabled: ['gpt-5-pro', 'grok-4-fast', 'deepseek-chat-v3.1', 'gpt-oss-120b-groq', 'claude-opus-4-1', ...ADDED],
  },
  local: {
    enabled: ['qwen3-0.6b', 'qwen3-4b', 'gpt-oss-20b', 'gpt-oss-120b', 'qwen3-embedding-8b'],
    disabled: ['qwen3-14b', 'granite-4.0-h-micro', 'qwen3-235b', 'llama-4-scout-17b', 'qwen3-coder-30b'],
  },
}
const GROUPS: Record<string, string[]> = {
  task: ['qwen3-0.6b', 'qwen3-4b', 'qwen3-14b', 'granite-4.0-h-micro'],
  heavy: ['gpt-oss-20b', 'gpt-oss-120b', 'qwen3-235b', 'llama-4-scout-17b', 'qwen3-coder-30b'],
  embeddings: ['qwen3-embedding-8b'],
}

/** The text a model file must have: $schema first, keys (and pricing's keys) in schema order, 2 spaces, final newline. */
function canonical(kind: Kind, data: Model): string {
  const schema = schemaDoc(kind)
  const order = (obj: Model, keys: string[]) => {
    const out: Model = {}
    for (const k of keys) if (k in obj) out[k] = obj[k]
    for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k] // unknown keys last (the schema rejects them anyway)
    return out
  }
  const top = order(data, Object.keys(schema.properties))
  if (top.pricing && typeof top.pricing === 'object') top.pricing = order(top.pricing as Model, Object.keys(schema.properties.pricing.properties))
  return JSON.stringify(top, null, 2) + '\n'
}

describe('the bundled store validates', () => {
  it('with no errors and no warnings through the public CLI', () => {
    const r = runCli(['validate', '--format', 'json'])
    expect(r.stderr).toBe('')
    const out = JSON.parse(r.stdout)
    // Notices (e.g. a verification date growing old) are information, not problems.
    expect(out.findings.filter((f: { severity: string }) => f.severity !== 'notice')).toEqual([])
    expect(out.summary).toMatchObject({ files: 29, errors: 0, warnings: 0 })
    expect(r.code).toBe(0)
  })

  it('with no errors or warnings through the assembler, strict', async () => {
    const { findings, summary } = (await check(readWorkingTree({ base: ROOT }), { strict: true })).verdict
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([])
    expect(summary.files).toBe(29)
  })
})

describe('every file is written the canonical way', () => {
  for (const [kind, list] of [['cloud', cloud], ['local', local]] as const) {
    for (const f of list) {
      it(`${kind}/${f.name}`, () => {
        expect(Object.keys(f.data)[0]).toBe('$schema')
        expect(f.data.$schema).toBe(`../../schemas/${kind}.schema.json`)
        expect(f.name).toBe(`${f.data.id}.json`)
        expect(f.text).toBe(canonical(kind, f.data))
        expect(f.text).not.toMatch(/\r|\t/)
      })
    }
  }

  it('the canonical check catches a file written out of order', () => {
    const { $schema, id, ...rest } = cloud[0].data
    const shuffled = JSON.stringify({ id, $schema, ...rest }, null, 2) + '\n'
    expect(shuffled).not.toBe(canonical('cloud', JSON.parse(shuffled)))
  })
})

describe('the inventory', () => {
  it('holds exactly 19 cloud and 10 local models with the inventory enabled flags', () => {
    for (const kind of ['cloud', 'local'] as const) {
      const list = kind === 'cloud' ? cloud : local
      const enabled = list.filter((f) => f.data.enabled === true).map((f) => f.data.id)
      const disabled = list.filter((f) => f.data.enabled === false).map((f) => f.data.id)
      expect(enabled.sort()).toEqual([...INVENTORY[kind].enabled].sort())
      expect(disabled.sort()).toEqual([...INVENTORY[kind].disabled].sort())
    }
    expect(cloud).toHaveLength(19)
    expect(local).toHaveLength(10)
  })

  it('puts each local model in its inventory group', () => {
    const byGroup: Record<string, string[]> = {}
    for (const f of local) (byGroup[f.data.group as string] ??= []).push(f.data.id as string)
    for (const g of Object.keys(byGroup)) byGroup[g].sort()
    expect(byGroup).toEqual(Object.fromEntries(Object.entries(GROUPS).map(([g, ids]) => [g, [...ids].sort()])))
  })

  it('names sources for every model, and deprecates exactly what LiteLLM dated past, with its date and a current replacement', () => {
    for (const f of [...cloud, ...local]) {
      expect(Array.isArray(f.data.sources) && (f.data.sources as unknown[]).length > 0, `${f.name} has no sources`).toBe(true)
      const d = DEPRECATED[f.data.id as string]
      if (!d) {
        expect(f.data.deprecated, f.name).toBeUndefined()
        continue
      }
      expect(f.data).toMatchObject({ deprecated: true, enabled: false, replacement: d.replacement, sunset_date: list[d.litellm].deprecation_date })
      expect(String(f.data.deprecation_reason)).toContain(`LiteLLM's list (2026-07-24) dates ${d.litellm}`)
      const r = cloud.find((c) => c.data.id === d.replacement)!.data
      expect([r.provider, r.deprecated]).toEqual([f.data.provider, undefined])
    }
  })

  it('records last_verified as the LiteLLM snapshot date on every cloud model', () => {
    const snapshot = JSON.parse(readFileSync(path.join(ROOT, 'data/litellm-model-prices.source.json'), 'utf8')).date
    for (const f of cloud) expect(f.data.last_verified, f.name).toBe(snapshot)
  })
})

// ---- cloud numbers, recomputed from the shipped LiteLLM snapshot ----

const LITELLM_URL = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json'
const list = JSON.parse(readFileSync(path.join(ROOT, 'data/litellm-model-prices.json'), 'utf8')) as Record<string, Record<string, unknown>>
const KEY_VARS: Record<string, string> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  gemini: 'GEMINI_API_KEY',
  openrouter: 'OPENROUTER_API_KEY',
  groq: 'GROQ_API_KEY',
  xai: 'XAI_API_KEY',
}

/** The list entry a routable name reaches: keyed as is, or (OpenAI, Anthropic) without the prefix. */
function entryFor(name: string): Record<string, unknown> | undefined {
  if (Object.hasOwn(list, name)) return list[name]
  const [provider, ...rest] = name.split('/')
  const bare = rest.join('/')
  return Object.hasOwn(list, bare) && list[bare].litellm_provider === provider ? list[bare] : undefined
}
const perM = (cost: unknown) => (typeof cost === 'number' ? Math.round(cost * 1e12) / 1e6 : undefined)

describe('cloud facts match the LiteLLM snapshot', () => {
  for (const f of cloud) {
    it(`${f.data.id}`, () => {
      const m = f.data
      const name = m.litellm_model_name as string
      const e = entryFor(name)
      expect(e, `${name} is not in the LiteLLM list`).toBeDefined()
      const provider = name.split('/')[0]
      expect(m.provider).toBe(provider)
      expect(e!.litellm_provider).toBe(provider)
      expect(m.requires_api_key).toBe(KEY_VARS[provider])
      // One reading: the input limit (max_input, else the whole window) is LiteLLM's max_input_tokens.
      expect(limitsOf(m)).toMatchObject({ input: e!.max_input_tokens, output: e!.max_output_tokens })
      if (m.max_input !== undefined) expect(m.context_window as number).toBeGreaterThan(m.max_input as number)
      const pricing = m.pricing as Record<string, unknown>
      expect(price(pricing.input_per_1m)).toBe(perM(e!.input_cost_per_token))
      expect(price(pricing.output_per_1m)).toBe(perM(e!.output_cost_per_token))
      expect(price(pricing.cache_read_per_1m)).toBe(perM(e!.cache_read_input_token_cost))
      for (const p of Object.values(pricing).filter((v) => v !== pricing.tier)) expect(p).toMatch(/^\$\d+\.\d{2,}$/)
      // Capabilities never claim what the list's flags do not state.
      const caps = m.capabilities as string[]
      if (caps.includes('vision')) expect(e!.supports_vision).toBe(true)
      if (caps.includes('reasoning')) expect(e!.supports_reasoning).toBe(true)
      if (caps.includes('tools')) expect(e!.supports_function_calling).toBe(true)
      if (caps.includes('web-search')) expect(e!.supports_web_search).toBe(true)
      if (caps.includes('prompt-caching')) expect(e!.supports_prompt_caching).toBe(true)
      expect(m.sources).toContain(LITELLM_URL)
    })
  }

  it('picks the dated snapshot key when the list has one', () => {
    for (const f of cloud) {
      const [provider, ...rest] = (f.data.litellm_model_name as string).split('/')
      if (provider !== 'openai' && provider !== 'anthropic') continue
      const key = rest.join('/')
      const dated = Object.keys(list).filter((k) => k.startsWith(`${f.data.id}-20`) && list[k].litellm_provider === provider && /-\d{4}-?\d{2}-?\d{2}$/.test(k))
      // claude-opus-5 and claude-sonnet-5 have only their undated key in the 2026-07-24 list.
      if (dated.length) expect(dated, `${f.data.id} has a dated key`).toContain(key)
      else expect(key).toBe(f.data.id)
    }
  })

  it('documents each trap decision in notes', () => {
    const notes = (id: string) => String(cloud.find((f) => f.data.id === id)?.data.notes ?? '')
    expect(notes('gpt-5-pro')).toMatch(/400,000/)
    expect(notes('gpt-5-pro')).toMatch(/272,000/)
    expect(notes('grok-4-fast')).toContain('openrouter/x-ai/grok-4-fast')
    // The route the notes explain is one LiteLLM lists, and the one it lacks still is not listed.
    expect(entryFor('openrouter/x-ai/grok-4-fast')).toBeUndefined()
  })
})

// ---- local numbers ----

describe('local facts', () => {
  for (const f of local) {
    it(`${f.data.id}: uri, file, shard and the RAM formula agree`, () => {
      const m = f.data
      expect(m.model_uri).toBe(`huggingface://${m.hf_repo}/${m.hf_file}`)
      const shard = /-(\d{5})-of-(\d{5})\.gguf$/.exec(m.hf_file as string)
      if (shard) expect(shard[1]).toBe('00001')
      expect(m.ctx_size as number).toBeLessThanOrEqual(m.context_window as number)
      // ram_required_gb follows the store's one formula, and notes say so with the figures.
      const kv = m.id === 'qwen3-4b' ? 147_456 : DEFAULT_KV_BYTES_PER_TOKEN
      expect(m.ram_required_gb).toBe(suggestRamGb(m.size_bytes as number, m.ctx_size as number, kv))
      const notes = String(m.notes)
      expect(notes).toContain('derived')
      expect(notes).toContain((m.size_bytes as number).toLocaleString('en-US'))
      expect(notes).toContain(`= ${m.ram_required_gb}.`)
      expect(m.sources).toContain(`https://huggingface.co/${m.hf_repo}`)
    })
  }

  it('keeps the true RAM figure for qwen3-235b (above the 128 GB bar) and says why', () => {
    const m = local.find((f) => f.data.id === 'qwen3-235b')!.data
    expect(m.ram_required_gb as number).toBeGreaterThan(128)
    expect(String(m.notes)).toMatch(/128 GB/)
  })

  it('uses the card context, not the GGUF header, for Qwen3 models', () => {
    for (const id of ['qwen3-0.6b', 'qwen3-4b', 'qwen3-14b', 'qwen3-235b']) {
      const m = local.find((f) => f.data.id === id)!.data
      expect(m.context_window, id).toBe(32768)
      expect(String(m.notes), id).toContain('40,960')
    }
  })

  const notes = path.join(ROOT, 'test/fixtures/reference/local-models-table.md')
  it('agrees with the summary table of the research notes', () => {
    const rows = readFileSync(notes, 'utf8')
      .split('\n')
      .filter((l) => /^\| [a-z0-9.-]+ \| `/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()))
    expect(rows).toHaveLength(10)
    for (const [, id, repo, file, quant, size, ctx, licence] of rows) {
      const m = local.find((f) => f.data.id === id)?.data
      expect(m, id).toBeDefined()
      expect(m!.hf_repo).toBe(repo.replace(/`/g, ''))
      expect(m!.hf_file).toBe(/`([^`]+)`/.exec(file)![1])
      expect(quant.startsWith(m!.quantization as string), `${id} quant`).toBe(true)
      expect(m!.size_bytes).toBe(Number(/^([\d,]+) B/.exec(size)![1].replace(/,/g, '')))
      // "32,768 (131,072 with YaRN)", "32K", "10M (model card)": the first figure is the native window.
      const [, digits, unit] = /^([\d,]+)(K|M)?/.exec(ctx)!
      const window = Number(digits.replace(/,/g, '')) * (unit === 'K' ? 1024 : unit === 'M' ? 1_000_000 : 1)
      expect(m!.context_window, `${id} context`).toBe(window)
      expect(licence.startsWith(m!.license as string), `${id} licence`).toBe(true)
    }
  })
})

describe('the sample blueprints', () => {
  it('name only current models: none deprecated, each enabled', () => {
    const byId = new Map([...cloud, ...local].map((f) => [f.data.id as string, f.data]))
    for (const name of readdirSync(path.join(ROOT, 'templates/blueprints')).filter((n) => n.endsWith('.json'))) {
      const bp = JSON.parse(readFileSync(path.join(ROOT, 'templates/blueprints', name), 'utf8')) as { models: Record<string, (string | { id: string })[]> }
      for (const entry of Object.values(bp.models).flat()) {
        const id = (typeof entry === 'string' ? entry : entry.id).replace(/^[a-z]+:/, '')
        const m = byId.get(id)
        expect(m, `${name}: ${id}`).toBeDefined()
        expect([m!.deprecated, m!.enabled], `${name}: ${id}`).toEqual([undefined, true])
      }
    }
  })
})
