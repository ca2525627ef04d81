import { describe, expect, it } from 'vitest'
import { checkBlueprint } from '../../src/core/check-blueprint.js'
import { bp, fixtureStore, schemas } from '../render-helpers.js'

const store = fixtureStore()
const check = (value: unknown, ramGb?: number) => checkBlueprint(bp(value), store, schemas, { ramGb })
const shown = (r: ReturnType<typeof check>) => r.findings.map((f) => [f.severity, f.rule, f.line, f.message])

describe('checkBlueprint', () => {
  it('reports unknown ids with a did-you-mean, deprecated models with their replacement, at their lines', () => {
    const r = check({ models: { cloud: ['gpt-4o', 'claude-sonet-4-5'] } })
    expect(r.findings.map((f) => [f.severity, f.line, f.message, f.hint])).toEqual([
      ['warning', 4, 'gpt-4o is deprecated; use gpt-5 instead', 'Replace "gpt-4o" with "gpt-5".'],
      ['error', 5, 'unknown cloud model "claude-sonet-4-5"', 'Did you mean "claude-sonnet-4-5"?'],
    ])
    expect(check({ models: { cloud: ['gpt-4o'] } }).resolved!.warnings).toEqual(["You're using 1 deprecated model: gpt-4o -> gpt-5"])
  })

  it('reports overrides beyond the model', () => {
    expect(shown(check({ models: { local: [{ id: 'qwen3-4b', ctx_size: 65536 }] } }))).toEqual([['error', 'resolve', 6, "qwen3-4b: ctx_size 65,536 is above the model's context_window 32,768"]])
  })

  it('with --ram: fits, or not, counting the resident group and the largest chat model', () => {
    const value = { models: { local: ['qwen3-4b', 'qwen3-0.6b', 'qwen3-embedding-8b'] } }
    const ram = (id: string) => store.find(id)!.data.ram_required_gb as number
    const need = ram('qwen3-embedding-8b') + Math.max(ram('qwen3-4b'), ram('qwen3-0.6b'))
    const fits = check(value, need)
    expect(fits.findings.map((f) => [f.severity, f.rule, f.line])).toEqual([['notice', 'ram-fit', 3]])
    expect(fits.findings[0].message).toContain(`the local models fit: ${need} GB of ${need} GB at once`)
    const short = check(value, need - 0.5)
    expect(short.findings.map((f) => [f.severity, f.rule, f.line])).toEqual([['error', 'ram-fit', 3]])
    expect(short.findings[0].message).toBe(`the local models need ${need} GB at once, more than the ${need - 0.5} GB given: embeddings ${ram('qwen3-embedding-8b')} GB (resident: qwen3-embedding-8b), task ${Math.max(ram('qwen3-4b'), ram('qwen3-0.6b'))} GB (largest: qwen3-4b)`)
    // Without --ram, nothing about memory.
    expect(check(value).findings).toEqual([])
  })
})
