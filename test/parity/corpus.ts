/**
 * The parity corpus: small trees, each a clean base store and one change to it, that every
 * door must judge alike. The base is the fixture store (real facts of eight models) under the
 * default policy; each change breaks one rule, or none.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { cloudModel, localModel, ROOT } from '../helpers.js'

const FIXTURES = path.join(ROOT, 'test/fixtures/render-store/model-store')

/** The base store: model-store/<kind>/<file> -> parsed JSON. */
export function baseStore(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {}
  for (const kind of ['cloud', 'local'])
    for (const name of readdirSync(path.join(FIXTURES, kind))) out[`${kind}/${name}`] = JSON.parse(readFileSync(path.join(FIXTURES, kind, name), 'utf8')) as Record<string, unknown>
  return out
}

export interface Tree {
  name: string
  /** Files under model-store/ to write (a value, raw text) or delete (null). */
  change: Record<string, unknown>
  /** The policy file to write at the root with the change (none: the base has none either). */
  policy?: unknown
  /** The rules the verdict holds (a check that the case is about what it says). */
  rules: string[]
  /** Errors in the verdict: the change is refused. */
  refused: boolean
  /**
   * `add --yes` flags for the same model: add must refuse it exactly when the verdict does, with
   * the verdict's messages. With no `change`, the change is the file add writes.
   */
  add?: string[]
}

const base = baseStore()
const gpt5 = base['cloud/gpt-5.json']
const qwen4b = base['local/qwen3-4b.json']
// gpt-5-mini's facts as LiteLLM's list of 2026-07-24 has them (data/), so only the case's own change is wrong.
const newCloud = (over: Record<string, unknown>) =>
  cloudModel({ id: 'new-cloud', name: 'New Cloud', litellm_model_name: 'openai/gpt-5-mini-2025-08-07', context_window: 400000, max_input: 272000, max_output: 128000, pricing: { input_per_1m: '$0.25', output_per_1m: '$2.00' }, ...over })
const newLocal = (over: Record<string, unknown>) =>
  localModel({ id: 'new-local', name: 'New Local', model_uri: 'huggingface://ggml-org/gemma-3-4b-it-GGUF/gemma-3-4b-it-Q4_K_M.gguf', quantization: 'Q4_K_M', license: 'gemma', ...over })

export const CORPUS: Tree[] = [
  { name: 'clean: a description edited', change: { 'cloud/gpt-5.json': { ...gpt5, description: 'OpenAI GPT-5, edited.' } }, rules: [], refused: false },
  { name: 'clean: a new local model meeting every criterion', change: { 'local/new-local.json': newLocal({}) }, rules: [], refused: false },
  { name: 'schema: a window as a string', change: { 'cloud/gpt-5.json': { ...gpt5, context_window: '400k' } }, rules: ['schema'], refused: true },
  { name: 'json-syntax: a trailing comma', change: { 'cloud/new-cloud.json': JSON.stringify(newCloud({}), null, 2).replace(/\n}$/, ',\n}\n') }, rules: ['json-syntax'], refused: true },
  { name: 'file-name: the id differs from the file name', change: { 'cloud/other-name.json': newCloud({}) }, rules: ['file-name'], refused: true },
  { name: 'duplicate-id: an alias taken by another model', change: { 'cloud/new-cloud.json': newCloud({ aliases: ['gpt-5'] }) }, rules: ['duplicate-id'], refused: true },
  { name: 'duplicate-target: the same LiteLLM model twice', change: { 'cloud/new-cloud.json': newCloud({ litellm_model_name: gpt5.litellm_model_name, pricing: gpt5.pricing }) }, rules: ['duplicate-target'], refused: true },
  { name: 'uri-format: a ".." in model_uri', change: { 'local/new-local.json': newLocal({ model_uri: 'huggingface://ggml-org/gemma-3-4b-it-GGUF/../x-Q4_K_M.gguf' }) }, rules: ['uri-format'], refused: true },
  { name: 'deprecation: deprecated with no replacement', change: { 'cloud/gpt-5.json': { ...gpt5, deprecated: true, enabled: false } }, rules: ['deprecation'], refused: true },
  { name: 'limits: max_output over the window', change: { 'cloud/gpt-5.json': { ...gpt5, max_output: 500000 } }, rules: ['cloud/facts-match-upstream', 'limits'], refused: true },
  { name: 'deleted-model: a model file removed', change: { 'cloud/deepseek-chat.json': null }, rules: ['deleted-model'], refused: true },
  { name: 'a broken replacement link: the target of a deprecation deleted', change: { 'cloud/gpt-5.json': null }, rules: ['deleted-model', 'deprecation'], refused: true },
  {
    name: 'cloud/not-preview: a preview model added',
    change: {},
    rules: ['cloud/not-preview'],
    refused: true,
    add: ['--kind', 'cloud', '--litellm-model', 'gemini/gemini-3-pro-preview', '--id', 'gemini-3-pro-preview', '--name', 'Gemini 3 Pro Preview'],
  },
  { name: 'clean: a cloud model as add writes it', change: {}, rules: [], refused: false, add: ['--kind', 'cloud', '--litellm-model', 'openai/gpt-5-mini-2025-08-07', '--id', 'gpt-5-mini', '--name', 'GPT-5 Mini'] },
  { name: 'cloud/pricing-present: no prices', change: { 'cloud/new-cloud.json': newCloud({ pricing: undefined }) }, rules: ['cloud/pricing-present'], refused: true },
  { name: 'cloud/established-provider: an unknown provider', change: { 'cloud/new-cloud.json': newCloud({ provider: 'acme', litellm_model_name: 'acme/model-1', requires_api_key: 'ACME_API_KEY' }) }, rules: ['cloud/established-provider', 'cloud/litellm-listed'], refused: true },
  { name: 'cloud/litellm-listed: a name LiteLLM does not list', change: { 'cloud/new-cloud.json': newCloud({ litellm_model_name: 'openai/gpt-5-mega' }) }, rules: ['cloud/litellm-listed'], refused: true },
  { name: 'local/gguf-on-hf: a projector file', change: { 'local/new-local.json': newLocal({ model_uri: 'huggingface://ggml-org/gemma-3-4b-it-GGUF/mmproj-model-f16.gguf', quantization: 'F16' }) }, rules: ['local/gguf-on-hf'], refused: true },
  { name: 'local/benchmarks-present: no benchmarks', change: { 'local/new-local.json': newLocal({ benchmarks: undefined }) }, rules: ['local/benchmarks-present'], refused: true },
  { name: 'local/licence: a licence the policy does not allow', change: { 'local/new-local.json': newLocal({ license: 'proprietary' }) }, rules: ['local/licence'], refused: true },
  { name: 'local/ram-range: 200 GB', change: { 'local/new-local.json': newLocal({ ram_required_gb: 200 }) }, rules: ['local/ram-range'], refused: true },
  {
    name: 'local/redundant-variant: another quantization of a model the store has',
    change: { 'local/qwen3-4b-q8.json': { ...qwen4b, id: 'qwen3-4b-q8', name: 'Qwen3 4B Q8', model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q8_0.gguf', hf_file: 'Qwen3-4B-Q8_0.gguf', quantization: 'Q8_0', size_bytes: 4280404704, ram_required_gb: 6, enabled: false } },
    rules: ['local/redundant-variant'],
    refused: true,
  },
  { name: 'sources-present: a warning, not a refusal', change: { 'cloud/new-cloud.json': newCloud({ sources: undefined }) }, rules: ['sources-present'], refused: false },
  {
    name: 'a policy change that would silence an error it brings along',
    change: { 'local/new-local.json': newLocal({ benchmarks: undefined }) },
    policy: { exceptions: [{ rule: 'local/benchmarks-present', id: 'new-local', reason: 'the maker publishes no scores' }] },
    rules: ['config-effect', 'local/benchmarks-present'],
    refused: true,
  },
  { name: 'a policy change alone: its effect shown, nothing refused', change: {}, policy: { deny: { providers: ['deepseek'], ids: [] } }, rules: ['config-effect'], refused: false },
]
