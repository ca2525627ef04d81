/** Where the toolkit's own files (schemas, templates, data) are, bundled or not. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let root: string | undefined

/**
 * The leger-curate package folder: found by walking up from this module, so it is right
 * from src/ (tests), from dist/cli and dist/action (bundles), and from an Action checkout.
 * (Computed at run time on purpose: ncc would copy a statically visible asset path into dist.)
 */
export function packageRoot(): string {
  if (root) return root
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const pkg = path.join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'leger-curate') return (root = dir)
      } catch {
        // not ours (dist/*/package.json is only {"type":"module"}): keep walking
      }
    }
    const up = path.dirname(dir)
    if (up === dir) throw new Error('cannot find the leger-curate package folder')
    dir = up
  }
}

/** A path as findings show it: relative to `base`, with forward slashes. */
export function displayPath(file: string, base: string): string {
  const rel = path.relative(base, file)
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/')
}
