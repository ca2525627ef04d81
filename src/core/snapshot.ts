/**
 * A tree to judge, as a reader found it: the working tree, the git index, or a pull
 * request's head. Every door hands one of these to the assembler (src/io/assemble.ts); two
 * doors that read the same tree hold equal snapshots, so they reach the same verdict.
 */
import type { ChangeSet } from './changes.js'
import type { StoreLayout } from './layout.js'
import type { SchemaDocs } from './schema.js'
import type { Finding, ModelFile } from './types.js'

/** A policy file as read: its path as findings show it, and its text. */
export interface PolicyText {
  path: string
  text: string
}

export interface Snapshot {
  /** What was read, for messages: "the working tree", "the git index", "the pull request". */
  source: string
  /** Where the store, schemas and policy sit, relative to the folder findings are relative to. */
  layout: StoreLayout
  files: ModelFile[]
  /** Model files the reader would not read (too large, a link): findings, counted as files. */
  refused: Finding[]
  /** The schemas in force, by file name (policy.schema.json always among them). */
  schemaDocs: SchemaDocs
  /** The curation policy; undefined: the built-in defaults. */
  policy?: PolicyText
  /** The folder holding the LiteLLM snapshot: the repository's data/ when it has one, else the toolkit's. */
  dataDir: string
  /** Where the answers of earlier lookups in that snapshot are kept (the hook's .git/leger-curate/). */
  lookups?: string
  /** What the change adds, modifies and deletes; undefined when no change is known. */
  changes?: ChangeSet
  /**
   * The policy and schemas of the change's base, when the change touches them: model files are
   * judged under these, so a pull request cannot loosen its own check.
   */
  base?: BaseConfig
}

export interface BaseConfig {
  /** The base commit, for messages. */
  ref: string
  schemaDocs: SchemaDocs
  policy?: PolicyText
  /** The base's config could not be read (shallow checkout): the change is refused, not judged under itself. */
  missing?: string
}
