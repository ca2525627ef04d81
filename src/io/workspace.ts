/** Everything a check needs from disk, opened once per run by every door. */
import path from 'node:path'
import { Schemas } from '../core/schema.js'
import { Store } from '../core/store.js'
import { loadSchemaDocs, loadStoreDir, resolveSchemasDir } from './fs.js'
import { loadPolicy, type LoadedPolicy } from './policy.js'

export interface WorkspaceOptions {
  /** Paths in findings are relative to this folder (the repo root, the Action's workspace). */
  base: string
  /** The store folder, holding cloud/ and local/. */
  store?: string
  /** The schemas folder. */
  schemas?: string
  /** The curation policy file (default: curation.config.json in base or beside the store folder, else the built-in policy). */
  policy?: string
}

export interface Workspace {
  base: string
  storeDir: string
  schemasDir: string
  store: Store
  schemas: Schemas
  /** The curation policy and any problems reading it: pass both to validateStore (checkWorkspace does). */
  policy: LoadedPolicy
}

export function openWorkspace(options: WorkspaceOptions): Workspace {
  const storeDir = path.resolve(options.base, options.store ?? 'model-store')
  const schemasDir = resolveSchemasDir(options.schemas, options.base)
  const { files, refused } = loadStoreDir(storeDir, options.base)
  const schemas = new Schemas(loadSchemaDocs(schemasDir))
  const policy = loadPolicy(options.base, options.policy, schemas, storeDir)
  return { base: options.base, storeDir, schemasDir, store: new Store(files, refused), schemas, policy }
}
