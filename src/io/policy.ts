/** Finding and reading the curation policy file: --policy FILE, else curation.config.json at the root or beside the store folder. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { POLICY_FILE, POLICY_SCHEMA } from '../core/layout.js'
import type { SchemaDocs } from '../core/schema.js'
import type { PolicyText } from '../core/snapshot.js'
import { readTextFile } from './fs.js'
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
  const text = readTextFile(full, {
    limit: MAX_POLICY_BYTES,
    label: `policy ${shown}`,
    missing: () => new CurateError(`policy file not found: ${shown}`, { hint: `Pass --policy FILE, or put ${POLICY_FILE} at the repository root (it is optional: the built-in policy applies without it).` }),
    linkHint: 'The policy is a plain JSON file; replace a link with the file itself.',
    limitHint: 'A curation policy is a few dozen lines of JSON.',
  })
  return { path: displayPath(full, base), text }
}

let toolkitPolicySchema: object | undefined

/** The schemas with the policy schema among them: the store's own when it ships one, else the toolkit's. */
export function withPolicySchema(docs: SchemaDocs): SchemaDocs {
  if (Object.hasOwn(docs, POLICY_SCHEMA)) return docs
  toolkitPolicySchema ??= JSON.parse(readFileSync(path.join(packageRoot(), 'schemas', POLICY_SCHEMA), 'utf8')) as object
  return { ...docs, [POLICY_SCHEMA]: toolkitPolicySchema }
}
