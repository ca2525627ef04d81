export const id = 264;
export const ids = [264,495,500];
export const modules = {

/***/ 5264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/commit-message.ts
const CONVENTION = ['feat: add <Name> model', 'chore: update <Name> <what changed, e.g. pricing>', 'chore: deprecate <Name>', 'fix: <what was wrong>'];
/**
 * The subject line as git will record it: comment lines dropped, everything below the
 * scissors line (`git commit -v`) ignored, surrounding blank lines skipped.
 */
function subjectOf(message, commentChar = '#') {
    for (const raw of message.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (commentChar && line.startsWith(commentChar)) {
            if (/^.\s*-+ >8 -+\s*$/.test(line))
                break;
            continue;
        }
        if (line.trim())
            return line.trim();
    }
    return '';
}
/**
 * Messages git or a workflow writes, which the convention does not govern: merges, reverts,
 * and fixup/squash/amend commits that an autosquash rebase folds into a judged one.
 */
function isExempt(subject) {
    return /^(Merge |Revert "|Reapply "|(fixup|squash|amend)! )/.test(subject);
}
const HEADER = /^(feat|chore|fix)(\([^()\s]+\))?(!)?: (\S.*)$/;
function judgeSubject(subject, changes) {
    const m = HEADER.exec(subject);
    if (!m)
        return { ok: false, problem: 'the subject does not start with "feat: ", "chore: " or "fix: "' };
    const [, type, , , rest] = m;
    if (type === 'fix')
        return { ok: true };
    const added = changes.filter((c) => c.status === 'added');
    const modified = changes.filter((c) => c.status === 'modified');
    if (type === 'feat') {
        const add = /^add (.+) models?$/i.exec(rest);
        if (!add)
            return { ok: false, problem: 'a "feat:" commit of the store reads "feat: add <Name> model"' };
        if (!added.length)
            return { ok: false, problem: 'the commit adds no model file, so it is not "feat: add"' };
        if (!added.some((c) => mentions(add[1], c)))
            return { ok: false, problem: `"${add[1]}" names no model this commit adds (it adds ${names(added)})` };
        return { ok: true };
    }
    const update = /^update (.+)$/i.exec(rest);
    if (update) {
        if (!modified.length)
            return { ok: false, problem: 'the commit changes no existing model file, so it is not "chore: update"' };
        const lower = update[1].toLowerCase();
        const named = modified.some((c) => labels(c).some((l) => lower.startsWith(`${l} `) && lower.slice(l.length).trim() !== ''));
        if (!named)
            return { ok: false, problem: `"chore: update" is followed by the name of a model it changes (${names(modified)}), then what changed` };
        return { ok: true };
    }
    const deprecate = /^deprecate (.+)$/i.exec(rest);
    if (deprecate) {
        const target = modified.filter((c) => mentions(deprecate[1], c));
        if (!target.length)
            return { ok: false, problem: `"${deprecate[1]}" names no model this commit changes${modified.length ? ` (it changes ${names(modified)})` : ''}` };
        if (!target.some((c) => c.after?.deprecated === true))
            return { ok: false, problem: `the commit does not mark ${names(target)} deprecated ("deprecated": true)` };
        return { ok: true };
    }
    return { ok: false, problem: 'a "chore:" commit of the store reads "chore: update <Name> <what>" or "chore: deprecate <Name>"' };
}
/** The message the convention expects for these changes (undefined when only deletions). */
function suggestSubject(changes) {
    const added = changes.filter((c) => c.status === 'added');
    if (added.length)
        return `feat: add ${names(added)} model${added.length > 1 ? 's' : ''}`;
    const modified = changes.filter((c) => c.status === 'modified');
    const deprecating = modified.filter((c) => c.after?.deprecated === true && c.before?.deprecated !== true);
    if (deprecating.length)
        return `chore: deprecate ${names(deprecating)}`;
    if (modified.length)
        return `chore: update ${names(modified)} ${describeFields(modified)}`;
    return undefined;
}
/** The fields the changes touch, as words: "pricing", "pricing and context window". */
function describeFields(changes) {
    const keys = [];
    for (const c of changes) {
        const before = c.before ?? {};
        const after = c.after ?? {};
        for (const k of new Set([...Object.keys(after), ...Object.keys(before)])) {
            if (k === '$schema' || keys.includes(k))
                continue;
            if (JSON.stringify(before[k]) !== JSON.stringify(after[k]))
                keys.push(k);
        }
    }
    if (!keys.length)
        return 'formatting';
    const words = keys.map((k) => k.replace(/_/g, ' '));
    return words.length > 3 ? `${list(words.slice(0, 3).concat('other fields'))}` : list(words);
}
/** The display name for messages: `name` when it is one clean line, else the id, else the file name. */
function displayName(c) {
    const data = c.after ?? c.before;
    const plain = (v) => (typeof v === 'string' && /^[^\u0000-\u001f\u007f-\u009f]{1,80}$/.test(v.trim()) ? v.trim() : undefined);
    return plain(data?.name) ?? plain(data?.id) ?? (c.path.split('/').pop() ?? c.path).replace(/\.json$/, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** The lowercase names a message may use for a model: its display name and id, before or after the change. */
function labels(c) {
    const out = new Set([displayName(c).toLowerCase()]);
    for (const data of [c.before, c.after]) {
        if (!data)
            continue;
        out.add(displayName({ ...c, before: data, after: data }).toLowerCase());
        if (typeof data.id === 'string' && data.id)
            out.add(data.id.toLowerCase());
    }
    return [...out];
}
function mentions(text, c) {
    const lower = text.toLowerCase();
    return labels(c).some((l) => lower.includes(l));
}
function names(changes) {
    return list([...new Set(changes.map(displayName))]);
}
function list(words) {
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/layout.ts
var layout = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/read-index.ts
var read_index = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/commit-msg.ts
/** leger-curate commit-msg FILE [--store DIR]: the commit-msg hook. */










const USAGE = `Usage: leger-curate commit-msg FILE [options]

The commit-msg hook. When the commit adds, changes or deletes model files, its subject must
follow the store's convention:
${CONVENTION.map((c) => `  ${c}`).join('\n')}
A message that does not is refused with a suggestion built from what is staged. Other
commits, merges, reverts and fixup!/squash! commits are not judged.

Options:
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  -h, --help          show this help

Exit codes: 0 accepted, 1 refused, 2 usage or I/O failure.
`;
/** A commit message larger than this is not a message. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.q)(argv, { store: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* CurateError */.n('commit-msg takes one FILE: the message file git passes to the hook', { hint: USAGE, exitCode: 2 });
    const message = readMessage(external_node_path_default().resolve(io.cwd, positionals[0]));
    const repo = await (0,read_index.openRepo)(io.cwd, { store: values.store });
    const staged = repo.git.stagedChanges((0,layout/* modelFolders */.tH)(repo.layout)).filter((c) => (0,layout/* roleOf */.kp)(c.path, repo.layout).role === 'model');
    if (!staged.length)
        return 0;
    if (repo.git.pendingOperation())
        return 0;
    const subject = subjectOf(message, repo.git.commentChar());
    // An empty message: git aborts the commit itself, with its own words.
    if (!subject || isExempt(subject))
        return 0;
    const blobs = repo.git.readBlobs(staged.flatMap((c) => [c.oldOid, c.newOid].filter((o) => o !== undefined)), fs/* MAX_MODEL_BYTES */.Bb);
    const data = (oid, p) => {
        const blob = oid === undefined ? undefined : blobs.get(oid);
        if (!blob?.ok)
            return undefined;
        const parsed = (0,parse/* parseModelText */.e)(p, blob.text);
        return parsed.ok ? parsed.data : undefined;
    };
    const changes = staged.map((c) => ({
        status: c.status === 'A' ? 'added' : c.status === 'D' ? 'deleted' : 'modified',
        path: c.path,
        before: data(c.oldOid, c.path),
        after: data(c.newOid, c.path),
    }));
    const verdict = judgeSubject(subject, changes);
    if (verdict.ok)
        return 0;
    const suggested = suggestSubject(changes);
    const lines = [
        "leger-curate: this commit changes model files, so its message must follow the store's convention.",
        `  problem:    ${verdict.problem}`,
        `  message:    ${subject}`,
        `  convention: ${CONVENTION.join(' | ')}`,
    ];
    if (suggested)
        lines.push(`  suggested:  ${suggested}`);
    lines.push(`Commit again with a message in that form (your message is in ${positionals[0]}), or commit anyway with \`git commit -n\` (--no-verify).`);
    io.err(lines.map(report_text/* clean */.uH).join('\n') + '\n');
    return 1;
}
function readMessage(file) {
    let size;
    try {
        const st = (0,external_node_fs_.lstatSync)(file);
        if (!st.isFile())
            throw new errors/* CurateError */.n(`${file} is not a regular file`, { exitCode: 2 });
        size = st.size;
    }
    catch (err) {
        if (err instanceof errors/* CurateError */.n)
            throw err;
        throw new errors/* CurateError */.n(`cannot read the commit message file ${file}: ${err.message}`, { exitCode: 2 });
    }
    if (size > MAX_MESSAGE_BYTES)
        throw new errors/* CurateError */.n(`the commit message file ${file} is ${size} bytes, over the ${MAX_MESSAGE_BYTES}-byte limit`, { exitCode: 2 });
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}


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
 * plumbing calls need no more than spawnSync.
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
    /** True when `sha` names a commit present here (false in a shallow checkout that lacks it). */
    hasCommit(sha) {
        return isSha(sha) && this.ok(['cat-file', '-e', `${sha}^{commit}`]);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`--base ${rev} is not a revision`, { hint: 'Pass a branch, a tag or a commit: --base origin/main.' });
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const out = r.status === 0 ? r.stdout.trim() : '';
        if (!isSha(out))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`--base ${rev} names no commit of this repository`, { hint: 'Pass a branch, a tag or a commit that git rev-parse knows (fetch it first).' });
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n('git commit failed (see its output above)', { exitCode: 1 });
    }
    raw(args, input) {
        return this.run(args, input).toString('utf8');
    }
    /** The root of the work tree (findings and pathspecs are relative to it). */
    toplevel() {
        const out = this.raw(['rev-parse', '--show-toplevel']);
        const top = out.replace(/\n$/, '');
        if (!top)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n('not inside a git work tree', { hint: '--staged reads the git index: run it inside the repository.' });
        return top;
    }
    /** The character that starts a comment line in commit messages (core.commentChar). */
    commentChar() {
        const value = (this.raw(['config', '--default', '#', '--get', 'core.commentChar'])).replace(/\n$/, '');
        // "auto" picks a character per message; the hook cannot know which, and '#' is git's first choice.
        return value === '' || value === 'auto' ? '#' : value;
    }
    /** The merge, cherry-pick or revert this commit concludes, if any (its message is git's). */
    pendingOperation() {
        const heads = ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'];
        const out = this.raw(['rev-parse', ...heads.flatMap((h) => ['--git-path', h])]);
        const paths = out.split('\n');
        const names = { MERGE_HEAD: 'merge', CHERRY_PICK_HEAD: 'cherry-pick', REVERT_HEAD: 'revert' };
        for (let i = 0; i < heads.length; i++)
            if (paths[i] && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(this.cwd, paths[i])))
                return names[heads[i]];
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
     * Reads blobs by object id with two `git cat-file` calls whatever their number: sizes first
     * (`--batch-check`), so a huge file is refused unread, then the contents of the rest (`--batch`).
     */
    readBlobs(oids, maxBytes) {
        const unique = [...new Set(oids)];
        const result = new Map();
        if (!unique.length)
            return result;
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
        for (const [oid, blob] of parseBatch(buf))
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`git ${args[0]} failed: ${first}`, { hint: 'Run leger-curate inside the repository, with git on PATH.' });
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
/** `<mode> <oid> <stage>\t<path>\0`, repeated; only stage 0 (merged) entries. */
function parseLsFiles(out) {
    const entries = [];
    for (const record of out.split('\0')) {
        if (!record)
            continue;
        const tab = record.indexOf('\t');
        const [mode, oid, stage] = record.slice(0, tab).split(' ');
        if (stage !== '0')
            continue;
        entries.push({ mode, oid, path: record.slice(tab + 1) });
    }
    return entries;
}
/** `<oid> blob <size>\n<content>\n`, repeated: sizes are bytes, so walk the buffer, not a string. */
function parseBatch(buf) {
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
        out.set(oid, { ok: true, size, text: buf.toString('utf8', nl + 1, nl + 1 + size) });
        at = nl + 1 + size + 1;
    }
    return out;
}


/***/ }),

/***/ 3495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ schemaDocsFrom),
/* harmony export */   openRepo: () => (/* binding */ openRepo),
/* harmony export */   readIndex: () => (/* binding */ readIndex),
/* harmony export */   stagedChanges: () => (/* binding */ stagedChanges)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1490);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6585);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2721);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(665);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7500);
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9995);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4888);
/**
 * The git index as a snapshot: every model file, schema and the policy read from the index
 * (stage 0), never from the working tree, so `git commit -a`, `git commit -- path` and partial
 * staging are judged on exactly what they record. One ls-files and two cat-file calls,
 * whatever the size of the store.
 */










/** Finds the repository around `cwd` and places the store, schemas and policy inside it. */
async function openRepo(cwd, options) {
    const top = await new _git_js__WEBPACK_IMPORTED_MODULE_7__.Git(cwd).toplevel();
    const inside = (p, flag) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(real(top), real(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p)));
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`${flag} ${p} is outside the repository ${top}`, { hint: '--staged reads the store from the git index: the folder must be inside the repository.' });
        return rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    };
    const layout = {
        store: inside(options.store ?? 'model-store', '--store'),
        schemas: inside(options.schemas ?? 'schemas', '--schemas'),
        policy: inside(options.policy ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_FILE */ .CX, '--policy'),
    };
    return { git: new _git_js__WEBPACK_IMPORTED_MODULE_7__.Git(top), top, layout };
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
/** What the next commit changes in the store (its model files, schemas and policy). */
async function stagedChanges(repo) {
    return (await repo.git.stagedChanges((0,_core_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .triggerPaths */ .L3)(repo.layout))).filter((c) => (0,_core_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .roleOf */ .kp)(c.path, repo.layout).role !== 'other');
}
const REGULAR = new Set(['100644', '100755']);
/** The tree the next commit records, with what it changes. */
async function readIndex(repo, changes, options = {}) {
    const { git, layout, top } = repo;
    const entries = await git.indexEntries((0,_core_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .triggerPaths */ .L3)(layout));
    const models = [];
    const schemas = [];
    const refused = [];
    let policy;
    for (const e of entries) {
        const role = (0,_core_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .roleOf */ .kp)(e.path, layout);
        if (role.role === 'policy' && REGULAR.has(e.mode))
            policy = { path: e.path, oid: e.oid };
        else if (role.role === 'model') {
            if (REGULAR.has(e.mode))
                models.push({ path: e.path, kind: role.kind, oid: e.oid });
            else
                refused.push((0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .refusal */ .x5)(e.path, e.mode === '120000' ? 'link' : 'not-a-file'));
        }
        else if (role.role === 'schema' && REGULAR.has(e.mode))
            schemas.push({ path: e.path, oid: e.oid });
    }
    const olds = changes.filter((c) => c.oldOid && (0,_core_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .roleOf */ .kp)(c.path, layout).role === 'model' && (!c.oldMode || REGULAR.has(c.oldMode)));
    const blobs = await git.readBlobs([...models.map((m) => m.oid), ...schemas.map((s) => s.oid), ...olds.map((c) => c.oldOid), ...(policy ? [policy.oid] : [])], _fs_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_MODEL_BYTES */ .Bb);
    const files = [];
    for (const m of models) {
        const blob = blobs.get(m.oid);
        if (blob?.ok)
            files.push({ kind: m.kind, path: m.path, text: blob.text });
        else
            refused.push((0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .refusal */ .x5)(m.path, blob?.ok === false && blob.reason === 'too-large' ? blob.size : 'missing'));
    }
    const before = new Map();
    for (const c of olds) {
        const blob = blobs.get(c.oldOid);
        before.set(c.path, blob?.ok ? blob.text : undefined);
    }
    const fileChanges = changes.map((c) => ({ path: c.path, status: c.status === 'D' ? 'deleted' : c.status === 'A' || c.status === 'C' ? 'added' : 'modified' }));
    if (options.allNew)
        for (const c of fileChanges)
            if (c.status === 'modified')
                c.status = 'added';
    return {
        source: 'the git index',
        layout,
        files,
        refused,
        schemaDocs: (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .withPolicySchema */ .AR)(schemaDocsFrom(schemas, blobs, layout.schemas) ?? (0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .loadSchemaDocs */ .Td)((0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveSchemasDir */ .as)(options.schemas, top))),
        policy: policy ? policyText(policy, blobs) : (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .readPolicyFile */ .BK)(top, options.policy, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(top, layout.store)),
        dataDir: (0,_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveDataDir */ .HG)(top, layout.store),
        changes: (0,_core_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetOf */ .Im)(fileChanges, layout, before),
    };
}
function policyText(policy, blobs) {
    const blob = blobs.get(policy.oid);
    if (!blob?.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`cannot read the staged policy ${policy.path}: ${blob?.ok === false && blob.reason === 'too-large' ? `${blob.size} bytes` : 'its blob is missing'}`);
    return { path: policy.path, text: blob.text };
}
function schemaDocsFrom(schemas, blobs, dir) {
    const names = schemas.map((s) => s.path.split('/').pop());
    // Only a folder that really holds the model schemas counts: elsewhere the toolkit's own apply.
    if (!names.includes('cloud.schema.json') || !names.includes('local.schema.json'))
        return undefined;
    const docs = {};
    for (const s of schemas) {
        const blob = blobs.get(s.oid);
        if (!blob?.ok)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`cannot read the schema ${s.path}: its blob is ${blob?.ok === false ? blob.reason : 'missing'}`);
        try {
            docs[s.path.split('/').pop()] = JSON.parse(blob.text);
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`the schema ${s.path} is not valid JSON: ${err.message}`, { hint: `Fix ${dir}/ and stage it again.`, cause: err });
        }
    }
    return docs;
}


/***/ })

};
