/**
 * A synthetic store of N models cloned from the bundled ones, each with unique ids and
 * targets, so every rule (including the cross-file ones) does real work.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface Template {
  kind: 'cloud' | 'local'
  data: Record<string, unknown>
}

export function readTemplates(storeDir: string): Template[] {
  const out: Template[] = []
  for (const kind of ['cloud', 'local'] as const) {
    const dir = path.join(storeDir, kind)
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort())
      out.push({ kind, data: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown> })
  }
  if (!out.length) throw new Error(`no model files in ${storeDir}`)
  return out
}

/** Writes `count` models into `<dir>/model-store/{cloud,local}`; returns the store folder. */
export function writeSyntheticStore(dir: string, templates: Template[], count: number): string {
  const store = path.join(dir, 'model-store')
  for (const kind of ['cloud', 'local']) mkdirSync(path.join(store, kind), { recursive: true })
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]
    const m: Record<string, unknown> = { ...t.data }
    const suffix = `s${i}`
    m.id = `${String(m.id)}-${suffix}`
    delete m.aliases
    delete m.shortname
    if (typeof m.replacement === 'string') m.replacement = `${m.replacement}-s${i - (i % templates.length) + templates.findIndex((x) => x.data.id === m.replacement)}`
    if (t.kind === 'cloud') m.litellm_model_name = `${String(m.litellm_model_name)}-${suffix}`
    else {
      m.model_uri = String(m.model_uri).replace(/\.gguf$/, `-${suffix}.gguf`).replace(/-(\d{5})-of-(\d{5})-s\d+\.gguf$/, `-${suffix}-$1-of-$2.gguf`)
      if (typeof m.hf_file === 'string') m.hf_file = String(m.model_uri).split('/').slice(4).join('/')
    }
    writeFileSync(path.join(store, t.kind, `${m.id}.json`), JSON.stringify(m, null, 2) + '\n')
  }
  return store
}
