/**
 * The gallery: a static site built from the release's index, as bytes by path under site/.
 * Pure and deterministic: the same index, assets and schemas give the same bytes.
 *   index.html, app.js, app.css   the page (assets from templates/site/, data inlined)
 *   api/...                       the static API (see ./api.ts)
 */
import { CurateError } from '../errors.js'
import type { ReleaseIndex } from '../release-index.js'
import { apiFiles, selfContained } from './api.js'
import { galleryData } from './cards.js'
import { renderPage } from './page.js'

/** templates/site/: index.html (with the data marker) and the static files it loads, by name. */
export interface SiteAssets {
  [name: string]: string
}

/** The page's own files: index.html is rendered, the others are copied as they are. */
export const SITE_ASSETS = ['index.html', 'app.js', 'app.css', 'icon.svg']

export function buildSite(index: ReleaseIndex, assets: SiteAssets, schemaDocs: Record<string, object>): Map<string, Buffer> {
  for (const name of SITE_ASSETS)
    if (typeof assets[name] !== 'string') throw new CurateError(`the site template ${name} is missing`, { hint: 'Restore templates/site/, or pass --templates DIR with a complete site/ folder.' })
  const files = new Map<string, Buffer>()
  files.set('index.html', Buffer.from(renderPage(assets['index.html'], galleryData(index))))
  for (const name of SITE_ASSETS.slice(1)) files.set(name, Buffer.from(assets[name]))
  for (const [p, data] of apiFiles(index, selfContained('blueprint.schema.json', schemaDocs))) files.set(p, data)
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
