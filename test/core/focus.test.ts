/** Focus never changes a verdict: it only chooses which findings are reported (and so which work is skipped). */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { focusOn } from '../../src/core/changes.js'
import { runRules } from '../../src/core/engine.js'
import { DEFAULT_POLICY } from '../../src/core/policy.js'
import { ajvCompiler } from '../../src/core/schema-compiler.js'
import { Schemas } from '../../src/core/schema.js'
import { Store } from '../../src/core/store.js'
import type { ModelFile } from '../../src/core/types.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { cloudModel, localModel, ROOT } from '../helpers.js'
import { litellm } from './rules/tester.js'

const docs = loadSchemaDocs(path.join(ROOT, 'schemas'))
const file = (kind: 'cloud' | 'local', data: Record<string, unknown>): ModelFile => ({ kind, path: `model-store/${kind}/${String(data.id)}.json`, text: JSON.stringify(data, null, 2) })
const run = (store: Store, schemas: Schemas, focus?: Set<string>) => runRules({ store, schemas, policy: DEFAULT_POLICY, litellm, today: '2026-01-01', focus: focus && focusOn(focus) })

describe('rule focus', () => {
  // Every file broken for a per-file rule, two of them duplicates of each other.
  const files = [
    file('cloud', cloudModel({ id: 'a', context_window: 'x', max_output: 1 })),
    file('cloud', cloudModel({ id: 'b', litellm_model_name: 'openai/a-b', max_output: 900000 })),
    file('local', localModel({ id: 'c', quantization: 'Q8_0', aliases: ['a'] })),
  ]
  it('gives, for the focused files, exactly the findings an unfocused run gives them', () => {
    const store = new Store(files)
    const schemas = new Schemas(docs)
    const all = run(store, schemas)
    for (const focus of [new Set([files[0].path]), new Set([files[2].path]), new Set([files[1].path, files[2].path])]) {
      expect(run(store, schemas, focus)).toEqual(all.filter((f) => focus.has(f.file)))
      expect(all.filter((f) => focus.has(f.file)).length).toBeGreaterThan(0)
    }
  })
  it('lets a one-kind check leave the other schema uncompiled', () => {
    const broken = { ...docs, 'local.schema.json': { type: 'object', properties: { x: { $ref: 'nowhere.json' } } } }
    const store = new Store(files)
    const schemas = new Schemas(broken, { compiler: ajvCompiler })
    expect(run(store, schemas, new Set([files[0].path])).map((f) => f.rule)).toContain('schema')
    expect(() => run(store, schemas)).toThrow(/local.schema.json does not compile/)
  })
})

describe('Schemas checkSchemas', () => {
  it('validates schemas against the meta-schema unless told not to', () => {
    const bad = { ...docs, 'extra.schema.json': { type: 12 } }
    expect(() => new Schemas(bad, { compiler: ajvCompiler })).toThrow(/schema extra.schema.json is invalid/)
    expect(() => new Schemas(bad, { checkSchemas: false, compiler: ajvCompiler })).not.toThrow()
  })
})
