/**
 * The fields add fills, one definition each: where the value goes in the file, the flag that
 * gives it, the question that asks it, whether it is always required, and how a typed answer
 * is read. The flow (flow.ts) decides the order and the prefills; requirements that depend on
 * the policy (benchmarks, licence, pricing) are decided there, from the draft's verdict.
 */
import { normalizePrice, parseBenchmarks, parseList } from '../../core/draft.js'
import type { PathSegment } from '../../core/locate.js'

/** How an answer is asked and read: text-like answers are parsed by `readAnswer`. */
export type FieldType = 'text' | 'price' | 'list' | 'benchmarks' | 'int' | 'number' | 'choice' | 'bool'

export interface Field {
  path: PathSegment[]
  /** The flag that answers it with --yes, e.g. "--id". */
  flag: string
  label: string
  type: FieldType
  /** Required whatever the policy says (the schema requires it). */
  required?: boolean
  /** Fields derived from this one whose findings also belong to this answer. */
  linked?: PathSegment[][]
}

const field = (path: PathSegment[], flag: string, label: string, type: FieldType, more: Partial<Field> = {}): Field => ({ path, flag, label, type, ...more })

export const FIELDS = {
  // both kinds
  id: field(['id'], '--id', 'Id', 'text', { required: true }),
  name: field(['name'], '--name', 'Display name', 'text', { required: true }),
  description: field(['description'], '--description', 'Description', 'text'),
  contextWindow: field(['context_window'], '--context-window', 'Context window (tokens)', 'int', { required: true }),
  capabilities: field(['capabilities'], '--capabilities', 'Capabilities', 'list'),
  enabled: field(['enabled'], '--enabled', 'Enabled by default in blueprints?', 'bool'),
  sources: field(['sources'], '--source', 'Sources of these facts (URLs)', 'list'),
  // cloud
  maxOutput: field(['max_output'], '--max-output', 'Max output (tokens)', 'int'),
  apiKeyEnv: field(['requires_api_key'], '--api-key-env', 'API key variable', 'text', { required: true }),
  inputPrice: field(['pricing', 'input_per_1m'], '--input-price', 'Input price, $ per 1M tokens', 'price'),
  outputPrice: field(['pricing', 'output_per_1m'], '--output-price', 'Output price, $ per 1M tokens', 'price', { required: true }),
  cacheReadPrice: field(['pricing', 'cache_read_per_1m'], '--cache-read-price', 'Cached input price, $ per 1M tokens', 'price'),
  tier: field(['pricing', 'tier'], '--tier', 'Price tier', 'choice'),
  // local
  hfFile: field(['hf_file'], '--file', 'GGUF file', 'text', { required: true, linked: [['model_uri']] }),
  quantization: field(['quantization'], '--quantization', 'Quantization', 'text', { required: true }),
  ctxSize: field(['ctx_size'], '--ctx-size', 'Context llama-server starts with (ctx_size)', 'int', { required: true }),
  sizeBytes: field(['size_bytes'], '--size-bytes', 'File size in bytes (empty if unknown)', 'int'),
  group: field(['group'], '--group', 'Group', 'choice', { required: true }),
  ramGb: field(['ram_required_gb'], '--ram-gb', 'RAM required at ctx_size (GB)', 'number', { required: true }),
  license: field(['license'], '--license', 'Licence (as HuggingFace names it)', 'text'),
  benchmarks: field(['benchmarks'], '--benchmark', 'Benchmarks, name=score pairs (e.g. mmlu=83.7, gpqa_diamond=55.9)', 'benchmarks'),
  benchmarkSource: field(['sources'], '--source', 'Source of these scores (URL of the model card or paper)', 'text', { required: true }),
} satisfies Record<string, Field>

/** An answer that cannot be read as its field's type: shown under the prompt, or exit 2 with --yes. */
export class Unreadable extends Error {}

/** A typed answer as its field's value; undefined when left empty. */
export function readAnswer(type: FieldType, text: string): unknown {
  const t = text.trim()
  if (t === '') return undefined
  switch (type) {
    case 'price':
      return normalizePrice(t)
    case 'list':
      return parseList(t)
    case 'benchmarks': {
      const r = parseBenchmarks(t)
      if (r.problem) throw new Unreadable(r.problem)
      return r.scores
    }
    default:
      return t
  }
}

export const GROUPS = [
  { value: 'task', description: 'small models, under 4 GB' },
  { value: 'balanced', description: '4 to 16 GB' },
  { value: 'heavy', description: 'over 16 GB' },
  { value: 'embeddings', description: 'embedding models' },
]
