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
    // One path array for the whole walk, copied only for a finding: a model file has a few
    // hundred strings, and a 100,000-model store a copy per string was most of this rule's cost.
    const path: PathSegment[] = []
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        if (looksLikeEnvRef(v))
          report([...path], `${path.join('.') || 'the file'} starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, {
            hint: 'No model text may start with "os.environ/": LiteLLM would put the variable\'s value (a key) into its config and serve it. Write the text itself.',
            at: 'value',
          })
      } else if (Array.isArray(v))
        for (let i = 0; i < v.length; i++) {
          path.push(i)
          walk(v[i])
          path.pop()
        }
      else if (v && typeof v === 'object')
        for (const k of Object.keys(v)) {
          path.push(k)
          if (looksLikeEnvRef(k))
            report([...path], `the key "${k.slice(0, 80)}" starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, { hint: 'Rename the key.' })
          walk((v as Record<string, unknown>)[k])
          path.pop()
        }
    }
    walk(e.data)
    const key = str(e.data.requires_api_key)
    if (key !== undefined && RESERVED_ENV.has(key))
      report(['requires_api_key'], `requires_api_key "${key}" names a variable of the deployment itself`, {
        hint: `A provider key named ${key} would receive the proxy's own setting (render refuses it): use the provider's key variable, e.g. OPENAI_API_KEY.`,
        at: 'value',
      })
  },
}
