import { schemaFindings, SCHEMA } from '../schema.js'
import type { Rule } from '../rule.js'

export const schemaRule: Rule = {
  id: SCHEMA,
  description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
  check({ store, schemas, focus }) {
    // Only files in focus: a one-file commit then compiles one schema and validates one file.
    return store.entries.flatMap((e) => {
      if (focus && !focus.has(e.file.path)) return []
      const name = `${e.kind}.schema.json`
      return schemaFindings(e.file, schemas, name, schemas.errors(name, e.data))
    })
  },
}
