/**
 * The gallery's page assets, read from templates/site/ at run time (like the other templates,
 * so ncc does not copy them and a store can bring its own with --templates).
 */
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { SITE_ASSETS, type SiteAssets } from '../core/site/index.js'
import { isDir, readTextFile } from './fs.js'
import { packageRoot } from './paths.js'

/** The page must stay light (under 200 KB with the data): no asset comes near this. */
const MAX_ASSET_BYTES = 256 * 1024

/** `templatesDir`/site/ when it exists, else the toolkit's own: a store's templates need not copy the page. */
export function loadSiteAssets(templatesDir: string): SiteAssets {
  const own = path.join(templatesDir, 'site')
  const dir = isDir(own) ? own : path.join(packageRoot(), 'templates', 'site')
  const assets: SiteAssets = {}
  for (const name of SITE_ASSETS) assets[name] = readAsset(path.join(dir, name))
  return assets
}

function readAsset(file: string): string {
  return readTextFile(file, {
    limit: MAX_ASSET_BYTES,
    label: file,
    missing: () => new CurateError(`site template not found: ${file}`, { hint: 'Restore templates/site/, or give your --templates folder a complete site/.', exitCode: 2 }),
    limitHint: 'A page asset is a small text file.',
  })
}
