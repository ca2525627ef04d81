/** Temporary git repositories shaped like a store repo, with a base commit and a PR head. */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, cloudModel, localModel, tempDir } from '../helpers.js'

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...cleanEnv(), GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' },
  }).trim()
}

/** process.env without the runner's and git's own variables: tests must not see the CI job that runs them. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|GIT_)/.test(k)) env[k] = v
  return env
}

export const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n'

/** A repo on branch main with schemas/ and the given model files (relative to model-store/), committed. */
export function initRepo(files: Record<string, unknown>, options: { schemas?: boolean } = {}): { dir: string; base: string } {
  const dir = tempDir('leger-action-')
  git(dir, 'init', '-q', '-b', 'main')
  if (options.schemas !== false) cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true })
  writeFiles(dir, files)
  // This store's own policy: its test models route to names LiteLLM does not list.
  writeFileSync(path.join(dir, 'curation.config.json'), pretty({ severity: { 'cloud/litellm-listed': 'off', 'cloud/facts-match-upstream': 'off' } }))
  writeFileSync(path.join(dir, 'README.md'), 'a store\n')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  return { dir, base: git(dir, 'rev-parse', 'HEAD') }
}

/** Writes (value or raw text) or deletes (null) files under model-store/. */
export function writeFiles(dir: string, files: Record<string, unknown>): void {
  for (const kind of ['cloud', 'local']) mkdirSync(path.join(dir, 'model-store', kind), { recursive: true })
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, 'model-store', rel)
    if (content === null) {
      rmSync(full)
      continue
    }
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, typeof content === 'string' ? content : pretty(content))
  }
}

/** Commits a change on a `pr` branch; returns the head SHA (the checkout stays on it, as actions/checkout leaves it). */
export function commitPr(dir: string, files: Record<string, unknown>, message = 'change'): string {
  if (git(dir, 'branch', '--show-current') !== 'pr') git(dir, 'checkout', '-q', '-b', 'pr')
  writeFiles(dir, files)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

export const goodStore = () => ({
  'cloud/test-cloud.json': cloudModel(),
  'local/test-local.json': localModel(),
})

/** A pull_request event payload as the runner writes it (the fields the Action reads, and a few around them). */
export function prPayload(opts: { number?: number; base: string; head: string; owner?: string; repo?: string; fork?: boolean }) {
  const owner = opts.owner ?? 'leger-labs'
  const repo = opts.repo ?? 'leger-curate'
  const number = opts.number ?? 7
  const repository = { id: 1, name: repo, full_name: `${owner}/${repo}`, private: false, owner: { login: owner, type: 'Organization' } }
  const headRepo = opts.fork ? { ...repository, id: 2, full_name: `stranger/${repo}`, owner: { login: 'stranger', type: 'User' }, fork: true } : repository
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add a model',
      user: { login: opts.fork ? 'stranger' : 'octocat', type: 'User' },
      base: { ref: 'main', sha: opts.base, repo: repository },
      head: { ref: 'pr', sha: opts.head, repo: headRepo },
    },
    repository,
    sender: { login: opts.fork ? 'stranger' : 'octocat', type: 'User' },
  }
}
