/**
 * LiteLLM replaces every string of the form `os.environ/NAME` anywhere in its config (nested
 * maps and maps inside lists included) with the variable's value, at load (proxy_server.py,
 * `_check_for_os_environ_vars`). A model whose name is `os.environ/OPENAI_API_KEY` would have
 * the key served on /model/info. So model text never reaches litellm.yaml in that form, and the
 * rendered file holds exactly the references the renderer meant: each deployment's api_key and
 * the master key.
 */
import { CurateError } from './errors.js'

/** The proxy's own secret: clients authenticate to LiteLLM with it (general_settings.master_key). */
export const MASTER_KEY_ENV = 'LITELLM_MASTER_KEY'

/**
 * Variables the deployment itself reads: a provider key by one of these names would hand the
 * proxy's own secret (or the model cache setting) to a provider, or replace it.
 */
export const RESERVED_ENV = new Set([MASTER_KEY_ENV, 'LITELLM_SALT_KEY', 'LITELLM_LICENSE', 'DATABASE_URL', 'STORE_MODEL_IN_DB', 'UI_USERNAME', 'UI_PASSWORD', 'LLAMA_CACHE', 'HF_HOME', 'HF_HUB_CACHE', 'HOME', 'PATH'])

/** What LiteLLM's loader would take for a reference; leading space and case are not trusted either. */
export function looksLikeEnvRef(s: string): boolean {
  // Most strings are refused by their first character: a reference starts with "o" or "O",
  // or with white space (which \s finds only at or below U+0020 or from U+00A0 up).
  const c = s.charCodeAt(0)
  if (c > 0x20 && c < 0xa0 && c !== 0x6f && c !== 0x4f) return false
  return /^\s*os\.environ\//i.test(s)
}

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s)

/** Refuses a model whose text (any string, at any depth) LiteLLM would substitute. */
export function refuseEnvRefs(model: { id: string }, kind: string): void {
  const walk = (v: unknown, where: string): void => {
    if (typeof v === 'string' && looksLikeEnvRef(v))
      throw new CurateError(`${kind} model ${JSON.stringify(model.id)}: ${where} is ${show(v)}, which LiteLLM would replace with an environment variable's value`, {
        hint: 'No model text may start with "os.environ/": fix the model file.',
        exitCode: 1,
      })
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, where ? `${where}.${k}` : k)
  }
  walk(model, '')
}

/**
 * Every string of a rendered litellm.yaml (as parsed) that LiteLLM would substitute, by path,
 * other than the ones allowed (path -> the exact reference expected there).
 */
export function unexpectedEnvRefs(doc: unknown, allowed: ReadonlyMap<string, string>): string[] {
  const out: string[] = []
  const walk = (v: unknown, where: string): void => {
    if (typeof v === 'string') {
      if (looksLikeEnvRef(v) && allowed.get(where) !== v) out.push(`${where}: ${show(v)}`)
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
      if (looksLikeEnvRef(k)) out.push(`${where}.${k} (a key)`)
      walk(x, where ? `${where}.${k}` : k)
    }
  }
  walk(doc, '')
  return out
}
