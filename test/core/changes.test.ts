import { describe, expect, it } from 'vitest'
import { changeSetOf, focusOf, focusOn, fromApiFile, namesIn } from '../../src/core/changes.js'
import { DEFAULT_LAYOUT as layout } from '../../src/core/layout.js'
import { Store } from '../../src/core/store.js'
import type { Kind, ModelFile } from '../../src/core/types.js'
import { shellQuote } from '../../src/core/text.js'
import { cloudModel } from '../helpers.js'

function file(kind: Kind, data: Record<string, unknown>, name = `${String(data.id)}.json`): ModelFile {
  return { kind, path: `model-store/${kind}/${name}`, text: JSON.stringify(data, null, 2) + '\n' }
}
const text = (data: Record<string, unknown>) => JSON.stringify(data, null, 2) + '\n'

describe('changeSetOf', () => {
  it('sorts model files into added, modified and deleted, and notes config changes', () => {
    const c = changeSetOf(
      [
        { path: 'model-store/cloud/a.json', status: 'added' },
        { path: 'model-store/cloud/b.json', status: 'modified' },
        { path: 'model-store/local/c.json', status: 'deleted' },
        { path: 'README.md', status: 'modified' },
      ],
      layout,
    )
    expect([[...c.added], [...c.modified], [...c.deleted], [...c.config]]).toEqual([['model-store/cloud/a.json'], ['model-store/cloud/b.json'], ['model-store/local/c.json'], []])
    expect(c.everything).toBeUndefined()
    const s = changeSetOf([{ path: 'schemas/cloud.schema.json', status: 'modified' }, { path: 'curation.config.json', status: 'added' }], layout)
    expect([...s.config].sort()).toEqual(['curation.config.json', 'schemas/cloud.schema.json'])
    expect(s.everything).toBe('curation.config.json changed: every model file is checked against it')
  })
  it('makes a path deleted and added again a modification', () => {
    const c = changeSetOf([{ path: 'model-store/cloud/a.json', status: 'deleted' }, { path: 'model-store/cloud/a.json', status: 'added' }], layout)
    expect([[...c.added], [...c.modified], [...c.deleted]]).toEqual([[], ['model-store/cloud/a.json'], []])
  })
})

describe('fromApiFile', () => {
  it("maps the API's statuses, a rename to its two halves", () => {
    expect(fromApiFile({ filename: 'x', status: 'copied' })).toEqual([{ path: 'x', status: 'added' }])
    expect(fromApiFile({ filename: 'x', status: 'removed' })).toEqual([{ path: 'x', status: 'deleted' }])
    expect(fromApiFile({ filename: 'x', status: 'changed' })).toEqual([{ path: 'x', status: 'modified' }])
    expect(fromApiFile({ filename: 'new', status: 'renamed', previous_filename: 'old' })).toEqual([{ path: 'old', status: 'deleted' }, { path: 'new', status: 'added' }])
    expect(fromApiFile({ filename: 'x', status: 'unchanged' })).toEqual([])
  })
})

describe('focusOf', () => {
  const target = file('cloud', cloudModel({ id: 'target', litellm_model_name: 'openai/target', aliases: ['tgt'] }))
  const direct = file('cloud', cloudModel({ id: 'direct', litellm_model_name: 'openai/direct', deprecated: true, replacement: 'tgt' }))
  const chained = file('cloud', cloudModel({ id: 'chained', litellm_model_name: 'openai/chained', deprecated: true, replacement: 'direct' }))
  const other = file('cloud', cloudModel({ id: 'other', litellm_model_name: 'openai/other' }))
  const store = new Store([target, direct, chained, other])

  it('reports on the changed files, and on the models whose replacement chain runs through a name they declared', () => {
    const f = focusOf(store, changeSetOf([{ path: target.path, status: 'modified' }], layout))!
    expect([...f.files]).toEqual([target.path])
    expect([...f.dependents].sort()).toEqual([chained.path, direct.path])
  })
  it('follows names a deleted file had before the change', () => {
    const gone = 'model-store/cloud/gone.json'
    const f = focusOf(new Store([direct, other]), changeSetOf([{ path: gone, status: 'deleted' }], layout, new Map([[gone, text(cloudModel({ id: 'gone', aliases: ['TGT'] }))]])))!
    expect([...f.files]).toEqual([gone])
    expect([...f.dependents]).toEqual([direct.path])
  })
  it('is everything when a schema or the policy changes', () => {
    expect(focusOf(store, changeSetOf([{ path: 'schemas/local.schema.json', status: 'modified' }], layout))).toBeUndefined()
  })
  it('focusOn names exactly the files given', () => {
    expect(focusOn(['a', 'b'])).toEqual({ files: new Set(['a', 'b']), dependents: new Set() })
  })
})

describe('namesIn and shellQuote', () => {
  it('reads the id and aliases, or falls back to the file name', () => {
    expect(namesIn('model-store/cloud/x.json', text(cloudModel({ id: 'y', aliases: ['z', 3] })))).toEqual({ id: 'y', aliases: ['z'] })
    expect(namesIn('model-store/cloud/x.json', '[1]')).toEqual({ id: 'x', aliases: [] })
    expect(namesIn('model-store/cloud/x.json', undefined)).toEqual({ id: 'x', aliases: [] })
  })
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('model-store/cloud/gpt-5.json')).toBe('model-store/cloud/gpt-5.json')
    expect(shellQuote('a b')).toBe("'a b'")
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`)
  })
})
