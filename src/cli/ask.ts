/**
 * The one prompt facade: every question the CLI asks goes through here, so commands are
 * tested by mocking this module, and @inquirer/prompts is imported nowhere else (it stays
 * out of `validate`, the hook and the Action, which never load this module).
 *
 * Each prompt takes `(config, context?)` like inquirer's own, so @inquirer/testing's
 * `render(ask.input, config)` drives the facade itself. Ctrl-C becomes `Cancelled`.
 */
import { confirm as iConfirm, input as iInput, number as iNumber, search as iSearch, select as iSelect } from '@inquirer/prompts'
import { Cancelled } from '../core/errors.js'

/** Streams a prompt reads and writes (tests inject them; the CLI uses the terminal). */
export interface PromptContext {
  input?: NodeJS.ReadableStream
  output?: NodeJS.WritableStream
  clearPromptOnDone?: boolean
  signal?: AbortSignal
}

/** A validator: true when fine, else the message to show under the answer. */
export type Check<T> = (value: T) => true | string | Promise<true | string>

export interface Choice<T> {
  value: T
  name?: string
  description?: string
}

export interface InputConfig {
  message: string
  default?: string
  required?: boolean
  validate?: Check<string>
}

export interface NumberConfig {
  message: string
  default?: number
  required?: boolean
  /** Whole numbers only (token counts); otherwise any decimal (GB). */
  integer?: boolean
  validate?: Check<number | undefined>
}

export interface SelectConfig<T> {
  message: string
  choices: Choice<T>[]
  default?: T
}

export interface SearchConfig<T> {
  message: string
  /** The choices for what has been typed so far (undefined before the first key). */
  source: (term: string | undefined) => Choice<T>[] | Promise<Choice<T>[]>
  validate?: Check<T>
}

export interface ConfirmConfig {
  message: string
  default?: boolean
}

/** Inquirer rejects with ExitPromptError on Ctrl-C (compared by name: the class is not exported). */
async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) throw new Cancelled()
    throw err
  }
}

export function input(config: InputConfig, context?: PromptContext): Promise<string> {
  return guard(() => iInput({ message: config.message, default: config.default, required: config.required, validate: config.validate }, context))
}

export function number(config: NumberConfig, context?: PromptContext): Promise<number | undefined> {
  return guard(() =>
    iNumber(
      {
        message: config.message,
        default: config.default,
        required: config.required,
        step: config.integer ? 1 : 'any',
        validate: config.validate,
      },
      context,
    ),
  )
}

export function select<T>(config: SelectConfig<T>, context?: PromptContext): Promise<T> {
  return guard(() => iSelect<T>({ message: config.message, choices: config.choices, default: config.default, pageSize: 12 }, context))
}

export function search<T>(config: SearchConfig<T>, context?: PromptContext): Promise<T> {
  return guard(() => iSearch<T>({ message: config.message, source: (term) => config.source(term), validate: config.validate, pageSize: 12 }, context))
}

export function confirm(config: ConfirmConfig, context?: PromptContext): Promise<boolean> {
  return guard(() => iConfirm({ message: config.message, default: config.default }, context))
}
