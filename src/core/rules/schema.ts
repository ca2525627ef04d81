import { schemaFindings, SCHEMA } from '../schema.js'
import type { Rule } from '../rule.js'

export const schemaRule: Rule = {
  id: SCHEMA,
  description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
  check({ store, schemas }) {
    return store.entries.flatMap((e) => {
      const name = `${e.kind}.schema.json`
      return schemaFindings(e.file, schemas, name, schemas.errors(name, e.data))
    })
  },
}
