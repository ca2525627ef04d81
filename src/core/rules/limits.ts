import { findingAt, type Rule } from '../rule.js'
import { num } from '../store.js'
import type { Finding } from '../types.js'

const RULE = 'limits'

export const limitsRule: Rule = {
  id: RULE,
  description: 'max_input, max_output and ctx_size fit inside context_window.',
  check({ store, focus }) {
    const out: Finding[] = []
    for (const e of store.entries) {
      if (focus && !focus.has(e.file.path)) continue
      const window = num(e.data.context_window)
      if (window === undefined) continue
      for (const field of ['max_input', 'max_output', 'ctx_size'] as const) {
        const v = num(e.data[field])
        if (v !== undefined && v > window)
          out.push(findingAt(e, RULE, 'error', [field], `${field} ${v} is larger than context_window ${window}`, `${field} must fit inside the context window; check both against the model's documentation.`, 'value'))
      }
    }
    return out
  },
}
