export const id = 800;
export const ids = [800];
export const modules = {

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

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DELETED_MODEL: () => (/* binding */ DELETED_MODEL),
/* harmony export */   deletionFindings: () => (/* binding */ deletionFindings),
/* harmony export */   inScope: () => (/* binding */ inScope),
/* harmony export */   modelPaths: () => (/* binding */ modelPaths),
/* harmony export */   namesIn: () => (/* binding */ namesIn),
/* harmony export */   reportScope: () => (/* binding */ reportScope),
/* harmony export */   roleOf: () => (/* binding */ roleOf),
/* harmony export */   shellQuote: () => (/* binding */ shellQuote),
/* harmony export */   triggerPaths: () => (/* binding */ triggerPaths)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3054);
/**
 * What a commit changes in the store, and what the pre-commit check reports on: pure
 * decisions over paths and texts that the git adapter (src/io/git.ts) gathers from the index.
 */



/**
 * A path's role in the store. Model files are exactly `<store>/<kind>/<name>.json`, the files the
 * store reader reads; anything else under the store (its README, a nested folder) is not a model.
 */
function roleOf(path, layout) {
    if (path === layout.policy)
        return { role: 'policy' };
    for (const kind of _types_js__WEBPACK_IMPORTED_MODULE_2__/* .KINDS */ .G) {
        const dir = `${prefix(layout.store)}${kind}/`;
        if (path.startsWith(dir) && path.endsWith('.json') && !path.slice(dir.length).includes('/'))
            return { role: 'model', kind };
    }
    const schemas = prefix(layout.schemas);
    if (path.startsWith(schemas) && path.endsWith('.schema.json') && !path.slice(schemas.length).includes('/'))
        return { role: 'schema' };
    return { role: 'other' };
}
function prefix(dir) {
    return dir === '' || dir === '.' ? '' : `${dir}/`;
}
/** The folders that hold model files. */
function modelPaths(layout) {
    return _types_js__WEBPACK_IMPORTED_MODULE_2__/* .KINDS */ .G.map((k) => `${prefix(layout.store)}${k}`);
}
/** The pathspecs that hold everything `roleOf` cares about (the hook asks git about nothing else). */
function triggerPaths(layout) {
    return [...modelPaths(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy];
}
const DELETED_MODEL = 'deleted-model';
/** The id and aliases a model file declares, from its text; the file name stands in for an unreadable id. */
function namesIn(path, text) {
    const stem = (path.split('/').pop() ?? path).replace(/\.json$/, '');
    const parsed = text === undefined ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelText */ .e)(path, text);
    if (!parsed?.ok)
        return { id: stem, aliases: [] };
    const aliases = Array.isArray(parsed.data.aliases) ? parsed.data.aliases.filter((a) => typeof a === 'string') : [];
    return { id: (0,_store_js__WEBPACK_IMPORTED_MODULE_1__.str)(parsed.data.id) ?? stem, aliases };
}
/**
 * Deleting a model file is refused: the store deprecates, it never deletes, because blueprints
 * in the wild name models by id. A file that moves (its id reappears in another file of the
 * commit, e.g. from cloud/ to local/) is not a deletion. Models that name the deleted one as
 * their replacement are named in the finding (their own `deprecation` finding points at the line).
 */
function deletionFindings(deleted, store) {
    const out = [];
    for (const d of deleted) {
        const { id, aliases } = namesIn(d.path, d.text);
        if (store.entries.some((e) => (0,_store_js__WEBPACK_IMPORTED_MODULE_1__.idOf)(e) === id))
            continue;
        const names = new Set([id, ...aliases].map((n) => n.toLowerCase()));
        const dependents = store.entries.filter((e) => {
            const r = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__.str)(e.data.replacement);
            return r !== undefined && names.has(r.toLowerCase());
        });
        const named = dependents.map((e) => `${(0,_store_js__WEBPACK_IMPORTED_MODULE_1__.idOf)(e) ?? e.file.path} (${e.file.path})`);
        const message = `model "${id}" is deleted; the store deprecates models, it never deletes them` +
            (named.length ? `. ${named.join(', ')} ${named.length === 1 ? 'names' : 'name'} "${id}" as ${named.length === 1 ? 'its' : 'their'} replacement` : '');
        const hint = `Restore the file (git restore --staged --worktree -- ${shellQuote(d.path)}), then deprecate it: ` +
            `leger-curate deprecate ${shellQuote(id)} --replacement <id of the model to use instead>` +
            ` (or set "deprecated": true, "replacement" and "enabled": false in the file).` +
            (named.length ? ` Models that name "${id}" as their replacement must point at another model first.` : '');
        out.push({ rule: DELETED_MODEL, severity: 'error', file: d.path, line: 1, column: 1, message, hint });
    }
    return out;
}
function reportScope(store, options) {
    const dependents = new Set();
    if (options.everything)
        return { files: new Set([...store.files.map((f) => f.path), ...store.syntax.map((f) => f.file)]), dependents };
    const files = new Set(options.staged);
    const touched = new Set([...options.touchedNames].map((n) => n.toLowerCase()));
    for (const e of store.entries) {
        if (files.has(e.file.path))
            continue;
        // Follow the chain a few hops (cycles and long chains are the deprecation rule's business).
        let name = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__.str)(e.data.replacement);
        for (let hop = 0; name !== undefined && hop < 16; hop++) {
            if (touched.has(name.toLowerCase())) {
                dependents.add(e.file.path);
                break;
            }
            const next = store.find(name);
            name = next && next.data.deprecated === true ? (0,_store_js__WEBPACK_IMPORTED_MODULE_1__.str)(next.data.replacement) : undefined;
        }
    }
    return { files, dependents };
}
/** Whether a finding belongs in the report for this scope. */
function inScope(scope, finding) {
    return scope.files.has(finding.file) || (scope.dependents.has(finding.file) && finding.rule === 'deprecation');
}
/** A word as a POSIX shell reads it: plain when safe, else single-quoted. */
function shellQuote(s) {
    return /^[A-Za-z0-9._/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Store: () => (/* binding */ Store),
/* harmony export */   aliasesOf: () => (/* binding */ aliasesOf),
/* harmony export */   idOf: () => (/* binding */ idOf),
/* harmony export */   num: () => (/* binding */ num),
/* harmony export */   price: () => (/* binding */ price),
/* harmony export */   str: () => (/* binding */ str)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/**
 * The store as rules see it: every model file, parsed once, with lookups by id and alias.
 * Files that fail json-syntax are kept aside with their finding; nothing else runs on them.
 */

class Store {
    files;
    entries = [];
    /** json-syntax findings of files that could not be read as an object. */
    syntax = [];
    index;
    /**
     * `refused`: findings of files the reader would not read (too large, a link); they count as files.
     * `focus`: the files whose findings will be read. The others are only context for cross-file
     * rules, so a plain JSON.parse reads them: the full json-syntax checks (BOM, duplicate keys)
     * cost about six times as much, which matters for one staged file in a 10,000-model store.
     */
    constructor(files, refused = [], options = {}) {
        this.files = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        this.syntax.push(...refused);
        for (const file of this.files) {
            const quick = options.focus && !options.focus.has(file.path) ? plainObject(file.text) : undefined;
            if (quick) {
                this.entries.push({ file, kind: file.kind, data: quick });
                continue;
            }
            const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelText */ .e)(file.path, file.text);
            if (parsed.ok)
                this.entries.push({ file, kind: file.kind, data: parsed.data });
            else
                this.syntax.push(parsed.finding);
        }
    }
    /** The entry whose id (or, failing that, alias) is `name`, case-insensitively; first by path wins. */
    find(name) {
        if (!this.index) {
            const ids = new Map();
            const aliases = new Map();
            for (const e of this.entries) {
                const id = idOf(e);
                if (id && !ids.has(id.toLowerCase()))
                    ids.set(id.toLowerCase(), e);
                for (const a of aliasesOf(e))
                    if (!aliases.has(a.toLowerCase()))
                        aliases.set(a.toLowerCase(), e);
            }
            for (const [k, v] of aliases)
                if (!ids.has(k))
                    ids.set(k, v);
            this.index = ids;
        }
        return this.index.get(name.toLowerCase());
    }
    /** All ids, for did-you-mean suggestions. */
    ids() {
        return this.entries.map(idOf).filter((x) => x !== undefined);
    }
    /**
     * This store with `file` added, or replacing the file at its path, parsing only that file:
     * the scaffolder checks every answer this way, and re-parsing every file per answer was
     * most of the cost (1.2 s of 1.9 s per answer on 10,000 models).
     */
    withFile(file) {
        const next = new Store([file]);
        const added = next.entries.slice();
        const addedSyntax = next.syntax.slice();
        const files = this.files.filter((f) => f.path !== file.path).concat(file).sort(byPath);
        const entries = this.entries.filter((e) => e.file.path !== file.path).concat(added).sort((a, b) => byPath(a.file, b.file));
        next.files.length = 0;
        next.entries.length = 0;
        next.syntax.length = 0;
        for (const f of files)
            next.files.push(f);
        for (const e of entries)
            next.entries.push(e);
        for (const f of this.syntax)
            if (f.file !== file.path)
                next.syntax.push(f);
        for (const f of addedSyntax)
            next.syntax.push(f);
        return next;
    }
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** The object a text holds, or undefined (then the full parse says why). */
function plainObject(text) {
    try {
        const data = JSON.parse(text);
        return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** The id of an entry when it is a string (the schema rule reports it otherwise). */
function idOf(e) {
    return str(e.data.id);
}
function aliasesOf(e) {
    const a = e.data.aliases;
    return Array.isArray(a) ? a.filter((x) => typeof x === 'string') : [];
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** A price as a number: the human form "$1.25" and plain numbers compare alike. */
function price(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && /^\$(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(v))
        return Number(v.slice(1));
    return undefined;
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

/***/ 800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  POLICY_FILE: () => (/* binding */ POLICY_FILE),
  openStagedRepo: () => (/* binding */ openStagedRepo),
  readIndexSnapshot: () => (/* binding */ readIndexSnapshot)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/staged.ts
var staged = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/io/git.ts
/**
 * Reading the git index (what a commit will record) with git's plumbing commands.
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
        const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: this.cwd, env: this.env, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] });
        if (r.error)
            throw gitError(args, r.error.message);
        if (r.status !== 0)
            throw gitError(args, r.stderr.toString('utf8'));
        return r.stdout;
    }
    async raw(args, input) {
        return this.run(args, input).toString('utf8');
    }
    /** The root of the work tree (findings and pathspecs are relative to it). */
    async toplevel() {
        const out = await this.raw(['rev-parse', '--show-toplevel']);
        const top = out.replace(/\n$/, '');
        if (!top)
            throw new errors/* CurateError */.nK('not inside a git work tree', { hint: '--staged reads the git index: run it inside the repository.' });
        return top;
    }
    /** The character that starts a comment line in commit messages (core.commentChar). */
    async commentChar() {
        const value = (await this.raw(['config', '--default', '#', '--get', 'core.commentChar'])).replace(/\n$/, '');
        // "auto" picks a character per message; the hook cannot know which, and '#' is git's first choice.
        return value === '' || value === 'auto' ? '#' : value;
    }
    /** The merge, cherry-pick or revert this commit concludes, if any (its message is git's). */
    async pendingOperation() {
        const heads = ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'];
        const out = await this.raw(['rev-parse', ...heads.flatMap((h) => ['--git-path', h])]);
        const paths = out.split('\n');
        const names = { MERGE_HEAD: 'merge', CHERRY_PICK_HEAD: 'cherry-pick', REVERT_HEAD: 'revert' };
        for (let i = 0; i < heads.length; i++)
            if (paths[i] && (0,external_node_fs_.existsSync)(external_node_path_default().resolve(this.cwd, paths[i])))
                return names[heads[i]];
        return undefined;
    }
    /**
     * What the commit changes, limited to `pathspecs` (repo-relative, taken literally).
     * `--raw` gives the blob on both sides with the status, so one call yields the file list
     * (the same list as `--name-only`), the staged blob to read and, for a deletion or a
     * modification, the blob HEAD had. Renames are split into a deletion and an addition.
     */
    async stagedChanges(pathspecs) {
        const out = await this.raw(['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--diff-filter=ACDMRT', '--', ...literal(pathspecs)]);
        return parseRawDiff(out);
    }
    /** Stage-0 index entries under `pathspecs` (the tree the commit will record there). */
    async indexEntries(pathspecs) {
        const out = await this.raw(['ls-files', '--stage', '-z', '--', ...literal(pathspecs)]);
        return parseLsFiles(out);
    }
    /**
     * Reads blobs by object id with two `git cat-file` calls whatever their number: sizes first
     * (`--batch-check`), so a huge file is refused unread, then the contents of the rest (`--batch`).
     */
    async readBlobs(oids, maxBytes) {
        const unique = [...new Set(oids)];
        const result = new Map();
        if (!unique.length)
            return result;
        const checked = await this.raw(['cat-file', '--batch-check'], unique.join('\n') + '\n');
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
    return new errors/* CurateError */.nK(`git ${args[0]} failed: ${first}`, { hint: 'The hooks read the git index: run them inside the repository, with git on PATH.' });
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

;// CONCATENATED MODULE: ./src/io/staged.ts
/**
 * The store as the commit will record it: every model file and schema read from the git
 * index (stage 0), never from the working tree, so `git commit -a`, `git commit -- path` and
 * partial staging are judged on exactly what they commit.
 */






const POLICY_FILE = 'curation.config.json';
/** Finds the repository around `cwd` and places the store and schema folders inside it. */
async function openStagedRepo(cwd, options) {
    const top = await new Git(cwd).toplevel();
    const inside = (p, flag) => {
        const abs = external_node_path_default().resolve(cwd, p);
        let rel = external_node_path_default().relative(real(top), real(abs));
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            throw new errors/* CurateError */.nK(`${flag} ${p} is outside the repository ${top}`, { hint: '--staged reads the store from the git index: the folder must be inside the repository.', exitCode: 2 });
        rel = rel.split((external_node_path_default()).sep).join('/');
        return rel;
    };
    const layout = {
        store: inside(options.store ?? 'model-store', '--store'),
        schemas: options.schemas === undefined ? 'schemas' : inside(options.schemas, '--schemas'),
        policy: POLICY_FILE,
    };
    return { git: new Git(top), top, layout };
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
const REGULAR = new Set(['100644', '100755']);
/** One ls-files and two cat-file calls, whatever the size of the store. */
async function readIndexSnapshot(repo, changes) {
    const { git, layout } = repo;
    const entries = await git.indexEntries([...(0,staged.modelPaths)(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy]);
    const models = [];
    const schemas = [];
    const refused = [];
    let policy;
    for (const e of entries) {
        const role = (0,staged.roleOf)(e.path, layout);
        if (role.role === 'policy' && REGULAR.has(e.mode))
            policy = { path: e.path, oid: e.oid };
        else if (role.role === 'model') {
            if (REGULAR.has(e.mode))
                models.push({ path: e.path, kind: role.kind, oid: e.oid });
            else
                refused.push(refuse(e.path, e.mode === '120000' ? 'model file is a symbolic link' : 'model file is not a regular file (a submodule?)'));
        }
        else if (role.role === 'schema' && REGULAR.has(e.mode))
            schemas.push({ path: e.path, oid: e.oid });
    }
    const olds = changes.filter((c) => c.oldOid && (0,staged.roleOf)(c.path, layout).role === 'model' && (!c.oldMode || REGULAR.has(c.oldMode)));
    const blobs = await git.readBlobs([...models.map((m) => m.oid), ...schemas.map((s) => s.oid), ...olds.map((c) => c.oldOid), ...(policy ? [policy.oid] : [])], fs.MAX_MODEL_BYTES);
    const files = [];
    for (const m of models) {
        const blob = blobs.get(m.oid);
        if (blob?.ok)
            files.push({ kind: m.kind, path: m.path, text: blob.text });
        else
            refused.push(refuse(m.path, unreadable(blob)));
    }
    const before = new Map();
    for (const c of olds) {
        const blob = blobs.get(c.oldOid);
        before.set(c.path, blob?.ok ? blob.text : undefined);
    }
    const policyBlob = policy && blobs.get(policy.oid);
    if (policy && !policyBlob?.ok)
        throw new errors/* CurateError */.nK(`cannot read the staged policy ${policy.path}: ${unreadable(policyBlob)}`, { exitCode: 2 });
    return {
        files,
        refused,
        schemaDocs: schemaDocsFrom(schemas, blobs, layout.schemas),
        before,
        policy: policy && policyBlob?.ok ? { path: policy.path, text: policyBlob.text } : undefined,
    };
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
            throw new errors/* CurateError */.nK(`cannot read the staged schema ${s.path}: ${unreadable(blob)}`, { exitCode: 2 });
        try {
            docs[s.path.split('/').pop()] = JSON.parse(blob.text);
        }
        catch (err) {
            throw new errors/* CurateError */.nK(`the staged schema ${s.path} is not valid JSON: ${err.message}`, { hint: `Fix ${dir}/ and stage it again.`, exitCode: 2, cause: err });
        }
    }
    return docs;
}
function unreadable(blob) {
    if (!blob)
        return 'its blob is missing from the repository';
    if (blob.ok)
        return 'unreadable';
    if (blob.reason === 'too-large')
        return `model file is ${blob.size} bytes, over the ${fs.MAX_MODEL_BYTES}-byte limit`;
    if (blob.reason === 'not-a-blob')
        return 'model file is not a regular file';
    return 'its blob is missing from the repository';
}
function refuse(file, message) {
    const hint = message.includes('bytes')
        ? 'A model file describes one model in a few dozen lines; this one is not a model file.'
        : 'Model files are plain files inside the store; replace the link with the file itself.';
    return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint };
}


/***/ })

};
