/**
 * The runner's protocol, as the Action speaks it: inputs from INPUT_* variables, workflow
 * commands on standard output, outputs and the job summary appended to the files the runner
 * names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). The formats are those @actions/core writes.
 *
 * Written here rather than loaded from @actions/core: @actions/core 3 imports its OIDC HTTP
 * client (@actions/http-client, undici) and @actions/exec when it loads, 1 MB bundled and about
 * 130 ms of start-up on a 2-core machine, more than twice the check's whole budget (issue 15).
 * The Action needs none of that: what it needs is this page.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { CurateError } from '../core/errors.js'
import { workflowCommand } from '../report/workflow-commands.js'

export interface AnnotationProperties {
  title?: string
  file?: string
  line?: number
  col?: number
}

/** An input by its action.yml name, trimmed ('' when unset), as core.getInput reads it. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** A workflow command (`::error file=…,line=…::message`), escaped so a message cannot end it early or forge another. */
export function issue(command: 'error' | 'warning' | 'notice' | 'debug', message: string, props: AnnotationProperties = {}): void {
  process.stdout.write(workflowCommand(command, { ...props }, message))
}

/** A line of the log, as is. */
export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** Fails the step: exit code 1 and an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  issue('error', message)
}

/**
 * A step output, appended to GITHUB_OUTPUT in the multi-line form `name<<DELIMITER`, with a
 * random delimiter the value is checked not to hold (so a value cannot set another output).
 */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT
  if (!file) return info(`output ${name}: ${value.replace(/[\r\n]+/g, ' ')}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter) || /[\r\n]/.test(name)) throw new CurateError(`output ${JSON.stringify(name)} cannot be written safely`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); outside a runner it goes to the log. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return info(markdown)
  appendFileSync(file, markdown + EOL, 'utf8')
}
