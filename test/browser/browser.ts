/**
 * A real Chromium for the gallery tests: Debian's package (scripts/install-chromium.sh), driven
 * by playwright-core, never a browser build of Playwright's own. Flags keep it off the network
 * (without the background-networking ones Chromium phones home at start), and each launch gets
 * a fresh profile. Without the browser the tests skip with the reason, unless
 * LEGER_REQUIRE_CHROMIUM=1 (CI), where a missing browser fails.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { tempDir } from '../helpers.js'
import { serve } from '../servers/http.js'

const candidates = [process.env.LEGER_CHROMIUM, '/usr/bin/chromium'].filter((x): x is string => !!x)
export const CHROMIUM = candidates.find((c) => existsSync(c) && spawnSync(c, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0)
export const REASON = 'no chromium: run scripts/install-chromium.sh (or set LEGER_CHROMIUM)'

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir('leger-chromium-'), {
    executablePath: CHROMIUM!,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** A static file server on 127.0.0.1 for `root`, like GitHub Pages: files only, 404 otherwise. */
export async function serveStatic(root: string): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const served = await serve((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const file = path.join(root, decodeURIComponent(url.pathname))
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  return {
    url: served.url,
    get requests() {
      return served.requests.map((r) => new URL(r.url, 'http://x').pathname)
    },
    // The browser keeps its connections alive: serve drops them on close.
    close: served.close,
  }
}
