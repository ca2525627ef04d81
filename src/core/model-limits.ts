/**
 * A model's token limits, read one way everywhere: validate's facts rule, the audit and the
 * renderer all call these, so no two of them can read a window differently.
 *
 * The store records what the provider documents: `context_window` is the whole window,
 * `max_input` the input cap of providers that set one separately (OpenAI's gpt-5: 400,000
 * window, 272,000 input, 128,000 output), `max_output` the most one response may hold.
 * LiteLLM's list records the input cap (`max_input_tokens`) and the output cap
 * (`max_output_tokens`), never the whole window: those two are what compare.
 */
import type { LiteLLMEntry } from './litellm.js'
import type { ModelData } from './types.js'

export interface ModelLimits {
  /** The whole context window, as the provider documents it. */
  window?: number
  /** The most input tokens a request may carry: `max_input`, else the whole window. */
  input?: number
  /** The most tokens one response may hold. */
  output?: number
}

function positive(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined
}

/** The limits a model file records (fields of the wrong type read as absent: the schema reports them). */
export function limitsOf(data: ModelData): ModelLimits {
  const window = positive(data.context_window)
  return { window, input: positive(data.max_input) ?? window, output: positive(data.max_output) }
}

/** The limits LiteLLM's entry records: its input cap and its output cap. */
export function upstreamLimitsOf(entry: LiteLLMEntry): Pick<ModelLimits, 'input' | 'output'> {
  return { input: positive(entry.max_input_tokens), output: positive(entry.max_output_tokens) }
}

export interface LimitDrift {
  /** The store field that holds the limit: `max_input` when the file has one, else `context_window`; or `max_output`. */
  field: 'context_window' | 'max_input' | 'max_output'
  ours: number
  theirs: number
}

/**
 * Where a model's limits and LiteLLM's entry disagree: the input limit against
 * `max_input_tokens`, the output limit against `max_output_tokens`. A limit either side
 * leaves out is not compared.
 */
export function compareLimits(data: ModelData, entry: LiteLLMEntry): LimitDrift[] {
  const ours = limitsOf(data)
  const theirs = upstreamLimitsOf(entry)
  const out: LimitDrift[] = []
  if (ours.input !== undefined && theirs.input !== undefined && ours.input !== theirs.input)
    out.push({ field: positive(data.max_input) !== undefined ? 'max_input' : 'context_window', ours: ours.input, theirs: theirs.input })
  if (ours.output !== undefined && theirs.output !== undefined && ours.output !== theirs.output) out.push({ field: 'max_output', ours: ours.output, theirs: theirs.output })
  return out
}

/**
 * The limits a new file can take from LiteLLM's entry (the scaffolder's prefill). The list
 * records the input cap, never the whole window, so the input cap is the window's best
 * figure: it agrees with compareLimits. When the provider documents a larger whole window
 * (OpenAI's gpt-5: 400,000 with 272,000 input), the curator enters it and keeps the cap as max_input.
 */
export function limitsFromUpstream(entry: LiteLLMEntry): { context_window?: number; max_output?: number } {
  const { input, output } = upstreamLimitsOf(entry)
  return { context_window: input, max_output: output !== undefined && input !== undefined && output > input ? undefined : output }
}
