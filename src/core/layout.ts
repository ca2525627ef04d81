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
  if (path === layout.policy) return POLICY
  const { modelDirs, schemas } = prefixesOf(layout)
  // Readers classify every path of the index (10,000 at a time): no string is built per call.
  if (path.endsWith('.json')) {
    for (let i = 0; i < modelDirs.length; i++) {
      const dir = modelDirs[i]
      if (path.startsWith(dir) && path.indexOf('/', dir.length) < 0) return MODEL[i]
    }
  }
  if (path.startsWith(schemas) && path.endsWith('.schema.json') && path.indexOf('/', schemas.length) < 0) return SCHEMA
  return OTHER
}

const POLICY: PathRole = Object.freeze({ role: 'policy' })
const SCHEMA: PathRole = Object.freeze({ role: 'schema' })
const OTHER: PathRole = Object.freeze({ role: 'other' })
const MODEL: readonly PathRole[] = KINDS.map((kind) => Object.freeze({ role: 'model', kind }))

/** The prefixes of a layout, made once per layout (and again if its folders are changed). */
const prefixes = new WeakMap<StoreLayout, { store: string; schemasDir: string; modelDirs: string[]; schemas: string }>()

function prefixesOf(layout: StoreLayout): { modelDirs: string[]; schemas: string } {
  let p = prefixes.get(layout)
  if (!p || p.store !== layout.store || p.schemasDir !== layout.schemas) {
    p = { store: layout.store, schemasDir: layout.schemas, modelDirs: KINDS.map((kind) => `${prefix(layout.store)}${kind}/`), schemas: prefix(layout.schemas) }
    prefixes.set(layout, p)
  }
  return p
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
