import { describe, expect, it } from 'vitest'
import { Store } from '../../src/core/store.js'
import type { ModelFile } from '../../src/core/types.js'
import { cloudModel } from '../helpers.js'

const f = (name: string, data: unknown): ModelFile => ({ kind: 'cloud', path: `model-store/cloud/${name}.json`, text: typeof data === 'string' ? data : JSON.stringify(data) })

describe('Store.withFile', () => {
  const base = new Store([f('b', cloudModel({ id: 'b' })), f('bad', '{'), f('d', cloudModel({ id: 'd', aliases: ['dee'] }))])

  it('adds a file in path order and finds it, leaving the original store alone', () => {
    const next = base.withFile(f('c', cloudModel({ id: 'c' })))
    expect(next.files.map((x) => x.path)).toEqual(['b', 'bad', 'c', 'd'].map((n) => `model-store/cloud/${n}.json`))
    expect(next.entries.map((e) => e.data.id)).toEqual(['b', 'c', 'd'])
    expect(next.find('c')?.file.path).toBe('model-store/cloud/c.json')
    expect(next.find('dee')?.data.id).toBe('d')
    expect(next.syntax.map((s) => s.file)).toEqual(['model-store/cloud/bad.json'])
    expect(base.find('c')).toBeUndefined()
    expect(base.files).toHaveLength(3)
  })

  it('replaces the file at the same path, also one that did not parse', () => {
    const fixed = base.withFile(f('bad', cloudModel({ id: 'bad' })))
    expect(fixed.syntax).toEqual([])
    expect(fixed.find('bad')?.file.text).toContain('"id":"bad"')
    const broken = base.withFile(f('b', '['))
    expect(broken.find('b')).toBeUndefined()
    expect(broken.syntax.map((s) => s.file).sort()).toEqual(['model-store/cloud/b.json', 'model-store/cloud/bad.json'])
    expect(broken.files).toHaveLength(3)
  })
})
