export const id = 273;
export const ids = [273,336,893,721,102];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse),
/* harmony export */   y: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** Argument parsing on node:util parseArgs, with usage errors as CurateError (exit 2). */


function parse(argv, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(err.message.replace(/\. To specify a positional.*$/s, ''), { hint: usage, exitCode: 2 });
    }
}
function oneOf(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`, { exitCode: 2 });
}


/***/ }),

/***/ 273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
;// CONCATENATED MODULE: ./src/core/pins.ts
const PINS = {
    checkout: { action: 'actions/checkout', sha: 'd23441a48e516b6c34aea4fa41551a30e30af803', version: 'v6.1.0' },
    setupNode: { action: 'actions/setup-node', sha: '249970729cb0ef3589644e2896645e5dc5ba9c38', version: 'v6.5.0' },
    uploadArtifact: { action: 'actions/upload-artifact', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
};
/** `actions/checkout@<sha> # v6.1.0`: what follows `uses:`. */
function usesLine(pin) {
    return `${pin.action}@${pin.sha} # ${pin.version}`;
}

;// CONCATENATED MODULE: ./src/core/init-plan.ts
/**
 * What `leger-curate init` writes into a new store repository, as text: the folders, the policy,
 * the curator's guide, the husky hooks and the workflows. Pure: the caller says what exists and
 * passes in the guide's text and the build the package records; nothing existing is replaced.
 */



const STORE = 'model-store';
const WORKFLOWS = '.github/workflows';
const SCHEMAS = 'node_modules/leger-curate/schemas';
/** The paths git and the hooks watch: a commit that stages none of them never starts node. */
const WATCHED = `${STORE}/cloud ${STORE}/local schemas curation.config.json`;
function initPlan(inputs) {
    const files = [
        // git keeps no empty folder: the placeholders hold them until the first model lands.
        { path: `${STORE}/cloud/.gitkeep`, content: '', what: 'cloud API models, one <id>.json each' },
        { path: `${STORE}/local/.gitkeep`, content: '', what: 'local GGUF models, one <id>.json each' },
        { path: `${STORE}/README.md`, content: inputs.guide, what: "the curator's guide" },
        { path: policy/* POLICY_FILE */.CX, content: policyText(), what: 'the curation policy (the built-in values, to edit)' },
        { path: '.husky/pre-commit', content: PRE_COMMIT, what: 'hook: validate what each commit records' },
        { path: '.husky/commit-msg', content: COMMIT_MSG, what: "hook: the store's commit message convention" },
        { path: '.gitignore', content: 'node_modules/\nout/\n', what: 'ignore installed packages and render output' },
    ];
    if (inputs.build) {
        const action = actionPin(inputs.build);
        files.push({ path: `${WORKFLOWS}/leger-curate-check.yml`, content: checkWorkflow(action), what: 'pull request check (the released Action, pinned)' }, { path: `${WORKFLOWS}/leger-curate-audit.yml`, content: auditWorkflow(action), what: 'monthly audit against upstream, as issues' }, { path: `${WORKFLOWS}/leger-curate-release.yml`, content: releaseWorkflow(action), what: 'release bundle, by hand from the default branch' });
    }
    return files;
}
/** The released Action as a pin: the commit the package was built from, its tag in the comment. */
function actionPin(build) {
    if (!/^[0-9a-f]{40}$/.test(build.commit))
        throw new Error(`build info commit "${build.commit}" is not a full SHA`);
    return { action: build.action, sha: build.commit, version: build.tag };
}
/** The built-in policy written out, pointing at the installed package's schema for editors. */
function policyText() {
    const { providers, licenses, thresholds, preview_patterns, allow, deny, severity, exceptions } = policy.DEFAULT_POLICY;
    const doc = { $schema: `./${SCHEMAS}/policy.schema.json`, providers, licenses, thresholds, preview_patterns, allow, deny, severity, exceptions };
    return JSON.stringify(doc, null, 2) + '\n';
}
/** package.json for a repository that has none: the toolkit as a dev dependency, husky's prepare. */
function packageJsonText(name, build) {
    const doc = {
        name,
        private: true,
        scripts: { prepare: 'husky', validate: 'leger-curate validate' },
        devDependencies: { 'leger-curate': build ? `^${build.version}` : '*' },
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
/** A package name from a folder name: lower case, npm's allowed characters. */
function packageName(folder) {
    const name = folder
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[._-]+|[-]+$/g, '');
    return name || 'model-store';
}
// husky runs these with `sh -e`, node_modules/.bin on PATH: `leger-curate` is the installed package.
const PRE_COMMIT = `# leger-curate: checks what this commit records (the git index) against the store's schemas and rules.
# \`git commit -n\` skips it; HUSKY=0 turns it off. A commit that stages nothing of the store ends here.
git diff --cached --quiet -- ${WATCHED} && exit 0
leger-curate validate --staged
`;
const COMMIT_MSG = `# leger-curate: commits that change model files follow the store's convention (feat: add <Name> model, ...).
git diff --cached --quiet -- ${STORE}/cloud ${STORE}/local && exit 0
leger-curate commit-msg "$1"
`;
const checkout = (extra = []) => [`      - uses: ${usesLine(PINS.checkout)}`, '        with:', ...extra, '          persist-credentials: false'].join('\n');
function checkWorkflow(action) {
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
`;
}
function auditWorkflow(action) {
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
`;
}
function releaseWorkflow(action) {
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
`;
}
/**
 * An existing package.json gets only what is missing: husky's prepare script (so `npm install`
 * installs the hooks). A prepare script of the user's own is left alone, with what to add to it;
 * the edit keeps the file's formatting (jsonc-parser edits, not a re-serialisation).
 */
function addPrepareScript(text) {
    const errors = [];
    const doc = (0,main.parse)(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length || !doc || typeof doc !== 'object' || Array.isArray(doc))
        return { added: [], todo: ['package.json is not a JSON object: left alone; add "scripts": { "prepare": "husky" } to it by hand'] };
    const todo = [];
    const deps = { ...doc.dependencies, ...doc.devDependencies };
    if (!('leger-curate' in deps))
        todo.push('npm install --save-dev leger-curate (package.json does not list it)');
    const scripts = doc.scripts;
    const prepare = scripts && typeof scripts === 'object' ? scripts.prepare : undefined;
    if (typeof prepare === 'string') {
        if (!/\bhusky\b/.test(prepare))
            todo.push(`package.json has its own prepare script ("${prepare}"): left alone; add "husky" to it (e.g. "${prepare} && husky") so npm install installs the hooks`);
        return { added: [], todo };
    }
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const edits = (0,main.modify)(text, ['scripts', 'prepare'], 'husky', { formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length } });
    return { text: (0,main.applyEdits)(text, edits), added: ['scripts.prepare = "husky" (npm install installs the hooks)'], todo };
}

// EXTERNAL MODULE: ./src/io/build-info.ts
var build_info = __webpack_require__(5893);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts
/**
 * leger-curate init [DIR] [--dry-run]: scaffolds a store repository. Writes only what is missing
 * and says what it left alone; never replaces a file.
 */










const USAGE = `Usage: leger-curate init [DIR] [options]

Makes DIR (default: the current folder) a model store repository: model-store/cloud/ and
model-store/local/, curation.config.json, the curator's guide, husky hooks that run the
installed leger-curate, and workflows (pull request check, monthly audit, release) that use
the released Action pinned by full commit SHA. Only what is missing is written; existing files
are left alone and listed. Run it again after an upgrade to add what is new.

Options:
  --dry-run           list what would be written, write nothing
  -h, --help          show this help

Exit codes: 0 done (or nothing to do), 2 usage or I/O failure.
`;
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.q)(argv, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* CurateError */.nK('init takes at most one DIR', { hint: USAGE, exitCode: 2 });
    const dir = external_node_path_default().resolve(io.cwd, positionals[0] ?? '.');
    if ((0,external_node_fs_.existsSync)(dir) && !(0,external_node_fs_.lstatSync)(dir).isDirectory())
        throw new errors/* CurateError */.nK(`${positionals[0]} exists and is not a folder`, { exitCode: 2 });
    const dry = values['dry-run'] === true;
    const build = (0,build_info.readBuildInfo)();
    const plan = initPlan({ guide: (0,external_node_fs_.readFileSync)(external_node_path_default().join((0,paths.packageRoot)(), STORE, 'README.md'), 'utf8'), build });
    const created = [];
    const leftAlone = [];
    const todo = [];
    if (!dry)
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const file of plan) {
        const target = external_node_path_default().join(dir, file.path);
        if (exists(target)) {
            leftAlone.push(file.path);
            if (file.path.startsWith('.husky/'))
                todo.push(`${file.path} is your own: add the line "${file.content.trim().split('\n').at(-1)}" to it`);
            if (file.path === '.gitignore' && !/^\/?node_modules\/?$/m.test((0,external_node_fs_.readFileSync)(target, 'utf8')))
                todo.push('.gitignore is your own: add node_modules/ to it');
            continue;
        }
        if (!dry) {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            // wx: a file that appeared since the check above is still not replaced.
            (0,external_node_fs_.writeFileSync)(target, file.content, { flag: 'wx' });
        }
        created.push(`${file.path.padEnd(44)} ${file.what}`);
    }
    const pkgFile = external_node_path_default().join(dir, 'package.json');
    const added = [];
    if (!exists(pkgFile)) {
        if (!dry)
            (0,external_node_fs_.writeFileSync)(pkgFile, packageJsonText(packageName(external_node_path_default().basename(dir)), build), { flag: 'wx' });
        created.push(`${'package.json'.padEnd(44)} leger-curate as a dev dependency; prepare installs the hooks`);
        todo.push('npm install (installs leger-curate and, through prepare, the hooks)');
    }
    else {
        const edit = addPrepareScript((0,external_node_fs_.readFileSync)(pkgFile, 'utf8'));
        if (edit.text !== undefined && !dry)
            (0,fs.writeFileAtomic)(pkgFile, edit.text);
        added.push(...edit.added.map((a) => `package.json: ${a}`));
        if (!edit.added.length)
            leftAlone.push('package.json');
        todo.push(...edit.todo);
    }
    const hooks = dry ? undefined : installHooks(dir, io);
    if (hooks === 'not-a-repo')
        todo.push('git init, then npx husky (or npm install) to install the hooks');
    if (hooks === 'no-husky')
        todo.push('npm install (its prepare step installs the hooks)');
    const lines = [dry ? `leger-curate init (dry run): would write in ${dir}` : `leger-curate init: ${dir}`];
    if (created.length)
        lines.push(dry ? 'would create:' : 'created:', ...created.map((c) => `  ${c}`));
    if (added.length)
        lines.push(dry ? 'would add:' : 'added:', ...added.map((a) => `  ${a}`));
    if (leftAlone.length)
        lines.push('left alone (already there):', ...leftAlone.map((f) => `  ${f}`));
    if (hooks === 'installed')
        lines.push('hooks: installed (husky; core.hooksPath = .husky/_)');
    if (!build)
        lines.push('warning: this leger-curate records no build (dist/build-info.json): the workflows were not written, since the Action cannot be pinned by commit. Install a released leger-curate and run init again.');
    else {
        lines.push(`workflows pin ${build.action}@${build.commit} # ${build.tag}`);
        if (build.dirty)
            lines.push(`warning: this package was packed with changes to the Action beside commit ${build.commit}: check the pin before relying on it`);
    }
    if (!created.length && !added.length)
        lines.push('nothing to do: every file init writes is already there');
    if (todo.length)
        lines.push('next:', ...todo.map((t) => `  ${t}`));
    lines.push('then: npx leger-curate add, and npx leger-curate validate');
    io.out(lines.map(report_text/* clean */.uH).join('\n') + '\n');
    return 0;
}
/** Whether anything is at the path (a dangling link counts: it is the user's, not ours to replace). */
function exists(p) {
    try {
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch {
        return false;
    }
}
/** husky's installer run in DIR when DIR is the top of a git work tree and husky is installed there. */
function installHooks(dir, io) {
    const top = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', env: io.env });
    if (top.status !== 0 || external_node_path_default().resolve(top.stdout.trim()) !== external_node_path_default().resolve(dir))
        return 'not-a-repo';
    const husky = external_node_path_default().join(dir, 'node_modules/husky/bin.js');
    if (!(0,external_node_fs_.existsSync)(husky))
        return 'no-husky';
    const r = (0,external_node_child_process_.spawnSync)(process.execPath, [husky], { cwd: dir, encoding: 'utf8', env: io.env });
    if (r.status !== 0) {
        io.err(`leger-curate init: husky could not install the hooks: ${(0,report_text/* clean */.uH)((r.stderr || r.stdout).trim())}\n`);
        return 'failed';
    }
    return 'installed';
}


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ Locator),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   qe: () => (/* binding */ locatorFor)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Turns a place in a JSON document (a JSON pointer, or a character offset) into a 1-based
 * line and column. The parse tree is built lazily, only for files that have a finding:
 * parsing every file into a tree would cost more than validating the whole store.
 */

/** jsonc-parser's SyntaxKind is an ambient const enum, which isolatedModules cannot read: its values. */
const SyntaxKind = { OpenBraceToken: 1, CloseBraceToken: 2, OpenBracketToken: 3, CloseBracketToken: 4, ColonToken: 6, StringLiteral: 10, EOF: 17 };
/** `/pricing/input_per_1m` -> ['pricing', 'input_per_1m']; array indices become numbers. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
class Locator {
    text;
    lineStarts;
    tree;
    topLevel;
    constructor(text) {
        this.text = text;
    }
    position(offset) {
        const starts = (this.lineStarts ??= lineStartsOf(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    root() {
        if (this.tree === undefined)
            this.tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(this.text, [], { disallowComments: true }) ?? null;
        return this.tree ?? undefined;
    }
    /** The node at a path, or undefined when the path does not exist. */
    node(path) {
        const root = this.root();
        return root && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path);
    }
    /**
     * Where a path is: its property key when `at` is 'key' (so an annotation lands on the
     * field's name), else its value. Missing paths fall back to the nearest existing parent.
     */
    at(path, at = 'key') {
        // Most findings sit on a top-level field or the whole file: a token scan finds those
        // without building the tree (2-3x cheaper, which tells when every file has a notice).
        if (this.tree === undefined && path.length <= 1 && (path.length === 0 || typeof path[0] === 'string')) {
            const hit = this.scanTopLevel(path[0], at);
            if (hit)
                return hit;
        }
        const root = this.root();
        if (!root)
            return { line: 1, column: 1 };
        for (let n = path.length; n >= 0; n--) {
            const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path.slice(0, n));
            if (!node)
                continue;
            const exact = n === path.length;
            if (at === 'key' && node.parent?.type === 'property')
                return this.position(node.parent.offset);
            if (!exact && node.parent?.type === 'property')
                return this.position(node.parent.offset);
            return this.position(node.offset);
        }
        return { line: 1, column: 1 };
    }
    /**
     * Where the document starts and each top-level property's key and value are, from one token
     * scan (first occurrence wins, as in the tree); undefined when the scan meets anything odd.
     */
    scanTopLevel(key, at) {
        if (this.topLevel === undefined)
            this.topLevel = scanTopLevel(this.text);
        const t = this.topLevel;
        if (!t)
            return undefined;
        if (key === undefined)
            return this.position(t.start);
        const hit = t.keys.get(key);
        return hit ? this.position(at === 'key' ? hit.key : hit.value) : undefined;
    }
    /** The key of `property` inside the object at `path` (used for unknown properties). */
    keyOf(path, property) {
        const obj = this.node(path);
        const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === property);
        return prop ? this.position(prop.offset) : this.at(path);
    }
}
function scanTopLevel(text) {
    const sc = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.createScanner)(text, true);
    const keys = new Map();
    let k = sc.scan();
    if (k !== SyntaxKind.OpenBraceToken)
        return null;
    const start = sc.getTokenOffset();
    let depth = 1;
    for (k = sc.scan(); k !== SyntaxKind.EOF && depth > 0; k = sc.scan()) {
        if (k === SyntaxKind.OpenBraceToken || k === SyntaxKind.OpenBracketToken)
            depth++;
        else if (k === SyntaxKind.CloseBraceToken || k === SyntaxKind.CloseBracketToken)
            depth--;
        else if (depth === 1 && k === SyntaxKind.StringLiteral) {
            const name = sc.getTokenValue();
            const keyOffset = sc.getTokenOffset();
            k = sc.scan();
            if (k === SyntaxKind.CloseBraceToken)
                break;
            if (k !== SyntaxKind.ColonToken)
                continue; // a string value, not a key
            k = sc.scan();
            if (k === SyntaxKind.EOF)
                return null;
            if (!keys.has(name))
                keys.set(name, { key: keyOffset, value: sc.getTokenOffset() });
            if (k === SyntaxKind.OpenBraceToken || k === SyntaxKind.OpenBracketToken)
                depth++;
        }
    }
    return { start, keys };
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
const locators = new WeakMap();
/** One locator per file object, so repeated findings in a file share one parse tree. */
function locatorFor(file) {
    let l = locators.get(file);
    if (!l)
        locators.set(file, (l = new Locator(file.text)));
    return l;
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parseModelText)
/* harmony export */ });
/* unused harmony export JSON_SYNTAX */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/**
 * Reads a model file's text into data, or says exactly where and why it cannot:
 * the `json-syntax` rule lives here because nothing else can run on a file that fails it.
 */


const JSON_SYNTAX = 'json-syntax';
function parseModelText(path, text) {
    const fail = (message, hint, offset = 0) => {
        const { line, column } = new _locate_js__WEBPACK_IMPORTED_MODULE_1__/* .Locator */ .hO(text).position(offset);
        return { ok: false, finding: { rule: JSON_SYNTAX, severity: 'error', file: path, line, column, message, hint } };
    };
    if (text.charCodeAt(0) === 0xfeff)
        return fail('file starts with a byte-order mark (BOM)', 'Save the file as UTF-8 without a BOM.');
    if (text.trim() === '')
        return fail('file is empty', 'A model file holds one JSON object; start from `leger-curate add`.');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        if (first) {
            const what = describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error));
            return fail(`invalid JSON: ${what}`, 'Model files are strict JSON: no comments, no trailing commas, double-quoted keys and strings.', first.offset);
        }
        return fail(`invalid JSON: ${err.message}`, 'Model files are strict JSON.');
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
        const offset = text.length - text.trimStart().length;
        return fail(`the top level is ${got}, not an object`, 'A model file holds exactly one JSON object: { "id": ..., ... }.', offset);
    }
    const dup = duplicateKey(text, data);
    if (dup)
        return fail(`duplicate key "${dup.key}"`, 'JSON keeps only the last of two equal keys, so a reader of the file sees one value and the tools use another: remove one.', dup.offset);
    return { ok: true, data: data };
}
/**
 * The second occurrence of a key repeated within one object. A cheap screen first: every key in
 * the text ends in `"` then a colon (JSON's grammar), and nothing else can but an escaped quote
 * inside a string, so `marks` >= keys in the text >= keys JSON.parse kept. Equal counts prove
 * there is no duplicate; any difference runs the exact scan.
 */
function duplicateKey(text, data) {
    let marks = 0;
    const colon = /"\s*:/g;
    while (colon.exec(text))
        marks++;
    let keys = 0;
    const walk = (v) => {
        if (Array.isArray(v))
            v.forEach(walk);
        else if (v && typeof v === 'object')
            for (const k in v) {
                keys++;
                walk(v[k]);
            }
    };
    walk(data);
    if (marks === keys)
        return undefined;
    const stack = [];
    let found;
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
        onObjectBegin: () => void stack.push(new Set()),
        onObjectEnd: () => void stack.pop(),
        onObjectProperty: (key, offset) => {
            const keys = stack[stack.length - 1];
            if (!found && keys?.has(key))
                found = { key, offset };
            keys?.add(key);
        },
    });
    return found;
}
function describeParseError(code) {
    const words = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected (a trailing comma?)',
        ValueExpected: 'value expected (a trailing comma or a missing value?)',
        ColonExpected: 'colon expected',
        CommaExpected: 'comma expected',
        CloseBraceExpected: 'closing brace expected',
        CloseBracketExpected: 'closing bracket expected',
        EndOfFileExpected: 'text after the end of the JSON value',
        InvalidCommentToken: 'comments are not allowed',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character in a string (a raw newline or tab?)',
    };
    return words[code] ?? code;
}


/***/ }),

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ POLICY_FILE),
/* harmony export */   C_: () => (/* binding */ compilePolicy),
/* harmony export */   DEFAULT_POLICY: () => (/* binding */ DEFAULT_POLICY),
/* harmony export */   Tf: () => (/* binding */ PROTECTED_RULES),
/* harmony export */   U9: () => (/* binding */ policyFinding),
/* harmony export */   d_: () => (/* binding */ UNUSED_EXCEPTION),
/* harmony export */   readPolicy: () => (/* binding */ readPolicy),
/* harmony export */   tD: () => (/* binding */ POLICY_SCHEMA)
/* harmony export */ });
/* unused harmony exports POLICY_RULE, mergePolicy */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8201);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2032);
/**
 * The curation policy: what the quality rules accept, configurable without code
 * (curation.config.json at the repo root, validated by schemas/policy.schema.json).
 *
 * Merge rules, explicit and shallow: `thresholds` and `severity` merge field by field over
 * the built-in defaults (so a store can move one threshold); every other key, when present,
 * replaces its default whole (so a store can narrow the providers or licences).
 */




const POLICY_FILE = 'curation.config.json';
const POLICY_SCHEMA = 'policy.schema.json';
/** The rule id of findings about the policy file itself. */
const POLICY_RULE = 'policy';
const UNUSED_EXCEPTION = 'policy/unused-exception';
/**
 * Licences HuggingFace names that let anyone run the weights locally: the permissive ones
 * and the model makers' community licences of the established families.
 */
const DEFAULT_LICENSES = ['apache-2.0', 'mit', 'bsd-3-clause', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'cc-by-4.0'];
const DEFAULT_POLICY = Object.freeze({
    providers: Object.fromEntries(Object.entries(_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_PROVIDERS */ .j).map(([p, env]) => [p, { api_key_env: env }])),
    licenses: DEFAULT_LICENSES,
    thresholds: { min_downloads: 1000, min_quantizations: 2, ram_min_gb: 1, ram_max_gb: 128, stale_after_days: 180 },
    // Word-bounded so "expert" or "betamax" do not match; "-latest" is a moving alias, not a model.
    preview_patterns: ['\\bpreview\\b', '\\bbeta\\b', '\\balpha\\b', '\\bexp(erimental)?\\b', '-latest\\b'],
    allow: { providers: [], ids: [] },
    deny: { providers: [], ids: [] },
    severity: {},
    exceptions: [],
});
/**
 * Rules no policy may silence or soften: they keep hostile or broken files out, and a
 * network failure must never become a silent pass.
 */
const PROTECTED_RULES = new Set([
    'json-syntax',
    'file-read',
    'schema',
    'file-name',
    'duplicate-id',
    'duplicate-target',
    'uri-format',
    'upstream-unreachable',
    POLICY_RULE,
]);
/** Reads a policy file's text: findings for what is wrong, and the defaults where it is unusable. */
function readPolicy(file, schemas) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelText */ .e)(file.path, file.text);
    if (!parsed.ok) {
        const f = parsed.finding;
        return { policy: DEFAULT_POLICY, findings: [{ ...f, rule: POLICY_RULE, hint: 'The curation policy is strict JSON; until it parses, the built-in defaults apply.' }] };
    }
    const errors = schemas.errors(POLICY_SCHEMA, parsed.data);
    if (errors.length) {
        const findings = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__.schemaFindings)({ kind: 'cloud', path: file.path, text: file.text }, schemas, POLICY_SCHEMA, errors).map((f) => ({ ...f, rule: POLICY_RULE }));
        return { policy: DEFAULT_POLICY, findings };
    }
    const policy = mergePolicy(parsed.data, file);
    return { policy, findings: patternFindings(policy) };
}
/** The defaults with a (schema-valid) policy document laid over them. */
function mergePolicy(doc, origin) {
    const d = DEFAULT_POLICY;
    const filter = (f, def) => (f ? { providers: f.providers ?? [], ids: f.ids ?? [] } : def);
    return {
        providers: doc.providers ?? d.providers,
        licenses: doc.licenses ?? d.licenses,
        thresholds: { ...d.thresholds, ...doc.thresholds },
        preview_patterns: doc.preview_patterns ?? d.preview_patterns,
        allow: filter(doc.allow, d.allow),
        deny: filter(doc.deny, d.deny),
        severity: { ...d.severity, ...doc.severity },
        exceptions: doc.exceptions ?? d.exceptions,
        origin,
    };
}
function patternFindings(policy) {
    const out = [];
    policy.preview_patterns.forEach((p, i) => {
        try {
            new RegExp(p, 'i');
        }
        catch (err) {
            out.push(policyFinding(policy, 'error', ['preview_patterns', i], `preview pattern ${JSON.stringify(p)} is not a valid regular expression: ${err.message}`, 'Write a JavaScript regular expression; escape backslashes in JSON ("\\\\b").', 'value'));
        }
    });
    const t = policy.thresholds;
    if (t.ram_min_gb > t.ram_max_gb)
        out.push(policyFinding(policy, 'error', ['thresholds', 'ram_min_gb'], `thresholds.ram_min_gb ${t.ram_min_gb} is above ram_max_gb ${t.ram_max_gb}`, 'No model could pass: swap the two.', 'value'));
    return out;
}
/** A finding on a field of the policy file (at line 1 when the policy is the built-in one). */
function policyFinding(policy, severity, path, message, hint, at = 'key') {
    const origin = policy.origin;
    if (!origin)
        return { rule: POLICY_RULE, severity, file: POLICY_FILE, message, hint };
    const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locatorFor */ .qe)(origin).at(path, at);
    return { rule: POLICY_RULE, severity, file: origin.path, line: pos.line, column: pos.column, message, hint };
}
const compiled = new WeakMap();
function compilePolicy(policy) {
    const hit = compiled.get(policy);
    if (hit)
        return hit;
    const previews = [];
    for (const p of policy.preview_patterns) {
        try {
            previews.push({ re: new RegExp(p, 'i'), source: p });
        }
        catch {
            // reported by readPolicy; an invalid pattern matches nothing
        }
    }
    const lower = (xs) => new Set(xs.map((x) => x.toLowerCase()));
    const denyProviders = lower(policy.deny.providers);
    const allowProviders = lower(policy.allow.providers);
    const denyIds = policy.deny.ids.map(glob);
    const allowIds = policy.allow.ids.map(glob);
    const allowAny = allowProviders.size > 0 || allowIds.length > 0;
    const c = {
        policy,
        preview: (text) => previews.find((p) => p.re.test(text))?.source,
        refusal(id, provider) {
            const prov = provider?.toLowerCase();
            if (prov && denyProviders.has(prov))
                return `provider "${provider}" is on the policy's deny list`;
            const denied = denyIds.find((g) => g.re.test(id));
            if (denied)
                return `id matches "${denied.source}" on the policy's deny list`;
            if (allowAny && !(prov && allowProviders.has(prov)) && !allowIds.some((g) => g.re.test(id)))
                return 'the policy has an allow list and this model is not on it';
            return undefined;
        },
        licenses: lower(policy.licenses),
    };
    compiled.set(policy, c);
    return c;
}
/** A glob of ids: `*` matches any run of characters; everything else is literal. */
function glob(pattern) {
    const body = pattern
        .split('*')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return { re: new RegExp(`^${body}$`, 'i'), source: pattern };
}


/***/ }),

/***/ 8201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ KNOWN_PROVIDERS)
/* harmony export */ });
/**
 * Providers the store knows, with the environment variable each one's API key lives in
 * (LiteLLM's own names for them). The curation policy can extend or narrow this list.
 */
const KNOWN_PROVIDERS = {
    openai: 'OPENAI_API_KEY',
    anthropic: 'ANTHROPIC_API_KEY',
    gemini: 'GEMINI_API_KEY',
    openrouter: 'OPENROUTER_API_KEY',
    groq: 'GROQ_API_KEY',
    xai: 'XAI_API_KEY',
    mistral: 'MISTRAL_API_KEY',
    deepseek: 'DEEPSEEK_API_KEY',
};


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ KINDS)
/* harmony export */ });
/** The vocabulary every module shares (see ARCHITECTURE.md). */
const KINDS = ['cloud', 'local'];


/***/ }),

/***/ 5893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_INFO_FILE: () => (/* binding */ BUILD_INFO_FILE),
/* harmony export */   readBuildInfo: () => (/* binding */ readBuildInfo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/**
 * Which build of leger-curate is running. In a checkout of leger-curate itself (development),
 * its git HEAD: a stamp left by an earlier `npm pack` there would be stale. Installed (inside its
 * user's repository, or anywhere else), dist/build-info.json, written when the package was packed.
 */




const BUILD_INFO_FILE = 'dist/build-info.json';
const SHA = /^[0-9a-f]{40}$/;
function readBuildInfo(root = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.packageRoot)()) {
    return fromCheckout(root) ?? fromStamp(root);
}
function fromStamp(root) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, BUILD_INFO_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return undefined;
    try {
        const info = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
        if (typeof info.version === 'string' && typeof info.commit === 'string' && SHA.test(info.commit) && typeof info.action === 'string' && typeof info.tag === 'string')
            return { name: info.name ?? 'leger-curate', version: info.version, tag: info.tag, commit: info.commit, action: info.action, dirty: info.dirty === true };
    }
    catch {
        // an unreadable stamp is no stamp
    }
    return undefined;
}
/** The same facts from git, when root is the top of its own work tree (a checkout of leger-curate). */
function fromCheckout(root) {
    try {
        const git = (...args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        // An installed copy sits inside its user's repository: that repository's HEAD is not ours.
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(git('rev-parse', '--show-toplevel')) !== node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root))
            return undefined;
        const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'package.json'), 'utf8'));
        const action = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1];
        const commit = git('rev-parse', 'HEAD^{commit}');
        if (!action || !SHA.test(commit))
            return undefined;
        return { name: pkg.name, version: pkg.version, tag: `v${pkg.version}`, commit, action, dirty: git('status', '--porcelain', '--', 'action.yml', 'dist/action') !== '' };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MODEL_BYTES: () => (/* binding */ MAX_MODEL_BYTES),
/* harmony export */   isDir: () => (/* binding */ isDir),
/* harmony export */   loadSchemaDocs: () => (/* binding */ loadSchemaDocs),
/* harmony export */   loadStoreDir: () => (/* binding */ loadStoreDir),
/* harmony export */   readBounded: () => (/* binding */ readBounded),
/* harmony export */   resolveSchemasDir: () => (/* binding */ resolveSchemasDir),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3054);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/** Reading the store and the schemas from disk; writing files atomically. */





/** Model files larger than this are refused unread: no model needs a megabyte of JSON. */
const MAX_MODEL_BYTES = 1024 * 1024;
/** Reads `<storeDir>/cloud/*.json` and `<storeDir>/local/*.json`; paths shown relative to `base`. */
function loadStoreDir(storeDir, base) {
    if (!isDir(storeDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' });
    const files = [];
    const refused = [];
    for (const kind of _core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .KINDS */ .G) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(storeDir, kind);
        if (!isDir(dir))
            continue;
        // Dirents tell links from files without a stat per file; the size is checked on the open
        // descriptor before reading, so a huge file is refused without being read.
        const shownDir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.displayPath)(dir, base);
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (!entry.name.endsWith('.json'))
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            const shown = `${shownDir}/${entry.name}`;
            const refuse = (message, hint) => refused.push({ rule: 'file-read', severity: 'error', file: shown, line: 1, column: 1, message, hint });
            if (!entry.isFile()) {
                refuse(entry.isSymbolicLink() ? 'model file is a symbolic link' : 'model file is not a regular file', 'Model files are plain files inside the store; replace the link with the file itself.');
                continue;
            }
            const text = readBounded(full, MAX_MODEL_BYTES);
            if (typeof text === 'number') {
                refuse(`model file is ${text} bytes, over the ${MAX_MODEL_BYTES}-byte limit`, 'A model file describes one model in a few dozen lines; this one is not a model file.');
                continue;
            }
            files.push({ kind, path: shown, text });
        }
    }
    return { files, refused };
}
/** A file's text, or its size when that is over `limit` (then it is not read). */
function readBounded(file, limit) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
    }
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        return size > limit ? size : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The schemas folder: the one asked for, else ./schemas, else the toolkit's own. */
function resolveSchemasDir(asked, cwd) {
    if (asked)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, asked);
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, 'schemas');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(local, 'cloud.schema.json')) ? local : node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.packageRoot)(), 'schemas');
}
function loadSchemaDocs(dir) {
    if (!isDir(dir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`schemas folder not found: ${dir}`, { hint: 'Pass --schemas DIR, the folder holding cloud.schema.json and local.schema.json.' });
    const docs = {};
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        if (!name.endsWith('.schema.json'))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            docs[name] = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8'));
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`cannot read schema ${full}: ${err.message}`, { cause: err });
        }
    }
    return docs;
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Writes a file so that readers see the old content or the new, never a part:
 * a temporary file beside the target, then a rename. With `exclusive`, an existing
 * target is never replaced.
 */
function writeFileAtomic(target, content, options = {}) {
    if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${target} already exists; nothing was written`, { exitCode: 2 });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, content, { flag: 'wx' });
        if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${target} already exists; nothing was written`, { exitCode: 2 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
}


/***/ }),

/***/ 7336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   displayPath: () => (/* binding */ displayPath),
/* harmony export */   packageRoot: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/** Where the toolkit's own files (schemas, templates, data) are, bundled or not. */



let root;
/**
 * The leger-curate package folder: found by walking up from this module, so it is right
 * from src/ (tests), from dist/cli and dist/action (bundles), and from an Action checkout.
 * (Computed at run time on purpose: ncc would copy a statically visible asset path into dist.)
 */
function packageRoot() {
    if (root)
        return root;
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const pkg = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pkg)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pkg, 'utf8')).name === 'leger-curate')
                    return (root = dir);
            }
            catch {
                // not ours (dist/*/package.json is only {"type":"module"}): keep walking
            }
        }
        const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (up === dir)
            throw new Error('cannot find the leger-curate package folder');
        dir = up;
    }
}
/** A path as findings show it: relative to `base`, with forward slashes. */
function displayPath(file, base) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, file);
    return (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? file : rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ })

};
