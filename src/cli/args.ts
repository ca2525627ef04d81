/** Argument parsing on node:util parseArgs, with usage errors as CurateError (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CurateError } from '../core/errors.js'

type Options = NonNullable<ParseArgsConfig['options']>

export function parse<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new CurateError((err as Error).message.replace(/\. To specify a positional.*$/s, ''), { hint: usage, exitCode: 2 })
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CurateError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`, { exitCode: 2 })
}

/**
 * A numeric flag's value: plain decimal digits only (an optional fraction when `fraction`), at
 * most `max`. Number() would read "0x10" as 16, "1e3" as 1000 and "" as 0; these are refused.
 */
export function plainDecimal(value: string, flag: string, options: { max: number; fraction?: boolean; min?: number }): number {
  const form = options.fraction ? /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,6})?$/ : /^(0|[1-9][0-9]{0,15})$/
  const n = form.test(value.trim()) ? Number(value.trim()) : NaN
  if (!Number.isFinite(n) || n > options.max || n < (options.min ?? 0))
    throw new CurateError(`${flag} must be a plain decimal number from ${options.min ?? 0} to ${options.max.toLocaleString('en-US')}; got "${value.slice(0, 40)}"`, {
      hint: options.fraction ? 'Write digits, with an optional fraction: 4 or 4.5 (no 0x, exponent or sign).' : 'Write digits only: 8192 (no 0x, exponent, sign or fraction).',
      exitCode: 2,
    })
  return n
}
