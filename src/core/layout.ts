/**
 * Where things are in a store repository, and what a path is: the one classifier every
 * reader (disk, git index, pull request) and every door uses.
 */
import { KINDS, type Kind } from './types.js'

/** The curation policy's file name at a store repository's root, and its schema's. */
export const POLICY_FILE = 'curation.config.json'
export const POLICY_SCHEMA = 'policy.schema.json'

/** Repo-relative folders and files (forward slashes, no trailing slash; '' is the root). */
export interface StoreLayout {
  store: string
  schemas: string
  policy: string
}

export const DEFAULT_LAYOUT: StoreLayout = Object.freeze({ store: 'model-store', schemas: 'schemas', policy: POLICY_FILE })

export type PathRole = { role: 'model'; kind: Kind } | { role: 'schema' } | { role: 'policy' } | { role: 'other' }

/**
 * A path's role. Model files are exactly `<store>/<kind>/<name>.json`, the files the store
 * reader reads; anything else under the store (its README, a nested folder) is not a model.
 */
export function roleOf(path: string, layout: StoreLayout): PathRole {
  if (path === layout.policy) return { role: 'policy' }
  for (const kind of KINDS) {
    const dir = `${prefix(layout.store)}${kind}/`
    if (path.startsWith(dir) && path.endsWith('.json') && !path.slice(dir.length).includes('/')) return { role: 'model', kind }
  }
  const schemas = prefix(layout.schemas)
  if (path.startsWith(schemas) && path.endsWith('.schema.json') && !path.slice(schemas.length).includes('/')) return { role: 'schema' }
  return { role: 'other' }
}

export function isModelPath(path: string, layout: StoreLayout): boolean {
  return roleOf(path, layout).role === 'model'
}

function prefix(dir: string): string {
  return dir === '' || dir === '.' ? '' : `${dir}/`
}

/** The folders that hold model files. */
export function modelFolders(layout: StoreLayout): string[] {
  return KINDS.map((k) => `${prefix(layout.store)}${k}`)
}

/** The pathspecs that hold everything `roleOf` cares about (readers ask git about nothing else). */
export function triggerPaths(layout: StoreLayout): string[] {
  return [...modelFolders(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy]
}
