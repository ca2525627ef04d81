export const id = 963;
export const ids = [963,336,871];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mr: () => (/* binding */ plainDecimal),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
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
/**
 * A numeric flag's value: plain decimal digits only (an optional fraction when `fraction`), at
 * most `max`. Number() would read "0x10" as 16, "1e3" as 1000 and "" as 0; these are refused.
 */
function plainDecimal(value, flag, options) {
    const form = options.fraction ? /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,6})?$/ : /^(0|[1-9][0-9]{0,15})$/;
    const n = form.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isFinite(n) || n > options.max || n < (options.min ?? 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`${flag} must be a plain decimal number from ${options.min ?? 0} to ${options.max.toLocaleString('en-US')}; got "${value.slice(0, 40)}"`, {
            hint: options.fraction ? 'Write digits, with an optional fraction: 4 or 4.5 (no 0x, exponent or sign).' : 'Write digits only: 8192 (no 0x, exponent, sign or fraction).',
            exitCode: 2,
        });
    return n;
}


/***/ }),

/***/ 5264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __webpack_require__(6207);
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
 * Messages git or a workflow writes, which the convention does not govern: reverts, fixup/
 * squash/amend commits that an autosquash rebase folds into a judged one, and merges, but only
 * while a merge is in progress (`merging`): otherwise "Merge ..." is a loophole any commit of
 * model files could write.
 */
function isExempt(subject, options = {}) {
    if (/^Merge /.test(subject))
        return options.merging === true;
    return /^(Revert "|Reapply "|(fixup|squash|amend)! )/.test(subject);
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
            if (JSON.stringify((0,own/* own */.Z)(before, k)) !== JSON.stringify((0,own/* own */.Z)(after, k)))
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
// EXTERNAL MODULE: ./src/io/read-index.ts + 1 modules
var read_index = __webpack_require__(5871);
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
commits, merges in progress, reverts and fixup!/squash! commits are not judged; a "Merge ..."
subject outside a merge is judged like any other.

Options:
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  -h, --help          show this help

Exit codes: 0 accepted, 1 refused, 2 usage or I/O failure.
`;
/** A commit message larger than this is not a message. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, { store: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* CurateError */.nK('commit-msg takes one FILE: the message file git passes to the hook', { hint: USAGE, exitCode: 2 });
    const message = readMessage(external_node_path_default().resolve(io.cwd, positionals[0]));
    const repo = await (0,read_index.openRepo)(io.cwd, { store: values.store });
    const staged = repo.git.stagedChanges((0,layout/* modelFolders */.tH)(repo.layout)).filter((c) => (0,layout/* roleOf */.kp)(c.path, repo.layout).role === 'model');
    if (!staged.length)
        return 0;
    const pending = repo.git.pendingOperation(repo.gitDir);
    if (pending)
        return 0;
    const subject = subjectOf(message, repo.git.commentChar());
    // An empty message: git aborts the commit itself, with its own words. "Merge ..." is exempt
    // only while a merge is in progress (then pendingOperation returned above).
    if (!subject || isExempt(subject, { merging: false }))
        return 0;
    const blobs = repo.git.readBlobs(staged.flatMap((c) => [c.oldOid, c.newOid].filter((o) => o !== undefined)), fs/* MAX_MODEL_BYTES */.Bb);
    const data = (oid, p) => {
        const blob = oid === undefined ? undefined : blobs.get(oid);
        if (!blob?.ok)
            return undefined;
        const parsed = (0,parse/* parseModelText */.ex)(p, blob.text);
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
    // Lenient: git allows messages in other encodings (i18n.commitEncoding); the subject's form is what is judged.
    return (0,fs/* readTextFile */.Gu)(file, {
        limit: MAX_MESSAGE_BYTES,
        label: `the commit message file ${file}`,
        missing: (err) => new errors/* CurateError */.nK(`cannot read the commit message file ${file}: ${err.message}`, { exitCode: 2 }),
        lenient: true,
    });
}


/***/ }),

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ tally),
/* harmony export */   Z: () => (/* binding */ own)
/* harmony export */ });
/**
 * Keys are data. A name a user controls (`constructor`, `__proto__`, `toString`) read from a plain
 * object finds Object.prototype's members; these read and count own properties only.
 */
/** `obj[key]` when `obj` has it as its own property, else undefined. */
function own(obj, key) {
    return obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key) ? obj[key] : undefined;
}
/** Counts of each key, in key order, as a plain object built with own properties only. */
function tally(keys) {
    const t = new Map();
    for (const k of keys)
        t.set(k, (t.get(k) ?? 0) + 1);
    return Object.fromEntries([...t].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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


/***/ }),

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRepo: () => (/* binding */ openRepo),
  readIndex: () => (/* binding */ readIndex),
  stagedChanges: () => (/* binding */ stagedChanges)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/changes.ts
var core_changes = __webpack_require__(1490);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/layout.ts
var core_layout = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/core/store.ts
var store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/io/context-cache.ts
/**
 * The hook's cache of context facts, by blob id: what cross-file rules read of each model file
 * the commit does not change (core/store.ts CONTEXT_FIELDS). A blob id names the file's exact
 * bytes, so an entry never goes stale; reading the facts of 10,000 models from one file is
 * about a tenth of reading their blobs from git. It lives in the repository's own folder
 * (.git/leger-curate/), holds about the blobs of the last index read, and is safe to delete: a
 * missing, unreadable or foreign file is ignored and rebuilt.
 */




const FORMAT = `leger-curate context cache 1: ${store/* CONTEXT_FIELDS */.g$.join(',')}`;
/** A cache for 100,000 models is about 20 MB; anything far larger is not this cache. */
const MAX_BYTES = 256 * 1024 * 1024;
class ContextCache {
    file;
    /** The models as read: looked up where they lie (building a map of 10,000 cost more than parsing them). */
    read = {};
    learnt = new Map();
    constructor(file) {
        this.file = file;
    }
    /** The cache in `gitDir`, as far as it can be read. */
    static open(gitDir) {
        const cache = new ContextCache(external_node_path_default().join(gitDir, 'leger-curate', 'context.json'));
        try {
            const text = (0,fs/* readBounded */.CB)(cache.file, MAX_BYTES);
            if (typeof text !== 'string')
                return cache;
            const doc = JSON.parse(text);
            if (doc.format === FORMAT && doc.models && typeof doc.models === 'object' && !Array.isArray(doc.models))
                cache.read = doc.models;
        }
        catch {
            // no cache yet, or one that cannot be read: start afresh
        }
        return cache;
    }
    /** The facts of a blob, when the cache holds them as an object under a blob id (taken as written: the Store keeps only CONTEXT_FIELDS). */
    get(oid) {
        const learnt = this.learnt.get(oid);
        if (learnt)
            return learnt;
        const data = OID.test(oid) && Object.hasOwn(this.read, oid) ? this.read[oid] : undefined;
        if (!data || typeof data !== 'object' || Array.isArray(data))
            return undefined;
        return data;
    }
    set(oid, data) {
        this.learnt.set(oid, (0,store/* contextOf */.Vm)(data));
    }
    /**
     * Writes the cache back when it learnt a blob. Blobs no longer in `keep` (the index just read)
     * are dropped only once they are a third of it: writing 10,000 models' facts costs ~45 ms, and
     * a commit that edits the file the last one edited then learns nothing and writes nothing.
     */
    save(keep) {
        const held = Object.keys(this.read);
        let stale = 0;
        for (const oid of held)
            if (!keep.has(oid) && !this.learnt.has(oid))
                stale++;
        for (const oid of this.learnt.keys())
            if (!keep.has(oid))
                stale++;
        const pruning = stale * 2 > keep.size;
        if (!this.learnt.size && !pruning)
            return;
        const models = {};
        for (const oid of held)
            if (OID.test(oid) && (!pruning || keep.has(oid)))
                models[oid] = this.read[oid];
        for (const [oid, data] of this.learnt)
            if (!pruning || keep.has(oid))
                models[oid] = data;
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(this.file), { recursive: true });
            (0,fs/* writeFileAtomic */.Zf)(this.file, JSON.stringify({ format: FORMAT, models }));
        }
        catch {
            // a read-only repository or a full disk: the next commit reads the blobs again
        }
    }
}
const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/io/litellm.ts
var litellm = __webpack_require__(9995);
// EXTERNAL MODULE: ./src/io/policy.ts
var io_policy = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/io/read-change.ts
var read_change = __webpack_require__(7895);
;// CONCATENATED MODULE: ./src/io/read-index.ts
/**
 * The git index as a snapshot: every model file, schema and the policy read from the index
 * (stage 0), never from the working tree, so `git commit -a`, `git commit -- path` and partial
 * staging are judged on exactly what they record. One ls-files and two cat-file calls,
 * whatever the size of the store.
 */












/** Finds the repository around `cwd` and places the store, schemas and policy inside it. */
async function openRepo(cwd, options) {
    const { top, gitDir } = new git.Git(cwd).locate();
    const inside = (p, flag) => {
        const rel = external_node_path_default().relative(real(top), real(external_node_path_default().resolve(cwd, p)));
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            throw new errors/* CurateError */.nK(`${flag} ${p} is outside the repository ${top}`, { hint: '--staged reads the store from the git index: the folder must be inside the repository.' });
        return rel.split((external_node_path_default()).sep).join('/');
    };
    const layout = {
        store: inside(options.store ?? 'model-store', '--store'),
        schemas: inside(options.schemas ?? 'schemas', '--schemas'),
        policy: inside(options.policy ?? core_layout/* POLICY_FILE */.CX, '--policy'),
    };
    return { git: new git.Git(top), top, gitDir, layout };
}
/** The real path of what exists of `p` (the store folder may not exist in the working tree). */
function real(p) {
    let head = p;
    const rest = [];
    for (;;) {
        try {
            return external_node_path_default().join((0,external_node_fs_.realpathSync)(head), ...rest);
        }
        catch {
            const up = external_node_path_default().dirname(head);
            if (up === head)
                return p;
            rest.unshift(external_node_path_default().basename(head));
            head = up;
        }
    }
}
/** What the next commit changes in the store (its model files, schemas and policy). */
async function stagedChanges(repo) {
    return (await repo.git.stagedChanges((0,core_layout/* triggerPaths */.L3)(repo.layout))).filter((c) => (0,core_layout/* roleOf */.kp)(c.path, repo.layout).role !== 'other');
}
const REGULAR = new Set(['100644', '100755']);
/**
 * The tree the next commit records, with what it changes. The model files the commit changes
 * (and those whose replacement chain runs through them) are read whole; of the others, only
 * their context facts are needed, taken from the cache by blob id where it has them.
 */
async function readIndex(repo, changes, options = {}) {
    const { git, layout, top } = repo;
    const entries = await git.indexEntries((0,core_layout/* triggerPaths */.L3)(layout));
    const models = [];
    const schemas = [];
    const refused = [];
    let policy;
    for (const e of entries) {
        const role = (0,core_layout/* roleOf */.kp)(e.path, layout);
        if (role.role === 'policy' && REGULAR.has(e.mode))
            policy = { path: e.path, oid: e.oid };
        else if (role.role === 'model') {
            if (REGULAR.has(e.mode))
                models.push({ path: e.path, kind: role.kind, oid: e.oid });
            else
                refused.push((0,fs/* refusal */.x5)(e.path, e.mode === '120000' ? 'link' : 'not-a-file'));
        }
        else if (role.role === 'schema' && REGULAR.has(e.mode))
            schemas.push({ path: e.path, oid: e.oid });
    }
    const changed = new Set(changes.filter((c) => c.status !== 'D').map((c) => c.path));
    // A change to the schemas or the policy is judged against the whole store: every file is read.
    const whole = changes.some((c) => ['schema', 'policy'].includes((0,core_layout/* roleOf */.kp)(c.path, layout).role));
    const cache = ContextCache.open(repo.gitDir);
    const cached = (m) => (whole || changed.has(m.path) ? undefined : cache.get(m.oid));
    const olds = changes.filter((c) => c.oldOid && (0,core_layout/* roleOf */.kp)(c.path, layout).role === 'model' && (!c.oldMode || REGULAR.has(c.oldMode)));
    const blobs = await git.readBlobs([...models.filter((m) => !cached(m)).map((m) => m.oid), ...schemas.map((s) => s.oid), ...olds.map((c) => c.oldOid), ...(policy ? [policy.oid] : [])], fs/* MAX_MODEL_BYTES */.Bb);
    const fileOf = (m) => {
        const context = cached(m);
        if (context)
            return { kind: m.kind, path: m.path, text: '', context };
        const blob = blobs.get(m.oid);
        if (blob?.ok) {
            const context = changed.has(m.path) ? undefined : (0,store/* plainObject */.ov)(blob.text);
            if (context)
                cache.set(m.oid, context);
            return { kind: m.kind, path: m.path, text: blob.text, context };
        }
        return (0,fs/* refusal */.x5)(m.path, blob?.ok === false && blob.reason === 'too-large' ? blob.size : blob?.ok === false && blob.reason === 'not-utf8' ? 'not-utf8' : 'missing');
    };
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
    const changeSet = (0,core_changes.changeSetOf)(fileChanges, layout, before);
    const files = await withDependentsRead(git, models, models.map(fileOf), changeSet, refused);
    cache.save(new Set(models.map((m) => m.oid)));
    const snapshot = {
        source: 'the git index',
        layout,
        files,
        refused,
        schemaDocs: (0,io_policy/* withPolicySchema */.AR)((0,read_change.schemaDocsFrom)(schemas, blobs, layout.schemas) ?? (0,fs/* loadSchemaDocs */.Td)((0,fs/* resolveSchemasDir */.as)(options.schemas, top))),
        policy: policy ? policyText(policy, blobs) : (0,io_policy/* readPolicyFile */.BK)(top, options.policy, external_node_path_default().join(top, layout.store)),
        dataDir: (0,litellm/* resolveDataDir */.HG)(top, layout.store),
        lookups: external_node_path_default().join(repo.gitDir, 'leger-curate'),
        changes: changeSet,
    };
    // A commit that changes the policy or the schemas cannot loosen its own check: its model files
    // are judged under HEAD's, exactly as the pull request check judges them under its base's.
    const head = snapshot.changes.config.size ? git.head() : undefined;
    return head ? { ...snapshot, base: (0,read_change.baseConfig)(git, head, snapshot) } : snapshot;
}
/**
 * The files, with the cached ones the change's focus reaches read whole: a model whose
 * replacement chain runs through a changed name gets its link findings reported, at their lines.
 * Refusals among `read` are moved to `refused`.
 */
async function withDependentsRead(git, models, read, changes, refused) {
    const files = [];
    for (const r of read)
        if ('rule' in r)
            refused.push(r);
        else
            files.push(r);
    const unread = (f) => f.context !== undefined && f.text === '';
    if (!files.some(unread) || changes.everything || !mayHaveDependents(files, changes))
        return files;
    const focus = (0,core_changes/* focusOf */.sq)(new store/* Store */.il(files, [], { focus: new Set([...changes.added, ...changes.modified]) }), changes);
    const wanted = (f) => unread(f) && focus?.dependents.has(f.path);
    if (!files.some(wanted))
        return files;
    const oidOf = new Map(models.map((m) => [m.path, m.oid]));
    const blobs = await git.readBlobs(files.filter(wanted).map((f) => oidOf.get(f.path)), fs/* MAX_MODEL_BYTES */.Bb);
    return files.map((f) => {
        const blob = wanted(f) ? blobs.get(oidOf.get(f.path)) : undefined;
        return blob?.ok ? { kind: f.kind, path: f.path, text: blob.text } : f;
    });
}
/** Whether any model names as its replacement a name a changed file declares (see touchedNames). */
function mayHaveDependents(files, changes) {
    const text = new Map(files.map((f) => [f.path, f.text]));
    const touched = (0,core_changes/* touchedNames */.Jr)(changes, (p) => text.get(p));
    return files.some((f) => {
        const r = (f.context ?? (0,store/* plainObject */.ov)(f.text))?.replacement;
        return typeof r === 'string' && touched.has(r.toLowerCase());
    });
}
function policyText(policy, blobs) {
    const blob = blobs.get(policy.oid);
    if (!blob?.ok)
        throw new errors/* CurateError */.nK(`cannot read the staged policy ${policy.path}: ${blob?.ok === false && blob.reason === 'too-large' ? `${blob.size} bytes` : blob?.ok === false && blob.reason === 'not-utf8' ? 'it is not valid UTF-8' : 'its blob is missing'}`, { hint: 'Save the policy as UTF-8 JSON and stage it again.' });
    return { path: policy.path, text: blob.text };
}


/***/ })

};
