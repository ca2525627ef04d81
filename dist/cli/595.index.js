export const id = 595;
export const ids = [595];
export const modules = {

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

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ aliasesOf),
/* harmony export */   TH: () => (/* binding */ idOf),
/* harmony export */   Vm: () => (/* binding */ contextOf),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   g$: () => (/* binding */ CONTEXT_FIELDS),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   il: () => (/* binding */ Store),
/* harmony export */   ov: () => (/* binding */ plainObject),
/* harmony export */   q9: () => (/* binding */ price)
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
     * rules, so a plain JSON.parse reads them and only their CONTEXT_FIELDS are kept: the full
     * json-syntax checks (BOM, duplicate keys) cost about six times as much, which matters for one
     * staged file in a 10,000-model store, and a pull request's check keeps little of the rest.
     */
    constructor(files, refused = [], options = {}) {
        this.files = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        this.syntax.push(...refused);
        for (const file of this.files) {
            const outside = options.focus !== undefined && !options.focus.has(file.path);
            const quick = outside ? (file.context ?? plainObject(file.text)) : undefined;
            if (quick) {
                this.entries.push({ file, kind: file.kind, data: contextOf(quick) });
                continue;
            }
            const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelText */ .ex)(file.path, file.text);
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
/**
 * What cross-file rules read of a model they do not judge: ids and aliases (duplicates, the
 * policy's exceptions, replacement targets), the replacement chain, the targets two models may
 * not share, and what makes a local model a redundant variant; and what the link rules
 * (core/changes.ts LINK_RULES) judge on a model whose chain a change reaches (enabled and the
 * dates beside deprecated). A model outside a change's files keeps only these. The one-verdict
 * suite (test/parity) judges every tree through the change doors and as a whole tree: a rule
 * that read another field of such a model would split them.
 */
const CONTEXT_FIELDS = ['id', 'aliases', 'deprecated', 'replacement', 'enabled', 'sunset_date', 'release_date', 'litellm_model_name', 'model_uri', 'quantization'];
function contextOf(data) {
    const out = {};
    for (const k of CONTEXT_FIELDS)
        if (Object.hasOwn(data, k))
            out[k] = data[k];
    return out;
}
/** The object a text holds, or undefined (then the full parse says why). */
function plainObject(text) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .tooDeepAt */ .U2)(text) >= 0)
        return undefined;
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


/***/ })

};
