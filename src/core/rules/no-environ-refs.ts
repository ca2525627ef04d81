import { looksLikeEnvRef, RESERVED_ENV } from '../environ-refs.js'
import type { PathSegment } from '../locate.js'
import type { FileRule } from '../rule.js'
import { str } from '../store.js'

export const RULE = 'no-environ-refs'

/**
 * What render refuses, validate reports first, at the field: LiteLLM replaces every string
 * `os.environ/NAME` anywhere in its config with the variable's value, so a model named
 * `os.environ/OPENAI_API_KEY` would serve the key on /model/info; and a requires_api_key that
 * names the proxy's own variables would hand its master key (or database URL) to a provider.
 */
export const noEnvironRefsRule: FileRule = {
  id: RULE,
  scope: 'file',
  tier: 'structure',
  severity: 'error',
  protected: true,
  description: 'No model text is a string LiteLLM would substitute from the environment (os.environ/...), and requires_api_key names no variable of the deployment itself.',
  check(e, _ctx, report) {
    const walk = (v: unknown, path: PathSegment[]): void => {
      if (typeof v === 'string') {
        if (looksLikeEnvRef(v))
          report(path, `${path.join('.') || 'the file'} starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, {
            hint: 'No model text may start with "os.environ/": LiteLLM would put the variable\'s value (a key) into its config and serve it. Write the text itself.',
            at: 'value',
          })
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]))
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (looksLikeEnvRef(k))
            report([...path, k], `the key "${k.slice(0, 80)}" starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, { hint: 'Rename the key.' })
          walk(x, [...path, k])
        }
    }
    walk(e.data, [])
    const key = str(e.data.requires_api_key)
    if (key !== undefined && RESERVED_ENV.has(key))
      report(['requires_api_key'], `requires_api_key "${key}" names a variable of the deployment itself`, {
        hint: `A provider key named ${key} would receive the proxy's own setting (render refuses it): use the provider's key variable, e.g. OPENAI_API_KEY.`,
        at: 'value',
      })
  },
}
