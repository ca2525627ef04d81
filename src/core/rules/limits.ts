import type { FileRule } from '../rule.js'
import { num } from '../store.js'

export const limitsRule: FileRule = {
  id: 'limits',
  scope: 'file',
  tier: 'structure',
  severity: 'error',
  description: 'max_input, max_output and ctx_size fit inside context_window.',
  check(e, _ctx, report) {
    const window = num(e.data.context_window)
    if (window === undefined) return
    for (const field of ['max_input', 'max_output', 'ctx_size'] as const) {
      const v = num(e.data[field])
      if (v !== undefined && v > window)
        report([field], `${field} ${v} is larger than context_window ${window}`, { hint: `${field} must fit inside the context window; check both against the model's documentation.`, at: 'value' })
    }
  },
}
