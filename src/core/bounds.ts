/**
 * The upper bounds of every number the store holds or reads from upstream. The schemas state the
 * same bounds (schemas/*.schema.json `maximum`); an upstream number outside them is a malformed
 * answer, never a fact to compare or print.
 */

/** Tokens: a context window, an input or output cap (no model comes near 100 million). */
export const MAX_TOKENS = 100_000_000
/** Bytes of one file on the Hub (10 TB). */
export const MAX_FILE_BYTES = 10_000_000_000_000
/** GB of memory a model may need. */
export const MAX_RAM_GB = 4096
/** US dollars per million tokens (LiteLLM lists some at $200,000). */
export const MAX_PRICE_PER_1M = 1_000_000
/** US dollars per token (MAX_PRICE_PER_1M / 1e6). */
export const MAX_COST_PER_TOKEN = MAX_PRICE_PER_1M / 1e6

/** A whole number in [min, max] (never above 2^53 - 1), else undefined. */
export function boundedInt(v: unknown, max: number, min = 0): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : undefined
}

/** A finite number in [0, max], else undefined. */
export function boundedNumber(v: unknown, max: number): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? v : undefined
}
