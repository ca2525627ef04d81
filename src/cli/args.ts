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
