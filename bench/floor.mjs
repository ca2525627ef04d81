// The floor for `validate` (bench/run.ts): the least a schema check of a store can do. It reads
// every model file, parses it and runs the prebuilt standalone validator of its kind, nothing
// else (no rules, no positions, no report). Exits 1 if any file fails its schema, else 0.
// Plain JavaScript so it starts as bare node does (no tsx), and is timed as a whole process.
// Run in a store's folder: node bench/floor.mjs [store dir, default model-store]
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const validators = createRequire(import.meta.url)('../src/generated/validators.cjs')
const store = process.argv[2] ?? 'model-store'
let failed = 0
for (const kind of ['cloud', 'local']) {
  const validate = validators[`${kind}.schema.json`]
  const dir = path.join(store, kind)
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue
    if (!validate(JSON.parse(readFileSync(path.join(dir, name), 'utf8')))) failed++
  }
}
process.exitCode = failed ? 1 : 0
