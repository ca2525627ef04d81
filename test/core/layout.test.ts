import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYOUT as layout, isModelPath, modelFolders, roleOf, triggerPaths } from '../../src/core/layout.js'

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
    expect(isModelPath('model-store/local/q.json', layout)).toBe(true)
    expect(isModelPath('model-store/local/q.json.bak', layout)).toBe(false)
  })
  it('works for a store at the repository root', () => {
    const root = { store: '', schemas: 'schemas', policy: 'curation.config.json' }
    expect(roleOf('cloud/x.json', root)).toEqual({ role: 'model', kind: 'cloud' })
    expect(modelFolders(root)).toEqual(['cloud', 'local'])
    expect(triggerPaths(root)).toEqual(['cloud', 'local', 'schemas', 'curation.config.json'])
  })
})
