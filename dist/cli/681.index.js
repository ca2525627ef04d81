export const id = 681;
export const ids = [681,336];
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

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ tooDeepAt),
/* harmony export */   l: () => (/* binding */ MAX_DEPTH)
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
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // a string: skip to its closing quote, past escapes
            for (i++; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c)
                    i++;
                else if (d === 0x22)
                    break;
            }
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > limit)
                return i;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return -1;
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
        // Too deep a text would exhaust the stack in the tree builder: positions fall back to line 1.
        if (this.tree === undefined)
            this.tree = (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeepAt */ .U)(this.text) >= 0 ? null : ((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(this.text, [], { disallowComments: true }) ?? null);
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

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ limitsOf),
/* harmony export */   _I: () => (/* binding */ limitsFromUpstream),
/* harmony export */   sB: () => (/* binding */ compareLimits)
/* harmony export */ });
/* unused harmony export upstreamLimitsOf */
function positive(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}
/** The limits a model file records (fields of the wrong type read as absent: the schema reports them). */
function limitsOf(data) {
    const window = positive(data.context_window);
    return { window, input: positive(data.max_input) ?? window, output: positive(data.max_output) };
}
/** The limits LiteLLM's entry records: its input cap and its output cap. */
function upstreamLimitsOf(entry) {
    return { input: positive(entry.max_input_tokens), output: positive(entry.max_output_tokens) };
}
/**
 * Where a model's limits and LiteLLM's entry disagree: the input limit against
 * `max_input_tokens`, the output limit against `max_output_tokens`. A limit either side
 * leaves out is not compared.
 */
function compareLimits(data, entry) {
    const ours = limitsOf(data);
    const theirs = upstreamLimitsOf(entry);
    const out = [];
    if (ours.input !== undefined && theirs.input !== undefined && ours.input !== theirs.input)
        out.push({ field: positive(data.max_input) !== undefined ? 'max_input' : 'context_window', ours: ours.input, theirs: theirs.input });
    if (ours.output !== undefined && theirs.output !== undefined && ours.output !== theirs.output)
        out.push({ field: 'max_output', ours: ours.output, theirs: theirs.output });
    return out;
}
/**
 * The limits a new file can take from LiteLLM's entry (the scaffolder's prefill). The list
 * records the input cap, never the whole window, so the input cap is the window's best
 * figure: it agrees with compareLimits. When the provider documents a larger whole window
 * (OpenAI's gpt-5: 400,000 with 272,000 input), the curator enters it and keeps the cap as max_input.
 */
function limitsFromUpstream(entry) {
    const { input, output } = upstreamLimitsOf(entry);
    return { context_window: input, max_output: output !== undefined && input !== undefined && output > input ? undefined : output };
}


/***/ }),

/***/ 9285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ parseModelUri),
/* harmony export */   fX: () => (/* binding */ quantFromFileName),
/* harmony export */   hY: () => (/* binding */ normalizeModelUri),
/* harmony export */   wq: () => (/* binding */ shardFiles)
/* harmony export */ });
/**
 * The grammar of `model_uri`: huggingface://<org>/<repo>/<path>.gguf (hf:// is an alias).
 * A strict subset of what ramalama and llama-server accept (see render-targets.md section 4):
 * no '..', no spaces, no ':', and a split model names its first shard.
 */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const SEGMENT = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]*)$/;
const SHARD = /-(\d{5})-of-(\d{5})\.gguf$/;
function parseModelUri(value) {
    const bad = (problem, hint = 'Use huggingface://<org>/<repo>/<file>.gguf, e.g. huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf.') => ({ ok: false, problem, hint });
    const m = /^(huggingface|hf):\/\/(.*)$/.exec(value);
    if (!m)
        return bad('does not start with huggingface:// (or hf://)');
    const rest = m[2];
    if (/[\s\u0000-\u001f\u007f]/.test(rest))
        return bad('contains whitespace or a control character');
    if (rest.includes(':'))
        return bad('contains ":" (ramalama reads it as a quant tag)', 'Name the file instead of a tag: huggingface://<org>/<repo>/<file>.gguf.');
    if (rest.includes('\\'))
        return bad('contains a backslash');
    if (rest.includes('?') || rest.includes('#') || rest.includes('%'))
        return bad('contains "?", "#" or "%"', 'Give the plain path of the file in the repository, without query, fragment or escapes.');
    const parts = rest.split('/');
    if (parts.some((p) => p === '..' || p === '.'))
        return bad('contains a "." or ".." path segment');
    if (parts.length < 3)
        return bad('names no file: expected <org>/<repo>/<file>.gguf');
    const [org, repo, ...path] = parts;
    if (!NAME.test(org) || org.includes('..'))
        return bad(`has an invalid organisation "${org}"`);
    if (!NAME.test(repo) || repo.includes('..'))
        return bad(`has an invalid repository name "${repo}"`);
    if (path.some((p) => !SEGMENT.test(p)))
        return bad('has an empty or invalid path segment');
    const file = path.join('/');
    if (!file.endsWith('.gguf'))
        return bad('does not name a .gguf file', 'Local models are GGUF files: the path ends in .gguf.');
    const uri = { scheme: m[1], org, repo, repoId: `${org}/${repo}`, file };
    const s = SHARD.exec(file);
    if (s) {
        uri.shard = { index: Number(s[1]), total: Number(s[2]) };
        if (uri.shard.index !== 1)
            return bad(`names shard ${uri.shard.index} of ${uri.shard.total}`, 'Point at shard 1 (-00001-of-…): llama.cpp finds the other shards beside it.');
        if (uri.shard.total < 2)
            return bad('names a split file of a single shard');
    }
    return { ok: true, uri };
}
/** Every shard file name of a split model (or just the file). */
function shardFiles(uri) {
    if (!uri.shard)
        return [uri.file];
    const total = uri.shard.total;
    return Array.from({ length: total }, (_, i) => uri.file.replace(SHARD, `-${String(i + 1).padStart(5, '0')}-of-${String(total).padStart(5, '0')}.gguf`));
}
const QUANT = /(?:^|[^A-Za-z0-9])(IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K_XL|Q[2-8]_K(?:_[SML])?|Q[4-8]_[01]|TQ[12]_0|BF16|F16|F32|MXFP4)(?=$|[^A-Za-z0-9])/i;
/** The quantization a GGUF file name states (upper-cased), if it states one. */
function quantFromFileName(file) {
    const base = file.split('/').pop() ?? file;
    return QUANT.exec(base)?.[1].toUpperCase();
}
/** Same target, whatever the alias or case: hf:// and huggingface:// name the same file. */
function normalizeModelUri(value) {
    return value.replace(/^(huggingface|hf):\/\//, 'hf://').toLowerCase();
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
/* harmony export */   U2: () => (/* reexport safe */ _depth_js__WEBPACK_IMPORTED_MODULE_2__.U),
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
    const deep = (0,_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeepAt */ .U)(text);
    if (deep >= 0)
        return fail(`nesting deeper than ${_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .l} levels`, `A model file nests a few levels of objects and arrays; this one is not a model file (no file this deep is read further).`, deep);
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
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   U9: () => (/* binding */ policyFinding),
/* harmony export */   d_: () => (/* binding */ UNUSED_EXCEPTION),
/* harmony export */   tD: () => (/* binding */ POLICY_SCHEMA),
/* harmony export */   y7: () => (/* binding */ POLICY_RULE),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony export mergePolicy */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8201);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2183);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2032);
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
/** Reads a policy file's text: findings for what is wrong, and the defaults where it is unusable. */
function readPolicy(file, schemas) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelText */ .ex)(file.path, file.text);
    if (!parsed.ok) {
        const f = parsed.finding;
        return { policy: DEFAULT_POLICY, findings: [{ ...f, rule: POLICY_RULE, hint: 'The curation policy is strict JSON; until it parses, the built-in defaults apply.' }] };
    }
    const errors = schemas.errors(POLICY_SCHEMA, parsed.data);
    if (errors.length) {
        const findings = (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaFindings */ .I$)({ kind: 'cloud', path: file.path, text: file.text }, schemas, POLICY_SCHEMA, errors).map((f) => ({ ...f, rule: POLICY_RULE }));
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
    for (const [provider, entry] of Object.entries(policy.providers))
        if (_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .RESERVED_ENV */ .Tn.has(entry.api_key_env))
            out.push(policyFinding(policy, 'error', ['providers', provider, 'api_key_env'], `provider "${provider}" reads its key from ${entry.api_key_env}, a variable of the deployment itself`, "Name the provider's own key variable (e.g. OPENAI_API_KEY): this one holds the proxy's own setting.", 'value'));
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

/***/ 2183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ resolveBlueprint),
/* harmony export */   Tn: () => (/* binding */ RESERVED_ENV),
/* harmony export */   b0: () => (/* binding */ MASTER_KEY_ENV)
/* harmony export */ });
/* unused harmony exports BLUEPRINT_SCHEMA, RESOLVE, createSecretCommand, detectRequiredSecrets */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/* harmony import */ var _model_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6655);
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9285);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1896);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2032);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4230);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2020);
/**
 * Blueprint -> ResolvedBlueprint: the user lists model ids (or aliases, or provider:model
 * specs); the store supplies every fact. The result is the one value templates read.
 * Problems are findings placed on the blueprint entry they are about.
 */








const BLUEPRINT_SCHEMA = 'blueprint.schema.json';
const RESOLVE = 'resolve';
const ENV_VAR = /^[A-Z_][A-Z0-9_]*$/;
const LOCAL_PROVIDERS = new Set(['local']);
function resolveBlueprint(file, store, schemas, options = {}) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseModelText */ .ex)(file.path, file.text);
    if (!parsed.ok)
        return { findings: [{ ...parsed.finding, hint: parsed.finding.hint?.replace('Model files', 'Blueprints').replace('A model file', 'A blueprint') }] };
    const errors = schemas.errors(BLUEPRINT_SCHEMA, parsed.data);
    if (errors.length)
        return { findings: (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaFindings */ .I$)({ kind: 'cloud', ...file }, schemas, BLUEPRINT_SCHEMA, errors) };
    const data = parsed.data;
    const findings = [];
    const at = (path, severity, message, hint, where = 'value') => {
        const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locatorFor */ .qe)(file).at(path, where);
        return { rule: RESOLVE, severity, file: file.path, line: pos.line, column: pos.column, message, hint };
    };
    const cloud = [];
    const local = [];
    const deprecated = [];
    const warnings = [];
    const seen = new Map();
    for (const kind of ['cloud', 'local']) {
        const list = data.models[kind] ?? [];
        list.forEach((item, i) => {
            const wanted = typeof item === 'string'
                ? { ref: item, path: ['models', kind, i], overrides: {} }
                : { ref: item.id, path: ['models', kind, i, 'id'], overrides: withoutId(item) };
            const found = lookup(store, kind, wanted.ref);
            if (!found.entry) {
                // A file that could not be read as a model is not in the store: say so, not "unknown".
                const broken = options.invalid && brokenFile(options.invalid, kind, wanted.ref);
                if (broken)
                    findings.push(at(wanted.path, 'error', `${wanted.ref}: its model file ${broken.file} has errors: ${describeError(broken)}`, 'Run `leger-curate validate` and fix the model file first.'));
                else
                    findings.push(at(wanted.path, 'error', found.problem, found.hint));
                return;
            }
            const entry = found.entry;
            const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .idOf */ .TH)(entry) ?? wanted.ref;
            if (entry.kind !== kind) {
                findings.push(at(wanted.path, 'error', `"${wanted.ref}" is a ${entry.kind} model, listed under models.${kind}`, `Move it to models.${entry.kind}.`));
                return;
            }
            const first = seen.get(entry);
            if (first) {
                const line = (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locatorFor */ .qe)(file).at(first.path, 'value').line;
                const ignored = Object.keys(wanted.overrides).length ? '; the overrides of this entry are ignored' : '';
                const message = `${id} is listed twice (first as "${first.ref}" on line ${line}); it is rendered once${ignored}`;
                findings.push(at(wanted.path, 'warning', message, 'Remove one of the entries.'));
                warnings.push(message);
                return;
            }
            seen.set(entry, wanted);
            const invalid = options.invalid?.get(entry.file.path);
            if (invalid) {
                findings.push(at(wanted.path, 'error', `${id}: its model file ${entry.file.path} has errors: ${describeError(invalid)}`, 'Run `leger-curate validate` and fix the model file first.'));
                return;
            }
            const made = kind === 'cloud' ? toCloud(entry, id, wanted.overrides) : toLocal(entry, id, wanted.overrides);
            if (typeof made === 'string') {
                findings.push(at(wanted.path, 'error', `${id}: ${made}`, 'Run `leger-curate validate` on the store.'));
                return;
            }
            const outOfRange = overrideProblems(made, wanted.overrides);
            for (const p of outOfRange)
                findings.push(at([...wanted.path.slice(0, -1), p.field], 'error', `${id}: ${p.message}`, p.hint));
            if (outOfRange.length)
                return;
            if (made.deprecated) {
                const repl = made.replacement ?? '(no replacement named)';
                deprecated.push(`${id} -> ${repl}`);
                findings.push(at(wanted.path, 'warning', `${id} is deprecated${made.replacement ? `; use ${made.replacement} instead` : ''}`, made.replacement ? `Replace "${wanted.ref}" with "${made.replacement}".` : undefined));
            }
            if (kind === 'cloud')
                cloud.push(made);
            else
                local.push(made);
        });
    }
    if (deprecated.length)
        warnings.unshift(`You're using ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(deprecated.length, 'deprecated model')}: ${deprecated.join(', ')}`);
    if (!cloud.length && !local.length && !findings.some((f) => f.severity === 'error'))
        findings.push(at(['models'], 'error', 'the blueprint lists no models', 'Add model ids to models.cloud or models.local.', 'key'));
    if (findings.some((f) => f.severity === 'error'))
        return { findings };
    const name = typeof data.name === 'string' ? data.name : (options.defaultName ?? 'blueprint');
    const publish = data.publish_llama_swap === true && local.length > 0;
    return { resolved: { name, cloud, local, secrets: detectRequiredSecrets(cloud), warnings, ...(publish && { publish_llama_swap: true }) }, findings };
}
/** A blueprint's override beyond the model's own limit: the deployment would ask for what the model cannot give. */
function overrideProblems(made, over) {
    const out = [];
    const fmt = (n) => n.toLocaleString('en-US');
    if ('litellm_model_name' in made) {
        const asked = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(over.max_tokens);
        if (asked !== undefined && made.max_output !== undefined && asked > made.max_output)
            out.push({ field: 'max_tokens', message: `max_tokens ${fmt(asked)} is above the model's max_output ${fmt(made.max_output)}`, hint: `Use at most ${made.max_output}, or drop max_tokens to let each request choose.` });
    }
    else {
        const asked = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(over.ctx_size);
        if (asked !== undefined && asked > made.context_window)
            out.push({ field: 'ctx_size', message: `ctx_size ${fmt(asked)} is above the model's context_window ${fmt(made.context_window)}`, hint: `Use at most ${made.context_window}.` });
    }
    return out;
}
/** The proxy's own secret: clients authenticate to LiteLLM with it (general_settings.master_key). */
const MASTER_KEY_ENV = 'LITELLM_MASTER_KEY';
/**
 * Variables the deployment itself reads: a provider key by one of these names would hand the
 * proxy's own secret (or the model cache setting) to a provider, or replace it.
 */
const RESERVED_ENV = new Set([MASTER_KEY_ENV, 'LITELLM_SALT_KEY', 'LITELLM_LICENSE', 'DATABASE_URL', 'STORE_MODEL_IN_DB', 'UI_USERNAME', 'UI_PASSWORD', 'LLAMA_CACHE', 'HF_HOME', 'HF_HUB_CACHE', 'HOME', 'PATH']);
/** Where the rendered files that use a secret live (render.ts writes them there). */
const SECRET_USERS = ['quadlet/litellm.container', 'quadlet/litellm.yaml'];
/**
 * The command that stores a secret from the operator's environment. It stops first, naming the
 * variable, when the variable is unset or empty (podman's own "secret data must be larger than 0"
 * names neither), and is re-runnable: `--replace` (podman >= 4.7) swaps an existing secret.
 */
function createSecretCommand(name, env, what) {
    return `: "\${${env}:?set ${env} to ${what}}" && printf %s "$${env}" | podman secret create --replace ${name} -`;
}
/**
 * The proxy's master key, then one secret per distinct requires_api_key: podman secret name =
 * the variable in lower case, env target = the variable. Only names: values are never read or written.
 */
function detectRequiredSecrets(cloud) {
    const vars = [...new Set(cloud.map((m) => m.requires_api_key))].sort();
    const secret = (env, what) => {
        const name = env.toLowerCase();
        return { name, env, type: 'env', used_by: SECRET_USERS, create: createSecretCommand(name, env, what) };
    };
    const keys = vars.map((env) => {
        if (!ENV_VAR.test(env) || env.length > 128)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK(`"${env}" is not an environment variable name`, { hint: 'requires_api_key is uppercase letters, digits and "_", e.g. OPENAI_API_KEY.' });
        if (RESERVED_ENV.has(env))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK(`requires_api_key "${env}" names a variable of the deployment itself`, { hint: `A provider key named ${env} would receive the proxy's own setting; fix the model file.`, exitCode: 1 });
        return secret(env, 'your provider API key');
    });
    return [secret(MASTER_KEY_ENV, 'the key clients will send (e.g. sk- and random characters)'), ...keys];
}
/** The unreadable model file a name would be in: `<kind>/<name>.json`. */
function brokenFile(invalid, kind, ref) {
    const name = (ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref).toLowerCase();
    for (const [file, f] of invalid)
        if (file.toLowerCase().endsWith(`${kind}/${name}.json`))
            return f;
    return undefined;
}
function describeError(f) {
    return `${f.line ? `line ${f.line}: ` : ''}${f.message} (${f.rule})`;
}
/** An id, an alias, a LiteLLM name, or provider:model. */
function lookup(store, kind, ref) {
    const colon = ref.indexOf(':');
    const provider = colon >= 0 ? ref.slice(0, colon).toLowerCase() : undefined;
    const name = colon >= 0 ? ref.slice(colon + 1) : ref;
    let entry = store.find(name);
    if (!entry)
        entry = store.entries.find((e) => (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(e.data.litellm_model_name)?.toLowerCase() === (provider ? `${provider}/${name}` : name).toLowerCase());
    if (entry && provider !== undefined) {
        const actual = entry.kind === 'local' ? 'local' : (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(entry.data.provider);
        if (actual !== provider && !(entry.kind === 'local' && LOCAL_PROVIDERS.has(provider))) {
            const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .idOf */ .TH)(entry) ?? name;
            return { problem: `"${ref}": ${id} is provided by ${actual ?? 'an unknown provider'}, not ${provider}`, hint: `Write "${actual}:${id}" or just "${id}".` };
        }
    }
    if (entry)
        return { entry };
    const sameKind = store.entries.filter((e) => e.kind === kind && (provider === undefined || kind === 'local' || (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(e.data.provider) === provider));
    const names = sameKind.flatMap((e) => [(0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .idOf */ .TH)(e), ...(0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .aliasesOf */ .QI)(e)]).filter((x) => x !== undefined);
    const guesses = (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .closestAll */ .rE)(name, names);
    const hint = guesses.length
        ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?`
        : `Known ${kind} ids are the file names in model-store/${kind}/ (${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(names.length, 'name')} known).`;
    return { problem: `unknown ${kind} model "${ref}"`, hint };
}
function withoutId(item) {
    const out = {};
    for (const [k, v] of Object.entries(item))
        if (k !== 'id')
            out[k] = v;
    return out;
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
/** The facts a cloud model must have; a string names the first one missing. */
function toCloud(e, id, over) {
    const d = e.data;
    const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.name);
    const provider = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.provider);
    const litellm = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.litellm_model_name);
    const ctx = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(d.context_window);
    const key = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.requires_api_key);
    if (!name || !provider || !litellm || ctx === undefined || !key)
        return 'the model file lacks name, provider, litellm_model_name, context_window or requires_api_key';
    if (!ENV_VAR.test(key))
        return `requires_api_key "${key}" is not an environment variable name`;
    const p = d.pricing;
    const input = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .price */ .q9)(p?.input_per_1m);
    const output = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .price */ .q9)(p?.output_per_1m);
    const cache = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .price */ .q9)(p?.cache_read_per_1m);
    const limits = (0,_model_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .limitsOf */ .Af)(d);
    const asked = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(over.max_tokens);
    return {
        id,
        name,
        provider,
        litellm_model_name: litellm,
        context_window: ctx,
        max_input: limits.input ?? ctx,
        ...(limits.output !== undefined && { max_output: limits.output }),
        ...(asked !== undefined && { max_tokens: asked }),
        requires_api_key: key,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.description) !== undefined && { description: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.description) }),
        capabilities: strings(d.capabilities),
        ...(input !== undefined && output !== undefined && { pricing: { input_per_1m: input, output_per_1m: output, ...(cache !== undefined && { cache_read_per_1m: cache }) } }),
        deprecated: d.deprecated === true,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.replacement) !== undefined && { replacement: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.replacement) }),
        file: e.file.path,
    };
}
function toLocal(e, id, over) {
    const d = e.data;
    const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.name);
    const quant = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.quantization);
    const ctx = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(d.context_window);
    const group = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.group);
    if (!name || !quant || ctx === undefined || !group)
        return 'the model file lacks name, quantization, context_window or group';
    let repo = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.hf_repo);
    let hfFile = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.hf_file);
    if (!repo || !hfFile) {
        const uri = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_7__/* .parseModelUri */ .Aj)((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.model_uri) ?? '');
        if (!uri.ok)
            return `model_uri ${uri.problem}`;
        repo = uri.uri.repoId;
        hfFile = uri.uri.file;
    }
    const capabilities = strings(d.capabilities);
    const pick = (key, read) => read(over[key]) ?? read(d[key]);
    const bool = (v) => (typeof v === 'boolean' ? v : undefined);
    const ctxSize = pick('ctx_size', _store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu);
    const ttl = pick('ttl', _store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu);
    const flash = pick('flash_attn', bool);
    const batch = pick('batch_size', _store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu);
    return {
        id,
        name,
        hf_repo: repo,
        hf_file: hfFile,
        quantization: quant,
        context_window: ctx,
        ...(ctxSize !== undefined && { ctx_size: ctxSize }),
        ...(ttl !== undefined && { ttl }),
        ...(flash !== undefined && { flash_attn: flash }),
        ...(batch !== undefined && { batch_size: batch }),
        group,
        embedding: group === 'embeddings' || capabilities.includes('embeddings'),
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.pooling) !== undefined && { pooling: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.pooling) }),
        aliases: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .aliasesOf */ .QI)(e),
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.vulkan_driver) !== undefined && { vulkan_driver: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.vulkan_driver) }),
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.description) !== undefined && { description: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.description) }),
        capabilities,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(d.ram_required_gb) !== undefined && { ram_required_gb: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .num */ .bu)(d.ram_required_gb) }),
        deprecated: d.deprecated === true,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.replacement) !== undefined && { replacement: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(d.replacement) }),
        file: e.file.path,
    };
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ schemaFindings),
/* harmony export */   ny: () => (/* binding */ Schemas),
/* harmony export */   yx: () => (/* binding */ SCHEMA)
/* harmony export */ });
/* unused harmony exports schemasHash, fieldName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _generated_validators_cjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2899);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2617);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2020);
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6207);
/**
 * JSON Schema validation with ajv (draft 2020-12, strict, allErrors), and the mapping of
 * ajv's errors to findings that point at the offending key or value.
 */








const SCHEMA = 'schema';
/** The hash gen-validators.mjs gives a set of schema documents. */
function schemasHash(docs) {
    const sorted = Object.keys(docs)
        .sort()
        .map((k) => [k, docs[k]]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(sorted)).digest('hex');
}
class Schemas {
    docs;
    options;
    instance;
    compiled = new Map();
    /** The build's standalone validators, when these are exactly the schemas they were built from. */
    prebuilt;
    /**
     * `checkSchemas: false` skips validating the schemas themselves against the draft 2020-12
     * meta-schema: compiling the meta-schema is most of the start-up cost, and the pre-commit hook
     * skips it when no schema is staged (strict mode still rejects unknown keywords at compile).
     */
    constructor(docs, options = {}) {
        this.docs = docs;
        this.options = options;
        this.prebuilt = schemasHash(docs) === _generated_validators_cjs__WEBPACK_IMPORTED_MODULE_2__.__schemasHash;
        if (!this.prebuilt)
            this.ajv();
    }
    /** ajv, created only when some schema is not prebuilt (another store's own schemas). */
    ajv() {
        if (this.instance)
            return this.instance;
        // verbose: errors carry parentSchema, whose description and examples become hints.
        const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_6__.Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, validateSchema: this.options.checkSchemas ?? true });
        ajv_formats__WEBPACK_IMPORTED_MODULE_1___default()["default"](ajv);
        for (const [name, doc] of Object.entries(this.docs)) {
            try {
                ajv.addSchema(doc, name);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`schema ${name} is invalid: ${err.message}`, { cause: err });
            }
        }
        return (this.instance = ajv);
    }
    /** The validator for a schema file name: prebuilt, or compiled once on first use. */
    validator(name) {
        let v = this.compiled.get(name);
        if (!v) {
            const built = this.prebuilt && Object.hasOwn(_generated_validators_cjs__WEBPACK_IMPORTED_MODULE_2__, name) ? _generated_validators_cjs__WEBPACK_IMPORTED_MODULE_2__[name] : undefined;
            try {
                v = typeof built === 'function' ? built : this.ajv().getSchema(name);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`schema ${name} does not compile: ${err.message}`, { cause: err });
            }
            if (!v)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`schema ${name} is missing`, { hint: 'Point --schemas at the folder holding cloud.schema.json and local.schema.json.' });
            this.compiled.set(name, v);
        }
        return v;
    }
    /** Validates data; returns ajv's errors (empty when valid). */
    errors(name, data) {
        const v = this.validator(name);
        return v(data) ? [] : [...(v.errors ?? [])];
    }
    /**
     * The annotations (description, examples) of the field at `path`: the property's own, else
     * those of the definition it refers to. ajv's parentSchema is the innermost definition
     * (e.g. positiveInt), which knows nothing of what the field means.
     */
    annotations(name, path) {
        let schema = this.resolve(name, this.docs[name]);
        for (const seg of path) {
            const s = schema.node;
            const next = typeof seg === 'number' ? s?.items : ((0,_own_js__WEBPACK_IMPORTED_MODULE_7__/* .own */ .Z)(s?.properties, seg) ?? s?.additionalProperties);
            if (!next || typeof next !== 'object')
                return {};
            schema = this.resolve(schema.doc, next);
        }
        return schema.notes;
    }
    resolve(doc, node) {
        const notes = {};
        for (let hops = 0; node && typeof node === 'object' && hops < 8; hops++) {
            const n = node;
            // The field's meaning first, then the form its definition demands.
            if (n.description)
                notes.description = notes.description ? `${notes.description}: ${n.description}` : n.description;
            notes.examples ??= n.examples;
            if (!n.$ref)
                break;
            const [file, pointer = ''] = n.$ref.split('#');
            if (file)
                doc = file;
            node = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .pointerToPath */ .ox)(pointer).reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), this.docs[doc]);
        }
        return { doc, node, notes };
    }
    /** Schema order of a schema's top-level properties: model files are written in this order. */
    keyOrder(name) {
        const doc = this.docs[name];
        return Object.keys(doc?.properties ?? {});
    }
}
/** Findings for one file's ajv errors, each at the line of the field it is about. */
function schemaFindings(file, schemas, schemaName, errors) {
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locatorFor */ .qe)(file);
    const seen = new Set();
    const out = [];
    for (const err of errors) {
        const described = describe(err, schemaName, (path) => hintFrom(schemas.annotations(schemaName, path)));
        if (!described)
            continue;
        const key = `${described.path.join('/')}|${described.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const pos = described.property !== undefined ? loc.keyOf(described.path, described.property) : loc.at(described.path, described.at);
        out.push({ rule: SCHEMA, severity: 'error', file: file.path, ...pos, message: described.message, hint: described.hint });
    }
    return out;
}
/** Field names as a reader writes them: pricing.input_per_1m, capabilities[2]. */
function fieldName(path) {
    return path.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(top level)';
}
function hintFrom(schema) {
    if (!schema || typeof schema !== 'object')
        return undefined;
    const s = schema;
    const parts = [];
    if (s.description)
        parts.push(`Expected ${s.description}`);
    if (s.examples?.length)
        parts.push(`for example ${JSON.stringify(s.examples[0])}`);
    return parts.length ? parts.join('; ') + '.' : undefined;
}
function show(value) {
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function describe(err, schemaName, hintAt) {
    const path = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .pointerToPath */ .ox)(err.instancePath);
    const field = fieldName(path);
    const params = err.params;
    const parent = err.parentSchema;
    const fieldHint = () => hintAt(path) ?? hintFrom(parent);
    switch (err.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            return {
                path,
                at: 'key',
                message: `missing required property "${missing}"${path.length ? ` in ${field}` : ''}`,
                hint: hintAt([...path, missing]) ?? `Add "${missing}" (see schemas/${schemaName}).`,
            };
        }
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
            const guess = (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(extra, known);
            return {
                path,
                property: extra,
                at: 'key',
                message: `unknown property "${extra}"${path.length ? ` in ${field}` : ''}`,
                hint: guess ? `Did you mean "${guess}"?` : `Allowed properties: ${known.join(', ')}.`,
            };
        }
        case 'propertyNames':
            return undefined; // reported by its inner 'pattern' error, which names the property
        case 'pattern':
            if (params.propertyName !== undefined || err.propertyName !== undefined) {
                const name = String(err.propertyName ?? params.propertyName);
                return { path, property: name, at: 'key', message: `property name "${name}" in ${field} is not allowed`, hint: 'Names are lowercase letters, digits, "_", "." and "-", starting with a letter.' };
            }
            return { path, at: 'value', message: `${field} ${show(err.data)} is not in the expected form`, hint: fieldHint() };
        case 'type':
            return { path, at: 'value', message: `${field} must be ${article(String(params.type))}, got ${typeOf(err.data)}`, hint: fieldHint() };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const guess = typeof err.data === 'string' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(err.data, allowed) : undefined;
            return {
                path,
                at: 'value',
                message: `${field} ${show(err.data)} is not one of: ${allowed.join(', ')}`,
                hint: guess ? `Did you mean "${guess}"?` : undefined,
            };
        }
        case 'format':
            return { path, at: 'value', message: `${field} ${show(err.data)} is not a valid ${params.format}`, hint: fieldHint() };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return { path, at: 'value', message: `${field} must be ${params.comparison} ${params.limit}, got ${show(err.data)}`, hint: fieldHint() };
        case 'uniqueItems':
            return { path, at: 'value', message: `${field} has duplicate items (positions ${params.j} and ${params.i})` };
        case 'if':
            return undefined; // the failing 'then' branch reports the real problem
        default:
            return { path, at: 'value', message: `${field} ${err.message ?? 'is invalid'}`, hint: fieldHint() };
    }
}
function article(type) {
    const t = type.replace(/,/g, ' or ');
    return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
function typeOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (Number.isInteger(v))
        return `the number ${v}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'string')
        return `the string ${show(v)}`;
    return `${article(typeof v)}`;
}


/***/ }),

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ aliasesOf),
/* harmony export */   TH: () => (/* binding */ idOf),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   il: () => (/* binding */ Store),
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

/***/ 2899:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

// Generated by scripts/gen-validators.mjs from schemas/: do not edit.
exports["blueprint.schema.json"] = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"blueprint.schema.json","title":"Blueprint","description":"The models one deployment serves, by id only: the store supplies everything else. Overrides change deployment knobs, never model facts.","type":"object","additionalProperties":false,"required":["models"],"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"name":{"description":"a short name for this blueprint","examples":["minimal"],"$ref":"common.schema.json#/$defs/id"},"description":{"$ref":"common.schema.json#/$defs/line"},"publish_llama_swap":{"description":"also publish llama-swap on the host at 127.0.0.1:8080 (its own UI and API, unauthenticated); by default only LiteLLM reaches it, on the podman network","type":"boolean"},"models":{"description":"model ids, aliases or provider:model specs, by kind","type":"object","additionalProperties":false,"minProperties":1,"properties":{"cloud":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/cloudEntry"}},"local":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/localEntry"}}}}},"$defs":{"ref":{"description":"a model id, an alias, or a provider:model spec","examples":["gpt-5","openai:gpt-5"],"type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},"cloudEntry":{"description":"a cloud model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"max_tokens":{"description":"the most tokens one response may hold (LiteLLM max_tokens); wins over the store's max_output","examples":[8192],"$ref":"common.schema.json#/$defs/positiveInt"}}}},"localEntry":{"description":"a local model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"ctx_size":{"description":"the context size llama-server is started with","examples":[16384],"$ref":"common.schema.json#/$defs/positiveInt"},"ttl":{"description":"seconds of idleness before llama-swap unloads the model; 0 = never","examples":[300],"type":"integer","minimum":0},"flash_attn":{"description":"whether llama-server uses flash attention","type":"boolean"},"batch_size":{"description":"llama-server's logical batch size","examples":[2048],"$ref":"common.schema.json#/$defs/positiveInt"}}}}}};const schema33 = {"description":"a plain id: lowercase letters, digits, dots and dashes, starting and ending with a letter or digit, no '..'","examples":["gpt-5","qwen3-0.6b"],"type":"string","minLength":2,"maxLength":100,"pattern":"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"};const schema34 = {"description":"one line of text, 1 to 200 characters, without control characters (C0, DEL, C1), line or paragraph separators (U+2028, U+2029) or bidirectional controls (U+202A-U+202E, U+2066-U+2069)","type":"string","pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"};const func1 = (__webpack_require__(6214)["default"]);const pattern4 = new RegExp("^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$", "u");const pattern5 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$", "u");const schema35 = {"description":"a cloud model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"max_tokens":{"description":"the most tokens one response may hold (LiteLLM max_tokens); wins over the store's max_output","examples":[8192],"$ref":"common.schema.json#/$defs/positiveInt"}}}};const schema36 = {"description":"a model id, an alias, or a provider:model spec","examples":["gpt-5","openai:gpt-5"],"type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"};const schema38 = {"type":"integer","minimum":1};const pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$", "u");function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = true;const _errs1 = errors;if(typeof data !== "string"){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs3 = errors;if(typeof data === "string"){if(func1(data) > 200){const err1 = {instancePath,schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data) < 1){const err2 = {instancePath,schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern6.test(data)){const err3 = {instancePath,schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath,schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs3 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.else.required,parentSchema:schema35.else,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!((key0 === "id") || (key0 === "max_tokens"))){const err6 = {instancePath,schemaPath:"#/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35.else,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func1(data0) > 200){const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func1(data0) < 1){const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern6.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.max_tokens !== undefined){let data1 = data.max_tokens;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err11 = {instancePath:instancePath+"/max_tokens",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 1 || isNaN(data1)){const err12 = {instancePath:instancePath+"/max_tokens",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}}else {const err13 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.else.type,parentSchema:schema35.else,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs6 === errors;valid0 = _valid0;if(valid0){var props0 = true;}ifClause0 = "else";}if(!valid0){const err14 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema35.if,parentSchema:schema35,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate22.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema39 = {"description":"a local model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"ctx_size":{"description":"the context size llama-server is started with","examples":[16384],"$ref":"common.schema.json#/$defs/positiveInt"},"ttl":{"description":"seconds of idleness before llama-swap unloads the model; 0 = never","examples":[300],"type":"integer","minimum":0},"flash_attn":{"description":"whether llama-server uses flash attention","type":"boolean"},"batch_size":{"description":"llama-server's logical batch size","examples":[2048],"$ref":"common.schema.json#/$defs/positiveInt"}}}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = true;const _errs1 = errors;if(typeof data !== "string"){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs3 = errors;if(typeof data === "string"){if(func1(data) > 200){const err1 = {instancePath,schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data) < 1){const err2 = {instancePath,schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern6.test(data)){const err3 = {instancePath,schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath,schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs3 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.else.required,parentSchema:schema39.else,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!(((((key0 === "id") || (key0 === "ctx_size")) || (key0 === "ttl")) || (key0 === "flash_attn")) || (key0 === "batch_size"))){const err6 = {instancePath,schemaPath:"#/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39.else,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func1(data0) > 200){const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func1(data0) < 1){const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern6.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.ctx_size !== undefined){let data1 = data.ctx_size;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err11 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 1 || isNaN(data1)){const err12 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.ttl !== undefined){let data2 = data.ttl;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err13 = {instancePath:instancePath+"/ttl",schemaPath:"#/else/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.else.properties.ttl.type,parentSchema:schema39.else.properties.ttl,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 0 || isNaN(data2)){const err14 = {instancePath:instancePath+"/ttl",schemaPath:"#/else/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.else.properties.ttl,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data.flash_attn !== undefined){let data3 = data.flash_attn;if(typeof data3 !== "boolean"){const err15 = {instancePath:instancePath+"/flash_attn",schemaPath:"#/else/properties/flash_attn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.else.properties.flash_attn.type,parentSchema:schema39.else.properties.flash_attn,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.batch_size !== undefined){let data4 = data.batch_size;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err16 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 1 || isNaN(data4)){const err17 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}}else {const err18 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.else.type,parentSchema:schema39.else,data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid0 = _errs6 === errors;valid0 = _valid0;if(valid0){var props0 = true;}ifClause0 = "else";}if(!valid0){const err19 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema39.if,parentSchema:schema39,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate24.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="blueprint.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.models === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "$schema") || (key0 === "name")) || (key0 === "description")) || (key0 === "publish_llama_swap")) || (key0 === "models"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(func1(data1) > 100){const err4 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func1(data1) < 2){const err5 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!pattern4.test(data1)){const err6 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 === "string"){if(!pattern5.test(data2)){const err8 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.publish_llama_swap !== undefined){let data3 = data.publish_llama_swap;if(typeof data3 !== "boolean"){const err10 = {instancePath:instancePath+"/publish_llama_swap",schemaPath:"#/properties/publish_llama_swap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.publish_llama_swap.type,parentSchema:schema31.properties.publish_llama_swap,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.models !== undefined){let data4 = data.models;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(Object.keys(data4).length < 1){const err11 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.models,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data4){if(!((key1 === "cloud") || (key1 === "local"))){const err12 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.models,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.cloud !== undefined){let data5 = data4.cloud;if(Array.isArray(data5)){if(data5.length > 500){const err13 = {instancePath:instancePath+"/models/cloud",schemaPath:"#/properties/models/properties/cloud/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties.models.properties.cloud,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(!(validate22(data5[i0], {instancePath:instancePath+"/models/cloud/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/models/cloud",schemaPath:"#/properties/models/properties/cloud/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.models.properties.cloud.type,parentSchema:schema31.properties.models.properties.cloud,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.local !== undefined){let data7 = data4.local;if(Array.isArray(data7)){if(data7.length > 500){const err15 = {instancePath:instancePath+"/models/local",schemaPath:"#/properties/models/properties/local/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties.models.properties.local,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}const len1 = data7.length;for(let i1=0; i1<len1; i1++){if(!(validate24(data7[i1], {instancePath:instancePath+"/models/local/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}else {const err16 = {instancePath:instancePath+"/models/local",schemaPath:"#/properties/models/properties/local/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.models.properties.local.type,parentSchema:schema31.properties.models.properties.local,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.models.type,parentSchema:schema31.properties.models,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["cloud.schema.json"] = validate26;const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"cloud.schema.json","title":"Cloud API model","description":"A cloud model reached through LiteLLM. Keys appear in model files in the order listed here.","type":"object","additionalProperties":false,"required":["id","name","provider","litellm_model_name","context_window","requires_api_key"],"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"description":"the display name","examples":["GPT-5"],"$ref":"common.schema.json#/$defs/line"},"provider":{"description":"the provider, lowercase","examples":["openai","anthropic","gemini"],"$ref":"common.schema.json#/$defs/slug"},"litellm_model_name":{"description":"the LiteLLM identifier, provider/model-id","examples":["openai/gpt-5-2025-08-07"],"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$"},"context_window":{"description":"the whole context window in tokens, as the provider documents it","examples":[400000],"$ref":"common.schema.json#/$defs/positiveInt"},"max_input":{"description":"the most input tokens one request may carry, for providers that cap input separately from the whole window (OpenAI: 272,000 of gpt-5's 400,000)","examples":[272000],"$ref":"common.schema.json#/$defs/positiveInt"},"max_output":{"description":"the most tokens one response may hold","examples":[128000],"$ref":"common.schema.json#/$defs/positiveInt"},"requires_api_key":{"description":"the environment variable that holds the API key","$ref":"common.schema.json#/$defs/envVar"},"description":{"$ref":"common.schema.json#/$defs/text"},"icon":{"$ref":"common.schema.json#/$defs/icon"},"capabilities":{"$ref":"common.schema.json#/$defs/capabilities"},"pricing":{"description":"prices in US dollars per 1M tokens","type":"object","additionalProperties":false,"required":["input_per_1m","output_per_1m"],"properties":{"input_per_1m":{"$ref":"#/$defs/price"},"output_per_1m":{"$ref":"#/$defs/price"},"cache_read_per_1m":{"$ref":"#/$defs/price"},"tier":{"description":"the price tier","enum":["frontier","premium","mid","budget","free"]}}},"use_cases":{"$ref":"common.schema.json#/$defs/lines"},"release_date":{"$ref":"common.schema.json#/$defs/date"},"features":{"$ref":"common.schema.json#/$defs/lines"},"performance":{"$ref":"common.schema.json#/$defs/metrics"},"parameters":{"$ref":"common.schema.json#/$defs/metrics"},"notes":{"$ref":"common.schema.json#/$defs/text"},"aliases":{"$ref":"common.schema.json#/$defs/aliases"},"enabled":{"description":"whether blueprints include the model by default","type":"boolean"},"deprecated":{"type":"boolean"},"replacement":{"description":"the id of the model to use instead","$ref":"common.schema.json#/$defs/id"},"deprecation_reason":{"$ref":"common.schema.json#/$defs/text"},"sunset_date":{"$ref":"common.schema.json#/$defs/date"},"sources":{"$ref":"common.schema.json#/$defs/sources"},"last_verified":{"$ref":"common.schema.json#/$defs/date"}},"$defs":{"price":{"description":"a price per 1M tokens: a number, or the human form \"$1.25\"","examples":["$1.25",1.25],"type":["number","string"],"minimum":0,"maxLength":20,"pattern":"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"}}};const schema47 = {"description":"lowercase letters, digits, dashes and underscores","examples":["openai","qwen"],"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9_-]*$"};const schema51 = {"description":"an environment variable name: uppercase letters, digits and underscores, starting with a letter","examples":["OPENAI_API_KEY"],"type":"string","maxLength":128,"pattern":"^[A-Z][A-Z0-9_]*$"};const schema52 = {"description":"free text of at most 4000 characters; newlines and tabs allowed, other control characters (C0, DEL, C1), U+2028, U+2029 and bidirectional controls (U+202A-U+202E, U+2066-U+2069) not","type":"string","pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"};const schema53 = {"description":"a path under assets/ or an https URL, without '..'","examples":["assets/openai.svg"],"type":"string","maxLength":300,"pattern":"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"};const schema54 = {"description":"what the model can do","type":"array","uniqueItems":true,"items":{"enum":["chat","code","vision","reasoning","multimodal","tools","embeddings","audio","structured-output","web-search","prompt-caching","multilingual","fim"]}};const schema55 = {"description":"a price per 1M tokens: a number, or the human form \"$1.25\"","examples":["$1.25",1.25],"type":["number","string"],"minimum":0,"maxLength":20,"pattern":"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"};const schema60 = {"description":"a calendar date, YYYY-MM-DD","examples":["2025-08-07"],"type":"string","format":"date"};const schema61 = {"description":"named values: keys are lowercase names, values numbers, strings or booleans","examples":[{"tokens_per_second":40}],"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_.-]{0,63}$"},"additionalProperties":{"type":["number","string","boolean"],"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"}};const func12 = Object.prototype.hasOwnProperty;const func0 = (__webpack_require__(4951)["default"]);const pattern12 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");const pattern13 = new RegExp("^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$", "u");const pattern14 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");const pattern15 = new RegExp("^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$", "u");const pattern16 = new RegExp("^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$", "u");const pattern17 = new RegExp("^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$", "u");const pattern21 = new RegExp("^[a-z][a-z0-9_.-]{0,63}$", "u");const pattern22 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", "u");const schema58 = {"description":"a list of distinct one-line strings","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/line"}};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern5.test(data0)){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema58,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break outer0;}}}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const schema64 = {"description":"other names the model answers to, each a plain id","examples":[["gpt5"]],"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate30.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 100){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(func1(data0) < 2){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema64,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break outer0;}}}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.type,parentSchema:schema64,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate30.errors = vErrors;return errors === 0;}validate30.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const schema69 = {"description":"the URLs every fact in this file comes from","examples":[["https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"]],"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/url"}};const schema70 = {"description":"an http(s) URL","examples":["https://docs.litellm.ai/docs/providers/openai"],"type":"string","maxLength":2000,"format":"uri","pattern":"^https?://[^\\s]+$"};const formats4 = (__webpack_require__(779).fullFormats).uri;const pattern29 = new RegExp("^https?://[^\\s]+$", "u");function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 2000){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern29.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(formats4(data0))){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err5 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema69,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;break outer0;}}}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate32.errors = vErrors;return errors === 0;}validate32.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const formats0 = (__webpack_require__(779).fullFormats).date;function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="cloud.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.provider === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.litellm_model_name === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "litellm_model_name"},message:"must have required property '"+"litellm_model_name"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.context_window === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context_window"},message:"must have required property '"+"context_window"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.requires_api_key === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requires_api_key"},message:"must have required property '"+"requires_api_key"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!(func12.call(schema44.properties, key0))){const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema44.properties.$schema,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.$schema.type,parentSchema:schema44.properties.$schema,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(func1(data1) > 100){const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(func1(data1) < 2){const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!pattern4.test(data1)){const err11 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(!pattern5.test(data2)){const err13 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.provider !== undefined){let data3 = data.provider;if(typeof data3 === "string"){if(func1(data3) > 64){const err15 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func1(data3) < 1){const err16 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern12.test(data3)){const err17 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.litellm_model_name !== undefined){let data4 = data.litellm_model_name;if(typeof data4 === "string"){if(func1(data4) > 200){const err19 = {instancePath:instancePath+"/litellm_model_name",schemaPath:"#/properties/litellm_model_name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema44.properties.litellm_model_name,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(!pattern13.test(data4)){const err20 = {instancePath:instancePath+"/litellm_model_name",schemaPath:"#/properties/litellm_model_name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$",parentSchema:schema44.properties.litellm_model_name,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/litellm_model_name",schemaPath:"#/properties/litellm_model_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.litellm_model_name.type,parentSchema:schema44.properties.litellm_model_name,data:data4};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.context_window !== undefined){let data5 = data.context_window;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err22 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err23 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data5};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data.max_input !== undefined){let data6 = data.max_input;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err24 = {instancePath:instancePath+"/max_input",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err25 = {instancePath:instancePath+"/max_input",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data.max_output !== undefined){let data7 = data.max_output;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err26 = {instancePath:instancePath+"/max_output",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data7};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err27 = {instancePath:instancePath+"/max_output",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data7};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.requires_api_key !== undefined){let data8 = data.requires_api_key;if(typeof data8 === "string"){if(func1(data8) > 128){const err28 = {instancePath:instancePath+"/requires_api_key",schemaPath:"common.schema.json#/$defs/envVar/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(!pattern14.test(data8)){const err29 = {instancePath:instancePath+"/requires_api_key",schemaPath:"common.schema.json#/$defs/envVar/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\"",schema:"^[A-Z][A-Z0-9_]*$",parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/requires_api_key",schemaPath:"common.schema.json#/$defs/envVar/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.description !== undefined){let data9 = data.description;if(typeof data9 === "string"){if(!pattern15.test(data9)){const err31 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data9};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data9};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.icon !== undefined){let data10 = data.icon;if(typeof data10 === "string"){if(func1(data10) > 300){const err33 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema53,data:data10};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(!pattern16.test(data10)){const err34 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"},message:"must match pattern \""+"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"+"\"",schema:"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$",parentSchema:schema53,data:data10};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data10};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.capabilities !== undefined){let data11 = data.capabilities;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){let data12 = data11[i0];if(!(((((((((((((data12 === "chat") || (data12 === "code")) || (data12 === "vision")) || (data12 === "reasoning")) || (data12 === "multimodal")) || (data12 === "tools")) || (data12 === "embeddings")) || (data12 === "audio")) || (data12 === "structured-output")) || (data12 === "web-search")) || (data12 === "prompt-caching")) || (data12 === "multilingual")) || (data12 === "fim"))){const err36 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"common.schema.json#/$defs/capabilities/items/enum",keyword:"enum",params:{allowedValues: schema54.items.enum},message:"must be equal to one of the allowed values",schema:schema54.items.enum,parentSchema:schema54.items,data:data12};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}let i1 = data11.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data11[i1], data11[j0])){const err37 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;break outer0;}}}}}else {const err38 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.type,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.pricing !== undefined){let data13 = data.pricing;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.input_per_1m === undefined){const err39 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/required",keyword:"required",params:{missingProperty: "input_per_1m"},message:"must have required property '"+"input_per_1m"+"'",schema:schema44.properties.pricing.required,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data13.output_per_1m === undefined){const err40 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/required",keyword:"required",params:{missingProperty: "output_per_1m"},message:"must have required property '"+"output_per_1m"+"'",schema:schema44.properties.pricing.required,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}for(const key1 in data13){if(!((((key1 === "input_per_1m") || (key1 === "output_per_1m")) || (key1 === "cache_read_per_1m")) || (key1 === "tier"))){const err41 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data13.input_per_1m !== undefined){let data14 = data13.input_per_1m;if((!((typeof data14 == "number") && (isFinite(data14)))) && (typeof data14 !== "string")){const err42 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: schema55.type},message:"must be number,string",schema:schema55.type,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 0 || isNaN(data14)){const err43 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(typeof data14 === "string"){if(func1(data14) > 20){const err44 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!pattern17.test(data14)){const err45 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\"",schema:"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$",parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data13.output_per_1m !== undefined){let data15 = data13.output_per_1m;if((!((typeof data15 == "number") && (isFinite(data15)))) && (typeof data15 !== "string")){const err46 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: schema55.type},message:"must be number,string",schema:schema55.type,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 0 || isNaN(data15)){const err47 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(typeof data15 === "string"){if(func1(data15) > 20){const err48 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!pattern17.test(data15)){const err49 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\"",schema:"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$",parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data13.cache_read_per_1m !== undefined){let data16 = data13.cache_read_per_1m;if((!((typeof data16 == "number") && (isFinite(data16)))) && (typeof data16 !== "string")){const err50 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: schema55.type},message:"must be number,string",schema:schema55.type,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 0 || isNaN(data16)){const err51 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(typeof data16 === "string"){if(func1(data16) > 20){const err52 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(!pattern17.test(data16)){const err53 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\"",schema:"^\\$(0|[1-9][0-9]*)(\\.[0-9]+)?$",parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}if(data13.tier !== undefined){let data17 = data13.tier;if(!(((((data17 === "frontier") || (data17 === "premium")) || (data17 === "mid")) || (data17 === "budget")) || (data17 === "free"))){const err54 = {instancePath:instancePath+"/pricing/tier",schemaPath:"#/properties/pricing/properties/tier/enum",keyword:"enum",params:{allowedValues: schema44.properties.pricing.properties.tier.enum},message:"must be equal to one of the allowed values",schema:schema44.properties.pricing.properties.tier.enum,parentSchema:schema44.properties.pricing.properties.tier,data:data17};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.properties.pricing.type,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.use_cases !== undefined){if(!(validate27(data.use_cases, {instancePath:instancePath+"/use_cases",parentData:data,parentDataProperty:"use_cases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.release_date !== undefined){let data19 = data.release_date;if(typeof data19 === "string"){if(!(formats0.validate(data19))){const err56 = {instancePath:instancePath+"/release_date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data19};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/release_date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data19};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.features !== undefined){if(!(validate27(data.features, {instancePath:instancePath+"/features",parentData:data,parentDataProperty:"features",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.performance !== undefined){let data21 = data.performance;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key2 in data21){const _errs58 = errors;if(typeof key2 === "string"){if(!pattern21.test(key2)){const err58 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema61.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}var valid20 = _errs58 === errors;if(!valid20){const err59 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema61.propertyNames,parentSchema:schema61,data:data21};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}for(const key3 in data21){let data22 = data21[key3];if(((!((typeof data22 == "number") && (isFinite(data22)))) && (typeof data22 !== "string")) && (typeof data22 !== "boolean")){const err60 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/type",keyword:"type",params:{type: schema61.additionalProperties.type},message:"must be number,string,boolean",schema:schema61.additionalProperties.type,parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(typeof data22 === "string"){if(func1(data22) > 200){const err61 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(!pattern22.test(data22)){const err62 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}}else {const err63 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data21};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.parameters !== undefined){let data23 = data.parameters;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key4 in data23){const _errs65 = errors;if(typeof key4 === "string"){if(!pattern21.test(key4)){const err64 = {instancePath:instancePath+"/parameters",schemaPath:"common.schema.json#/$defs/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema61.propertyNames,data:key4,propertyName:key4};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}var valid23 = _errs65 === errors;if(!valid23){const err65 = {instancePath:instancePath+"/parameters",schemaPath:"common.schema.json#/$defs/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema61.propertyNames,parentSchema:schema61,data:data23};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}for(const key5 in data23){let data24 = data23[key5];if(((!((typeof data24 == "number") && (isFinite(data24)))) && (typeof data24 !== "string")) && (typeof data24 !== "boolean")){const err66 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/type",keyword:"type",params:{type: schema61.additionalProperties.type},message:"must be number,string,boolean",schema:schema61.additionalProperties.type,parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(typeof data24 === "string"){if(func1(data24) > 200){const err67 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(!pattern22.test(data24)){const err68 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}}else {const err69 = {instancePath:instancePath+"/parameters",schemaPath:"common.schema.json#/$defs/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data23};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data.notes !== undefined){let data25 = data.notes;if(typeof data25 === "string"){if(!pattern15.test(data25)){const err70 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data25};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data25};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data.aliases !== undefined){if(!(validate30(data.aliases, {instancePath:instancePath+"/aliases",parentData:data,parentDataProperty:"aliases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}if(data.enabled !== undefined){let data27 = data.enabled;if(typeof data27 !== "boolean"){const err72 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.enabled.type,parentSchema:schema44.properties.enabled,data:data27};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.deprecated !== undefined){let data28 = data.deprecated;if(typeof data28 !== "boolean"){const err73 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.deprecated.type,parentSchema:schema44.properties.deprecated,data:data28};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.replacement !== undefined){let data29 = data.replacement;if(typeof data29 === "string"){if(func1(data29) > 100){const err74 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(func1(data29) < 2){const err75 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(!pattern4.test(data29)){const err76 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.deprecation_reason !== undefined){let data30 = data.deprecation_reason;if(typeof data30 === "string"){if(!pattern15.test(data30)){const err78 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data30};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}else {const err79 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data30};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.sunset_date !== undefined){let data31 = data.sunset_date;if(typeof data31 === "string"){if(!(formats0.validate(data31))){const err80 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data31};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}else {const err81 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data31};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.sources !== undefined){if(!(validate32(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}if(data.last_verified !== undefined){let data33 = data.last_verified;if(typeof data33 === "string"){if(!(formats0.validate(data33))){const err82 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data33};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data33};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["common.schema.json"] = validate21;const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"common.schema.json","title":"Definitions shared by the cloud and local model schemas","$defs":{"id":{"description":"a plain id: lowercase letters, digits, dots and dashes, starting and ending with a letter or digit, no '..'","examples":["gpt-5","qwen3-0.6b"],"type":"string","minLength":2,"maxLength":100,"pattern":"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},"line":{"description":"one line of text, 1 to 200 characters, without control characters (C0, DEL, C1), line or paragraph separators (U+2028, U+2029) or bidirectional controls (U+202A-U+202E, U+2066-U+2069)","type":"string","pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},"text":{"description":"free text of at most 4000 characters; newlines and tabs allowed, other control characters (C0, DEL, C1), U+2028, U+2029 and bidirectional controls (U+202A-U+202E, U+2066-U+2069) not","type":"string","pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},"slug":{"description":"lowercase letters, digits, dashes and underscores","examples":["openai","qwen"],"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9_-]*$"},"envVar":{"description":"an environment variable name: uppercase letters, digits and underscores, starting with a letter","examples":["OPENAI_API_KEY"],"type":"string","maxLength":128,"pattern":"^[A-Z][A-Z0-9_]*$"},"date":{"description":"a calendar date, YYYY-MM-DD","examples":["2025-08-07"],"type":"string","format":"date"},"url":{"description":"an http(s) URL","examples":["https://docs.litellm.ai/docs/providers/openai"],"type":"string","maxLength":2000,"format":"uri","pattern":"^https?://[^\\s]+$"},"lines":{"description":"a list of distinct one-line strings","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/line"}},"aliases":{"description":"other names the model answers to, each a plain id","examples":[["gpt5"]],"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"capabilities":{"description":"what the model can do","type":"array","uniqueItems":true,"items":{"enum":["chat","code","vision","reasoning","multimodal","tools","embeddings","audio","structured-output","web-search","prompt-caching","multilingual","fim"]}},"metrics":{"description":"named values: keys are lowercase names, values numbers, strings or booleans","examples":[{"tokens_per_second":40}],"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_.-]{0,63}$"},"additionalProperties":{"type":["number","string","boolean"],"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"}},"sources":{"description":"the URLs every fact in this file comes from","examples":[["https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"]],"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/url"}},"icon":{"description":"a path under assets/ or an https URL, without '..'","examples":["assets/openai.svg"],"type":"string","maxLength":300,"pattern":"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"},"positiveInt":{"type":"integer","minimum":1}}};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="common.schema.json" */;validate21.errors = null;return true;}validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};exports["index.schema.json"] = validate34;const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"index.schema.json","title":"Release index","description":"index.json of a release: every model of the store with counts, the commit it was built from and the schema version.","type":"object","additionalProperties":false,"required":["schema_version","commit","counts","models"],"properties":{"$schema":{"type":"string","maxLength":300},"schema_version":{"description":"the version of this index format","const":1},"commit":{"description":"the store's git commit, or null outside a git repository","anyOf":[{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},{"type":"null"}]},"counts":{"type":"object","additionalProperties":false,"required":["total","deprecated","by_kind","by_provider","by_group","by_capability"],"properties":{"total":{"type":"integer","minimum":0},"deprecated":{"type":"integer","minimum":0},"by_kind":{"$ref":"#/$defs/tally"},"by_provider":{"$ref":"#/$defs/tally"},"by_group":{"$ref":"#/$defs/tally"},"by_capability":{"$ref":"#/$defs/tally"}}},"models":{"type":"array","items":{"$ref":"#/$defs/model"}}},"$defs":{"tally":{"type":"object","additionalProperties":{"type":"integer","minimum":0}},"model":{"type":"object","additionalProperties":false,"required":["id","kind","name","file","deprecated","definition"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"enum":["cloud","local"]},"name":{"type":"string"},"file":{"description":"the model file, relative to the repository","type":"string"},"provider":{"$ref":"common.schema.json#/$defs/slug"},"group":{"type":"string"},"deprecated":{"type":"boolean"},"replacement":{"$ref":"common.schema.json#/$defs/id"},"definition":{"description":"the model file's content, without $schema","type":"object"}}}}};const schema73 = {"type":"object","additionalProperties":{"type":"integer","minimum":0}};const pattern30 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");const schema77 = {"type":"object","additionalProperties":false,"required":["id","kind","name","file","deprecated","definition"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"enum":["cloud","local"]},"name":{"type":"string"},"file":{"description":"the model file, relative to the repository","type":"string"},"provider":{"$ref":"common.schema.json#/$defs/slug"},"group":{"type":"string"},"deprecated":{"type":"boolean"},"replacement":{"$ref":"common.schema.json#/$defs/id"},"definition":{"description":"the model file's content, without $schema","type":"object"}}};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate35.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.kind === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.name === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.file === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.deprecated === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deprecated"},message:"must have required property '"+"deprecated"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.definition === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!(func12.call(schema77.properties, key0))){const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func1(data0) > 100){const err7 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func1(data0) < 2){const err8 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern4.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.kind !== undefined){let data1 = data.kind;if(!((data1 === "cloud") || (data1 === "local"))){const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema77.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.kind.enum,parentSchema:schema77.properties.kind,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 !== "string"){const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.name.type,parentSchema:schema77.properties.name,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.file !== undefined){let data3 = data.file;if(typeof data3 !== "string"){const err13 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.file.type,parentSchema:schema77.properties.file,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.provider !== undefined){let data4 = data.provider;if(typeof data4 === "string"){if(func1(data4) > 64){const err14 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(func1(data4) < 1){const err15 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!pattern12.test(data4)){const err16 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.group !== undefined){let data5 = data.group;if(typeof data5 !== "string"){const err18 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.group.type,parentSchema:schema77.properties.group,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.deprecated !== undefined){let data6 = data.deprecated;if(typeof data6 !== "boolean"){const err19 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.deprecated.type,parentSchema:schema77.properties.deprecated,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.replacement !== undefined){let data7 = data.replacement;if(typeof data7 === "string"){if(func1(data7) > 100){const err20 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func1(data7) < 2){const err21 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!pattern4.test(data7)){const err22 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.definition !== undefined){let data8 = data.definition;if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){const err24 = {instancePath:instancePath+"/definition",schemaPath:"#/properties/definition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.definition.type,parentSchema:schema77.properties.definition,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate35.errors = vErrors;return errors === 0;}validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="index.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.commit === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.counts === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.models === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((key0 === "$schema") || (key0 === "schema_version")) || (key0 === "commit")) || (key0 === "counts")) || (key0 === "models"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema72.properties.$schema,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.$schema.type,parentSchema:schema72.properties.$schema,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.schema_version !== undefined){let data1 = data.schema_version;if(1 !== data1){const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema72.properties.schema_version,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.commit !== undefined){let data2 = data.commit;const _errs6 = errors;let valid1 = false;const _errs7 = errors;if(typeof data2 === "string"){if(!pattern30.test(data2)){const err8 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema72.properties.commit.anyOf[0],data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.commit.anyOf[0].type,parentSchema:schema72.properties.commit.anyOf[0],data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs7 === errors;valid1 = valid1 || _valid0;const _errs9 = errors;if(data2 !== null){const err10 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema72.properties.commit.anyOf[1].type,parentSchema:schema72.properties.commit.anyOf[1],data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs9 === errors;valid1 = valid1 || _valid0;if(!valid1){const err11 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.properties.commit.anyOf,parentSchema:schema72.properties.commit,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}if(data.counts !== undefined){let data3 = data.counts;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.total === undefined){const err12 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data3.deprecated === undefined){const err13 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "deprecated"},message:"must have required property '"+"deprecated"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data3.by_kind === undefined){const err14 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_kind"},message:"must have required property '"+"by_kind"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data3.by_provider === undefined){const err15 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_provider"},message:"must have required property '"+"by_provider"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data3.by_group === undefined){const err16 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_group"},message:"must have required property '"+"by_group"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data3.by_capability === undefined){const err17 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_capability"},message:"must have required property '"+"by_capability"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key1 in data3){if(!((((((key1 === "total") || (key1 === "deprecated")) || (key1 === "by_kind")) || (key1 === "by_provider")) || (key1 === "by_group")) || (key1 === "by_capability"))){const err18 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data3.total !== undefined){let data4 = data3.total;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err19 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.counts.properties.total.type,parentSchema:schema72.properties.counts.properties.total,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err20 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.properties.counts.properties.total,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data3.deprecated !== undefined){let data5 = data3.deprecated;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err21 = {instancePath:instancePath+"/counts/deprecated",schemaPath:"#/properties/counts/properties/deprecated/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.counts.properties.deprecated.type,parentSchema:schema72.properties.counts.properties.deprecated,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err22 = {instancePath:instancePath+"/counts/deprecated",schemaPath:"#/properties/counts/properties/deprecated/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.properties.counts.properties.deprecated,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data3.by_kind !== undefined){let data6 = data3.by_kind;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){let data7 = data6[key2];if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err23 = {instancePath:instancePath+"/counts/by_kind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err24 = {instancePath:instancePath+"/counts/by_kind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data7};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}}else {const err25 = {instancePath:instancePath+"/counts/by_kind",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data3.by_provider !== undefined){let data8 = data3.by_provider;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key3 in data8){let data9 = data8[key3];if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err26 = {instancePath:instancePath+"/counts/by_provider/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err27 = {instancePath:instancePath+"/counts/by_provider/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data9};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}else {const err28 = {instancePath:instancePath+"/counts/by_provider",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data8};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data3.by_group !== undefined){let data10 = data3.by_group;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key4 in data10){let data11 = data10[key4];if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err29 = {instancePath:instancePath+"/counts/by_group/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data11};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 0 || isNaN(data11)){const err30 = {instancePath:instancePath+"/counts/by_group/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data11};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}}else {const err31 = {instancePath:instancePath+"/counts/by_group",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data10};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data3.by_capability !== undefined){let data12 = data3.by_capability;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key5 in data12){let data13 = data12[key5];if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err32 = {instancePath:instancePath+"/counts/by_capability/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data13};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 0 || isNaN(data13)){const err33 = {instancePath:instancePath+"/counts/by_capability/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}}else {const err34 = {instancePath:instancePath+"/counts/by_capability",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data12};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.counts.type,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.models !== undefined){let data14 = data.models;if(Array.isArray(data14)){const len0 = data14.length;for(let i0=0; i0<len0; i0++){if(!(validate35(data14[i0], {instancePath:instancePath+"/models/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);errors = vErrors.length;}}}else {const err36 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.models.type,parentSchema:schema72.properties.models,data:data14};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["local.schema.json"] = validate37;const schema81 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"local.schema.json","title":"Local GGUF model","description":"A GGUF model on HuggingFace served by llama-server through llama-swap. Keys appear in model files in the order listed here.","type":"object","additionalProperties":false,"required":["id","name","model_uri","quantization","ram_required_gb","context_window","group"],"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"description":"the display name","examples":["Qwen3 4B"],"$ref":"common.schema.json#/$defs/line"},"model_uri":{"description":"the GGUF file on HuggingFace: huggingface://<org>/<repo>/<path>.gguf (hf:// also accepted); split models name shard 1","examples":["huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf"],"type":"string","maxLength":500,"pattern":"^(huggingface|hf)://[^\\s]+$"},"quantization":{"description":"the GGUF quantization","examples":["Q4_K_M","Q8_0","MXFP4"],"type":"string","maxLength":32,"pattern":"^[A-Za-z0-9][A-Za-z0-9_]*$"},"ram_required_gb":{"description":"memory needed to serve the model at ctx_size, in GB","examples":[4],"type":"number","minimum":1,"maximum":4096},"context_window":{"description":"the native context window in tokens, as the model card states it","examples":[32768],"$ref":"common.schema.json#/$defs/positiveInt"},"group":{"description":"the llama-swap group the model belongs to","enum":["task","balanced","heavy","embeddings"]},"description":{"$ref":"common.schema.json#/$defs/text"},"icon":{"$ref":"common.schema.json#/$defs/icon"},"family":{"description":"the model family, lowercase","examples":["qwen3","gpt-oss"],"$ref":"common.schema.json#/$defs/slug"},"capabilities":{"$ref":"common.schema.json#/$defs/capabilities"},"parameters_b":{"description":"parameters in billions (total, for mixture-of-experts models)","examples":[4],"type":"number","exclusiveMinimum":0},"size_bytes":{"description":"the size of the GGUF file in bytes (all shards summed)","examples":[2497280256],"$ref":"common.schema.json#/$defs/positiveInt"},"ctx_size":{"description":"the context size llama-server is started with","examples":[8192],"$ref":"common.schema.json#/$defs/positiveInt"},"ttl":{"description":"seconds of idleness before llama-swap unloads the model; 0 = never","examples":[300],"type":"integer","minimum":0},"hf_repo":{"description":"the HuggingFace repository, org/repo","examples":["Qwen/Qwen3-4B-GGUF"],"type":"string","maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},"hf_file":{"description":"the file in the repository (shard 1 for split models)","examples":["Qwen3-4B-Q4_K_M.gguf"],"type":"string","maxLength":300,"pattern":"^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$"},"sha256":{"description":"the SHA-256 of the GGUF file as the Hub states it (lfs.sha256); for a split model, a list with one per shard, in shard order","examples":["9465e63a22add5354d9bb4b99e90117043c7124007664907259bd16d043bb031"],"oneOf":[{"type":"string","pattern":"^[0-9a-f]{64}$"},{"type":"array","minItems":2,"maxItems":100,"items":{"type":"string","pattern":"^[0-9a-f]{64}$"}}]},"revision":{"description":"the repository commit (40 hex digits) the file and its sha256 were verified at","examples":["23749fefcc72300e3a2ad315e1317431b06b590a"],"type":"string","pattern":"^[0-9a-f]{40}$"},"aliases":{"$ref":"common.schema.json#/$defs/aliases"},"shortname":{"description":"a short name","$ref":"common.schema.json#/$defs/id"},"embedding_dimension":{"description":"the embedding width, for embedding models","examples":[4096],"$ref":"common.schema.json#/$defs/positiveInt"},"pooling":{"description":"the pooling the model card specifies for embeddings, passed as llama-server --pooling (needed when the GGUF carries none; only last lets the server split inputs longer than the batch)","examples":["last"],"enum":["none","mean","cls","last","rank"]},"vulkan_driver":{"description":"the preferred Vulkan driver","enum":["RADV","AMDVLK"]},"flash_attn":{"type":"boolean"},"batch_size":{"$ref":"common.schema.json#/$defs/positiveInt"},"license":{"description":"the licence identifier as HuggingFace names it","examples":["apache-2.0","llama4"],"type":"string","maxLength":64,"pattern":"^[a-z0-9][a-z0-9.+-]*$"},"benchmarks":{"description":"published benchmark scores by name","examples":[{"mmlu":85.3}],"type":"object","minProperties":1,"propertyNames":{"pattern":"^[a-z][a-z0-9_.-]{0,63}$"},"additionalProperties":{"type":"number"}},"use_cases":{"$ref":"common.schema.json#/$defs/lines"},"performance":{"$ref":"common.schema.json#/$defs/metrics"},"notes":{"$ref":"common.schema.json#/$defs/text"},"enabled":{"description":"whether blueprints include the model by default","type":"boolean"},"deprecated":{"type":"boolean"},"replacement":{"description":"the id of the model to use instead","$ref":"common.schema.json#/$defs/id"},"deprecation_reason":{"$ref":"common.schema.json#/$defs/text"},"sunset_date":{"$ref":"common.schema.json#/$defs/date"},"sources":{"$ref":"common.schema.json#/$defs/sources"},"last_verified":{"$ref":"common.schema.json#/$defs/date"}}};const pattern36 = new RegExp("^(huggingface|hf)://[^\\s]+$", "u");const pattern37 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_]*$", "u");const pattern41 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern42 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$", "u");const pattern43 = new RegExp("^[0-9a-f]{64}$", "u");const pattern45 = new RegExp("^[0-9a-f]{40}$", "u");const pattern48 = new RegExp("^[a-z0-9][a-z0-9.+-]*$", "u");function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate38.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 100){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(func1(data0) < 2){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema64,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break outer0;}}}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.type,parentSchema:schema64,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate38.errors = vErrors;return errors === 0;}validate38.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate40.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern5.test(data0)){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema58,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break outer0;}}}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate40.errors = vErrors;return errors === 0;}validate40.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate42.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 2000){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern29.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(formats4(data0))){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err5 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema69,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;break outer0;}}}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate42.errors = vErrors;return errors === 0;}validate42.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="local.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate37.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.model_uri === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_uri"},message:"must have required property '"+"model_uri"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.quantization === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantization"},message:"must have required property '"+"quantization"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.ram_required_gb === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ram_required_gb"},message:"must have required property '"+"ram_required_gb"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.context_window === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context_window"},message:"must have required property '"+"context_window"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.group === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(func12.call(schema81.properties, key0))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema81.properties.$schema,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.$schema.type,parentSchema:schema81.properties.$schema,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(func1(data1) > 100){const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(func1(data1) < 2){const err11 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!pattern4.test(data1)){const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(!pattern5.test(data2)){const err14 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.model_uri !== undefined){let data3 = data.model_uri;if(typeof data3 === "string"){if(func1(data3) > 500){const err16 = {instancePath:instancePath+"/model_uri",schemaPath:"#/properties/model_uri/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema81.properties.model_uri,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern36.test(data3)){const err17 = {instancePath:instancePath+"/model_uri",schemaPath:"#/properties/model_uri/pattern",keyword:"pattern",params:{pattern: "^(huggingface|hf)://[^\\s]+$"},message:"must match pattern \""+"^(huggingface|hf)://[^\\s]+$"+"\"",schema:"^(huggingface|hf)://[^\\s]+$",parentSchema:schema81.properties.model_uri,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/model_uri",schemaPath:"#/properties/model_uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.model_uri.type,parentSchema:schema81.properties.model_uri,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.quantization !== undefined){let data4 = data.quantization;if(typeof data4 === "string"){if(func1(data4) > 32){const err19 = {instancePath:instancePath+"/quantization",schemaPath:"#/properties/quantization/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema81.properties.quantization,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(!pattern37.test(data4)){const err20 = {instancePath:instancePath+"/quantization",schemaPath:"#/properties/quantization/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_]*$",parentSchema:schema81.properties.quantization,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/quantization",schemaPath:"#/properties/quantization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.quantization.type,parentSchema:schema81.properties.quantization,data:data4};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.ram_required_gb !== undefined){let data5 = data.ram_required_gb;if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 4096 || isNaN(data5)){const err22 = {instancePath:instancePath+"/ram_required_gb",schemaPath:"#/properties/ram_required_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema81.properties.ram_required_gb,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data5 < 1 || isNaN(data5)){const err23 = {instancePath:instancePath+"/ram_required_gb",schemaPath:"#/properties/ram_required_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema81.properties.ram_required_gb,data:data5};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/ram_required_gb",schemaPath:"#/properties/ram_required_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.properties.ram_required_gb.type,parentSchema:schema81.properties.ram_required_gb,data:data5};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.context_window !== undefined){let data6 = data.context_window;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err25 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err26 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data6};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data.group !== undefined){let data7 = data.group;if(!((((data7 === "task") || (data7 === "balanced")) || (data7 === "heavy")) || (data7 === "embeddings"))){const err27 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/enum",keyword:"enum",params:{allowedValues: schema81.properties.group.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.group.enum,parentSchema:schema81.properties.group,data:data7};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.description !== undefined){let data8 = data.description;if(typeof data8 === "string"){if(!pattern15.test(data8)){const err28 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data8};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data8};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.icon !== undefined){let data9 = data.icon;if(typeof data9 === "string"){if(func1(data9) > 300){const err30 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema53,data:data9};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(!pattern16.test(data9)){const err31 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"},message:"must match pattern \""+"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"+"\"",schema:"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$",parentSchema:schema53,data:data9};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data9};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.family !== undefined){let data10 = data.family;if(typeof data10 === "string"){if(func1(data10) > 64){const err33 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(func1(data10) < 1){const err34 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!pattern12.test(data10)){const err35 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.capabilities !== undefined){let data11 = data.capabilities;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){let data12 = data11[i0];if(!(((((((((((((data12 === "chat") || (data12 === "code")) || (data12 === "vision")) || (data12 === "reasoning")) || (data12 === "multimodal")) || (data12 === "tools")) || (data12 === "embeddings")) || (data12 === "audio")) || (data12 === "structured-output")) || (data12 === "web-search")) || (data12 === "prompt-caching")) || (data12 === "multilingual")) || (data12 === "fim"))){const err37 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"common.schema.json#/$defs/capabilities/items/enum",keyword:"enum",params:{allowedValues: schema54.items.enum},message:"must be equal to one of the allowed values",schema:schema54.items.enum,parentSchema:schema54.items,data:data12};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}let i1 = data11.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data11[i1], data11[j0])){const err38 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;break outer0;}}}}}else {const err39 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.type,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.parameters_b !== undefined){let data13 = data.parameters_b;if((typeof data13 == "number") && (isFinite(data13))){if(data13 <= 0 || isNaN(data13)){const err40 = {instancePath:instancePath+"/parameters_b",schemaPath:"#/properties/parameters_b/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema81.properties.parameters_b,data:data13};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/parameters_b",schemaPath:"#/properties/parameters_b/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.properties.parameters_b.type,parentSchema:schema81.properties.parameters_b,data:data13};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.size_bytes !== undefined){let data14 = data.size_bytes;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err42 = {instancePath:instancePath+"/size_bytes",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data14};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 1 || isNaN(data14)){const err43 = {instancePath:instancePath+"/size_bytes",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data14};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data.ctx_size !== undefined){let data15 = data.ctx_size;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err44 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data15};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 1 || isNaN(data15)){const err45 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data15};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data.ttl !== undefined){let data16 = data.ttl;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err46 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.ttl.type,parentSchema:schema81.properties.ttl,data:data16};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 0 || isNaN(data16)){const err47 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema81.properties.ttl,data:data16};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data.hf_repo !== undefined){let data17 = data.hf_repo;if(typeof data17 === "string"){if(func1(data17) > 200){const err48 = {instancePath:instancePath+"/hf_repo",schemaPath:"#/properties/hf_repo/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema81.properties.hf_repo,data:data17};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!pattern41.test(data17)){const err49 = {instancePath:instancePath+"/hf_repo",schemaPath:"#/properties/hf_repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema81.properties.hf_repo,data:data17};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/hf_repo",schemaPath:"#/properties/hf_repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.hf_repo.type,parentSchema:schema81.properties.hf_repo,data:data17};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data.hf_file !== undefined){let data18 = data.hf_file;if(typeof data18 === "string"){if(func1(data18) > 300){const err51 = {instancePath:instancePath+"/hf_file",schemaPath:"#/properties/hf_file/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema81.properties.hf_file,data:data18};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(!pattern42.test(data18)){const err52 = {instancePath:instancePath+"/hf_file",schemaPath:"#/properties/hf_file/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$"},message:"must match pattern \""+"^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$"+"\"",schema:"^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$",parentSchema:schema81.properties.hf_file,data:data18};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}else {const err53 = {instancePath:instancePath+"/hf_file",schemaPath:"#/properties/hf_file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.hf_file.type,parentSchema:schema81.properties.hf_file,data:data18};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.sha256 !== undefined){let data19 = data.sha256;const _errs48 = errors;let valid13 = false;let passing0 = null;const _errs49 = errors;if(typeof data19 === "string"){if(!pattern43.test(data19)){const err54 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema81.properties.sha256.oneOf[0],data:data19};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.sha256.oneOf[0].type,parentSchema:schema81.properties.sha256.oneOf[0],data:data19};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid0 = _errs49 === errors;if(_valid0){valid13 = true;passing0 = 0;}const _errs51 = errors;if(Array.isArray(data19)){if(data19.length > 100){const err56 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema81.properties.sha256.oneOf[1],data:data19};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data19.length < 2){const err57 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema81.properties.sha256.oneOf[1],data:data19};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}const len1 = data19.length;for(let i2=0; i2<len1; i2++){let data20 = data19[i2];if(typeof data20 === "string"){if(!pattern43.test(data20)){const err58 = {instancePath:instancePath+"/sha256/" + i2,schemaPath:"#/properties/sha256/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema81.properties.sha256.oneOf[1].items,data:data20};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/sha256/" + i2,schemaPath:"#/properties/sha256/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.sha256.oneOf[1].items.type,parentSchema:schema81.properties.sha256.oneOf[1].items,data:data20};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema81.properties.sha256.oneOf[1].type,parentSchema:schema81.properties.sha256.oneOf[1],data:data19};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var _valid0 = _errs51 === errors;if(_valid0 && valid13){valid13 = false;passing0 = [passing0, 1];}else {if(_valid0){valid13 = true;passing0 = 1;}}if(!valid13){const err61 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema81.properties.sha256.oneOf,parentSchema:schema81.properties.sha256,data:data19};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}else {errors = _errs48;if(vErrors !== null){if(_errs48){vErrors.length = _errs48;}else {vErrors = null;}}}}if(data.revision !== undefined){let data21 = data.revision;if(typeof data21 === "string"){if(!pattern45.test(data21)){const err62 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema81.properties.revision,data:data21};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.revision.type,parentSchema:schema81.properties.revision,data:data21};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.aliases !== undefined){if(!(validate38(data.aliases, {instancePath:instancePath+"/aliases",parentData:data,parentDataProperty:"aliases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}}if(data.shortname !== undefined){let data23 = data.shortname;if(typeof data23 === "string"){if(func1(data23) > 100){const err64 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(func1(data23) < 2){const err65 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(!pattern4.test(data23)){const err66 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.embedding_dimension !== undefined){let data24 = data.embedding_dimension;if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){const err68 = {instancePath:instancePath+"/embedding_dimension",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data24};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if((typeof data24 == "number") && (isFinite(data24))){if(data24 < 1 || isNaN(data24)){const err69 = {instancePath:instancePath+"/embedding_dimension",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data24};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}if(data.pooling !== undefined){let data25 = data.pooling;if(!(((((data25 === "none") || (data25 === "mean")) || (data25 === "cls")) || (data25 === "last")) || (data25 === "rank"))){const err70 = {instancePath:instancePath+"/pooling",schemaPath:"#/properties/pooling/enum",keyword:"enum",params:{allowedValues: schema81.properties.pooling.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.pooling.enum,parentSchema:schema81.properties.pooling,data:data25};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data.vulkan_driver !== undefined){let data26 = data.vulkan_driver;if(!((data26 === "RADV") || (data26 === "AMDVLK"))){const err71 = {instancePath:instancePath+"/vulkan_driver",schemaPath:"#/properties/vulkan_driver/enum",keyword:"enum",params:{allowedValues: schema81.properties.vulkan_driver.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.vulkan_driver.enum,parentSchema:schema81.properties.vulkan_driver,data:data26};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data.flash_attn !== undefined){let data27 = data.flash_attn;if(typeof data27 !== "boolean"){const err72 = {instancePath:instancePath+"/flash_attn",schemaPath:"#/properties/flash_attn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema81.properties.flash_attn.type,parentSchema:schema81.properties.flash_attn,data:data27};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.batch_size !== undefined){let data28 = data.batch_size;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err73 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data28};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 < 1 || isNaN(data28)){const err74 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data28};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}if(data.license !== undefined){let data29 = data.license;if(typeof data29 === "string"){if(func1(data29) > 64){const err75 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema81.properties.license,data:data29};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(!pattern48.test(data29)){const err76 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.+-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.+-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.+-]*$",parentSchema:schema81.properties.license,data:data29};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.license.type,parentSchema:schema81.properties.license,data:data29};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.benchmarks !== undefined){let data30 = data.benchmarks;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){if(Object.keys(data30).length < 1){const err78 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema81.properties.benchmarks,data:data30};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}for(const key1 in data30){const _errs75 = errors;if(typeof key1 === "string"){if(!pattern21.test(key1)){const err79 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema81.properties.benchmarks.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}var valid19 = _errs75 === errors;if(!valid19){const err80 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema81.properties.benchmarks.propertyNames,parentSchema:schema81.properties.benchmarks,data:data30};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}for(const key2 in data30){let data31 = data30[key2];if(!((typeof data31 == "number") && (isFinite(data31)))){const err81 = {instancePath:instancePath+"/benchmarks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/benchmarks/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.properties.benchmarks.additionalProperties.type,parentSchema:schema81.properties.benchmarks.additionalProperties,data:data31};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.properties.benchmarks.type,parentSchema:schema81.properties.benchmarks,data:data30};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.use_cases !== undefined){if(!(validate40(data.use_cases, {instancePath:instancePath+"/use_cases",parentData:data,parentDataProperty:"use_cases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.performance !== undefined){let data33 = data.performance;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key3 in data33){const _errs83 = errors;if(typeof key3 === "string"){if(!pattern21.test(key3)){const err83 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema61.propertyNames,data:key3,propertyName:key3};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}var valid22 = _errs83 === errors;if(!valid22){const err84 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema61.propertyNames,parentSchema:schema61,data:data33};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}for(const key4 in data33){let data34 = data33[key4];if(((!((typeof data34 == "number") && (isFinite(data34)))) && (typeof data34 !== "string")) && (typeof data34 !== "boolean")){const err85 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/type",keyword:"type",params:{type: schema61.additionalProperties.type},message:"must be number,string,boolean",schema:schema61.additionalProperties.type,parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(typeof data34 === "string"){if(func1(data34) > 200){const err86 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(!pattern22.test(data34)){const err87 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}}else {const err88 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data33};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data.notes !== undefined){let data35 = data.notes;if(typeof data35 === "string"){if(!pattern15.test(data35)){const err89 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data35};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data35};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data.enabled !== undefined){let data36 = data.enabled;if(typeof data36 !== "boolean"){const err91 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema81.properties.enabled.type,parentSchema:schema81.properties.enabled,data:data36};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data.deprecated !== undefined){let data37 = data.deprecated;if(typeof data37 !== "boolean"){const err92 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema81.properties.deprecated.type,parentSchema:schema81.properties.deprecated,data:data37};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data.replacement !== undefined){let data38 = data.replacement;if(typeof data38 === "string"){if(func1(data38) > 100){const err93 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(func1(data38) < 2){const err94 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}if(!pattern4.test(data38)){const err95 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data.deprecation_reason !== undefined){let data39 = data.deprecation_reason;if(typeof data39 === "string"){if(!pattern15.test(data39)){const err97 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data39};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}else {const err98 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data39};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data.sunset_date !== undefined){let data40 = data.sunset_date;if(typeof data40 === "string"){if(!(formats0.validate(data40))){const err99 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data40};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}else {const err100 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data40};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data.sources !== undefined){if(!(validate42(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data.last_verified !== undefined){let data42 = data.last_verified;if(typeof data42 === "string"){if(!(formats0.validate(data42))){const err101 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data42};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}else {const err102 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data42};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}}else {const err103 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}validate37.errors = vErrors;return errors === 0;}validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["policy.schema.json"] = validate44;const schema106 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"policy.schema.json","title":"Curation policy (curation.config.json)","description":"What the quality rules accept. Every key is optional: thresholds and severity merge field by field over the built-in defaults; any other key given replaces its default whole.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"providers":{"description":"established cloud providers, each with the environment variable its API key lives in","examples":[{"openai":{"api_key_env":"OPENAI_API_KEY"}}],"type":"object","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["api_key_env"],"properties":{"api_key_env":{"description":"an environment variable name: uppercase letters, digits and underscores, starting with a letter","examples":["OPENAI_API_KEY"],"type":"string","maxLength":128,"pattern":"^[A-Z][A-Z0-9_]*$"}}}},"licenses":{"description":"licence identifiers (as HuggingFace names them) local models may carry","examples":[["apache-2.0","mit"]],"type":"array","uniqueItems":true,"items":{"type":"string","maxLength":64,"pattern":"^[a-z0-9][a-z0-9.+-]*$"}},"thresholds":{"description":"numbers the quality rules compare against","type":"object","additionalProperties":false,"properties":{"min_downloads":{"description":"HuggingFace downloads (last 30 days) a local model's repo needs","examples":[1000],"type":"integer","minimum":0},"min_quantizations":{"description":"distinct GGUF quantizations a local model's repo offers","examples":[2],"type":"integer","minimum":1},"ram_min_gb":{"description":"the smallest ram_required_gb accepted","examples":[1],"type":"number","minimum":0},"ram_max_gb":{"description":"the largest ram_required_gb accepted","examples":[128],"type":"number","minimum":0},"stale_after_days":{"description":"days after last_verified before a model counts as stale","examples":[180],"type":"integer","minimum":1}}},"preview_patterns":{"description":"regular expressions (case-insensitive) that mark a preview, beta or experimental model in its id, name or litellm_model_name","examples":[["\\bpreview\\b","-latest$"]],"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"allow":{"$ref":"#/$defs/filter","description":"when a list here is non-empty, only models matching it are accepted"},"deny":{"$ref":"#/$defs/filter","description":"models matching these are refused; deny wins over allow"},"severity":{"description":"per-rule severity overrides; \"off\" silences a rule","examples":[{"sources-present":"error"}],"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9/_-]{0,63}$"},"additionalProperties":{"enum":["error","warning","notice","off"]}},"exceptions":{"description":"rules silenced for one model each, with the reason written down","type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","id","reason"],"properties":{"rule":{"description":"the rule id, e.g. local/ram-range","type":"string","pattern":"^[a-z][a-z0-9/_-]{0,63}$"},"id":{"description":"the model id","type":"string","maxLength":100,"pattern":"^[a-z0-9][a-z0-9.-]*$"},"reason":{"description":"why this model is accepted anyway: one line","type":"string","minLength":10,"maxLength":500,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"}}}}},"$defs":{"filter":{"type":"object","additionalProperties":false,"properties":{"providers":{"description":"cloud providers or HuggingFace organisations (case-insensitive)","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"}},"ids":{"description":"model ids or glob patterns (* matches any run of characters)","examples":[["gpt-5-pro","*-preview*"]],"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z0-9*][a-z0-9.*-]*$"}}}}}};const schema107 = {"type":"object","additionalProperties":false,"properties":{"providers":{"description":"cloud providers or HuggingFace organisations (case-insensitive)","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"}},"ids":{"description":"model ids or glob patterns (* matches any run of characters)","examples":[["gpt-5-pro","*-preview*"]],"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z0-9*][a-z0-9.*-]*$"}}}};const pattern57 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");const pattern60 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern61 = new RegExp("^[a-z0-9*][a-z0-9.*-]*$", "u");const pattern64 = new RegExp("^[a-z][a-z0-9/_-]{0,63}$", "u");const pattern66 = new RegExp("^[a-z0-9][a-z0-9.-]*$", "u");function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="policy.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate44.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func12.call(schema106.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema106.properties.$schema,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.$schema.type,parentSchema:schema106.properties.$schema,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.providers !== undefined){let data1 = data.providers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs6 = errors;if(typeof key1 === "string"){if(!pattern57.test(key1)){const err3 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,63}$",parentSchema:schema106.properties.providers.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var valid1 = _errs6 === errors;if(!valid1){const err4 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema106.properties.providers.propertyNames,parentSchema:schema106.properties.providers,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.api_key_env === undefined){const err5 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/required",keyword:"required",params:{missingProperty: "api_key_env"},message:"must have required property '"+"api_key_env"+"'",schema:schema106.properties.providers.additionalProperties.required,parentSchema:schema106.properties.providers.additionalProperties,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key3 in data2){if(!(key3 === "api_key_env")){const err6 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema106.properties.providers.additionalProperties,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.api_key_env !== undefined){let data3 = data2.api_key_env;if(typeof data3 === "string"){if(func1(data3) > 128){const err7 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/providers/additionalProperties/properties/api_key_env/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema106.properties.providers.additionalProperties.properties.api_key_env,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern14.test(data3)){const err8 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/providers/additionalProperties/properties/api_key_env/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\"",schema:"^[A-Z][A-Z0-9_]*$",parentSchema:schema106.properties.providers.additionalProperties.properties.api_key_env,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/providers/additionalProperties/properties/api_key_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.providers.additionalProperties.properties.api_key_env.type,parentSchema:schema106.properties.providers.additionalProperties.properties.api_key_env,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.providers.additionalProperties.type,parentSchema:schema106.properties.providers.additionalProperties,data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.providers.type,parentSchema:schema106.properties.providers,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.licenses !== undefined){let data4 = data.licenses;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(func1(data5) > 64){const err12 = {instancePath:instancePath+"/licenses/" + i0,schemaPath:"#/properties/licenses/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema106.properties.licenses.items,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!pattern48.test(data5)){const err13 = {instancePath:instancePath+"/licenses/" + i0,schemaPath:"#/properties/licenses/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.+-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.+-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.+-]*$",parentSchema:schema106.properties.licenses.items,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/licenses/" + i0,schemaPath:"#/properties/licenses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.licenses.items.type,parentSchema:schema106.properties.licenses.items,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data4[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err15 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema106.properties.licenses,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;break;}indices0[item0] = i1;}}}else {const err16 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.licenses.type,parentSchema:schema106.properties.licenses,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.thresholds !== undefined){let data6 = data.thresholds;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key4 in data6){if(!(((((key4 === "min_downloads") || (key4 === "min_quantizations")) || (key4 === "ram_min_gb")) || (key4 === "ram_max_gb")) || (key4 === "stale_after_days"))){const err17 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema106.properties.thresholds,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.min_downloads !== undefined){let data7 = data6.min_downloads;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err18 = {instancePath:instancePath+"/thresholds/min_downloads",schemaPath:"#/properties/thresholds/properties/min_downloads/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.thresholds.properties.min_downloads.type,parentSchema:schema106.properties.thresholds.properties.min_downloads,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err19 = {instancePath:instancePath+"/thresholds/min_downloads",schemaPath:"#/properties/thresholds/properties/min_downloads/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.thresholds.properties.min_downloads,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data6.min_quantizations !== undefined){let data8 = data6.min_quantizations;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err20 = {instancePath:instancePath+"/thresholds/min_quantizations",schemaPath:"#/properties/thresholds/properties/min_quantizations/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.thresholds.properties.min_quantizations.type,parentSchema:schema106.properties.thresholds.properties.min_quantizations,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err21 = {instancePath:instancePath+"/thresholds/min_quantizations",schemaPath:"#/properties/thresholds/properties/min_quantizations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema106.properties.thresholds.properties.min_quantizations,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data6.ram_min_gb !== undefined){let data9 = data6.ram_min_gb;if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err22 = {instancePath:instancePath+"/thresholds/ram_min_gb",schemaPath:"#/properties/thresholds/properties/ram_min_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.thresholds.properties.ram_min_gb,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/thresholds/ram_min_gb",schemaPath:"#/properties/thresholds/properties/ram_min_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema106.properties.thresholds.properties.ram_min_gb.type,parentSchema:schema106.properties.thresholds.properties.ram_min_gb,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data6.ram_max_gb !== undefined){let data10 = data6.ram_max_gb;if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err24 = {instancePath:instancePath+"/thresholds/ram_max_gb",schemaPath:"#/properties/thresholds/properties/ram_max_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.thresholds.properties.ram_max_gb,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/thresholds/ram_max_gb",schemaPath:"#/properties/thresholds/properties/ram_max_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema106.properties.thresholds.properties.ram_max_gb.type,parentSchema:schema106.properties.thresholds.properties.ram_max_gb,data:data10};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data6.stale_after_days !== undefined){let data11 = data6.stale_after_days;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err26 = {instancePath:instancePath+"/thresholds/stale_after_days",schemaPath:"#/properties/thresholds/properties/stale_after_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.thresholds.properties.stale_after_days.type,parentSchema:schema106.properties.thresholds.properties.stale_after_days,data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err27 = {instancePath:instancePath+"/thresholds/stale_after_days",schemaPath:"#/properties/thresholds/properties/stale_after_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema106.properties.thresholds.properties.stale_after_days,data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}else {const err28 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.thresholds.type,parentSchema:schema106.properties.thresholds,data:data6};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.preview_patterns !== undefined){let data12 = data.preview_patterns;if(Array.isArray(data12)){const len1 = data12.length;for(let i2=0; i2<len1; i2++){let data13 = data12[i2];if(typeof data13 === "string"){if(func1(data13) > 200){const err29 = {instancePath:instancePath+"/preview_patterns/" + i2,schemaPath:"#/properties/preview_patterns/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema106.properties.preview_patterns.items,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(func1(data13) < 1){const err30 = {instancePath:instancePath+"/preview_patterns/" + i2,schemaPath:"#/properties/preview_patterns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.preview_patterns.items,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/preview_patterns/" + i2,schemaPath:"#/properties/preview_patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.preview_patterns.items.type,parentSchema:schema106.properties.preview_patterns.items,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}let i3 = data12.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data12[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err32 = {instancePath:instancePath+"/preview_patterns",schemaPath:"#/properties/preview_patterns/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema106.properties.preview_patterns,data:data12};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;break;}indices1[item1] = i3;}}}else {const err33 = {instancePath:instancePath+"/preview_patterns",schemaPath:"#/properties/preview_patterns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.preview_patterns.type,parentSchema:schema106.properties.preview_patterns,data:data12};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.allow !== undefined){let data14 = data.allow;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key5 in data14){if(!((key5 === "providers") || (key5 === "ids"))){const err34 = {instancePath:instancePath+"/allow",schemaPath:"#/$defs/filter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data14.providers !== undefined){let data15 = data14.providers;if(Array.isArray(data15)){const len2 = data15.length;for(let i4=0; i4<len2; i4++){let data16 = data15[i4];if(typeof data16 === "string"){if(func1(data16) > 100){const err35 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema107.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(func1(data16) < 1){const err36 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!pattern60.test(data16)){const err37 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema107.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.providers.items.type,parentSchema:schema107.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}let i5 = data15.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data15[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err39 = {instancePath:instancePath+"/allow/providers",schemaPath:"#/$defs/filter/properties/providers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema107.properties.providers,data:data15};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;break;}indices2[item2] = i5;}}}else {const err40 = {instancePath:instancePath+"/allow/providers",schemaPath:"#/$defs/filter/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.properties.providers.type,parentSchema:schema107.properties.providers,data:data15};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data14.ids !== undefined){let data17 = data14.ids;if(Array.isArray(data17)){const len3 = data17.length;for(let i6=0; i6<len3; i6++){let data18 = data17[i6];if(typeof data18 === "string"){if(func1(data18) > 100){const err41 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema107.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(func1(data18) < 1){const err42 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(!pattern61.test(data18)){const err43 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9.*-]*$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9.*-]*$"+"\"",schema:"^[a-z0-9*][a-z0-9.*-]*$",parentSchema:schema107.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.ids.items.type,parentSchema:schema107.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}let i7 = data17.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data17[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err45 = {instancePath:instancePath+"/allow/ids",schemaPath:"#/$defs/filter/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema107.properties.ids,data:data17};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;break;}indices3[item3] = i7;}}}else {const err46 = {instancePath:instancePath+"/allow/ids",schemaPath:"#/$defs/filter/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.properties.ids.type,parentSchema:schema107.properties.ids,data:data17};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/allow",schemaPath:"#/$defs/filter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data:data14};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.deny !== undefined){let data19 = data.deny;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key6 in data19){if(!((key6 === "providers") || (key6 === "ids"))){const err48 = {instancePath:instancePath+"/deny",schemaPath:"#/$defs/filter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data:data19};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data19.providers !== undefined){let data20 = data19.providers;if(Array.isArray(data20)){const len4 = data20.length;for(let i8=0; i8<len4; i8++){let data21 = data20[i8];if(typeof data21 === "string"){if(func1(data21) > 100){const err49 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema107.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(func1(data21) < 1){const err50 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(!pattern60.test(data21)){const err51 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema107.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.providers.items.type,parentSchema:schema107.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}let i9 = data20.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data20[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err53 = {instancePath:instancePath+"/deny/providers",schemaPath:"#/$defs/filter/properties/providers/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema107.properties.providers,data:data20};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;break;}indices4[item4] = i9;}}}else {const err54 = {instancePath:instancePath+"/deny/providers",schemaPath:"#/$defs/filter/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.properties.providers.type,parentSchema:schema107.properties.providers,data:data20};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data19.ids !== undefined){let data22 = data19.ids;if(Array.isArray(data22)){const len5 = data22.length;for(let i10=0; i10<len5; i10++){let data23 = data22[i10];if(typeof data23 === "string"){if(func1(data23) > 100){const err55 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema107.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(func1(data23) < 1){const err56 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!pattern61.test(data23)){const err57 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9.*-]*$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9.*-]*$"+"\"",schema:"^[a-z0-9*][a-z0-9.*-]*$",parentSchema:schema107.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.ids.items.type,parentSchema:schema107.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}let i11 = data22.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data22[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err59 = {instancePath:instancePath+"/deny/ids",schemaPath:"#/$defs/filter/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema107.properties.ids,data:data22};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;break;}indices5[item5] = i11;}}}else {const err60 = {instancePath:instancePath+"/deny/ids",schemaPath:"#/$defs/filter/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.properties.ids.type,parentSchema:schema107.properties.ids,data:data22};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/deny",schemaPath:"#/$defs/filter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data:data19};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.severity !== undefined){let data24 = data.severity;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key7 in data24){const _errs60 = errors;if(typeof key7 === "string"){if(!pattern64.test(key7)){const err62 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9/_-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9/_-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9/_-]{0,63}$",parentSchema:schema106.properties.severity.propertyNames,data:key7,propertyName:key7};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}var valid27 = _errs60 === errors;if(!valid27){const err63 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema106.properties.severity.propertyNames,parentSchema:schema106.properties.severity,data:data24};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}for(const key8 in data24){let data25 = data24[key8];if(!((((data25 === "error") || (data25 === "warning")) || (data25 === "notice")) || (data25 === "off"))){const err64 = {instancePath:instancePath+"/severity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/severity/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema106.properties.severity.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema106.properties.severity.additionalProperties.enum,parentSchema:schema106.properties.severity.additionalProperties,data:data25};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.severity.type,parentSchema:schema106.properties.severity,data:data24};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data.exceptions !== undefined){let data26 = data.exceptions;if(Array.isArray(data26)){const len6 = data26.length;for(let i12=0; i12<len6; i12++){let data27 = data26[i12];if(data27 && typeof data27 == "object" && !Array.isArray(data27)){if(data27.rule === undefined){const err66 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema106.properties.exceptions.items.required,parentSchema:schema106.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(data27.id === undefined){const err67 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema106.properties.exceptions.items.required,parentSchema:schema106.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data27.reason === undefined){const err68 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema106.properties.exceptions.items.required,parentSchema:schema106.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}for(const key9 in data27){if(!(((key9 === "rule") || (key9 === "id")) || (key9 === "reason"))){const err69 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema106.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data27.rule !== undefined){let data28 = data27.rule;if(typeof data28 === "string"){if(!pattern64.test(data28)){const err70 = {instancePath:instancePath+"/exceptions/" + i12+"/rule",schemaPath:"#/properties/exceptions/items/properties/rule/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9/_-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9/_-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9/_-]{0,63}$",parentSchema:schema106.properties.exceptions.items.properties.rule,data:data28};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/exceptions/" + i12+"/rule",schemaPath:"#/properties/exceptions/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.exceptions.items.properties.rule.type,parentSchema:schema106.properties.exceptions.items.properties.rule,data:data28};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data27.id !== undefined){let data29 = data27.id;if(typeof data29 === "string"){if(func1(data29) > 100){const err72 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema106.properties.exceptions.items.properties.id,data:data29};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(!pattern66.test(data29)){const err73 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema106.properties.exceptions.items.properties.id,data:data29};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}else {const err74 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.exceptions.items.properties.id.type,parentSchema:schema106.properties.exceptions.items.properties.id,data:data29};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data27.reason !== undefined){let data30 = data27.reason;if(typeof data30 === "string"){if(func1(data30) > 500){const err75 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema106.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(func1(data30) < 10){const err76 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema106.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(!pattern22.test(data30)){const err77 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema106.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.exceptions.items.properties.reason.type,parentSchema:schema106.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.exceptions.items.type,parentSchema:schema106.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}else {const err80 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.exceptions.type,parentSchema:schema106.properties.exceptions,data:data26};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}validate44.errors = vErrors;return errors === 0;}validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
exports.__schemasHash = "ba60e91f56fc7c24cf91bb9689ff50906b6c2b53aaef96816a10ff10d5e3ddac";


/***/ })

};
