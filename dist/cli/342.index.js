export const id = 342;
export const ids = [342,500];
export const modules = {

/***/ 6585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ POLICY_FILE),
/* harmony export */   L3: () => (/* binding */ triggerPaths),
/* harmony export */   kp: () => (/* binding */ roleOf),
/* harmony export */   tD: () => (/* binding */ POLICY_SCHEMA),
/* harmony export */   tH: () => (/* binding */ modelFolders)
/* harmony export */ });
/* unused harmony exports DEFAULT_LAYOUT, isModelPath */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/**
 * Where things are in a store repository, and what a path is: the one classifier every
 * reader (disk, git index, pull request) and every door uses.
 */

/** The curation policy's file name at a store repository's root, and its schema's. */
const POLICY_FILE = 'curation.config.json';
const POLICY_SCHEMA = 'policy.schema.json';
const DEFAULT_LAYOUT = Object.freeze({ store: 'model-store', schemas: 'schemas', policy: POLICY_FILE });
/**
 * A path's role. Model files are exactly `<store>/<kind>/<name>.json`, the files the store
 * reader reads; anything else under the store (its README, a nested folder) is not a model.
 */
function roleOf(path, layout) {
    if (path === layout.policy)
        return POLICY;
    const { modelDirs, schemas } = prefixesOf(layout);
    // Readers classify every path of the index (10,000 at a time): no string is built per call.
    if (path.endsWith('.json')) {
        for (let i = 0; i < modelDirs.length; i++) {
            const dir = modelDirs[i];
            if (path.startsWith(dir) && path.indexOf('/', dir.length) < 0)
                return MODEL[i];
        }
    }
    if (path.startsWith(schemas) && path.endsWith('.schema.json') && path.indexOf('/', schemas.length) < 0)
        return SCHEMA;
    return OTHER;
}
const POLICY = Object.freeze({ role: 'policy' });
const SCHEMA = Object.freeze({ role: 'schema' });
const OTHER = Object.freeze({ role: 'other' });
const MODEL = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((kind) => Object.freeze({ role: 'model', kind }));
/** The prefixes of a layout, made once per layout (and again if its folders are changed). */
const prefixes = new WeakMap();
function prefixesOf(layout) {
    let p = prefixes.get(layout);
    if (!p || p.store !== layout.store || p.schemasDir !== layout.schemas) {
        p = { store: layout.store, schemasDir: layout.schemas, modelDirs: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((kind) => `${prefix(layout.store)}${kind}/`), schemas: prefix(layout.schemas) };
        prefixes.set(layout, p);
    }
    return p;
}
function isModelPath(path, layout) {
    return roleOf(path, layout).role === 'model';
}
function prefix(dir) {
    return dir === '' || dir === '.' ? '' : `${dir}/`;
}
/** The folders that hold model files. */
function modelFolders(layout) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((k) => `${prefix(layout.store)}${k}`);
}
/** The pathspecs that hold everything `roleOf` cares about (readers ask git about nothing else). */
function triggerPaths(layout) {
    return [...modelFolders(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy];
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ KINDS)
/* harmony export */ });
/** The vocabulary every module shares (see ARCHITECTURE.md). */
const KINDS = ['cloud', 'local'];


/***/ }),

/***/ 7500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GIT_ENV_ALLOWED: () => (/* binding */ GIT_ENV_ALLOWED),
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   gitEnv: () => (/* binding */ gitEnv),
/* harmony export */   isNullSha: () => (/* binding */ isNullSha),
/* harmony export */   isSha: () => (/* binding */ isSha),
/* harmony export */   parseLsFiles: () => (/* binding */ parseLsFiles),
/* harmony export */   parseRawDiff: () => (/* binding */ parseRawDiff)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/**
 * The one way the toolkit runs git: the index (what a commit will record), commit ranges (what
 * a pull request or a push changed), trees at a commit (a base's policy), and committing a file.
 *
 * Inside a hook, git points GIT_INDEX_FILE at the index the commit will use (`.git/index.lock`
 * for `commit -a`, `.git/next-index-*.lock` for `commit -- path`): a reader that drops it reads
 * `.git/index` and judges the wrong snapshot. GIT_DIR and GIT_WORK_TREE locate the repository
 * when the user (or git) set them. Every other GIT_* variable is dropped, as simple-git 4 does by
 * default, so nothing in the environment reconfigures these commands.
 *
 * Why not simple-git: it was the first version of this module (constructed with
 * `allowEnvironment` for the three variables above), and it cost the hook ~70 ms of CPU to import
 * plus ~20 ms for its first task, in each of the two hook processes, and 2.5x the CPU of a plain
 * spawn to read a 10,000-model index (bench/hook.ts). The hook runs on every commit; these few
 * plumbing calls need no more than spawnSync, and one way of running git serves every door.
 */





const GIT_ENV_ALLOWED = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE'];
/** The all-zero object id git prints for "no blob on this side". */
const NULL_OID = /^0+$/;
/** Outputs are bounded by the store's size (blobs over the model limit are never read). */
const MAX_OUTPUT = 1024 * 1024 * 1024;
/** A full object name, as GitHub event payloads carry; anything else never reaches git's argv. */
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function isSha(s) {
    return typeof s === 'string' && SHA.test(s);
}
/** An all-zero SHA: the "before" of a push that created the branch. */
function isNullSha(s) {
    return typeof s === 'string' && /^0+$/.test(s);
}
/** The environment git runs with: the caller's, minus every GIT_* variable but the allowed ones. */
function gitEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_') || GIT_ENV_ALLOWED.includes(k))
            out[k] = v;
    return out;
}
class Git {
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = gitEnv(env);
    }
    run(args, input) {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd: this.cwd, env: this.env, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] });
        if (r.error)
            throw gitError(args, r.error.message);
        if (r.status !== 0)
            throw gitError(args, r.stderr.toString('utf8'));
        return r.stdout;
    }
    /** Whether the command succeeds (its output unread). */
    ok(args) {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd: this.cwd, env: this.env, stdio: 'ignore' });
        return !r.error && r.status === 0;
    }
    /** Whether `cwd` is inside a git work tree. */
    isRepo() {
        return this.ok(['rev-parse', '--is-inside-work-tree']);
    }
    /**
     * The work tree's root, when every one of `shas` names a commit present here (undefined in a
     * shallow checkout that lacks one, or outside a repository). One git process for both a pull
     * request's commits and the root: the Action asks this before every range it reads.
     */
    topWithCommits(shas) {
        if (!shas.every(isSha))
            return undefined;
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', '--show-toplevel', ...shas.map((s) => `${s}^{commit}`), '--'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const [top, ...found] = r.status === 0 ? r.stdout.split('\n') : [];
        return top && found.filter(isSha).length === shas.length ? top : undefined;
    }
    /** The commit HEAD points at, or undefined (no commits yet, not a repository). */
    head() {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const out = r.status === 0 ? r.stdout.trim() : '';
        return isSha(out) ? out : undefined;
    }
    /** A revision (a branch, a tag, HEAD~1) as the commit it names; CurateError when it names none. */
    resolveCommit(rev) {
        if (rev.startsWith('-'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`--base ${rev} is not a revision`, { hint: 'Pass a branch, a tag or a commit: --base origin/main.' });
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const out = r.status === 0 ? r.stdout.trim() : '';
        if (!isSha(out))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`--base ${rev} names no commit of this repository`, { hint: 'Pass a branch, a tag or a commit that git rev-parse knows (fetch it first).' });
        return out;
    }
    /**
     * What changed from `from` to `to` under `pathspecs`: `from...to` (from their merge base, as
     * a pull request's "Files changed" tab) with `mergeBase`, else `from..to`; with no `to`, from
     * `from` to the working tree. Renames arrive as a deletion and an addition.
     */
    diff(from, to, pathspecs, options = {}) {
        const range = to === undefined ? [from] : [options.mergeBase ? `${from}...${to}` : `${from}..${to}`];
        const out = this.run(['diff', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', ...range, '--', ...literal(pathspecs)]).toString('utf8');
        return parseRawDiff(out);
    }
    /** Blobs of the tree at `commit` under `pathspecs`. */
    treeEntries(commit, pathspecs) {
        const out = this.run(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...literal(pathspecs)]).toString('utf8');
        const entries = [];
        for (const record of out.split('\0')) {
            const tab = record.indexOf('\t');
            if (tab < 0)
                continue;
            const [mode, type, oid] = record.slice(0, tab).split(' ');
            if (type === 'blob')
                entries.push({ mode, oid, path: record.slice(tab + 1) });
        }
        return entries;
    }
    /** Files under `pathspecs` that git does not track and does not ignore. */
    untracked(pathspecs) {
        return this.run(['ls-files', '--others', '--exclude-standard', '-z', '--', ...literal(pathspecs)])
            .toString('utf8')
            .split('\0')
            .filter(Boolean);
    }
    /**
     * Stages `file` and commits only it (whatever else is staged stays staged), with the
     * repository's hooks running and printing to this terminal.
     */
    commitFile(file, message) {
        this.run(['add', '--', file]);
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['commit', '-m', message, '--', file], { cwd: this.cwd, env: this.env, stdio: ['ignore', 'inherit', 'inherit'] });
        if (r.error || r.status !== 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK('git commit failed (see its output above)', { exitCode: 1 });
    }
    raw(args, input) {
        return this.run(args, input).toString('utf8');
    }
    /** The root of the work tree and the repository's own folder (.git, or a worktree's), in one call. */
    locate() {
        const [top, gitDir] = this.raw(['rev-parse', '--show-toplevel', '--absolute-git-dir']).split('\n');
        if (!top || !gitDir)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK('not inside a git work tree', { hint: '--staged reads the git index: run it inside the repository.' });
        return { top, gitDir };
    }
    /** The character that starts a comment line in commit messages (core.commentChar). */
    commentChar() {
        const value = (this.raw(['config', '--default', '#', '--get', 'core.commentChar'])).replace(/\n$/, '');
        // "auto" picks a character per message; the hook cannot know which, and '#' is git's first choice.
        return value === '' || value === 'auto' ? '#' : value;
    }
    /**
     * The merge, cherry-pick or revert this commit concludes, if any (its message is git's): its
     * head file in the repository's own folder (`locate().gitDir`, a worktree's own for a worktree,
     * where git keeps MERGE_HEAD and its kin), looked up without another git process.
     */
    pendingOperation(gitDir) {
        const names = { MERGE_HEAD: 'merge', CHERRY_PICK_HEAD: 'cherry-pick', REVERT_HEAD: 'revert' };
        for (const [head, name] of Object.entries(names))
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, head)))
                return name;
        return undefined;
    }
    /**
     * What the commit changes, limited to `pathspecs` (repo-relative, taken literally).
     * `--raw` gives the blob on both sides with the status, so one call yields the file list
     * (the same list as `--name-only`), the staged blob to read and, for a deletion or a
     * modification, the blob HEAD had. Renames are split into a deletion and an addition.
     */
    stagedChanges(pathspecs) {
        const out = this.raw(['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--diff-filter=ACDMRT', '--', ...literal(pathspecs)]);
        return parseRawDiff(out);
    }
    /** Stage-0 index entries under `pathspecs` (the tree the commit will record there). */
    indexEntries(pathspecs) {
        const out = this.raw(['ls-files', '--stage', '-z', '--', ...literal(pathspecs)]);
        return parseLsFiles(out);
    }
    /**
     * Reads blobs by object id. One `git cat-file --batch` call reads them all when its output stays
     * within a budget (the usual case: a commit's few files, or a store's thousands of small ones);
     * a blob over `maxBytes` is then refused though read. Past the budget (a huge file staged), git
     * is stopped and two calls are made instead: sizes first (`--batch-check`), so the huge file is
     * refused unread, then the contents of the rest. A git process costs 4-8 ms, twice per hook.
     */
    readBlobs(oids, maxBytes) {
        const unique = [...new Set(oids)];
        const result = new Map();
        if (!unique.length)
            return result;
        const budget = Math.min(MAX_OUTPUT, 16 * 1024 * 1024 + unique.length * 64 * 1024);
        const once = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, input: unique.join('\n') + '\n', maxBuffer: budget, stdio: ['pipe', 'pipe', 'pipe'] });
        if (!once.error && once.status === 0) {
            for (const [oid, blob] of parseBatch(once.stdout, maxBytes))
                result.set(oid, blob);
            return result;
        }
        if (once.error?.code !== 'ENOBUFS')
            throw gitError(['cat-file'], once.error?.message ?? once.stderr.toString('utf8'));
        const checked = this.raw(['cat-file', '--batch-check'], unique.join('\n') + '\n');
        const wanted = [];
        for (const line of checked.split('\n')) {
            if (!line)
                continue;
            const [oid, type, sizeText] = line.split(' ');
            if (type === 'missing') {
                result.set(oid, { ok: false, size: 0, reason: 'missing' });
                continue;
            }
            const size = Number(sizeText);
            if (type !== 'blob')
                result.set(oid, { ok: false, size, reason: 'not-a-blob' });
            else if (size > maxBytes)
                result.set(oid, { ok: false, size, reason: 'too-large' });
            else
                wanted.push(oid);
        }
        if (!wanted.length)
            return result;
        const buf = this.run(['cat-file', '--batch'], wanted.join('\n') + '\n');
        for (const [oid, blob] of parseBatch(buf, maxBytes))
            result.set(oid, blob);
        return result;
    }
}
/** Pathspecs taken as plain paths: a store folder named `*` or `:x` means just that. */
function literal(pathspecs) {
    return pathspecs.map((p) => `:(literal)${p}`);
}
function gitError(args, detail) {
    const first = detail.trim().split('\n')[0];
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`git ${args[0]} failed: ${first}`, { hint: 'Run leger-curate inside the repository, with git on PATH.' });
}
/** `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0`, repeated. */
function parseRawDiff(out) {
    const parts = out.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const head = parts[i];
        if (!head.startsWith(':'))
            continue;
        const [oldMode, newMode, oldOid, newOid, status] = head.slice(1).split(' ');
        const path = parts[i + 1];
        const letter = status.charAt(0);
        changes.push({
            status: letter,
            path,
            ...(NULL_OID.test(oldOid) ? {} : { oldMode, oldOid }),
            ...(NULL_OID.test(newOid) || letter === 'D' ? {} : { newMode, newOid }),
        });
    }
    return changes;
}
/**
 * `<mode> <oid> <stage>\t<path>\0`, repeated; only stage 0 (merged) entries. Walked with
 * indexOf: an index of 10,000 files is read on every hooked commit.
 */
function parseLsFiles(out) {
    const entries = [];
    for (let at = 0; at < out.length;) {
        const end = out.indexOf('\0', at);
        const stop = end < 0 ? out.length : end;
        const tab = out.indexOf('\t', at);
        const s1 = out.indexOf(' ', at);
        const s2 = s1 < 0 ? -1 : out.indexOf(' ', s1 + 1);
        if (tab > 0 && tab < stop && s2 > s1 && s2 < tab && tab === s2 + 2 && out.charCodeAt(s2 + 1) === 48 /* stage 0 */)
            entries.push({ mode: out.slice(at, s1), oid: out.slice(s1 + 1, s2), path: out.slice(tab + 1, stop) });
        at = stop + 1;
    }
    return entries;
}
/**
 * `<oid> <type> <size>\n<content>\n`, repeated: sizes are bytes, so walk the buffer, not a string.
 * Only blobs of at most `maxBytes` are decoded.
 */
function parseBatch(buf, maxBytes) {
    const out = new Map();
    let at = 0;
    while (at < buf.length) {
        const nl = buf.indexOf(10, at);
        if (nl < 0)
            break;
        const [oid, type, sizeText] = buf.toString('utf8', at, nl).split(' ');
        if (type === 'missing' || sizeText === undefined) {
            out.set(oid, { ok: false, size: 0, reason: 'missing' });
            at = nl + 1;
            continue;
        }
        const size = Number(sizeText);
        if (type !== 'blob')
            out.set(oid, { ok: false, size, reason: 'not-a-blob' });
        else if (size > maxBytes)
            out.set(oid, { ok: false, size, reason: 'too-large' });
        else {
            const text = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(buf.subarray(nl + 1, nl + 1 + size));
            out.set(oid, text === undefined ? { ok: false, size, reason: 'not-utf8' } : { ok: true, size, text });
        }
        at = nl + 1 + size + 1;
    }
    return out;
}


/***/ }),

/***/ 7342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRepo: () => (/* binding */ openRepo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6585);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7500);
/**
 * The repository a hook runs in: its work tree, its own folder, and where the store, schemas and
 * policy sit inside it. Apart from the index reader (read-index.ts) so that the commit-msg hook,
 * which needs only this and git, loads none of the readers and rules.
 */





/** Finds the repository around `cwd` and places the store, schemas and policy inside it. */
async function openRepo(cwd, options) {
    const { top, gitDir } = new _git_js__WEBPACK_IMPORTED_MODULE_4__.Git(cwd).locate();
    const inside = (p, flag) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(real(top), real(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p)));
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${flag} ${p} is outside the repository ${top}`, { hint: '--staged reads the store from the git index: the folder must be inside the repository.' });
        return rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    };
    const layout = {
        store: inside(options.store ?? 'model-store', '--store'),
        schemas: inside(options.schemas ?? 'schemas', '--schemas'),
        policy: inside(options.policy ?? _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX, '--policy'),
    };
    return { git: new _git_js__WEBPACK_IMPORTED_MODULE_4__.Git(top), top, gitDir, layout };
}
/** The real path of what exists of `p` (the store folder may not exist in the working tree). */
function real(p) {
    let head = p;
    const rest = [];
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(head), ...rest);
        }
        catch {
            const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(head);
            if (up === head)
                return p;
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(head));
            head = up;
        }
    }
}


/***/ })

};
