/**
 * One tester for every rule, in the spirit of ESLint's RuleTester: each rule's test file lists
 * valid and invalid cases; the tester runs the rule alone through the engine (so focus, tiers,
 * kinds and the policy apply exactly as in a real run) and compares its findings, positions
 * included.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { changeSetOf, type FileChange } from '../../../src/core/changes.js'
import { runRules } from '../../../src/core/engine.js'
import type { HfModelInfo, HfRepoResult } from '../../../src/core/hf.js'
import { DEFAULT_LAYOUT } from '../../../src/core/layout.js'
import { asLiteLLMList, type LiteLLMSource } from '../../../src/core/litellm.js'
import { mergePolicy, type Policy } from '../../../src/core/policy.js'
import type { Rule } from '../../../src/core/rule.js'
import { Schemas } from '../../../src/core/schema.js'
import { Store } from '../../../src/core/store.js'
import type { Finding, Kind, ModelFile, Severity } from '../../../src/core/types.js'
import { loadSchemaDocs } from '../../../src/io/fs.js'
import { cloudModel, localModel, ROOT } from '../../helpers.js'
import { qwen3_4bInfo, trimmedLiteLLM } from '../../servers/upstream.js'

const schemas = new Schemas(loadSchemaDocs(path.join(ROOT, 'schemas')))
/** Real entries of LiteLLM's list (test/fixtures/litellm-trimmed.json). */
export const litellm: LiteLLMSource = { list: asLiteLLMList(JSON.parse(trimmedLiteLLM())), origin: 'test list', offline: true }

/** A model file at model-store/<kind>/<id>.json (or `name`), pretty-printed so findings have real lines. */
export function file(kind: Kind, content: unknown, name?: string): ModelFile {
  const id = (content as { id?: unknown }).id
  return { kind, path: `model-store/${kind}/${name ?? `${typeof id === 'string' ? id : 'model'}.json`}`, text: typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n' }
}
/** A cloud model that passes every rule, with `over` laid on it (see test/helpers.ts). */
export const cloud = (over: Record<string, unknown> = {}) => file('cloud', cloudModel(over))
export const local = (over: Record<string, unknown> = {}) => file('local', localModel(over))

/** The Hub's answer for Qwen/Qwen3-4B-GGUF (test/fixtures/hf/qwen3-4b-gguf.json, with sizes), with `over` laid on it. */
export function hubOk(over: Partial<HfModelInfo> = {}): HfRepoResult {
  return { status: 'ok', info: qwen3_4bInfo(over as Record<string, unknown>) as unknown as HfModelInfo }
}

export interface Case {
  name: string
  files: ModelFile[]
  /** Policy keys laid over the defaults. */
  policy?: Partial<Policy>
  /** The change being judged: its added files get the new-submission tier; its deleted files' texts. */
  changes?: FileChange[]
  before?: Record<string, string>
  /** Report only on these files. */
  focus?: string[]
  /** HuggingFace answers by repo id: the online tier runs when given. */
  hf?: Record<string, HfRepoResult>
  litellm?: LiteLLMSource
  litellmProblem?: string
  today?: string
}

/** A finding expected: every given field must match (message: a substring or a pattern). */
export interface Expected {
  file?: string
  line?: number
  column?: number
  severity?: Severity
  message?: string | RegExp
  /** The hint: a substring or a pattern (every finding must have one in any case). */
  hint?: string | RegExp
}

export interface InvalidCase extends Case {
  errors: Expected[]
}

/** The rule's findings for one case, through the engine. */
export function findingsOf(rule: Rule, c: Case): Finding[] {
  const store = new Store(c.files)
  const before = new Map(Object.entries(c.before ?? {}))
  return runRules({
    rules: [rule],
    store,
    schemas,
    policy: mergePolicy(c.policy ?? {}),
    litellm: c.litellm ?? litellm,
    litellmProblem: c.litellmProblem,
    hf: c.hf ? new Map(Object.entries(c.hf)) : undefined,
    online: c.hf !== undefined || c.litellmProblem !== undefined,
    changes: c.changes ? changeSetOf(c.changes, DEFAULT_LAYOUT, before) : undefined,
    focus: c.focus ? { files: new Set(c.focus), dependents: new Set() } : undefined,
    today: c.today ?? '2026-01-01',
  }).filter((f) => f.rule === rule.id)
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('declares what it judges', () => {
      expect(rule.description.length).toBeGreaterThan(10)
      expect(['structure', 'quality', 'new', 'online']).toContain(rule.tier)
    })
    for (const c of cases.valid) it(`valid: ${c.name}`, () => expect(findingsOf(rule, c)).toEqual([]))
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => {
        const got = findingsOf(rule, c)
        expect(got, JSON.stringify(got, null, 1)).toHaveLength(c.errors.length)
        c.errors.forEach((want, i) => {
          const f = got[i]
          if (want.file !== undefined) expect(f.file).toBe(want.file)
          if (want.line !== undefined) expect(f.line, f.message).toBe(want.line)
          if (want.column !== undefined) expect(f.column, f.message).toBe(want.column)
          expect(f.severity).toBe(want.severity ?? rule.severity)
          if (typeof want.message === 'string') expect(f.message).toContain(want.message)
          else if (want.message) expect(f.message).toMatch(want.message)
          // Every finding says how to fix it.
          expect(f.hint, f.message).toBeTruthy()
          if (typeof want.hint === 'string') expect(f.hint).toContain(want.hint)
          else if (want.hint) expect(f.hint).toMatch(want.hint)
        })
      })
  })
}
