import { describe, expect, it } from 'vitest'
import { localFootprint } from '../../src/core/footprint.js'
import type { ResolvedLocal } from '../../src/core/resolve.js'

const model = (id: string, group: string, ram_required_gb?: number): ResolvedLocal => ({
  id, name: id, hf_repo: 'o/r', hf_file: `${id}.gguf`, quantization: 'Q4_K_M', context_window: 32768, group,
  embedding: group === 'embeddings', aliases: [], capabilities: [], deprecated: false, file: `model-store/local/${id}.json`,
  ...(ram_required_gb !== undefined && { ram_required_gb }),
})

describe('localFootprint', () => {
  it('counts every resident model and the largest member of a swapping group', () => {
    const f = localFootprint([model('small', 'task', 2), model('big', 'task', 5), model('embed', 'embeddings', 7)])
    expect(f.peakGb).toBe(12)
    expect(f.groups).toEqual([
      { group: 'embeddings', counted: ['embed'], gb: 7, persistent: true, exclusive: false },
      { group: 'task', counted: ['big'], gb: 5, persistent: false, exclusive: true },
    ])
  })

  it("exclusive groups take turns (loading one unloads the others), so only the largest group's largest counts", () => {
    const f = localFootprint([model('a', 'task', 4), model('b', 'balanced', 16), model('c', 'heavy', 70), model('e', 'embeddings', 7)])
    expect(f.peakGb).toBe(77)
    expect(f.groups.map((g) => [g.group, g.gb])).toEqual([['balanced', 16], ['embeddings', 7], ['heavy', 70], ['task', 4]])
  })

  it('names models without a size instead of counting them as zero silently', () => {
    const f = localFootprint([model('a', 'task'), model('b', 'task', 3)])
    expect(f.unknown).toEqual(['a'])
    expect(f.peakGb).toBe(3)
  })
})
