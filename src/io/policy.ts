/** Finding and reading the curation policy file: --policy FILE, else curation.config.json at the root or beside the store folder. */
import { existsSync, lstatSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { decodeUtf8 } from '../core/text.js'
import { POLICY_FILE, POLICY_SCHEMA } from '../core/policy.js'
import type { SchemaDocs } from '../core/schema.js'
import type { PolicyText } from '../core/snapshot.js'
import { displayPath, packageRoot } from './paths.js'

/** No policy needs a megabyte; a larger file is refused unread. */
export const MAX_POLICY_BYTES = 1024 * 1024

/**
 * Where the policy is: `asked` (relative to base), else curation.config.json in base, else
 * beside the store folder (the store's repository root, when --store points into another
 * checkout); undefined: none (the built-in policy applies).
 */
export function policyPath(base: string, asked: string | undefined, storeDir: string): string | undefined {
  const full = path.resolve(base, asked ?? POLICY_FILE)
  if (existsSync(full) || asked) return full
  const beside = path.join(path.dirname(path.resolve(base, storeDir)), POLICY_FILE)
  return existsSync(beside) ? beside : undefined
}

/** The policy file's text, or undefined for the built-in policy. */
export function readPolicyFile(base: string, asked: string | undefined, storeDir: string): PolicyText | undefined {
  const full = policyPath(base, asked, storeDir)
  if (!full) return undefined
  const shown = asked ?? POLICY_FILE
  let st
  try {
    st = lstatSync(full)
  } catch {
    throw new CurateError(`policy file not found: ${shown}`, { hint: `Pass --policy FILE, or put ${POLICY_FILE} at the repository root (it is optional: the built-in policy applies without it).` })
  }
  if (!st.isFile()) throw new CurateError(`policy ${shown} is not a regular file`, { hint: 'The policy is a plain JSON file; replace a link with the file itself.' })
  if (st.size > MAX_POLICY_BYTES) throw new CurateError(`policy ${shown} is ${st.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, { hint: 'A curation policy is a few dozen lines of JSON.' })
  const text = decodeUtf8(readFileSync(full))
  if (text === undefined) throw new CurateError(`policy ${shown} is not valid UTF-8`, { hint: 'Save the policy as UTF-8 JSON.', exitCode: 2 })
  return { path: displayPath(full, base), text }
}

let toolkitPolicySchema: object | undefined

/** The schemas with the policy schema among them: the store's own when it ships one, else the toolkit's. */
export function withPolicySchema(docs: SchemaDocs): SchemaDocs {
  if (Object.hasOwn(docs, POLICY_SCHEMA)) return docs
  toolkitPolicySchema ??= JSON.parse(readFileSync(path.join(packageRoot(), 'schemas', POLICY_SCHEMA), 'utf8')) as object
  return { ...docs, [POLICY_SCHEMA]: toolkitPolicySchema }
}
