/**
 * Answering one field: from its flag, else (with --yes) its prefill, else a prompt with the
 * prefill as default; each answer checked against the draft so far, as validate would judge
 * the file. The flow (flow.ts) decides which fields, in which order, with which prefills.
 */
import { checkAnswer, withValue, type DraftContext } from '../../core/draft.js'
import { CurateError } from '../../core/errors.js'
import type { PathSegment } from '../../core/locate.js'
import { RULES } from '../../core/rules/index.js'
import type { Finding, ModelData } from '../../core/types.js'
import { plainDecimal } from '../args.js'
import * as ask from '../ask.js'
import { readAnswer, Unreadable, type Field } from './fields.js'

/**
 * With --yes, a flag is refused at once (exit 2) only when it breaks the file's form (the
 * structure tier); what the curation policy refuses is the verdict on the whole draft (exit 1),
 * printed as validate prints it. Interactively every error shows under the answer.
 */
const STRUCTURE = new Set(RULES.filter((r) => r.tier === 'structure').map((r) => r.id))
export const ofForm = (f: Finding) => STRUCTURE.has(f.rule) || !RULES.some((r) => r.id === f.rule)

/** One question: a field with the value a flag gave, the prefill, and what this draft requires. */
export interface Ask<T> extends Omit<Field, 'type'> {
  type?: Field['type']
  given?: T
  prefill?: T
  /** What --yes says when the value is missing (defaults to naming the flag). */
  missing?: string
}

/** The draft being answered, and how each kind of field is asked. */
export class Answers {
  draft: ModelData = {}
  /** Set once the kind is known (the judge needs it). */
  ctx!: DraftContext

  constructor(readonly yes: boolean) {}

  /** A field answered as text (text, price, list, benchmarks): flag, else (--yes) prefill, else a prompt. */
  async text(spec: Ask<string>): Promise<void> {
    const read = (s: string) => readAnswer(spec.type ?? 'text', s)
    if (spec.given !== undefined || this.yes) {
      const parsed = (s: string | undefined) => {
        if (s === undefined) return undefined
        try {
          return read(s)
        } catch (err) {
          if (err instanceof Unreadable) throw new CurateError(`${spec.flag}: ${err.message}`, { exitCode: 2 })
          throw err
        }
      }
      await this.settle({ ...spec, given: parsed(spec.given), prefill: parsed(spec.prefill) })
      return
    }
    const leaveOut = (s: string) => !spec.required && s.trim() === '-'
    const validate = async (s: string): Promise<true | string> => {
      if (leaveOut(s)) return true
      let value: unknown
      try {
        value = read(s)
      } catch (err) {
        if (err instanceof Unreadable) return err.message
        throw err
      }
      if (value === undefined) return spec.required ? `${spec.label} is required` : true
      return checkAnswer(this.ctx, withValue(this.draft, spec.path, value), spec.path, spec.linked)
    }
    const def = spec.prefill
    const label = spec.type === 'list' ? `${spec.label}, comma-separated` : spec.label
    const message = spec.required ? label : `${label} (optional${def !== undefined ? ', "-" to leave out' : ''})`
    const answer = await ask.input({ message, default: def, required: spec.required, validate })
    this.set(spec.path, leaveOut(answer) ? undefined : read(answer))
  }

  async numeric(spec: Ask<string | number>, integer = true): Promise<void> {
    const toNumber = (v: string | number): number | undefined => {
      if (typeof v === 'number') return v
      if (v.trim() === '') return undefined
      // Plain decimals only: "0x10" and "1e3" are refused, not read as 16 and 1000; the schema bounds the range.
      return plainDecimal(v, spec.flag, { max: Number.MAX_SAFE_INTEGER, fraction: !integer })
    }
    const given = spec.given !== undefined ? toNumber(spec.given) : undefined
    const prefill = spec.prefill !== undefined ? toNumber(spec.prefill) : undefined
    if (given !== undefined || this.yes) {
      await this.settle({ ...spec, given, prefill })
      return
    }
    const validate = async (n: number | undefined) => {
      if (n === undefined) return spec.required ? `${spec.label} is required` : true
      return checkAnswer(this.ctx, withValue(this.draft, spec.path, n), spec.path, spec.linked)
    }
    const n = await ask.number({ message: spec.label, default: prefill, required: spec.required, integer, validate })
    this.set(spec.path, n)
  }

  async bool(spec: Ask<boolean>): Promise<void> {
    if (spec.given !== undefined || this.yes) {
      this.set(spec.path, spec.given ?? spec.prefill)
      return
    }
    this.set(spec.path, await ask.confirm({ message: spec.label, default: spec.prefill }))
  }

  async choice(spec: Ask<string>, choices: { value: string; description?: string }[]): Promise<void> {
    if (spec.given !== undefined || this.yes) {
      await this.settle(spec)
      return
    }
    this.set(spec.path, await ask.select<string>({ message: spec.label, choices: choices.map((c) => ({ ...c, name: c.value })), default: spec.prefill }))
  }

  /** Non-interactive: the flag's value, else the prefill; checked; missing and required is exit 2. */
  async settle<T>(spec: Ask<T>): Promise<void> {
    const value = spec.given ?? spec.prefill
    if (value === undefined) {
      if (spec.required) throw spec.missing ? new CurateError(spec.missing, { exitCode: 2 }) : this.missing(spec.flag, spec.label)
      return
    }
    this.set(spec.path, value)
    await this.assertValid(spec.path, spec.flag, spec.linked, spec.given === undefined)
  }

  async assertValid(p: PathSegment[], flag: string, linked?: PathSegment[][], prefilled = false): Promise<void> {
    const ok = await checkAnswer(this.ctx, this.draft, p, linked, this.yes ? ofForm : undefined)
    if (ok !== true) throw new CurateError(`${flag}: ${ok}`, { hint: prefilled ? `The prefilled value does not pass; give ${flag} yourself.` : undefined, exitCode: 2 })
  }

  set(p: PathSegment[], value: unknown): void {
    this.draft = withValue(this.draft, p, value)
  }

  missing(flag: string, what: string): CurateError {
    return new CurateError(`missing ${flag}: ${what} cannot be prefilled`, { hint: `With --yes every value comes from a flag or a prefill: pass ${flag}.`, exitCode: 2 })
  }
}
