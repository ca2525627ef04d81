/** Finding and reading the curation policy: --policy FILE, else <base>/curation.config.json, else the built-in defaults. */
import { existsSync, lstatSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { DEFAULT_POLICY, POLICY_FILE, POLICY_SCHEMA, readPolicy, type Policy } from '../core/policy.js'
import { Schemas } from '../core/schema.js'
import type { Finding } from '../core/types.js'
import { displayPath, packageRoot } from './paths.js'

/** No policy needs a megabyte; a larger file is refused unread. */
const MAX_POLICY_BYTES = 1024 * 1024

export interface LoadedPolicy {
  policy: Policy
  /** Syntax and schema problems of the file (the defaults apply then). */
  findings: Finding[]
  /** The file read, as shown in findings; undefined for the built-in defaults. */
  path?: string
}

let policySchemas: Schemas | undefined

/** The policy schema: from the run's schemas when they carry it (one ajv), else the toolkit's own. */
function schemas(run?: Schemas): Schemas {
  if (run && POLICY_SCHEMA in run.docs) return run
  if (policySchemas) return policySchemas
  const file = path.join(packageRoot(), 'schemas', POLICY_SCHEMA)
  return (policySchemas = new Schemas({ [POLICY_SCHEMA]: JSON.parse(readFileSync(file, 'utf8')) as object }))
}

/**
 * The policy: `asked` (relative to base), else curation.config.json in base, else beside the
 * store folder (the store's repository root, when --store points into another checkout),
 * else the built-in policy.
 */
export function loadPolicy(base: string, asked?: string, runSchemas?: Schemas, storeDir?: string): LoadedPolicy {
  let full = path.resolve(base, asked ?? POLICY_FILE)
  if (!asked && !existsSync(full) && storeDir) full = path.join(path.dirname(path.resolve(base, storeDir)), POLICY_FILE)
  if (!existsSync(full)) {
    if (asked) throw new CurateError(`policy file not found: ${asked}`, { hint: `Pass --policy FILE, or put ${POLICY_FILE} at the repository root (it is optional: the built-in policy applies without it).`, exitCode: 2 })
    return { policy: DEFAULT_POLICY, findings: [] }
  }
  const st = lstatSync(full)
  if (!st.isFile()) throw new CurateError(`policy ${asked ?? POLICY_FILE} is not a regular file`, { hint: 'The policy is a plain JSON file; replace a link with the file itself.', exitCode: 2 })
  if (st.size > MAX_POLICY_BYTES) throw new CurateError(`policy ${asked ?? POLICY_FILE} is ${st.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, { exitCode: 2 })
  const shown = displayPath(full, base)
  const read = readPolicy({ path: shown, text: readFileSync(full, 'utf8') }, schemas(runSchemas))
  return { ...read, path: shown }
}
