import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RuleContext } from '../../src/core/rule.js'
// The structure rules: the quality tiers need a policy and upstream facts that validateStore supplies.
import { STRUCTURE_RULES as CORE_RULES } from '../../src/core/rules/index.js'
import { Schemas } from '../../src/core/schema.js'
import { Store } from '../../src/core/store.js'
import type { ModelFile } from '../../src/core/types.js'
import { gitEnv } from '../../src/io/git.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { cloudModel, localModel, ROOT } from '../helpers.js'

const docs = loadSchemaDocs(path.join(ROOT, 'schemas'))
const file = (kind: 'cloud' | 'local', data: Record<string, unknown>): ModelFile => ({ kind, path: `model-store/${kind}/${String(data.id)}.json`, text: JSON.stringify(data, null, 2) })

describe('rule focus', () => {
  // Every file broken for a per-file rule, two of them duplicates of each other.
  const files = [
    file('cloud', cloudModel({ id: 'a', context_window: 'x', max_output: 1 })),
    file('cloud', cloudModel({ id: 'b', litellm_model_name: 'openai/a-b', max_output: 900000 })),
    file('local', localModel({ id: 'c', quantization: 'Q8_0', aliases: ['a'] })),
  ]
  it('gives, for the focused files, exactly the findings an unfocused run gives them', async () => {
    const store = new Store(files)
    const schemas = new Schemas(docs)
    const all = (await Promise.all(CORE_RULES.map((r) => r.check({ store, schemas } as unknown as RuleContext)))).flat()
    for (const focus of [new Set([files[0].path]), new Set([files[2].path]), new Set([files[1].path, files[2].path])]) {
      const some = (await Promise.all(CORE_RULES.map((r) => r.check({ store, schemas, focus } as unknown as RuleContext)))).flat()
      expect(some.filter((f) => focus.has(f.file))).toEqual(all.filter((f) => focus.has(f.file)))
      expect(all.filter((f) => focus.has(f.file)).length).toBeGreaterThan(0)
    }
  })
  it('lets a one-kind check leave the other schema uncompiled', async () => {
    const broken = { ...docs, 'local.schema.json': { type: 'object', properties: { x: { $ref: 'nowhere.json' } } } }
    const store = new Store(files)
    const schemas = new Schemas(broken)
    const run = async (focus?: Set<string>) => (await Promise.all(CORE_RULES.map((r) => r.check({ store, schemas, focus } as unknown as RuleContext)))).flat()
    expect((await run(new Set([files[0].path]))).map((f) => f.rule)).toContain('schema')
    await expect(run()).rejects.toThrow(/local.schema.json does not compile/)
  })
})

describe('Schemas checkSchemas', () => {
  it('validates schemas against the meta-schema unless told not to', () => {
    const bad = { ...docs, 'extra.schema.json': { type: 12 } }
    expect(() => new Schemas(bad)).toThrow(/schema extra.schema.json is invalid/)
    expect(() => new Schemas(bad, { checkSchemas: false })).not.toThrow()
  })
})

describe('gitEnv', () => {
  it('keeps the index and repository variables, drops every other GIT_*', () => {
    const env = gitEnv({ PATH: '/bin', GIT_INDEX_FILE: '.git/index.lock', GIT_DIR: '.git', GIT_WORK_TREE: '.', GIT_EXTERNAL_DIFF: 'evil', GIT_CONFIG_PARAMETERS: "'core.pager=evil'", GIT_SSH_COMMAND: 'evil' })
    expect(env).toEqual({ PATH: '/bin', GIT_INDEX_FILE: '.git/index.lock', GIT_DIR: '.git', GIT_WORK_TREE: '.' })
  })
})

describe('Store focus', () => {
  const dupKeys = (id: string) => `{\n  "id": "${id}",\n  "id": "${id}"\n}\n`
  it('reads files outside the focus with a plain parse, and still reports what cannot be read at all', () => {
    const files: ModelFile[] = [
      { kind: 'cloud', path: 'model-store/cloud/a.json', text: dupKeys('a') },
      { kind: 'cloud', path: 'model-store/cloud/b.json', text: dupKeys('b') },
      { kind: 'cloud', path: 'model-store/cloud/c.json', text: '{ "id": ' },
    ]
    const full = new Store(files)
    expect(full.entries).toEqual([])
    expect(full.syntax.map((f) => [f.file, f.message])).toEqual([
      ['model-store/cloud/a.json', 'duplicate key "id"'],
      ['model-store/cloud/b.json', 'duplicate key "id"'],
      ['model-store/cloud/c.json', 'invalid JSON: value expected (a trailing comma or a missing value?)'],
    ])
    const focused = new Store(files, [], { focus: new Set(['model-store/cloud/a.json']) })
    expect(focused.entries.map((e) => e.file.path)).toEqual(['model-store/cloud/b.json'])
    expect(focused.syntax.map((f) => [f.file, f.message])).toEqual([
      ['model-store/cloud/a.json', 'duplicate key "id"'],
      ['model-store/cloud/c.json', 'invalid JSON: value expected (a trailing comma or a missing value?)'],
    ])
  })
})
