/** Shared by the render and release tests: the fixture store, the toolkit's templates, schemas. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Schemas } from '../src/core/schema.js'
import { Store } from '../src/core/store.js'
import type { ModelFile } from '../src/core/types.js'
import { loadTemplates } from '../src/io/bundle.js'
import { loadSchemaDocs, loadStoreDir } from '../src/io/fs.js'
import { loadSiteAssets } from '../src/io/site.js'
import { ROOT } from './helpers.js'

export const FIXTURE_STORE = path.join(ROOT, 'test/fixtures/render-store')
export const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))
export const templates = loadTemplates(path.join(ROOT, 'templates'))
export const site = loadSiteAssets(path.join(ROOT, 'templates'))

/** The bundled store (model-store/ of this repository). */
export function bundledStore(): Store {
  const { files } = loadStoreDir(path.join(ROOT, 'model-store'), ROOT)
  return new Store(files)
}

/** The fixture store (real facts of eight models), plus extra files when given. */
export function fixtureStore(extra: ModelFile[] = []): Store {
  const { files } = loadStoreDir(path.join(FIXTURE_STORE, 'model-store'), FIXTURE_STORE)
  return new Store([...files, ...extra])
}

export function sample(name: string): { name: string; path: string; text: string } {
  const p = path.join(ROOT, 'templates/blueprints', `${name}.json`)
  return { name, path: `templates/blueprints/${name}.json`, text: readFileSync(p, 'utf8') }
}

/** A blueprint file from a value, pretty-printed so findings have real lines. */
export function bp(value: unknown, file = 'blueprint.json') {
  return { path: file, text: JSON.stringify(value, null, 2) + '\n' }
}
