/**
 * The one error type every door knows how to print: an expected failure with a message
 * in the user's terms, an optional hint, and the exit code it maps to.
 */
export class CurateError extends Error {
  readonly hint?: string
  readonly exitCode: number

  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'CurateError'
    this.hint = options.hint
    this.exitCode = options.exitCode ?? 2
  }
}

/** The user cancelled at a prompt (Ctrl-C): nothing was written. */
export class Cancelled extends CurateError {
  constructor() {
    super('cancelled', { exitCode: 130 })
    this.name = 'Cancelled'
  }
}

