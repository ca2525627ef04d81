/**
 * One verdict: every door, run as a process the way its users run it, judges each tree of the
 * corpus alike. The doors: `validate --base` (the working tree as a change), `validate --staged`
 * (what the hook runs), a real `git commit` through the installed hooks, the Action started as
 * the runner starts it on the pull request, `add --yes` where the change is one new file, and
 * `release` (which judges the whole tree, as `validate` does without a focus).
 */
import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, copyRepo, git, gitOk, head, makeHookedRepo, writeModel } from '../git-helpers.js'
import { ROOT, tempDir } from '../helpers.js'
import { prPayload } from '../action/repo.js'
import { baseStore, CORPUS, type Tree } from './corpus.js'

const ACTION = path.join(ROOT, 'dist/action/index.js')
/** The base repository: the fixture store under the default policy, committed, the pre-commit hook installed. */
function template(): string {
  const dir = makeHookedRepo(baseStore())
  // The convention check of commit messages is not a verdict on the tree: leave it out here.
  rmSync(path.join(dir, '.husky/commit-msg'))
  gitOk(dir, ['commit', '-qam', 'chore: no commit-msg hook', '--no-verify'])
  return dir
}
const TEMPLATE = template()

/** A finding as every door can print it: where, how bad, which rule. */
type Key = string
const key = (f: { file: string; line?: number; column?: number; severity: string; rule: string }): Key => `${f.file}:${f.line ?? 1}:${f.column ?? 1} ${f.severity} ${f.rule}`

function fromJson(stdout: string): Key[] {
  return (JSON.parse(stdout) as { findings: Parameters<typeof key>[0][] }).findings.map(key).sort()
}

/** `path:line:col severity rule message` lines of the text report. */
function fromText(out: string): Key[] {
  const lines = out.split('\n').map((l) => /^(\S+):(\d+):(\d+) (error|warning|notice) (\S+) /.exec(l))
  return lines.flatMap((m) => (m ? [`${m[1]}:${m[2]}:${m[3]} ${m[4]} ${m[5]}`] : [])).sort()
}

/** Workflow commands with a file: `::error file=…,line=…,col=…,title=rule::message`. */
function fromAnnotations(stdout: string): Key[] {
  const out: Key[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice) ([^:]*)::/.exec(line)
    if (!m) continue
    const props = Object.fromEntries(m[2].split(',').map((p) => p.split('=') as [string, string]))
    if (props.file) out.push(`${props.file}:${props.line ?? 1}:${props.col ?? 1} ${m[1]} ${props.title}`)
  }
  return out.sort()
}

/** The Action's check mode on the pull request base...head, as the runner starts it. */
function runAction(workspace: string, base: string, headSha: string): Promise<{ code: number; stdout: string }> {
  const tmp = tempDir('leger-runner-')
  const event = path.join(tmp, 'event.json')
  writeFileSync(event, JSON.stringify(prPayload({ base, head: headSha })))
  writeFileSync(path.join(tmp, 'summary.md'), '')
  writeFileSync(path.join(tmp, 'output'), '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'leger-labs/leger-curate',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_SHA: headSha,
    'INPUT_MODE': 'check',
    'INPUT_STORE-PATH': 'model-store',
    'INPUT_SCHEMAS-PATH': 'schemas',
    'INPUT_GITHUB-TOKEN': '',
    'INPUT_COMMENT': 'true',
    'INPUT_FAIL-ON': 'error',
    'INPUT_ONLINE': 'false',
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8' }, (err, stdout) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout }))
  })
}

/** add, in a copy of the base: its exit code, the file it wrote (or showed), and the errors it printed. */
function runAdd(tree: Tree): { code: number | null; file?: [string, string]; errors: string[] } {
  const repo = copyRepo(TEMPLATE)
  const r = cli(repo, ['add', '--yes', ...tree.add!])
  const shown = /\n(model-store\/(cloud|local)\/[^\n]+\.json):\n([\s\S]*?\n})\n/.exec(`\n${r.stdout}`)
  // Errors as `path:line:col error rule message` lines, or the refusal of one answer ("--flag: message").
  const output = r.stdout + r.stderr
  const errors = [...output.matchAll(/ error (\S+) ([^\n]+)/g)].map((m) => `${m[1]} ${m[2]}`)
  for (const m of output.matchAll(/^leger-curate: --[a-z-]+: ([^\n]+)$/gm)) errors.push(m[1])
  return { code: r.code, file: shown ? [shown[1].slice('model-store/'.length), `${shown[3]}\n`] : undefined, errors }
}

describe('one verdict across the doors', () => {
  it('has a corpus of at least 20 trees', () => expect(CORPUS.length).toBeGreaterThanOrEqual(20))

  for (const tree of CORPUS)
    it(tree.name, async () => {
      const repo = copyRepo(TEMPLATE)
      const base = head(repo)
      const added = tree.add ? runAdd(tree) : undefined
      const change = Object.keys(tree.change).length || !added?.file ? tree.change : { [added.file[0]]: added.file[1] }
      for (const [rel, content] of Object.entries(change)) {
        if (content === null) rmSync(path.join(repo, 'model-store', rel))
        else writeModel(repo, rel, content)
      }
      if (tree.policy) writeFileSync(path.join(repo, 'curation.config.json'), JSON.stringify(tree.policy, null, 2) + '\n')

      // validate --base: the working tree as a change from the base commit.
      const validated = cli(repo, ['validate', '--base', base, '--format', 'json'])
      const verdict = fromJson(validated.stdout)
      const messages = (JSON.parse(validated.stdout) as { findings: { rule: string; severity: string; message: string }[] }).findings.filter((f) => f.severity === 'error')
      const refused = verdict.some((k) => k.includes(' error '))
      expect(validated.code, validated.stderr).toBe(refused ? 1 : 0)
      expect(refused).toBe(tree.refused)
      expect([...new Set(verdict.map((k) => k.split(' ')[2]))].sort()).toEqual([...tree.rules].sort())

      // The hook's door, then a real commit through the installed hook.
      gitOk(repo, ['add', '-A'])
      const staged = cli(repo, ['validate', '--staged', '--format', 'json'])
      expect(fromJson(staged.stdout), staged.stderr).toEqual(verdict)
      expect(staged.code).toBe(validated.code)
      const committed = git(repo, ['commit', '-m', 'change'])
      expect(committed.code === 0, committed.stdout + committed.stderr).toBe(!refused)
      expect(fromText(committed.stdout + committed.stderr)).toEqual(verdict)
      if (committed.code !== 0) gitOk(repo, ['commit', '-qm', 'change', '--no-verify'])

      // The Action on the pull request base...head.
      const action = await runAction(repo, base, head(repo))
      expect(fromAnnotations(action.stdout), action.stdout).toEqual(verdict)
      expect(action.code).toBe(refused ? 1 : 0)

      // add: refused exactly when the verdict refuses, for the verdict's reasons.
      if (added) {
        expect(added.code, added.errors.join('\n')).toBe(refused ? 1 : 0)
        for (const e of added.errors) expect(messages.some((m) => e === `${m.rule} ${m.message}` || e.startsWith(m.message)), e).toBe(true)
        if (refused) expect(added.errors.length).toBeGreaterThan(0)
      }

      // release judges the whole tree under the policy it holds, as validate does with no focus.
      const whole = cli(repo, ['validate', '--format', 'json'])
      const out = tempDir('leger-out-')
      const released = cli(repo, ['release', '--out', path.join(out, 'release')])
      expect(released.code, released.stderr).toBe(whole.code)
      expect(fromText(released.stdout)).toEqual(fromJson(whole.stdout))
    })
})
