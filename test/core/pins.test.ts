/** Pinned artifacts: the hashes and revision a local model records, against the Hub's answer. */
import { describe, expect, it } from 'vitest'
import type { HfModelInfo } from '../../src/core/hf.js'
import { parseModelUri, type ModelUri } from '../../src/core/model-uri.js'
import { changedHashes, pinnedHashes, pinShapeProblem, pinsFromHub, revisionsToCheck } from '../../src/core/pins.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)
const C = 'c'.repeat(64)
const uri = (s: string): ModelUri => {
  const p = parseModelUri(s)
  if (!p.ok) throw new Error(p.problem)
  return p.uri
}
const one = uri('huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf')
const split = uri('huggingface://Qwen/A-GGUF/A-Q4_K_M-00001-of-00002.gguf')
const info = (hashes: Record<string, string | undefined>, sha?: string): HfModelInfo => ({ id: 'Qwen/A-GGUF', sha, siblings: Object.entries(hashes).map(([rfilename, h]) => ({ rfilename, lfs: h ? { sha256: h, size: 1 } : undefined })) })

describe('pins', () => {
  it('reads one hash or one per shard, and nothing malformed', () => {
    expect([pinnedHashes({ sha256: A }), pinnedHashes({ sha256: [A, B] }), pinnedHashes({ sha256: 'x' }), pinnedHashes({ sha256: [A, 1] }), pinnedHashes({})]).toEqual([[A], [A, B], undefined, undefined, undefined])
  })

  it('reports the shards whose hash the Hub now states differently, and compares nothing the Hub leaves out', () => {
    expect(changedHashes({ sha256: A }, info({ 'A-Q4_K_M.gguf': A }), one)).toEqual([])
    expect(changedHashes({ sha256: A }, info({ 'A-Q4_K_M.gguf': B }), one)).toEqual([{ file: 'A-Q4_K_M.gguf', ours: A, theirs: B }])
    expect(changedHashes({ sha256: [A, B] }, info({ 'A-Q4_K_M-00001-of-00002.gguf': A, 'A-Q4_K_M-00002-of-00002.gguf': C }), split)).toEqual([{ file: 'A-Q4_K_M-00002-of-00002.gguf', ours: B, theirs: C }])
    expect(changedHashes({ sha256: A }, info({ 'A-Q4_K_M.gguf': undefined }), one)).toEqual([])
    expect(changedHashes({}, info({ 'A-Q4_K_M.gguf': B }), one)).toEqual([])
  })

  it('wants one hash per shard', () => {
    expect(pinShapeProblem({ sha256: [A, B] }, split)).toBeUndefined()
    expect(pinShapeProblem({ sha256: A }, split)).toBe('sha256 lists 1 hash for 2 files: give one per shard, in shard order')
    expect(pinShapeProblem({ sha256: [A, B] }, one)).toBe('sha256 lists 2 hashes for 1 file: give one per shard, in shard order')
    expect(pinShapeProblem({}, split)).toBeUndefined()
  })

  it('pins from the Hub what it states: every shard hash (only if all are there) and the revision', () => {
    expect(pinsFromHub(info({ 'A-Q4_K_M.gguf': A.toUpperCase() }, 'f'.repeat(40)), one)).toEqual({ sha256: A, revision: 'f'.repeat(40) })
    expect(pinsFromHub(info({ 'A-Q4_K_M-00001-of-00002.gguf': A, 'A-Q4_K_M-00002-of-00002.gguf': B }), split)).toEqual({ sha256: [A, B] })
    expect(pinsFromHub(info({ 'A-Q4_K_M-00001-of-00002.gguf': A }, 'not a sha'), split)).toEqual({})
  })

  it('lists each pinned revision once per repository', () => {
    const e = (rev: string, repo = 'Qwen/A-GGUF') => ({ kind: 'local', data: { revision: rev, repo } })
    expect([...revisionsToCheck([e('1'.repeat(40)), e('1'.repeat(40)), e('2'.repeat(40), 'x/Y'), e('bad'), { kind: 'cloud', data: { revision: '3'.repeat(40) } }], (d) => d.repo as string)]).toEqual([
      ['Qwen/A-GGUF', ['1'.repeat(40)]],
      ['x/Y', ['2'.repeat(40)]],
    ])
  })
})
