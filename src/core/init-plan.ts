/**
 * What `leger-curate init` writes into a new store repository, as text: the folders, the policy,
 * the curator's guide, the husky hooks and the workflows. Pure: the caller says what exists and
 * passes in the guide's text and the build the package records; nothing existing is replaced.
 */
import { applyEdits, modify as modifyJsonc, parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { POLICY_FILE } from './layout.js'
import { DEFAULT_POLICY } from './policy.js'
import { PINS, usesLine, type Pin } from './action-pins.js'

/** What the installed package records about itself (dist/build-info.json, written when packed). */
export interface BuildInfo {
  name: string
  version: string
  /** `v1.2.3`. */
  tag: string
  /** The full SHA of the commit the package was packed from: the Action's pin. */
  commit: string
  /** `owner/repo` of the Action. */
  action: string
  /** The pack had changes to what the Action runs: the pin may not match. */
  dirty?: boolean
}

export interface PlannedFile {
  path: string
  content: string
  /** Shown in the report: why this file. */
  what: string
}

export interface InitInputs {
  /** The curator's guide (model-store/README.md of the package). */
  guide: string
  /** undefined: the package records no build, so the workflows cannot be pinned and are left out. */
  build?: BuildInfo
}

export const STORE = 'model-store'
export const WORKFLOWS = '.github/workflows'
const SCHEMAS = 'node_modules/leger-curate/schemas'

/** The paths git and the hooks watch: a commit that stages none of them never starts node. */
const WATCHED = `${STORE}/cloud ${STORE}/local schemas curation.config.json`

export function initPlan(inputs: InitInputs): PlannedFile[] {
  const files: PlannedFile[] = [
    // git keeps no empty folder: the placeholders hold them until the first model lands.
    { path: `${STORE}/cloud/.gitkeep`, content: '', what: 'cloud API models, one <id>.json each' },
    { path: `${STORE}/local/.gitkeep`, content: '', what: 'local GGUF models, one <id>.json each' },
    { path: `${STORE}/README.md`, content: inputs.guide, what: "the curator's guide" },
    { path: POLICY_FILE, content: policyText(), what: 'the curation policy (the built-in values, to edit)' },
    { path: '.husky/pre-commit', content: PRE_COMMIT, what: 'hook: validate what each commit records' },
    { path: '.husky/commit-msg', content: COMMIT_MSG, what: "hook: the store's commit message convention" },
    { path: '.gitignore', content: 'node_modules/\nout/\n', what: 'ignore installed packages and render output' },
  ]
  if (inputs.build) {
    const action = actionPin(inputs.build)
    files.push(
      { path: `${WORKFLOWS}/leger-curate-check.yml`, content: checkWorkflow(action), what: 'pull request check (the released Action, pinned)' },
      { path: `${WORKFLOWS}/leger-curate-audit.yml`, content: auditWorkflow(action), what: 'monthly audit against upstream, as issues' },
      { path: `${WORKFLOWS}/leger-curate-release.yml`, content: releaseWorkflow(action), what: 'release bundle, by hand from the default branch' },
    )
  }
  return files
}

/** The released Action as a pin: the commit the package was built from, its tag in the comment. */
export function actionPin(build: BuildInfo): Pin {
  if (!/^[0-9a-f]{40}$/.test(build.commit)) throw new Error(`build info commit "${build.commit}" is not a full SHA`)
  return { action: build.action, sha: build.commit, version: build.tag }
}

/** The built-in policy written out, pointing at the installed package's schema for editors. */
export function policyText(): string {
  const { providers, licenses, thresholds, preview_patterns, allow, deny, severity, exceptions } = DEFAULT_POLICY
  const doc = { $schema: `./${SCHEMAS}/policy.schema.json`, providers, licenses, thresholds, preview_patterns, allow, deny, severity, exceptions }
  return JSON.stringify(doc, null, 2) + '\n'
}

/** package.json for a repository that has none: the toolkit as a dev dependency, husky's prepare. */
export function packageJsonText(name: string, build: { version: string } | undefined): string {
  const doc = {
    name,
    private: true,
    scripts: { prepare: 'husky', validate: 'leger-curate validate' },
    devDependencies: { 'leger-curate': build ? `^${build.version}` : '*' },
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

/** A package name from a folder name: lower case, npm's allowed characters. */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '')
  return name || 'model-store'
}

// husky runs these with `sh -e`, node_modules/.bin on PATH: `leger-curate` is the installed package.
const PRE_COMMIT = `# leger-curate: checks what this commit records (the git index) against the store's schemas and rules.
# \`git commit -n\` skips it; HUSKY=0 turns it off. A commit that stages nothing of the store ends here.
git diff --cached --quiet -- ${WATCHED} && exit 0
leger-curate validate --staged
`

const COMMIT_MSG = `# leger-curate: commits that change model files follow the store's convention (feat: add <Name> model, ...).
git diff --cached --quiet -- ${STORE}/cloud ${STORE}/local && exit 0
leger-curate commit-msg "$1"
`

const checkout = (extra: string[] = []) => [`      - uses: ${usesLine(PINS.checkout)}`, '        with:', ...extra, '          persist-credentials: false'].join('\n')

function checkWorkflow(action: Pin): string {
  return `# Checks the model files a pull request changes, with leger-curate's released Action.
# The Action is pinned by full commit SHA (its version in the comment), so the checker is the
# release, never code from the pull request. Plain pull_request: a fork's PR gets a read-only
# token and no secrets; the PR comment is then skipped, annotations and the summary remain.
name: leger-curate check

on:
  pull_request:
    paths:
      - ${STORE}/**
      - schemas/**
      - curation.config.json
      - data/**

permissions:
  contents: read
  pull-requests: write

concurrency:
  group: leger-curate-check-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
${checkout(['          # The whole history: the check diffs the PR base and head with git.', '          fetch-depth: 0'])}
      - id: check
        uses: ${usesLine(action)}
        with:
          mode: check
`
}

function auditWorkflow(action: Pin): string {
  return `# The monthly audit: the store against LiteLLM's price list and the HuggingFace Hub, as one
# issue per finding (opened, updated, closed as upstream changes).
name: leger-curate audit

on:
  schedule:
    - cron: '17 6 1 * *' # 06:17 UTC on the first of every month
  workflow_dispatch:
    inputs:
      dry-run:
        description: Plan the issue changes in the job summary without writing
        type: boolean
        default: false

permissions:
  contents: read
  issues: write

concurrency:
  group: leger-curate-audit
  cancel-in-progress: false

jobs:
  audit:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
${checkout()}
      - uses: ${usesLine(action)}
        with:
          mode: audit
          online: 'true'
          dry-run: \${{ inputs.dry-run && 'true' || 'false' }}
`
}

function releaseWorkflow(action: Pin): string {
  return `# Publishes the store's release bundle (index.json, rendered sample blueprints, SHA256SUMS).
# By hand only (Actions > leger-curate release > Run workflow), and only from the default branch.
name: leger-curate release

on:
  workflow_dispatch:

permissions:
  contents: write

concurrency:
  group: leger-curate-release
  cancel-in-progress: false

jobs:
  release:
    if: github.ref_name == github.event.repository.default_branch
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
${checkout()}
      - id: release
        uses: ${usesLine(action)}
        with:
          mode: release
      - name: Summary
        env:
          RELEASE_URL: \${{ steps.release.outputs.release-url }}
        run: echo "Published $RELEASE_URL" >> "$GITHUB_STEP_SUMMARY"
`
}

export interface PackageJsonEdit {
  /** The new text, or undefined when nothing is to change. */
  text?: string
  /** What was added, and what the user should do by hand. */
  added: string[]
  todo: string[]
}

/**
 * An existing package.json gets only what is missing: husky's prepare script (so `npm install`
 * installs the hooks). A prepare script of the user's own is left alone, with what to add to it;
 * the edit keeps the file's formatting (jsonc-parser edits, not a re-serialisation).
 */
export function addPrepareScript(text: string): PackageJsonEdit {
  const errors: ParseError[] = []
  const doc = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true }) as Record<string, unknown> | undefined
  if (errors.length || !doc || typeof doc !== 'object' || Array.isArray(doc))
    return { added: [], todo: ['package.json is not a JSON object: left alone; add "scripts": { "prepare": "husky" } to it by hand'] }
  const todo: string[] = []
  const deps = { ...(doc.dependencies as object | undefined), ...(doc.devDependencies as object | undefined) }
  if (!('leger-curate' in deps)) todo.push('npm install --save-dev leger-curate (package.json does not list it)')
  const scripts = doc.scripts as Record<string, unknown> | undefined
  const prepare = scripts && typeof scripts === 'object' ? scripts.prepare : undefined
  if (typeof prepare === 'string') {
    if (!/\bhusky\b/.test(prepare)) todo.push(`package.json has its own prepare script ("${prepare}"): left alone; add "husky" to it (e.g. "${prepare} && husky") so npm install installs the hooks`)
    return { added: [], todo }
  }
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  '
  const edits = modifyJsonc(text, ['scripts', 'prepare'], 'husky', { formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length } })
  return { text: applyEdits(text, edits), added: ['scripts.prepare = "husky" (npm install installs the hooks)'], todo }
}
