import { describe, expect, it } from 'vitest'
import { inScope, namesIn, reportScope, roleOf, shellQuote, triggerPaths } from '../../src/core/staged.js'
import { Store } from '../../src/core/store.js'
import type { Kind, ModelFile } from '../../src/core/types.js'
import { cloudModel } from '../helpers.js'

const layout = { store: 'model-store', schemas: 'schemas', policy: 'curation.config.json' }

function file(kind: Kind, data: Record<string, unknown>, name = `${String(data.id)}.json`): ModelFile {
  return { kind, path: `model-store/${kind}/${name}`, text: JSON.stringify(data, null, 2) + '\n' }
}

const text = (data: Record<string, unknown>) => JSON.stringify(data, null, 2) + '\n'

describe('roleOf', () => {
  it('knows model files, schemas and the policy, and nothing else', () => {
    expect(roleOf('model-store/cloud/gpt-5.json', layout)).toEqual({ role: 'model', kind: 'cloud' })
    expect(roleOf('model-store/local/q.json', layout)).toEqual({ role: 'model', kind: 'local' })
    expect(roleOf('model-store/cloud/sub/x.json', layout)).toEqual({ role: 'other' })
    expect(roleOf('model-store/README.md', layout)).toEqual({ role: 'other' })
    expect(roleOf('model-store/cloud/notes.txt', layout)).toEqual({ role: 'other' })
    expect(roleOf('schemas/cloud.schema.json', layout)).toEqual({ role: 'schema' })
    expect(roleOf('schemas/README.md', layout)).toEqual({ role: 'other' })
    expect(roleOf('curation.config.json', layout)).toEqual({ role: 'policy' })
    expect(roleOf('src/cloud/x.json', layout)).toEqual({ role: 'other' })
  })
  it('works for a store at the repository root', () => {
    const root = { store: '', schemas: 'schemas', policy: 'curation.config.json' }
    expect(roleOf('cloud/x.json', root)).toEqual({ role: 'model', kind: 'cloud' })
    expect(triggerPaths(root)).toEqual(['cloud', 'local', 'schemas', 'curation.config.json'])
  })
})

describe('reportScope', () => {
  const target = file('cloud', cloudModel({ id: 'target', litellm_model_name: 'openai/target', aliases: ['tgt'] }))
  const direct = file('cloud', cloudModel({ id: 'direct', litellm_model_name: 'openai/direct', deprecated: true, replacement: 'tgt' }))
  const chained = file('cloud', cloudModel({ id: 'chained', litellm_model_name: 'openai/chained', deprecated: true, replacement: 'direct' }))
  const other = file('cloud', cloudModel({ id: 'other', litellm_model_name: 'openai/other' }))
  const store = new Store([target, direct, chained, other])

  it('adds the models whose replacement chain runs through a touched name', () => {
    const scope = reportScope(store, { staged: [target.path], touchedNames: ['target', 'TGT'], everything: false })
    expect([...scope.files]).toEqual([target.path])
    expect([...scope.dependents].sort()).toEqual([chained.path, direct.path])
  })
  it('reports only replacement findings for dependents', () => {
    const scope = reportScope(store, { staged: [target.path], touchedNames: ['tgt'], everything: false })
    const f = (file: string, rule: string) => ({ rule, severity: 'error' as const, file, message: 'm' })
    expect(inScope(scope, f(direct.path, 'deprecation'))).toBe(true)
    expect(inScope(scope, f(direct.path, 'schema'))).toBe(false)
    expect(inScope(scope, f(target.path, 'schema'))).toBe(true)
    expect(inScope(scope, f(other.path, 'deprecation'))).toBe(false)
  })
  it('covers every file when a schema or the policy changes', () => {
    const broken = { kind: 'cloud' as const, path: 'model-store/cloud/broken.json', text: '{' }
    const scope = reportScope(new Store([target, broken]), { staged: [], touchedNames: [], everything: true })
    expect([...scope.files].sort()).toEqual([broken.path, target.path])
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
