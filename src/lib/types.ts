/**
 * The library's public types: small, and the library's own. They mirror the toolkit's internal
 * shapes field for field where they overlap, so the implementation assigns one to the other and
 * the compiler catches any drift; nothing internal (Store, Schemas, rules) is exported.
 */

export type Kind = 'cloud' | 'local'
export type Severity = 'error' | 'warning' | 'notice'

/** One model of the store, as the catalog shows it. */
export interface Model {
  id: string
  kind: Kind
  /** The display name. */
  name: string
  /** The cloud provider (`openai`), or `local` for local models. */
  provider: string
  /** Local models: the HuggingFace organisation of the GGUF file. */
  org?: string
  /** Local models: the llama-swap group; cloud models: the price tier, when the file has one. */
  group?: string
  capabilities: string[]
  aliases: string[]
  enabled: boolean
  deprecated: boolean
  replacement?: string
  /** The model file, relative to the store's repository. */
  file: string
  /** Every field of the model file, as written. */
  data: Readonly<Record<string, unknown>>
}

export interface OpenStoreOptions {
  /** The repository folder (default: the current folder): paths in findings are relative to it. */
  dir?: string
  /** The folder holding cloud/ and local/, relative to dir (default: model-store). */
  store?: string
  /** The schemas folder (default: dir/schemas when present, else the ones shipped with leger-curate). */
  schemas?: string
  /** The curation policy file (default: dir/curation.config.json when present, else the built-in policy). */
  policy?: string
}

/** An opened store: a snapshot of its models, read once. Open it again to see later changes. */
export interface ModelStore {
  readonly dir: string
  readonly storeDir: string
  readonly models: readonly Model[]
}

export interface ListFilter {
  kind?: Kind
  /** A cloud provider, `local`, or a local model's HuggingFace organisation (case-insensitive). */
  provider?: string
  group?: string
  /** Every capability listed must be present. */
  capability?: string[]
  enabled?: boolean
  deprecated?: boolean
}

export interface SelectOptions {
  /** Capabilities the model must have, all of them. */
  require?: string[]
  /** Capabilities the model must not have, any of them. */
  forbid?: string[]
  /** Providers to try first, in this order; the others follow in store order. */
  prefer?: string[]
  kind?: Kind
  /** This provider only. */
  provider?: string
}

/** `provider:model`, parsed; provider is absent for a bare id. */
export interface Spec {
  provider?: string
  id: string
}

export type SpecResult = { ok: true; spec: Spec } | { ok: false; problem: string }
export type Resolution = { ok: true; model: Model } | { ok: false; problem: string; hint?: string }

/** What every check returns, whichever door runs it. */
export interface Finding {
  /** Stable id, e.g. "schema", "duplicate-id", "cloud/litellm-listed". */
  rule: string
  severity: Severity
  file: string
  line?: number
  column?: number
  message: string
  hint?: string
}

export interface Summary {
  files: number
  errors: number
  warnings: number
  notices: number
}

export interface CheckOptions {
  /** Treat warnings as errors. */
  strict?: boolean
  /** Also ask upstream (HuggingFace Hub, LiteLLM's live list): network. */
  online?: boolean
  /** Repo-relative model files to report on (cross-file rules still see the whole store). */
  only?: string[]
}

export interface CheckResult {
  /** No errors (warnings allowed, unless strict). */
  ok: boolean
  findings: Finding[]
  summary: Summary
}

export interface BlueprintCloudModel {
  id: string
  name: string
  provider: string
  litellm_model_name: string
  context_window: number
  max_tokens?: number
  requires_api_key: string
  capabilities: string[]
  deprecated: boolean
  replacement?: string
  file: string
}

export interface BlueprintLocalModel {
  id: string
  name: string
  hf_repo: string
  hf_file: string
  quantization: string
  context_window: number
  ctx_size?: number
  group: string
  embedding: boolean
  capabilities: string[]
  deprecated: boolean
  replacement?: string
  file: string
}

export interface RequiredSecret {
  /** The podman secret name. */
  name: string
  /** The environment variable the container sees. */
  env: string
  /** The podman command that creates it from the operator's environment. */
  create: string
}

/** A blueprint with every model's facts filled in from the store: what templates render. */
export interface ResolvedBlueprint {
  name: string
  cloud: BlueprintCloudModel[]
  local: BlueprintLocalModel[]
  secrets: RequiredSecret[]
  /** e.g. "You're using 1 deprecated model: gpt-4o -> gpt-5". */
  warnings: string[]
}

/** A blueprint to resolve: its JSON text (path names it in findings), or the object itself. */
export type BlueprintInput = { path?: string; text: string } | { name?: string; models: { cloud?: unknown[]; local?: unknown[] } }

export interface BlueprintResult {
  /** Absent when any finding is an error. */
  blueprint?: ResolvedBlueprint
  findings: Finding[]
}

export interface RenderOptions {
  /** A folder holding litellm/, llama-swap/ and quadlet/ templates (default: the ones shipped). */
  templates?: string
}

export interface RenderedFile {
  /** Relative to the output folder, forward slashes, e.g. `litellm/litellm.yaml`. */
  path: string
  content: string
}
