/**
 * The Action's door: read the runner's inputs and environment, pick the mode, report through
 * the runner's protocol (runner.ts). Modes are a table: a mode is one entry here and one module beside check.ts
 * (audit and release load lazily: a check never pays for their code).
 */
import { readFileSync } from 'node:fs'
import { asFault, CurateError } from '../core/errors.js'
import type { GitHubClient } from '../io/github.js'
import { isSha } from '../io/git.js'
import { readCheckInputs, runCheck } from './check.js'
import type { Inputs, ModeContext, Reporter, RunEnv } from './context.js'
import * as runner from './runner.js'

type Mode = (ctx: ModeContext) => Promise<void>

export const MODES: Record<string, Mode> = {
  check: async (ctx) => {
    await runCheck(readCheckInputs(ctx.inputs), ctx.env, ctx.reporter, { github: ctx.github })
  },
  audit: async (ctx) => (await import('./audit.js')).auditMode(ctx),
  release: async (ctx) => {
    const client = await ctx.github?.()
    if (!client || !ctx.env.repo)
      throw new CurateError('mode release needs github-token and GITHUB_REPOSITORY', { hint: 'Run it inside a workflow with permissions: contents: write.' })
    const { runRelease } = await import('./release.js')
    const schemas = ctx.inputs('schemas-path')
    await runRelease(
      { workspace: ctx.env.workspace, store: ctx.inputs('store-path') || undefined, schemas: schemas && schemas !== 'schemas' ? schemas : undefined, owner: ctx.env.repo.owner, repo: ctx.env.repo.repo, sha: ctx.env.sha },
      client,
      ctx.reporter,
    )
  },
}

export async function run(): Promise<void> {
  try {
    const inputs: Inputs = (name) => runner.getInput(name)
    const token = inputs('github-token')
    // The API client (Octokit and its plugins) loads on first use: a check that posts no comment never pays for it.
    let client: Promise<GitHubClient> | undefined
    const github = () => (client ??= import('../io/github-client.js').then((m) => m.createGitHubClient(token, { log: (msg) => runnerReporter.info(msg) })))
    await runMode({ inputs, env: readRunEnv(process.env), reporter: runnerReporter, github: token ? github : undefined })
  } catch (err) {
    fail(err)
  }
}

export async function runMode(ctx: ModeContext): Promise<void> {
  const mode = ctx.inputs('mode').trim() || 'check'
  const handler = Object.hasOwn(MODES, mode) ? MODES[mode] : undefined
  if (!handler) throw new CurateError(`unknown mode "${mode}"`, { hint: `Set mode to one of: ${Object.keys(MODES).join(', ')}.` })
  await handler(ctx)
}

/** Expected failures fail the step with their message and hint; bugs say so, with the stack in the debug log. */
function fail(err: unknown): void {
  err = asFault(err) ?? err
  if (err instanceof CurateError) {
    runner.setFailed(err.hint ? `${err.message}\n${err.hint}` : err.message)
    return
  }
  const message = err instanceof Error ? err.message : String(err)
  if (err instanceof Error && err.stack) runner.issue('debug', err.stack)
  runner.setFailed(`leger-curate: internal error: ${message}\nThis is a bug in leger-curate; please report it with the workflow run's log.`)
}

export function readRunEnv(env: NodeJS.ProcessEnv): RunEnv {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    repo: owner && repo ? { owner, repo } : undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    sha: isSha(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined,
    serverUrl: server.replace(/\/+$/, ''),
    runUrl: env.GITHUB_REPOSITORY && /^[0-9]+$/.test(env.GITHUB_RUN_ID ?? '') ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  }
}

function readPayload(file: string | undefined): unknown {
  if (!file) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new CurateError(`cannot read the event payload ${file}: ${(err as Error).message}`)
  }
}

/** The real reporter: workflow commands, the step summary file and the outputs file. */
export const runnerReporter: Reporter = {
  annotate(f) {
    const text = f.hint ? `${f.message}\n${f.hint}` : f.message
    runner.issue(f.severity, text, { title: f.rule, file: f.file, line: f.line, col: f.line ? f.column : undefined })
  },
  // Log lines are written raw: a line break from a hostile file name could start a forged workflow command.
  info: (m) => runner.info(m.replace(/[\r\n\u2028\u2029]+/g, ' ')),
  notice: (m) => runner.issue('notice', m),
  warning: (m) => runner.issue('warning', m),
  async summary(markdown) {
    runner.appendSummary(markdown)
  },
  setOutput: (name, value) => runner.setOutput(name, value),
  setFailed: (m) => runner.setFailed(m),
}
