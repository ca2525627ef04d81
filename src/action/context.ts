/** What every Action mode is given: its inputs, the run's environment, and where to report. */
import { CurateError } from '../core/errors.js'
import type { Finding } from '../core/types.js'
import type { GitHubClient } from '../io/github.js'
import type { Repo } from '../io/pr-comment.js'

/** An input by its action.yml name ('' when unset, trimmed). */
export type Inputs = (name: string) => string

/** The workflow run, as the runner describes it in GITHUB_* variables and the event payload. */
export interface RunEnv {
  eventName: string
  /** The parsed event payload (GITHUB_EVENT_PATH); undefined when there is none. */
  payload: unknown
  repo?: Repo
  /** GITHUB_WORKSPACE: paths in findings are relative to it. */
  workspace: string
  sha?: string
  runUrl?: string
  /** GITHUB_SERVER_URL (https://github.com, or a GHES host), for links to files. */
  serverUrl?: string
}

/** Where a mode's results go: the runner's protocol in the Action, a recorder in tests. */
export interface Reporter {
  /** An annotation on the finding's file and line. */
  annotate(finding: Finding): void
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  /** Appends Markdown to the job summary. */
  summary(markdown: string): Promise<void>
  setOutput(name: string, value: string): void
  setFailed(message: string): void
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function readBoolean(inputs: Inputs, name: string, fallback: boolean): boolean {
  const v = inputs(name).trim()
  if (v === '') return fallback
  if (TRUE.includes(v)) return true
  if (FALSE.includes(v)) return false
  throw new CurateError(`input ${name} must be true or false, got "${v}"`, { hint: `Set \`${name}: true\` or \`${name}: false\` in the workflow's with: block.` })
}

export function readChoice<T extends string>(inputs: Inputs, name: string, choices: readonly T[], fallback: T): T {
  const v = inputs(name).trim()
  if (v === '') return fallback
  if ((choices as readonly string[]).includes(v)) return v as T
  throw new CurateError(`input ${name} must be one of ${choices.join(', ')}, got "${v}"`, { hint: `Set \`${name}: ${fallback}\` (the default) or another of: ${choices.join(', ')}.` })
}

/** What every mode is given: its inputs, the run, where to report, and the API client. */
export interface ModeContext {
  inputs: Inputs
  env: RunEnv
  reporter: Reporter
  /** The API client on the github-token input, loaded on first use; undefined when the token is empty. */
  github?: () => Promise<GitHubClient>
}
