/**
 * index.html: the page template with the gallery's data put in one place, as a JSON data block
 * (`<script type="application/json">`, which browsers never execute, so the CSP's script-src
 * stays the page's own app.js). The JSON is escaped so that no model text can end the block:
 * `<`, `>` and `&` become \u escapes, as do U+2028/U+2029.
 */
import { CurateError } from '../errors.js'
import type { GalleryData } from './cards.js'

/** The template's one placeholder, replaced by the data block. */
export const DATA_MARKER = '<!-- leger-curate:gallery-data -->'

export function dataBlock(data: GalleryData): string {
  const text = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `<script type="application/json" id="gallery-data">${text}</script>`
}

export function renderPage(template: string, data: GalleryData): string {
  const at = template.indexOf(DATA_MARKER)
  if (at < 0 || template.indexOf(DATA_MARKER, at + 1) >= 0)
    throw new CurateError(`the site template index.html must hold ${DATA_MARKER} exactly once`, { hint: 'Restore templates/site/index.html, or pass --templates DIR with a site/ folder of your own.' })
  return template.slice(0, at) + dataBlock(data) + template.slice(at + DATA_MARKER.length)
}
