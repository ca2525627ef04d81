/** The build's standalone validators: fresh, used only for the shipped schemas, and equal to a run-time compile. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import precompiled from '../../src/generated/validators.cjs'
import { ajvCompiler } from '../../src/core/schema-compiler.js'
import { Schemas, schemasHash } from '../../src/core/schema.js'
import { loadSchemaDocs } from '../../src/io/fs.js'
import { cloudModel, ROOT } from '../helpers.js'

const docs = loadSchemaDocs(path.join(ROOT, 'schemas'))

describe('prebuilt validators', () => {
  it('were generated from the schemas in schemas/ (run npm run build after changing them)', () => {
    expect(precompiled.__schemasHash).toBe(schemasHash(docs))
  })

  it('report exactly what a run-time compile of the same schemas reports', () => {
    const bad = cloudModel({ id: 'Bad Id', context_window: '400k', pricing: { input_per_1m: '1.25', output_per_1m: -1, tier: 'x' }, extra: true })
    const shape = (s: Schemas) => s.errors('cloud.schema.json', bad).map((e) => [e.instancePath, e.keyword, e.message, e.params])
    const prebuilt = new Schemas(docs)
    // Another store's schemas (here: one more document) are compiled at run time.
    const compiled = new Schemas({ ...docs, 'extra.schema.json': { $id: 'extra.schema.json', type: 'object' } }, { compiler: ajvCompiler })
    expect(shape(prebuilt).length).toBeGreaterThan(4)
    expect(shape(prebuilt)).toEqual(shape(compiled))
    expect(prebuilt.validator('cloud.schema.json')).toBe(precompiled['cloud.schema.json'])
    expect(compiled.validator('cloud.schema.json')).not.toBe(precompiled['cloud.schema.json'])
  })

  it('need no compiler: the usual check never loads ajv', () => {
    expect(() => new Schemas(docs)).not.toThrow()
    expect(() => new Schemas({ ...docs, 'extra.schema.json': { type: 'object' } })).toThrow(/no compiler was given/)
  })
})
