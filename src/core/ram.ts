/**
 * The store's one formula for `ram_required_gb`: no upstream source states it, so it is
 * derived the same way everywhere (the scaffolder's suggestion, the bundled files):
 *
 *   ram_required_gb = ceil( (size_bytes + ctx_size x kv_bytes_per_token) / 1e9 + RUNTIME_OVERHEAD_GB )
 *
 * kv_bytes_per_token is the f16 KV cache per token (layers x kv_heads x (key_len + value_len) x 2),
 * read from the GGUF header or the model card when known; otherwise DEFAULT_KV_BYTES_PER_TOKEN,
 * the measured Qwen3-4B figure (local-models.md), as a margin.
 */
export const RUNTIME_OVERHEAD_GB = 0.5
export const DEFAULT_KV_BYTES_PER_TOKEN = 147_456
export const DEFAULT_CTX_SIZE = 8192

export function suggestRamGb(sizeBytes: number, ctxSize = DEFAULT_CTX_SIZE, kvBytesPerToken = DEFAULT_KV_BYTES_PER_TOKEN): number {
  const gb = (sizeBytes + ctxSize * kvBytesPerToken) / 1e9 + RUNTIME_OVERHEAD_GB
  return Math.max(1, Math.ceil(gb))
}

/** The llama-swap group a model of this size falls in (task < 4 GB, balanced 4-16 GB, heavy above). */
export function suggestGroup(sizeBytes: number, embeddings = false): 'task' | 'balanced' | 'heavy' | 'embeddings' {
  if (embeddings) return 'embeddings'
  const gb = sizeBytes / 1e9
  return gb < 4 ? 'task' : gb <= 16 ? 'balanced' : 'heavy'
}
