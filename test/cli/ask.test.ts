/** The prompt facade itself, driven through @inquirer/testing's virtual terminal. */
import { render } from '@inquirer/testing'
import { describe, expect, it } from 'vitest'
import * as ask from '../../src/cli/ask.js'
import { Cancelled, CurateError } from '../../src/core/errors.js'

describe('ask facade', () => {
  it('shows the validation message under the answer as typed, then accepts a fixed answer', async () => {
    const { answer, events, getScreen, nextRender } = await render(ask.input, {
      message: 'Id',
      default: 'gpt-5',
      validate: (v: string) => (/^[a-z0-9-]+$/.test(v) ? true : `"${v}" is not a plain id`),
    })
    expect(getScreen()).toContain('Id (gpt-5)')
    events.type('../x')
    events.keypress('enter')
    await nextRender()
    expect(getScreen()).toContain('"../x" is not a plain id')
    for (let i = 0; i < 4; i++) events.keypress('backspace')
    events.type('gpt-5-mini')
    events.keypress('enter')
    await expect(answer).resolves.toBe('gpt-5-mini')
  })

  it('accepts the prefilled default with Enter', async () => {
    const { answer, events } = await render(ask.number, { message: 'Context window', default: 400000, integer: true, required: true })
    events.keypress('enter')
    await expect(answer).resolves.toBe(400000)
  })

  it('runs async validators (the rules) before accepting a number', async () => {
    const { answer, events, getScreen, nextRender } = await render(ask.number, {
      message: 'Max output',
      integer: true,
      validate: async (n: number | undefined) => (n !== undefined && n > 1000 ? 'max_output 2000 is larger than context_window 1000' : true),
    })
    events.type('2000')
    events.keypress('enter')
    await nextRender()
    expect(getScreen()).toContain('max_output 2000 is larger than context_window 1000')
    for (let i = 0; i < 4; i++) events.keypress('backspace')
    events.type('500')
    events.keypress('enter')
    await expect(answer).resolves.toBe(500)
  })

  it('searches choices as typed', async () => {
    const names = ['openai/gpt-5', 'openai/gpt-5-mini', 'openai/o3']
    const { answer, events, getScreen, nextRender } = await render(ask.search<string>, {
      message: 'LiteLLM model',
      source: (term) => names.filter((n) => n.includes(term ?? '')).map((n) => ({ value: n })),
    })
    events.type('mini')
    await nextRender()
    expect(getScreen()).toContain('openai/gpt-5-mini')
    expect(getScreen()).not.toContain('openai/o3')
    events.keypress('enter')
    await expect(answer).resolves.toBe('openai/gpt-5-mini')
  })

  it('turns Ctrl-C at any prompt into Cancelled (exit 130)', async () => {
    for (const [prompt, config] of [
      [ask.input, { message: 'Id' }],
      [ask.select, { message: 'Kind', choices: [{ value: 'cloud' }, { value: 'local' }] }],
      [ask.confirm, { message: 'Write?' }],
    ] as const) {
      const { answer, events } = await render(prompt as typeof ask.input, config as ask.InputConfig)
      events.keypress({ name: 'c', ctrl: true })
      const err = await answer.catch((e: unknown) => e)
      expect(err).toBeInstanceOf(Cancelled)
      expect(err).toBeInstanceOf(CurateError)
      expect((err as CurateError).exitCode).toBe(130)
    }
  })
})
