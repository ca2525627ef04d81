import { describe, expect, it } from 'vitest'
import { describeFields, isExempt, judgeSubject, subjectOf, suggestSubject, type ModelChange } from '../../src/core/commit-message.js'
import { cloudModel, localModel } from '../helpers.js'

const added = (over = {}): ModelChange => ({ status: 'added', path: 'model-store/cloud/gpt-5-nano.json', after: cloudModel({ id: 'gpt-5-nano', name: 'GPT-5 Nano', ...over }) })
const gpt5 = cloudModel({ id: 'gpt-5', name: 'GPT-5', pricing: { input_per_1m: 1.25, output_per_1m: 10 } })
const modified = (after: Record<string, unknown>): ModelChange => ({ status: 'modified', path: 'model-store/cloud/gpt-5.json', before: gpt5, after: { ...gpt5, ...after } })

describe('subjectOf', () => {
  it('skips comments and blank lines, and stops at the scissors line', () => {
    expect(subjectOf('# Please enter\n\n  feat: add X model  \nbody')).toBe('feat: add X model')
    expect(subjectOf('# ------------------------ >8 ------------------------\nfeat: x')).toBe('')
    expect(subjectOf('; comment\n# not a comment here\n', ';')).toBe('# not a comment here')
    expect(subjectOf('\r\nfix: windows line\r\n')).toBe('fix: windows line')
  })
})

describe('isExempt', () => {
  it.each(['Revert "feat: add X model"', 'fixup! chore: update X pricing', 'squash! x', 'amend! x'])('%s', (s) => {
    expect(isExempt(s)).toBe(true)
  })
  it('exempts "Merge ..." only while a merge is in progress', () => {
    expect(isExempt("Merge branch 'side'", { merging: true })).toBe(true)
    expect(isExempt("Merge branch 'side'")).toBe(false)
    expect(isExempt('Merge: add anything I like', { merging: false })).toBe(false)
  })
  it('does not exempt ordinary subjects', () => {
    expect(isExempt('merge the prices')).toBe(false)
  })
})

describe('judgeSubject', () => {
  it('accepts the convention', () => {
    expect(judgeSubject('feat: add GPT-5 Nano model', [added()])).toEqual({ ok: true })
    expect(judgeSubject('feat(store): add gpt-5-nano model', [added()])).toEqual({ ok: true })
    expect(judgeSubject('feat: add GPT-5 Nano and Other models', [added(), { ...added(), path: 'x', after: cloudModel({ id: 'other', name: 'Other' }) }])).toEqual({ ok: true })
    expect(judgeSubject('chore: update GPT-5 pricing', [modified({ pricing: { input_per_1m: 1, output_per_1m: 10 } })])).toEqual({ ok: true })
    expect(judgeSubject('chore: deprecate GPT-5', [modified({ deprecated: true, replacement: 'x' })])).toEqual({ ok: true })
    expect(judgeSubject('fix: correct the GPT-5 context window', [modified({ context_window: 272000 })])).toEqual({ ok: true })
  })
  it('accepts the old name of a renamed model', () => {
    expect(judgeSubject('chore: update GPT-5 name', [modified({ name: 'GPT-5 (2025-08-07)' })])).toEqual({ ok: true })
  })
  it('refuses other forms, each with the reason', () => {
    const problem = (s: string, c: ModelChange[]) => {
      const v = judgeSubject(s, c)
      return v.ok ? undefined : v.problem
    }
    expect(problem('Add GPT-5 Nano', [added()])).toBe('the subject does not start with "feat: ", "chore: " or "fix: "')
    expect(problem('feat: GPT-5 Nano', [added()])).toBe('a "feat:" commit of the store reads "feat: add <Name> model"')
    expect(problem('feat: add GPT-5 model', [modified({ max_output: 1 })])).toBe('the commit adds no model file, so it is not "feat: add"')
    expect(problem('feat: add Claude model', [added()])).toBe('"Claude" names no model this commit adds (it adds GPT-5 Nano)')
    expect(problem('chore: update pricing of GPT-5', [modified({ max_output: 1 })])).toBe('"chore: update" is followed by the name of a model it changes (GPT-5), then what changed')
    expect(problem('chore: update GPT-5', [modified({ max_output: 1 })])).toMatch(/followed by the name/)
    expect(problem('chore: deprecate GPT-5', [modified({ max_output: 1 })])).toBe('the commit does not mark GPT-5 deprecated ("deprecated": true)')
    expect(problem('chore: bump', [modified({ max_output: 1 })])).toMatch(/reads "chore: update <Name> <what>"/)
  })
})

describe('suggestSubject', () => {
  it('builds the message from what is staged', () => {
    expect(suggestSubject([added()])).toBe('feat: add GPT-5 Nano model')
    expect(suggestSubject([added(), { ...added(), after: localModel({ name: 'Qwen3 4B' }) }])).toBe('feat: add GPT-5 Nano and Qwen3 4B models')
    expect(suggestSubject([modified({ pricing: { input_per_1m: 1, output_per_1m: 10 } })])).toBe('chore: update GPT-5 pricing')
    expect(suggestSubject([modified({ context_window: 1, max_output: 1 })])).toBe('chore: update GPT-5 context window and max output')
    expect(suggestSubject([modified({ deprecated: true, replacement: 'x', enabled: false })])).toBe('chore: deprecate GPT-5')
    expect(suggestSubject([{ status: 'deleted', path: 'model-store/cloud/gpt-5.json', before: gpt5 }])).toBeUndefined()
  })
  it('falls back to the id or file name when the name is not one clean line', () => {
    expect(suggestSubject([added({ name: 'Evil\nforged: line' })])).toBe('feat: add gpt-5-nano model')
    expect(suggestSubject([{ status: 'added', path: 'model-store/cloud/a\u001b[2J.json' }])).toBe('feat: add a?[2J model')
  })
  it('describes many changed fields briefly, and a formatting-only change as such', () => {
    expect(describeFields([modified({ a: 1, b: 2, c: 3, d: 4 })])).toBe('a, b, c and other fields')
    expect(describeFields([modified({})])).toBe('formatting')
  })
})
