export const id = 264;
export const ids = [264,336,342,500,665];
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
// EXTERNAL MODULE: ./src/io/repo.ts
var io_repo = __webpack_require__(7342);
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
    const repo = await (0,io_repo.openRepo)(io.cwd, { store: values.store });
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

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ scanShape),
/* harmony export */   U2: () => (/* binding */ tooDeepAt),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   m2: () => (/* binding */ closingQuote),
/* harmony export */   xC: () => (/* binding */ isSpace)
/* harmony export */ });
/** How deeply JSON may nest before any recursive walk runs over it. */
/**
 * How deeply arrays and objects may nest. A model file nests four levels; the walks over
 * parsed data (the duplicate-key scan, the locator, the schema validator) recurse, and a few
 * thousand levels in a 9 KB file exhaust the stack. Checked by a flat scan before anything
 * recursive runs.
 */
const MAX_DEPTH = 64;
/**
 * The offset of the bracket that opens level `limit + 1`, or -1 when the text nests no deeper
 * than `limit`. One pass, no recursion; strings are skipped (brackets inside them do not count).
 */
function tooDeepAt(text, limit = MAX_DEPTH) {
    return scanShape(text, limit).tooDeepAt;
}
/**
 * One flat pass over a JSON text: where it first nests deeper than `limit` (-1: never), and
 * how many object members it writes (strings followed by a colon: in valid JSON, exactly the
 * keys, repeated ones included). Comparing that count with the keys JSON.parse kept tells
 * whether any key was repeated without a second scan.
 */
function scanShape(text, limit = MAX_DEPTH) {
    let depth = 0;
    let members = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // a string: skip to its closing quote; a colon after it makes it a key
            i = closingQuote(text, i);
            if (i < 0)
                break; // unterminated: JSON.parse says so
            let j = i + 1;
            while (j < n && isSpace(text.charCodeAt(j)))
                j++;
            if (j < n && text.charCodeAt(j) === 0x3a) {
                members++;
                i = j;
            }
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > limit)
                return { tooDeepAt: i, members };
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return { tooDeepAt: -1, members };
}
/**
 * The quote that closes the string opening at `open`, or -1: found with indexOf (most of a
 * model file is strings, and a character loop over them was most of both scans), skipping a
 * quote preceded by an odd run of backslashes (escaped).
 */
function closingQuote(text, open) {
    for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 1)) {
        let slashes = 0;
        while (text.charCodeAt(q - 1 - slashes) === 0x5c)
            slashes++;
        if (slashes % 2 === 0)
            return q;
    }
    return -1;
}
/** JSON's whitespace. */
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}


/***/ }),

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

/***/ 2617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ Locator),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   qe: () => (/* binding */ locatorFor)
/* harmony export */ });
/* harmony import */ var _depth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8414);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Turns a place in a JSON document (a JSON pointer, or a character offset) into a 1-based
 * line and column. The parse tree is built lazily, only for files that have a finding:
 * parsing every file into a tree would cost more than validating the whole store.
 */


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
        // Too deep a text would exhaust the stack in the tree builder: positions fall back to line 1.
        if (this.tree === undefined)
            this.tree = (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeepAt */ .U2)(this.text) >= 0 ? null : ((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(this.text, [], { disallowComments: true }) ?? null);
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
        // A top-level key is where at() puts it (by the scan, without the tree); a missing one, the document.
        if (path.length === 0)
            return this.at([property], 'key');
        const obj = this.node(path);
        const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === property);
        return prop ? this.position(prop.offset) : this.at(path);
    }
}
/**
 * One pass over the text (no tokens made): the document's start and, at depth 1, each string
 * followed by a colon (a key) with where its value starts, strings skipped as depth.ts's scan
 * skips them (closingQuote). null when the text does not open with an object. Positions are
 * read only from texts that parsed as JSON.
 */
function scanTopLevel(text) {
    const n = text.length;
    let i = 0;
    while (i < n && (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(text.charCodeAt(i)))
        i++;
    if (text.charCodeAt(i) !== 0x7b)
        return null;
    const start = i;
    const keys = new Map();
    let depth = 0;
    for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const open = i;
            i = (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .closingQuote */ .m2)(text, open);
            if (i < 0)
                return null;
            if (depth !== 1)
                continue;
            let j = i + 1;
            while (j < n && (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(text.charCodeAt(j)))
                j++;
            if (text.charCodeAt(j) !== 0x3a)
                continue; // a string value, not a key
            let v = j + 1;
            while (v < n && (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(text.charCodeAt(v)))
                v++;
            if (v >= n)
                return null;
            const raw = text.slice(open + 1, i);
            const name = raw.includes('\\') ? decodeKey(raw) : raw;
            if (name === undefined)
                return null; // not JSON after all: the tree's path decides
            if (!keys.has(name))
                keys.set(name, { key: open, value: v });
            i = j;
        }
        else if (c === 0x7b || c === 0x5b)
            depth++;
        else if (c === 0x7d || c === 0x5d) {
            if (--depth === 0)
                break;
        }
    }
    return { start, keys };
}
function decodeKey(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return undefined;
    }
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/**
 * The locators of the files most recently placed in, so repeated findings in a file share one
 * scan and one parse tree. Bounded: a store where every file has a finding kept a locator (line
 * table, key table, maybe a tree) for each of 100,000 files to the end of the run.
 */
const locators = new Map();
const RECENT = 256;
function locatorFor(file) {
    let l = locators.get(file);
    if (!l) {
        if (locators.size >= RECENT)
            locators.delete(locators.keys().next().value);
        locators.set(file, (l = new Locator(file.text)));
    }
    return l;
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

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* reexport safe */ _depth_js__WEBPACK_IMPORTED_MODULE_2__.U2),
/* harmony export */   ex: () => (/* binding */ parseModelText),
/* harmony export */   xP: () => (/* binding */ JSON_SYNTAX)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _depth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8414);
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
    const shape = (0,_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .scanShape */ .Dx)(text);
    const deep = shape.tooDeepAt;
    if (deep >= 0)
        return fail(`nesting deeper than ${_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr} levels`, `A model file nests a few levels of objects and arrays; this one is not a model file (no file this deep is read further).`, deep);
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
    const dup = duplicateKey(text, data, shape.members);
    if (dup)
        return fail(`duplicate key "${dup.key}"`, 'JSON keeps only the last of two equal keys, so a reader of the file sees one value and the tools use another: remove one.', dup.offset);
    return { ok: true, data: data };
}
/**
 * The second occurrence of a key repeated within one object. A cheap screen first: the text
 * writes `members` object members (scanShape); when JSON.parse kept as many keys, no key was
 * repeated. Any difference runs the exact scan.
 */
function duplicateKey(text, data, members) {
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
    if (members === keys)
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

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ KINDS)
/* harmony export */ });
/** The vocabulary every module shares (see ARCHITECTURE.md). */
const KINDS = ['cloud', 'local'];


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ MAX_MODEL_BYTES),
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   DD: () => (/* binding */ loadStoreDir),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   Q7: () => (/* binding */ isDir),
/* harmony export */   Td: () => (/* binding */ loadSchemaDocs),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   as: () => (/* binding */ resolveSchemasDir),
/* harmony export */   nt: () => (/* binding */ deadLeftovers),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* unused harmony exports NOT_UTF8, processAlive */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3054);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7336);
/** Reading the store and the schemas from disk; writing files atomically. */






/** Model files larger than this are refused unread: no model needs a megabyte of JSON. */
const MAX_MODEL_BYTES = 1024 * 1024;
/** Reads `<storeDir>/cloud/*.json` and `<storeDir>/local/*.json`; paths shown relative to `base`. */
function loadStoreDir(storeDir, base) {
    if (!isDir(storeDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' });
    const files = [];
    const refused = [];
    for (const kind of _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KINDS */ .G) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(storeDir, kind);
        if (!isDir(dir))
            continue;
        // Dirents tell links from files without a stat per file; the size is checked on the open
        // descriptor before reading, so a huge file is refused without being read.
        const shownDir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.displayPath)(dir, base);
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (!entry.name.endsWith('.json'))
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            const shown = `${shownDir}/${entry.name}`;
            if (!entry.isFile()) {
                refused.push(refusal(shown, entry.isSymbolicLink() ? 'link' : 'not-a-file'));
                continue;
            }
            const text = readBounded(full, MAX_MODEL_BYTES);
            if (typeof text !== 'string') {
                refused.push(refusal(shown, text === NOT_UTF8 ? 'not-utf8' : text));
                continue;
            }
            files.push({ kind, path: shown, text });
        }
    }
    return { files, refused };
}
/**
 * The finding for a model file a reader will not read: a link, something that is not a file,
 * a blob missing from the repository, or a file of `why` bytes, over the limit.
 */
function refusal(file, why) {
    const [message, hint] = typeof why === 'number'
        ? [`model file is ${why} bytes, over the ${MAX_MODEL_BYTES}-byte limit`, 'A model file describes one model in a few dozen lines; this one is not a model file.']
        : why === 'not-utf8'
            ? ['model file is not valid UTF-8', 'Save the file as UTF-8 (JSON files are UTF-8); an editor that shows a replacement character (U+FFFD) marks the broken bytes.']
            : why === 'link'
                ? ['model file is a symbolic link', 'Model files are plain files inside the store; replace the link with the file itself.']
                : why === 'missing'
                    ? ['model file cannot be read: its blob is missing from the repository', 'Stage the file again (git add).']
                    : ['model file is not a regular file (a submodule?)', 'Model files are plain files inside the store; replace it with the file itself.'];
    return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint };
}
/** What readBounded returns for a file whose bytes are not UTF-8. */
const NOT_UTF8 = Symbol('not-utf8');
/** A file's text, its size when that is over `limit` (then it is not read), or NOT_UTF8. */
function readBounded(file, limit) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asFault */ .Ps)(err) ?? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
    }
    try {
        // One read into a buffer one byte larger than the limit, no fstat: a file that fills it is
        // over the limit (only then is it stat'ed, for the message). A short read is not the end of
        // the file, so read on until a read returns nothing.
        const buf = scratch(limit + 1);
        let n = 0;
        for (let got; n < buf.length && (got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null)) > 0;)
            n += got;
        if (n > limit)
            return Math.max((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size, n);
        return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(buf.subarray(0, n)) ?? NOT_UTF8;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
let shared;
/** One buffer reused by every bounded read (decoding copies what it keeps). */
function scratch(size) {
    if (!shared || shared.length < size)
        shared = Buffer.allocUnsafe(size);
    return shared.length === size ? shared : shared.subarray(0, size);
}
/**
 * A small text file a door reads whole (a template, a blueprint, the policy, a commit message):
 * a plain file, within its limit, valid UTF-8; otherwise a CurateError saying which (exit 2).
 */
function readTextFile(file, o) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch (err) {
        throw o.missing(err);
    }
    if (!st.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${o.label} is not a regular file`, { hint: o.linkHint, exitCode: 2 });
    if (st.size > o.limit)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${o.label} is ${st.size} bytes, over the ${o.limit}-byte limit`, { hint: o.limitHint, exitCode: 2 });
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch (err) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asFault */ .Ps)(err) ?? o.missing(err);
    }
    const text = o.lenient ? bytes.toString('utf8') : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(bytes);
    if (text === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${o.label} is not valid UTF-8`, { hint: 'Save it as UTF-8.', exitCode: 2 });
    return text;
}
/** The schemas folder: the one asked for, else ./schemas, else the toolkit's own. */
function resolveSchemasDir(asked, cwd) {
    if (asked)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, asked);
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, 'schemas');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(local, 'cloud.schema.json')) ? local : node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'schemas');
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
/** Whether the process `pid` is alive (a leftover of a live process is left alone). */
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * The leftovers `.<name>.<pid>[.<n>].<suffix>` beside `name` in `dir` whose process is dead (it was
 * killed mid-write), by suffix. The caller decides what to do with each; nothing is done here.
 */
function deadLeftovers(dir, name, suffixes) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const prefix = `.${name}.`;
    const out = [];
    for (const e of entries) {
        if (!e.startsWith(prefix))
            continue;
        const rest = e.slice(prefix.length).split('.');
        const suffix = rest.pop();
        if (!suffixes.includes(suffix) || !rest.length || !rest.every((x) => /^[0-9]+$/.test(x)))
            continue;
        if (!processAlive(Number(rest[0])))
            out.push({ path: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e), suffix });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
/**
 * Writes a file so that readers see the old content or the new, never a part:
 * a temporary file beside the target, flushed, then a rename. With `exclusive`, an existing
 * target is never replaced. Temporary files of processes killed mid-write are removed.
 */
function writeFileAtomic(target, content, options = {}) {
    if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${target} already exists; nothing was written`, { exitCode: 2 });
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target);
    for (const left of deadLeftovers(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target), ['tmp']))
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(left.path, { force: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        if (options.exclusive) {
            // A hard link never replaces an existing file: "never overwrite" holds even against a racing writer.
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(tmp, target);
            }
            catch (err) {
                if (err.code === 'EEXIST')
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${target} already exists; nothing was written`, { exitCode: 2 });
                throw err;
            }
        }
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
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
