/** What a command may touch of the process: passed in, so commands run in tests as in a shell. */
export interface Io {
  cwd: string
  env: NodeJS.ProcessEnv
  out(text: string): void
  err(text: string): void
  /** Whether stdout is a terminal (colour, interactivity). */
  isTTY: boolean
  /** Whether stdin is a terminal (prompts). */
  stdinTTY: boolean
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    stdinTTY: Boolean(process.stdin.isTTY),
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: Io): boolean {
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
}
