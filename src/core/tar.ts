/**
 * A deterministic .tar.gz: POSIX ustar entries in sorted order with fixed metadata
 * (mtime 0, uid/gid 0, no user or group names, mode 0644 files / 0755 folders), gzipped
 * without a file name or timestamp. Small enough to write here; a library would add options
 * we would have to pin anyway.
 */
import { gzipSync } from 'node:zlib'
import { CurateError } from './errors.js'

export interface TarEntry {
  /** Forward slashes, relative, no '..'. */
  path: string
  data: Buffer
}

const BLOCK = 512

export function tarGz(entries: TarEntry[]): Buffer {
  const gz = gzipSync(tar(entries), { level: 9 })
  // Byte 9 is the OS that wrote the file; "unknown" (255) keeps builds identical across platforms.
  gz[9] = 255
  return gz
}

export function tar(entries: TarEntry[]): Buffer {
  const files = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const dirs = new Set<string>()
  for (const f of files) {
    checkPath(f.path)
    const parts = f.path.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/') + '/')
  }
  const all: { path: string; data?: Buffer }[] = [...[...dirs].map((path) => ({ path })), ...files]
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const chunks: Buffer[] = []
  for (const e of all) {
    const data = e.data ?? Buffer.alloc(0)
    chunks.push(header(e.path, e.data ? 'file' : 'dir', data.length))
    chunks.push(data)
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK
    if (pad) chunks.push(Buffer.alloc(pad))
  }
  chunks.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(chunks)
}

function checkPath(p: string): void {
  if (!p || p.startsWith('/') || p.split('/').some((s) => s === '' || s === '.' || s === '..') || /[\u0000-\u001f\\]/.test(p))
    throw new CurateError(`refusing to put "${p}" in an archive`)
}

function header(path: string, type: 'file' | 'dir', size: number): Buffer {
  const h = Buffer.alloc(BLOCK)
  const name = Buffer.from(path, 'utf8')
  if (name.length <= 100) name.copy(h, 0)
  else {
    // ustar splits long names at a '/' into prefix (155 bytes) and name (100 bytes).
    const cut = path.lastIndexOf('/', 155)
    const prefix = Buffer.from(path.slice(0, cut), 'utf8')
    const rest = Buffer.from(path.slice(cut + 1), 'utf8')
    if (cut <= 0 || prefix.length > 155 || rest.length > 100) throw new CurateError(`path too long for a tar archive: ${path}`)
    rest.copy(h, 0)
    prefix.copy(h, 345)
  }
  octal(h, 100, 8, type === 'dir' ? 0o755 : 0o644)
  octal(h, 108, 8, 0) // uid
  octal(h, 116, 8, 0) // gid
  octal(h, 124, 12, size)
  octal(h, 136, 12, 0) // mtime
  h.fill(0x20, 148, 156) // checksum field counts as spaces while summing
  h[156] = type === 'dir' ? 0x35 : 0x30
  h.write('ustar\u000000', 257, 'latin1')
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1')
  return h
}

function octal(h: Buffer, offset: number, width: number, value: number): void {
  h.write(value.toString(8).padStart(width - 1, '0') + '\u0000', offset, 'latin1')
}
