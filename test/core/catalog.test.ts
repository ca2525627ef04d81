/** The catalog: list filters, specs, select (deny wins, preference order, no match), replacement chains, blueprint uses. */
import { describe, expect, it } from 'vitest'
import { listModels, parseSpec, replacementChain, resolveSpec, selectModel, usesOf } from '../../src/core/catalog.js'
import { compilePolicy, mergePolicy } from '../../src/core/policy.js'
import { Store } from '../../src/core/store.js'
import type { Kind } from '../../src/core/types.js'
import { cloudModel, localModel } from '../helpers.js'

const file = (kind: Kind, data: Record<string, unknown>) => ({ kind, path: `model-store/${kind}/${data.id}.json`, text: JSON.stringify(data, null, 2) })
const store = new Store([
  file('cloud', cloudModel({ id: 'gpt-x', name: 'GPT X', provider: 'openai', capabilities: ['chat', 'tools', 'vision'], pricing: { input_per_1m: 1, output_per_1m: 2, tier: 'frontier' } })),
  file('cloud', cloudModel({ id: 'claude-x', name: 'Claude X', provider: 'anthropic', litellm_model_name: 'anthropic/claude-x', aliases: ['cx'], capabilities: ['chat', 'tools', 'vision'] })),
  file('cloud', cloudModel({ id: 'claude-old', name: 'Claude Old', provider: 'anthropic', litellm_model_name: 'anthropic/claude-old', capabilities: ['chat', 'tools', 'vision'], deprecated: true, replacement: 'claude-x', enabled: false })),
  file('cloud', cloudModel({ id: 'grok-x', name: 'Grok X', provider: 'xai', litellm_model_name: 'xai/grok-x', capabilities: ['chat', 'tools'], enabled: false })),
  file('local', localModel({ id: 'qwen-x', name: 'Qwen X', capabilities: ['chat', 'tools'], group: 'task' })),
])
const ids = (ms: { id: string }[]) => ms.map((m) => m.id)

describe('listModels', () => {
  it('lists every model in file order, and filters by kind, provider (or HF org), group, capability and status', () => {
    expect(ids(listModels(store))).toEqual(['claude-old', 'claude-x', 'gpt-x', 'grok-x', 'qwen-x'])
    expect(ids(listModels(store, { kind: 'local' }))).toEqual(['qwen-x'])
    expect(ids(listModels(store, { provider: 'Anthropic' }))).toEqual(['claude-old', 'claude-x'])
    expect(ids(listModels(store, { provider: 'qwen' }))).toEqual(['qwen-x'])
    expect(ids(listModels(store, { provider: 'local' }))).toEqual(['qwen-x'])
    expect(ids(listModels(store, { group: 'frontier' }))).toEqual(['gpt-x'])
    expect(ids(listModels(store, { capability: ['vision', 'tools'] }))).toEqual(['claude-old', 'claude-x', 'gpt-x'])
    expect(ids(listModels(store, { enabled: false }))).toEqual(['claude-old', 'grok-x'])
    expect(ids(listModels(store, { deprecated: true }))).toEqual(['claude-old'])
  })
})

describe('parseSpec and resolveSpec', () => {
  it('parses provider:model and bare ids, and refuses what is neither', () => {
    expect(parseSpec('openai:gpt-x')).toEqual({ ok: true, spec: { provider: 'openai', id: 'gpt-x' } })
    expect(parseSpec('OpenAI:gpt-x')).toEqual({ ok: true, spec: { provider: 'openai', id: 'gpt-x' } })
    expect(parseSpec('gpt-x')).toEqual({ ok: true, spec: { id: 'gpt-x' } })
    for (const bad of ['', ':gpt', 'openai:', 'a:b:c', 'open ai:x']) expect(parseSpec(bad).ok).toBe(false)
  })
  it('resolves ids, aliases, LiteLLM names and local: specs; a wrong provider or unknown id says why', () => {
    const get = (s: string) => {
      const r = resolveSpec(store, s)
      return r.ok ? r.model.id : r.problem
    }
    expect(get('cx')).toBe('claude-x')
    expect(get('anthropic:claude-x')).toBe('claude-x')
    expect(get('openai:gpt-5-2025-08-07')).toBe('gpt-x')
    expect(get('local:qwen-x')).toBe('qwen-x')
    expect(get('openai:claude-x')).toBe('"openai:claude-x": claude-x is served by anthropic, not openai')
    const unknown = resolveSpec(store, 'claude-y')
    expect(unknown).toMatchObject({ ok: false, problem: 'no model "claude-y" in the store', hint: 'Did you mean "claude-x"?' })
  })
})

describe('selectModel (design 004: deny wins, preference order, no match)', () => {
  it('returns the first allowed model meeting the requirements, trying preferred providers in order', () => {
    expect(selectModel(store, { require: ['tools', 'vision'] })?.id).toBe('claude-x')
    expect(selectModel(store, { require: ['tools', 'vision'], prefer: ['openai', 'anthropic'] })?.id).toBe('gpt-x')
    // A preferred provider with nothing that fits is passed over, not a dead end.
    expect(selectModel(store, { require: ['tools'], forbid: ['vision'], prefer: ['xai', 'openai'] })?.id).toBe('qwen-x')
  })
  it('never selects a deprecated or disabled model, nor one the policy denies, whatever the preference', () => {
    expect(selectModel(store, { require: ['tools'], forbid: ['vision'], prefer: ['xai'], kind: 'cloud' })).toBeUndefined()
    const denyAnthropic = compilePolicy(mergePolicy({ deny: { providers: ['anthropic'], ids: [] } }))
    expect(selectModel(store, { require: ['vision'], prefer: ['anthropic'], policy: denyAnthropic })?.id).toBe('gpt-x')
    // Deny wins over allow: a model both allowed and denied is refused.
    const both = compilePolicy(mergePolicy({ allow: { providers: ['openai'], ids: [] }, deny: { providers: [], ids: ['gpt-*'] } }))
    expect(selectModel(store, { require: ['vision'], policy: both })).toBeUndefined()
  })
  it('no match is undefined', () => {
    expect(selectModel(store, { require: ['audio'] })).toBeUndefined()
  })
})

describe('replacementChain and usesOf', () => {
  it('follows replacement links, stopping at a cycle', () => {
    expect(replacementChain(store, 'claude-old')).toEqual(['claude-old', 'claude-x'])
    const loop = new Store([
      file('cloud', cloudModel({ id: 'a', name: 'A', litellm_model_name: 'openai/a', deprecated: true, replacement: 'b' })),
      file('cloud', cloudModel({ id: 'b', name: 'B', litellm_model_name: 'openai/b', deprecated: true, replacement: 'a' })),
    ])
    expect(replacementChain(loop, 'a')).toEqual(['a', 'b'])
  })
  it('finds the blueprints listing a model by any of its names', () => {
    const bps = [
      { name: 'one', path: 'bp/one.json', text: JSON.stringify({ models: { cloud: ['cx', { id: 'gpt-x' }], local: ['local:qwen-x'] } }) },
      { name: 'two', path: 'bp/two.json', text: JSON.stringify({ models: { cloud: ['anthropic:claude-x'] } }) },
      { name: 'broken', path: 'bp/broken.json', text: '{' },
    ]
    expect(usesOf(store, 'claude-x', bps)).toEqual([
      { blueprint: 'one', path: 'bp/one.json', kind: 'cloud', ref: 'cx' },
      { blueprint: 'two', path: 'bp/two.json', kind: 'cloud', ref: 'anthropic:claude-x' },
    ])
    expect(usesOf(store, 'qwen-x', bps)).toEqual([{ blueprint: 'one', path: 'bp/one.json', kind: 'local', ref: 'local:qwen-x' }])
  })
})
