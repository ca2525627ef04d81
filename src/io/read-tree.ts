/** The working tree as a snapshot: the store folder, the schemas, the policy and the data folder on disk. */
import path from 'node:path'
import type { StoreLayout } from '../core/layout.js'
import type { Snapshot } from '../core/snapshot.js'
import { loadSchemaDocs, loadStoreDir, resolveSchemasDir } from './fs.js'
import { resolveDataDir } from './litellm.js'
import { displayPath } from './paths.js'
import { readPolicyFile, withPolicySchema } from './policy.js'

export interface TreeOptions {
  /** Paths in findings are relative to this folder (the repo root, the Action's workspace). */
  base: string
  /** The store folder, holding cloud/ and local/ (default model-store). */
  store?: string
  /** The schemas folder (default ./schemas when it holds the model schemas, else the toolkit's). */
  schemas?: string
  /** The policy file (default curation.config.json at base or beside the store folder, else built in). */
  policy?: string
}

export function readWorkingTree(options: TreeOptions): Snapshot {
  const storeDir = path.resolve(options.base, options.store ?? 'model-store')
  const schemasDir = resolveSchemasDir(options.schemas, options.base)
  const { files, refused } = loadStoreDir(storeDir, options.base)
  const policy = readPolicyFile(options.base, options.policy, storeDir)
  const layout: StoreLayout = {
    store: displayPath(storeDir, options.base),
    schemas: displayPath(schemasDir, options.base),
    policy: policy?.path ?? 'curation.config.json',
  }
  return {
    source: 'the working tree',
    layout,
    files,
    refused,
    schemaDocs: withPolicySchema(loadSchemaDocs(schemasDir)),
    policy,
    dataDir: resolveDataDir(options.base, storeDir),
  }
}
