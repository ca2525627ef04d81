import type { FileRule } from '../rule.js'
import { SCHEMA, schemaFindings } from '../schema.js'

export const schemaRule: FileRule = {
  id: SCHEMA,
  scope: 'file',
  tier: 'structure',
  severity: 'error',
  protected: true,
  description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
  // schemaFindings places each ajv error itself (unknown keys at the key, values at the value).
  check(e, { schemas }, report) {
    const name = `${e.kind}.schema.json`
    for (const f of schemaFindings(e.file, schemas, name, schemas.errors(name, e.data))) report.placed({ line: f.line ?? 1, column: f.column ?? 1 }, f.message, { hint: f.hint })
  },
}
