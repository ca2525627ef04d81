/**
 * What the bench scripts share: the children's environment, a timed child process (wall time
 * and peak memory), alternating runs, medians, and the goal verdicts the reports print.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Node 20 parses the NODE_EXTRA_CA_CERTS bundle at every start (~90 ms on a machine that sets it):
 * a cost of that machine, not of the code measured, so no child gets it (the hooks unset it too).
 */
export const EXTRA_CA_CERTS_SET = process.env.NODE_EXTRA_CA_CERTS !== undefined

/** The caller's environment without NODE_EXTRA_CA_CERTS, plus `extra`. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra }
  delete env.NODE_EXTRA_CA_CERTS
  return env
}

/** One line on the machine, for the head of a report: figures mean little without it (nor without the load other jobs put on it). */
export function machine(): string {
  const ca = EXTRA_CA_CERTS_SET ? 'set here, removed from every child' : 'not set'
  return `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load ${os.loadavg()[0].toFixed(2)}, Node ${process.version}, NODE_EXTRA_CA_CERTS ${ca}`
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Milliseconds since `t0` (process.hrtime.bigint()). */
export function msSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6
}

export interface Run {
  ms: number
  /** Peak resident set size of the process, in KiB. */
  peakKiB: number
}

export interface Command {
  cmd: string
  args: string[]
  cwd: string
  /** Default: childEnv(). */
  env?: NodeJS.ProcessEnv
  /** The exit code the run must end with (default 0): anything else is a broken bench, not a figure. */
  code?: number
}

let scratch: string | undefined

/**
 * Runs a command to completion under GNU time (`/usr/bin/time -f %M`: the peak RSS in KiB, written
 * to a file so that the child's stderr needs no pipe). stdout and stderr go to /dev/null: a large
 * report is drained as it is written, never held in the bench's memory. The wall time includes
 * time's own fork and exec (about a millisecond), alike for every command.
 */
export function timed(c: Command): Run {
  if (!scratch) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leger-bench-time-'))
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
    scratch = dir
  }
  const out = path.join(scratch, 'peak')
  const env = c.env ?? childEnv()
  const t0 = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%M', c.cmd, ...c.args], { cwd: c.cwd, env, stdio: 'ignore' })
  const ms = msSince(t0)
  if (r.status !== (c.code ?? 0)) {
    // Once more with stderr kept, to say why.
    const again = spawnSync(c.cmd, c.args, { cwd: c.cwd, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20 })
    throw new Error(`${c.cmd} ${c.args.join(' ')} (in ${c.cwd}) exited ${r.status ?? r.signal ?? r.error}, expected ${c.code ?? 0}:\n${String(again.stderr ?? '').slice(-2000)}`)
  }
  // GNU time writes "Command exited with non-zero status N" first when the command fails.
  const peakKiB = Number(readFileSync(out, 'utf8').trim().split('\n').pop())
  return { ms, peakKiB }
}

/**
 * One warm-up run of each (the file cache, the compile cache), then `runs` rounds of all of them
 * in turn, so that drift in the machine's load hits each alike.
 */
export function alternate<K extends string>(runs: number, steps: Record<K, () => Run>): Record<K, Run[]> {
  const names = Object.keys(steps) as K[]
  const out = Object.fromEntries(names.map((k) => [k, [] as Run[]])) as Record<K, Run[]>
  for (const k of names) steps[k]()
  for (let i = 0; i < runs; i++) for (const k of names) out[k].push(steps[k]())
  return out
}

/** Median wall time and the highest peak memory of a set of runs. */
export function summary(runs: Run[]): { ms: number; peakKiB: number } {
  return { ms: median(runs.map((r) => r.ms)), peakKiB: Math.max(...runs.map((r) => r.peakKiB)) }
}

const verdicts: boolean[] = []

/** `0.62 (goal <= 0.5: not met)`: the figure, its goal, and at once whether it is met. */
export function goal(value: number, limit: number, format: (x: number) => string = (x) => x.toFixed(2)): string {
  const met = value <= limit
  verdicts.push(met)
  return `${format(value)} (goal <= ${format(limit)}: ${met ? 'met' : 'not met'})`
}

/** How many of the goals printed so far are met. */
export function goalsMet(): { met: number; of: number } {
  return { met: verdicts.filter(Boolean).length, of: verdicts.length }
}
