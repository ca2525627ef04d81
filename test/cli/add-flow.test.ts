/**
 * The add flows with the prompt facade mocked: each prompt takes the next scripted answer,
 * runs the command's validator on it like inquirer does, and on a message records it and
 * takes the next answer (the user typing again).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Io } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { run as add } from '../../src/cli/commands/add.js'
import { Cancelled } from '../../src/core/errors.js'
import { perMillion, formatPrice } from '../../src/core/litellm.js'
import { suggestGroup, suggestRamGb } from '../../src/core/ram.js'
import { loadLiteLLMSnapshot } from '../../src/io/litellm.js'
import { cloudModel, makeStore } from '../helpers.js'
import { json, serve, type Served } from '../servers/http.js'

const TODAY = '2026-06-15'
const LITELLM = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json'
const PAPER = 'https://arxiv.org/abs/2505.09388'
const DEFAULT = Symbol('enter')
const CTRL_C = Symbol('ctrl-c')
type Answer = unknown

const h = vi.hoisted(() => ({
  queue: [] as unknown[],
  asked: [] as { type: string; message: string; default?: unknown; choices?: unknown[] }[],
  shown: [] as string[],
}))

vi.mock('../../src/cli/ask.js', async () => {
  const { Cancelled } = await import('../../src/core/errors.js')
  async function next(type: string, config: Record<string, any>): Promise<unknown> {
    const record: { type: string; message: string; default?: unknown; choices?: unknown[] } = { type, message: config.message, default: config.default }
    h.asked.push(record)
    if (config.choices) record.choices = config.choices.map((c: { value: unknown }) => c.value)
    for (;;) {
      if (!h.queue.length) throw new Error(`no scripted answer for "${config.message}"`)
      let a = h.queue.shift()
      if (a === CTRL_C_KEY) throw new Cancelled()
      if (a === DEFAULT_KEY) a = config.default ?? (type === 'input' ? '' : undefined)
      if (type === 'search') {
        const { term, pick } = a as { term: string; pick: string }
        const offered = (await config.source(term)).map((c: { value: string }) => c.value)
        record.choices = offered
        if (!offered.includes(pick)) throw new Error(`"${pick}" not offered for "${term}": ${offered.slice(0, 5).join(', ')}`)
        a = pick
      }
      if (type === 'select' && !record.choices!.includes(a)) throw new Error(`"${String(a)}" is not a choice of "${config.message}"`)
      if (config.validate) {
        const ok = await config.validate(a)
        if (ok !== true) {
          h.shown.push(ok)
          continue
        }
      }
      return a
    }
  }
  const DEFAULT_KEY = Symbol.for('test:enter')
  const CTRL_C_KEY = Symbol.for('test:ctrl-c')
  return {
    input: (c: object) => next('input', c),
    number: (c: object) => next('number', c),
    select: (c: object) => next('select', c),
    search: (c: object) => next('search', c),
    confirm: (c: object) => next('confirm', c),
  }
})

/** Scripted answers: DEFAULT presses Enter on the prefill, CTRL_C cancels. */
function script(...answers: Answer[]) {
  h.queue = answers.map((a) => (a === DEFAULT ? Symbol.for('test:enter') : a === CTRL_C ? Symbol.for('test:ctrl-c') : a))
}

function fakeIo(cwd: string, env: NodeJS.ProcessEnv = {}) {
  const io = { out: '', err: '' }
  const value: Io = { cwd, env: { ...process.env, NO_COLOR: '1', LEGER_TODAY: TODAY, ...env }, out: (t) => void (io.out += t), err: (t) => void (io.err += t), isTTY: false, stdinTTY: true }
  return { io: value, text: io }
}

const asked = (re: RegExp) => h.asked.find((a) => re.test(a.message))
const listStore = (dir: string) => ['cloud', 'local'].flatMap((k) => readdirSync(path.join(dir, 'model-store', k)).map((f) => `${k}/${f}`))

beforeEach(() => {
  h.queue = []
  h.asked = []
  h.shown = []
})

describe('add: cloud, interactive', () => {
  it('asks provider and model, prefills from LiteLLM, validates each answer, previews, writes', async () => {
    const dir = makeStore({ 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5' }) })
    const { io, text } = fakeIo(dir)
    script(
      'cloud',
      'openai',
      { term: 'gpt-5-nano', pick: 'openai/gpt-5-nano-2025-08-07' },
      '../x', // refused: not a plain id
      'gpt-5', // refused: taken
      'gpt-5-nano',
      'GPT-5 Nano',
      'Fastest, most cost-efficient GPT-5',
      DEFAULT, // context_window
      DEFAULT, // max_output
      'openai key', // refused: env var pattern
      DEFAULT,
      DEFAULT, // input price
      DEFAULT, // output price
      DEFAULT, // cache read price
      DEFAULT, // capabilities
      DEFAULT, // enabled
      DEFAULT, // sources
      true, // write?
    )
    expect(await add([], io)).toBe(0)
    expect(h.queue).toEqual([])

    const entry = loadLiteLLMSnapshot().list['gpt-5-nano-2025-08-07']
    const written = JSON.parse(readFileSync(path.join(dir, 'model-store/cloud/gpt-5-nano.json'), 'utf8'))
    expect(written).toMatchObject({
      $schema: '../../schemas/cloud.schema.json',
      id: 'gpt-5-nano',
      name: 'GPT-5 Nano',
      provider: 'openai',
      litellm_model_name: 'openai/gpt-5-nano-2025-08-07',
      context_window: entry.max_input_tokens,
      max_output: entry.max_output_tokens,
      requires_api_key: 'OPENAI_API_KEY',
      description: 'Fastest, most cost-efficient GPT-5',
      pricing: { input_per_1m: formatPrice(perMillion(entry.input_cost_per_token)!), output_per_1m: formatPrice(perMillion(entry.output_cost_per_token)!) },
      enabled: true,
      sources: [LITELLM],
      // Prefilled from the list the file names: verified today.
      last_verified: TODAY,
    })
    expect(Object.keys(written)[0]).toBe('$schema')
    // The display name is suggested readable; no tier is asked when the store records none.
    expect(asked(/^Display name/)!.default).toBe('GPT-5 Nano')
    expect(asked(/tier/)).toBeUndefined()

    // Only the provider's models are offered; the id prefill is the model name.
    expect(asked(/LiteLLM model/)!.choices!.every((c) => String(c).startsWith('openai/'))).toBe(true)
    expect(asked(/^Id/)!.default).toBe('gpt-5-nano-2025-08-07')
    expect(asked(/Context window/)!.default).toBe(entry.max_input_tokens)
    expect(h.shown).toEqual([
      expect.stringContaining('"../x" is not a plain id'),
      'id "gpt-5" is taken: model-store/cloud/gpt-5.json',
      expect.stringContaining('requires_api_key "openai key" is not in the expected form'),
    ])
    expect(text.out).toContain('model-store/cloud/gpt-5-nano.json:\n{\n  "$schema"')
    expect(text.out).toContain('Wrote model-store/cloud/gpt-5-nano.json')
    expect(text.out).toContain('✔ 1 file checked, no problems')
    expect(text.out).toContain(`git commit -m 'feat: add GPT-5 Nano model'`)
  })

  it('refuses a model LiteLLM does not list, as validate would, at the question', async () => {
    const dir = makeStore({})
    const { io } = fakeIo(dir)
    script('cloud', 'mistral', { term: 'mistral-future-9', pick: 'mistral/mistral-future-9' }, CTRL_C)
    expect(await main(['add'], io)).toBe(130)
    expect(h.shown).toEqual([expect.stringContaining('litellm_model_name "mistral/mistral-future-9" is not in LiteLLM\'s price list')])
    expect(listStore(dir)).toEqual([])
  })

  it('asks for the price tier, with the schema\'s tiers, when the store\'s models record one', async () => {
    const dir = makeStore({ 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5', pricing: { input_per_1m: '$1.25', output_per_1m: '$10.00', tier: 'frontier' } }) })
    const { io } = fakeIo(dir)
    // name, context, max output, key, input, output, cache read, tier, capabilities, sources, write
    script(...Array(7).fill(DEFAULT), 'budget', DEFAULT, DEFAULT, true)
    const flags = ['--kind', 'cloud', '--litellm-model', 'openai/gpt-5-nano-2025-08-07', '--id', 'gpt-5-nano', '--description', 'Fastest GPT-5', '--no-enabled']
    expect(await add(flags, io)).toBe(0)
    expect(h.queue).toEqual([])
    expect(asked(/^Price tier/)!.choices).toEqual(['frontier', 'premium', 'mid', 'budget', 'free'])
    const written = JSON.parse(readFileSync(path.join(dir, 'model-store/cloud/gpt-5-nano.json'), 'utf8'))
    expect(written.pricing.tier).toBe('budget')
    expect(written.name).toBe('GPT-5 Nano')
  })

  it('Ctrl-C at any prompt: nothing written, "cancelled", exit 130', async () => {
    const dir = makeStore({})
    const { io, text } = fakeIo(dir)
    script('cloud', 'openai', { term: 'gpt-5-nano', pick: 'openai/gpt-5-nano-2025-08-07' }, DEFAULT, CTRL_C)
    expect(await main(['add'], io)).toBe(130)
    expect(text.err).toBe('cancelled\n')
    expect(listStore(dir)).toEqual([])
  })

  it('declining the preview writes nothing', async () => {
    const dir = makeStore({})
    const { io, text } = fakeIo(dir)
    script('openai', { term: 'gpt-5-nano', pick: 'openai/gpt-5-nano-2025-08-07' }, ...Array(12).fill(DEFAULT), false)
    expect(await add(['--kind', 'cloud'], io)).toBe(0)
    expect(text.err).toContain('Nothing written')
    expect(listStore(dir)).toEqual([])
  })

  it('uses flags as answers and asks only the rest', async () => {
    const dir = makeStore({})
    const { io } = fakeIo(dir)
    script(...Array(11).fill(DEFAULT), true)
    expect(await add(['--kind', 'cloud', '--litellm-model', 'openai/gpt-5-nano-2025-08-07', '--name', 'GPT-5 Nano', '--no-enabled'], io)).toBe(0)
    expect(h.asked.map((a) => a.message)).not.toContain('Display name')
    expect(h.asked.some((a) => /Enabled/.test(a.message))).toBe(false)
    const written = JSON.parse(readFileSync(path.join(dir, 'model-store/cloud/gpt-5-nano-2025-08-07.json'), 'utf8'))
    expect(written).toMatchObject({ name: 'GPT-5 Nano', enabled: false })
  })
})

describe('add: local, interactive', () => {
  it('offline: types the file, derives the quantization, suggests group and ram from the size', async () => {
    const dir = makeStore({})
    const { io } = fakeIo(dir)
    const size = 2_497_280_256
    script(
      'local',
      'Qwen/Qwen3-4B-GGUF',
      'Qwen3-4B/../x.gguf', // refused: ".." in the URI
      'Qwen3-4B-Q4_K_M.gguf',
      'Q8_0', // refused: the file name says Q4_K_M
      DEFAULT, // quantization
      DEFAULT, // id
      DEFAULT, // name
      '',
      32768, // context_window (no prefill offline)
      65536, // refused: ctx_size larger than the window
      DEFAULT, // ctx_size 8192
      size,
      DEFAULT, // group
      DEFAULT, // ram
      '', // refused: the policy wants a licence
      'apache-2.0',
      '', // refused: the policy wants published scores
      'mmlu=high', // refused: not a score
      'mmlu_redux=83.7, gpqa_diamond=55.9',
      '', // refused: the scores need their page
      PAPER,
      '', // capabilities
      false,
      DEFAULT, // sources: the scores' page
      true,
    )
    expect(await add([], io)).toBe(0)
    expect(h.queue).toEqual([])
    expect(h.shown).toEqual([
      expect.stringContaining('contains a "." or ".." path segment'),
      expect.stringContaining('quantization "Q8_0" differs from the file name, which says Q4_K_M'),
      expect.stringContaining('ctx_size 65536 is larger than context_window 32768'),
      'Licence (as HuggingFace names it) is required',
      expect.stringMatching(/^Benchmarks, name=score pairs .* is required$/),
      'the score of mmlu must be a number; got "high"',
      expect.stringContaining('Where the scores are published is required'),
    ])
    expect(asked(/^Display name/)!.default).toBe('Qwen3 4B')
    expect(asked(/^Sources/)!.default).toBe(PAPER)
    expect(asked(/^Group/)!.default).toBe(suggestGroup(size))
    expect(asked(/^RAM/)!.default).toBe(suggestRamGb(size, 8192))
    const written = JSON.parse(readFileSync(path.join(dir, 'model-store/local/qwen3-4b.json'), 'utf8'))
    expect(written).toEqual({
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
      // Nothing was prefilled from a source offline: no last_verified.
      sources: [PAPER],
    })
  })

  describe('online, against a HuggingFace server on 127.0.0.1', () => {
    let server: Served
    let endpoint = ''
    const Q8 = 4_280_405_248
    beforeAll(async () => {
      server = await serve((req, res) => {
        const body =
          req.url?.startsWith('/api/models/Qwen/Qwen3-4B-GGUF?')
            ? {
                id: 'Qwen/Qwen3-4B-GGUF',
                pipeline_tag: 'text-generation',
                cardData: { license: 'apache-2.0' },
                gguf: { total: 4022468096, architecture: 'qwen3', context_length: 40960 },
                siblings: [
                  { rfilename: 'README.md' },
                  { rfilename: 'Qwen3-4B-Q4_K_M.gguf', size: 2497280256, lfs: { size: 2497280256 } },
                  { rfilename: 'Qwen3-4B-Q8_0.gguf', size: Q8, lfs: { size: Q8 } },
                ],
              }
            : undefined
        json(res, body ? 200 : 404, body ?? { error: 'Repository not found' })
      })
      endpoint = server.url
    })
    afterAll(() => server.close())

    it('lists the repo files to pick from and prefills size, context, licence, group and ram', async () => {
      const dir = makeStore({ 'local/qwen3-4b.json': { id: 'qwen3-4b' } })
      const { io } = fakeIo(dir, { HF_ENDPOINT: endpoint })
      // quantization .. licence prefilled, then the scores and their page, capabilities, enabled, sources
      script('Qwen/Missing-GGUF', 'Qwen/Qwen3-4B-GGUF', 'Qwen3-4B-Q8_0.gguf', ...Array(10).fill(DEFAULT), 'mmlu_redux=83.7', PAPER, DEFAULT, DEFAULT, DEFAULT, true)
      expect(await add(['--kind', 'local', '--online'], io)).toBe(0)
      expect(h.shown).toEqual([expect.stringContaining('Qwen/Missing-GGUF not found')])
      expect(asked(/GGUF file in/)!.choices).toEqual(['Qwen3-4B-Q4_K_M.gguf', 'Qwen3-4B-Q8_0.gguf'])
      // qwen3-4b is taken: the suggestion carries the quantization.
      expect(asked(/^Id/)!.default).toBe('qwen3-4b-q8-0')
      expect(server.requests.map((r) => r.url)).toContain('/api/models/Qwen/Qwen3-4B-GGUF?blobs=true')
      const written = JSON.parse(readFileSync(path.join(dir, 'model-store/local/qwen3-4b-q8-0.json'), 'utf8'))
      expect(written).toMatchObject({
        model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf',
        quantization: 'Q8_0',
        context_window: 40960,
        ctx_size: 8192,
        size_bytes: Q8,
        group: suggestGroup(Q8),
        ram_required_gb: suggestRamGb(Q8, 8192),
        license: 'apache-2.0',
        benchmarks: { mmlu_redux: 83.7 },
        sources: ['https://huggingface.co/Qwen/Qwen3-4B-GGUF', PAPER],
        last_verified: TODAY,
      })
    })
  })
})

describe('add: refusals before any question', () => {
  it('without a TTY and without --yes it says so and exits 2', async () => {
    const dir = makeStore({})
    const { io, text } = fakeIo(dir)
    io.stdinTTY = false
    expect(await main(['add', '--kind', 'cloud'], io)).toBe(2)
    expect(text.err).toContain('stdin is not a terminal')
    expect(h.asked).toEqual([])
  })
  it('a store folder that does not exist is a clean error', async () => {
    const dir = makeStore({})
    mkdirSync(path.join(dir, 'elsewhere'))
    const { io, text } = fakeIo(dir)
    expect(await main(['add', '--store', 'nope', '--yes'], io)).toBe(2)
    expect(text.err).toContain('store folder not found')
  })
  it('Cancelled is what the facade throws', () => {
    expect(new Cancelled().exitCode).toBe(130)
  })
})
