/**
 * ajv, for schemas other than the prebuilt ones (a store's own schemas, a change to them):
 * draft 2020-12, strict, allErrors, the same options as scripts/gen-validators.mjs. Loaded
 * only when such schemas are in play, so the usual check never pays for ajv's start-up.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { CurateError } from './errors.js'
import type { SchemaCompiler } from './schema.js'

export const ajvCompiler: SchemaCompiler = (docs, { checkSchemas }) => {
  // verbose: errors carry parentSchema, whose description and examples become hints.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, validateSchema: checkSchemas })
  addFormats.default(ajv)
  for (const [name, doc] of Object.entries(docs)) {
    try {
      ajv.addSchema(doc, name)
    } catch (err) {
      throw new CurateError(`schema ${name} is invalid: ${(err as Error).message}`, { cause: err })
    }
  }
  return (name) => ajv.getSchema(name)
}
