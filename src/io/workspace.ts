/**
 * The working tree opened for doors that read the store without judging it first (the audit,
 * add's prefills, deprecate's edit): the same reader and the same assembler as validate.
 */
import path from 'node:path'
import type { Policy } from '../core/policy.js'
import type { Schemas } from '../core/schema.js'
import { ajvCompiler } from '../core/schema-compiler.js'
import type { Snapshot } from '../core/snapshot.js'
import type { Store } from '../core/store.js'
import type { Finding } from '../core/types.js'
import { open } from './assemble.js'
import { readWorkingTree, type TreeOptions } from './read-tree.js'

export interface Workspace {
  base: string
  storeDir: string
  snapshot: Snapshot
  store: Store
  schemas: Schemas
  /** The curation policy and the problems of its file. */
  policy: { policy: Policy; findings: Finding[] }
}

export function openWorkspace(options: TreeOptions): Workspace {
  const snapshot = readWorkingTree(options)
  // Synchronous for the library's openStore: ajv is at hand, used only for a store's own schemas.
  const opened = open(snapshot, ajvCompiler)
  return {
    base: options.base,
    storeDir: path.resolve(options.base, options.store ?? 'model-store'),
    snapshot,
    store: opened.store,
    schemas: opened.schemas,
    policy: { policy: opened.policy, findings: opened.policyFindings },
  }
}
