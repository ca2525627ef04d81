/**
 * The grammar of `model_uri`: huggingface://<org>/<repo>/<path>.gguf (hf:// is an alias).
 * A strict subset of what ramalama and llama-server accept (see render-targets.md section 4):
 * no '..', no spaces, no ':', and a split model names its first shard.
 */

export interface ModelUri {
  scheme: 'huggingface' | 'hf'
  org: string
  repo: string
  /** `org/repo` */
  repoId: string
  /** The file's path inside the repo; may hold folders (Q4_K_M/…-00001-of-00005.gguf). */
  file: string
  shard?: { index: number; total: number }
}

export type UriResult = { ok: true; uri: ModelUri } | { ok: false; problem: string; hint: string }

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/
const SEGMENT = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]*)$/
const SHARD = /-(\d{5})-of-(\d{5})\.gguf$/

/**
 * Several rules parse each local model's URI: a store's URIs are parsed once (the results are
 * frozen, so sharing them is safe), in a table cleared when it grows past a big store's size.
 */
const parsed = new Map<string, UriResult>()

export function parseModelUri(value: string): UriResult {
  let r = parsed.get(value)
  if (r === undefined) {
    if (parsed.size >= 200_000) parsed.clear()
    parsed.set(value, (r = deepFreeze(parseUri(value))))
  }
  return r
}

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v as object)
  return Object.freeze(o)
}

function parseUri(value: string): UriResult {
  const bad = (problem: string, hint = 'Use huggingface://<org>/<repo>/<file>.gguf, e.g. huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf.') =>
    ({ ok: false, problem, hint }) as const
  const m = /^(huggingface|hf):\/\/(.*)$/.exec(value)
  if (!m) return bad('does not start with huggingface:// (or hf://)')
  const rest = m[2]
  if (/[\s\u0000-\u001f\u007f]/.test(rest)) return bad('contains whitespace or a control character')
  if (rest.includes(':')) return bad('contains ":" (ramalama reads it as a quant tag)', 'Name the file instead of a tag: huggingface://<org>/<repo>/<file>.gguf.')
  if (rest.includes('\\')) return bad('contains a backslash')
  if (rest.includes('?') || rest.includes('#') || rest.includes('%')) return bad('contains "?", "#" or "%"', 'Give the plain path of the file in the repository, without query, fragment or escapes.')
  const parts = rest.split('/')
  if (parts.some((p) => p === '..' || p === '.')) return bad('contains a "." or ".." path segment')
  if (parts.length < 3) return bad('names no file: expected <org>/<repo>/<file>.gguf')
  const [org, repo, ...path] = parts
  if (!NAME.test(org) || org.includes('..')) return bad(`has an invalid organisation "${org}"`)
  if (!NAME.test(repo) || repo.includes('..')) return bad(`has an invalid repository name "${repo}"`)
  if (path.some((p) => !SEGMENT.test(p))) return bad('has an empty or invalid path segment')
  const file = path.join('/')
  if (!file.endsWith('.gguf')) return bad('does not name a .gguf file', 'Local models are GGUF files: the path ends in .gguf.')
  const uri: ModelUri = { scheme: m[1] as ModelUri['scheme'], org, repo, repoId: `${org}/${repo}`, file }
  const s = SHARD.exec(file)
  if (s) {
    uri.shard = { index: Number(s[1]), total: Number(s[2]) }
    if (uri.shard.index !== 1) return bad(`names shard ${uri.shard.index} of ${uri.shard.total}`, 'Point at shard 1 (-00001-of-…): llama.cpp finds the other shards beside it.')
    if (uri.shard.total < 2) return bad('names a split file of a single shard')
  }
  return { ok: true, uri }
}

/** Every shard file name of a split model (or just the file). */
export function shardFiles(uri: ModelUri): string[] {
  if (!uri.shard) return [uri.file]
  const total = uri.shard.total
  return Array.from({ length: total }, (_, i) =>
    uri.file.replace(SHARD, `-${String(i + 1).padStart(5, '0')}-of-${String(total).padStart(5, '0')}.gguf`),
  )
}

const QUANT =
  /(?:^|[^A-Za-z0-9])(IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K_XL|Q[2-8]_K(?:_[SML])?|Q[4-8]_[01]|TQ[12]_0|BF16|F16|F32|MXFP4)(?=$|[^A-Za-z0-9])/i

/** The quantization a GGUF file name states (upper-cased), if it states one. */
export function quantFromFileName(file: string): string | undefined {
  const base = file.split('/').pop() ?? file
  return QUANT.exec(base)?.[1].toUpperCase()
}

/** Same target, whatever the alias or case: hf:// and huggingface:// name the same file. */
export function normalizeModelUri(value: string): string {
  return value.replace(/^(huggingface|hf):\/\//, 'hf://').toLowerCase()
}
