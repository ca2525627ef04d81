/** The vocabulary every module shares (see ARCHITECTURE.md). */

export type Kind = 'cloud' | 'local'
export const KINDS: readonly Kind[] = ['cloud', 'local']

export type Severity = 'error' | 'warning' | 'notice'

/** One model file as read: text kept, so every finding can point at a line. */
export interface ModelFile {
  kind: Kind
  /** Repo-relative path with forward slashes, e.g. `model-store/cloud/gpt-5.json`. */
  path: string
  text: string
  /**
   * The file's context facts (core/store.ts CONTEXT_FIELDS), parsed by the reader, for a file
   * outside the change: the Store uses them instead of parsing the text again. With text '',
   * the reader had only these (the hook's cache): such a file's findings are never reported.
   */
  context?: ModelData
}

/** What every check returns and every door renders. */
export interface Finding {
  /** Stable id, e.g. "schema", "duplicate-id", "cloud/litellm-listed". */
  rule: string
  severity: Severity
  /** Repo-relative path. */
  file: string
  /** 1-based; the exact field where possible. */
  line?: number
  column?: number
  /** What is wrong, in the user's terms. */
  message: string
  /** How to fix it. */
  hint?: string
}

/** A model object whose shape the schema has not necessarily accepted: rules read it defensively. */
export type ModelData = Record<string, unknown>

export interface Summary {
  files: number
  errors: number
  warnings: number
  notices: number
}
