/** The CLI: one dispatcher, one error handler. Commands load lazily so `validate` (the hook) starts fast. */
import { asFault, CurateError } from '../core/errors.js'
import { clean, cleanLines } from '../report/text.js'
import type { Io } from './io.js'

export interface Command {
  run(argv: string[], io: Io): Promise<number>
}

interface Entry {
  summary: string
  load: () => Promise<Command>
}

const COMMANDS: Record<string, Entry> = {
  init: { summary: 'scaffold a store repository: folders, policy, guide, hooks, pinned workflows', load: () => import('./commands/init.js') },
  validate: { summary: 'check model files against the schemas and rules', load: () => import('./commands/validate.js') },
  add: { summary: 'scaffold a new model file (interactive, or --yes with flags)', load: () => import('./commands/add.js') },
  deprecate: { summary: 'mark a model deprecated in favour of another', load: () => import('./commands/deprecate.js') },
  'refresh-upstream': { summary: "update the shipped snapshot of LiteLLM's price list", load: () => import('./commands/refresh-upstream.js') },
  check: { summary: 'check a blueprint against the store: ids, deprecations, overrides, --ram fit', load: () => import('./commands/check.js') },
  render: { summary: 'turn a blueprint into LiteLLM, llama-swap and Quadlet configs', load: () => import('./commands/render.js') },
  release: { summary: 'build the release bundle: index.json, sample blueprints, checksums', load: () => import('./commands/release.js') },
  audit: { summary: 'check the store against LiteLLM and HuggingFace: drift, sunsets, candidates', load: () => import('./commands/audit.js') },
  list: { summary: 'list the models, filtered by kind, provider, group, capability or status', load: () => import('./commands/list.js') },
  show: { summary: 'show a model, its replacement chain and the blueprints that use it', load: () => import('./commands/show.js') },
  select: { summary: 'pick the first allowed model with the capabilities asked for (exit 1: no match)', load: () => import('./commands/select.js') },
  'commit-msg': { summary: "check a commit message against the store's convention (the hook)", load: () => import('./commands/commit-msg.js') },
}

export const USAGE = `Usage: leger-curate <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, e]) => `  ${name.padEnd(18)}${e.summary}`)
  .join('\n')}

Run leger-curate <command> --help for a command's options.
`

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    // The installed package's own version (and the commit it was packed from, when it records one).
    const [{ readFileSync }, { join }, { packageRoot }, { readBuildInfo }] = await Promise.all([import('node:fs'), import('node:path'), import('../io/paths.js'), import('../io/build-info.js')])
    const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
    const build = readBuildInfo()
    io.out(`leger-curate ${version}${build ? ` (${build.commit.slice(0, 12)}${build.dirty ? ', dirty' : ''})` : ''}\n`)
    return 0
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!entry) {
    io.err(`leger-curate: unknown command "${clean(name)}"\n\n${USAGE}`)
    return 2
  }
  try {
    return await (await entry.load()).run(rest, io)
  } catch (err) {
    return report(err, io)
  }
}

/** The one place errors become output: expected ones plainly, bugs with a pointer to report them. */
export function report(err: unknown, io: Io): number {
  // A file-system fault (read-only, full disk, permissions) is the user's to fix, not a bug.
  err = asFault(err) ?? err
  if (err instanceof CurateError) {
    if (err.exitCode === 130) {
      io.err('cancelled\n')
      return 130
    }
    io.err(`leger-curate: ${clean(err.message)}\n`)
    if (err.hint) io.err(`${cleanLines(err.hint)}\n`)
    return err.exitCode
  }
  if (err instanceof Error && err.name === 'ExitPromptError') {
    io.err('cancelled\n')
    return 130
  }
  const message = err instanceof Error ? err.message : String(err)
  io.err(`leger-curate: internal error: ${clean(message)}\nThis is a bug in leger-curate; please report it with the command you ran.\n`)
  if (io.env.LEGER_DEBUG && err instanceof Error && err.stack) io.err(`${err.stack}\n`)
  return 2
}
