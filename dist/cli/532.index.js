export const id = 532;
export const ids = [532,995,721,102];
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

/***/ 1540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkWorkspace: () => (/* binding */ checkWorkspace)
});

// EXTERNAL MODULE: ./src/core/validate.ts
var validate = __webpack_require__(993);
// EXTERNAL MODULE: ./src/io/litellm.ts
var io_litellm = __webpack_require__(9995);
// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/io/huggingface.ts
var huggingface = __webpack_require__(1658);
;// CONCATENATED MODULE: ./src/io/upstream.ts




async function gatherUpstream(store, options) {
    const inScope = store.entries.filter((e) => !options.scope || options.scope.has(e.file.path));
    const repos = new Set();
    for (const e of inScope) {
        if (e.kind !== 'local')
            continue;
        const v = (0,core_store.str)(e.data.model_uri);
        const p = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
        if (p?.ok)
            repos.add(p.uri.repoId);
    }
    const client = repos.size ? (options.hfClient ?? (0,huggingface/* createHfClient */.c)(options.env)) : undefined;
    const hfPending = [...repos].map(async (repo) => [repo, await client.modelInfo(repo)]);
    let litellm;
    let litellmProblem;
    if (inScope.some((e) => e.kind === 'cloud')) {
        try {
            litellm = await (0,io_litellm/* fetchLiteLLMList */._3)(options.env);
        }
        catch (err) {
            litellmProblem = err.message;
        }
    }
    litellm ??= (0,io_litellm.loadLiteLLMSnapshot)(options.dataDir);
    // modelInfo never rejects: failures come back as 'unreachable' results.
    const hf = new Map(await Promise.all(hfPending));
    return { litellm, litellmProblem, hf };
}

;// CONCATENATED MODULE: ./src/io/check.ts
/**
 * One check of a workspace, as every door runs it: the policy file, the LiteLLM snapshot
 * (or the live upstream with `online`), then validateStore.
 */



async function checkWorkspace(ws, options = {}) {
    const env = options.env ?? process.env;
    const loaded = ws.policy;
    const dataDir = (0,io_litellm/* resolveDataDir */.HG)(ws.base);
    const needsList = ws.store.entries.some((e) => e.kind === 'cloud');
    const upstream = options.online
        ? await gatherUpstream(ws.store, { env, dataDir, scope: options.added ?? options.only, hfClient: options.hfClient })
        : needsList
            ? { litellm: (0,io_litellm.loadLiteLLMSnapshot)(dataDir) }
            : {};
    return (0,validate.validateStore)(ws.store, ws.schemas, {
        only: options.only,
        strict: options.strict,
        policy: loaded.policy,
        policyFindings: loaded.findings,
        ...upstream,
        online: options.online,
        added: options.added,
        audit: options.audit,
        today: options.today,
    });
}


/***/ }),

/***/ 742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TA: () => (/* binding */ limiter),
/* harmony export */   Tt: () => (/* binding */ getJson),
/* harmony export */   gA: () => (/* binding */ UpstreamError),
/* harmony export */   yM: () => (/* binding */ httpOptionsFromEnv)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * JSON over HTTP for upstream facts: a timeout on every request, retries with backoff on
 * 429 and 5xx (honouring Retry-After), and a cap on requests in flight. Failures come back
 * as values or an UpstreamError (a CurateError), never as an unhandled rejection.
 */

/** Network failure, timeout, or retries exhausted. */
class UpstreamError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK {
    url;
    constructor(url, message) {
        super(`${redact(url)}: ${message}`, { hint: 'Check the network, or the endpoint variable (HF_ENDPOINT, LITELLM_PRICES_URL, GITHUB_API_URL).' });
        this.url = url;
        this.name = 'UpstreamError';
    }
}
const DEFAULTS = { timeoutMs: 15_000, retries: 3, backoffMs: 500, maxWaitMs: 60_000 };
/**
 * LEGER_HTTP_TIMEOUT_MS, LEGER_HTTP_RETRIES and LEGER_HTTP_BACKOFF_MS, for slow links
 * (and for tests, which cannot wait minutes for a hanging server).
 */
function httpOptionsFromEnv(env) {
    const n = (v) => (v !== undefined && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : undefined);
    const o = {};
    const timeout = n(env.LEGER_HTTP_TIMEOUT_MS);
    const retries = n(env.LEGER_HTTP_RETRIES);
    const backoff = n(env.LEGER_HTTP_BACKOFF_MS);
    if (timeout)
        o.timeoutMs = timeout;
    if (retries !== undefined)
        o.retries = Math.min(retries, 10);
    if (backoff !== undefined)
        o.backoffMs = backoff;
    return o;
}
async function getJson(url, options = {}) {
    const o = { ...DEFAULTS, ...options };
    let lastProblem = '';
    for (let attempt = 0; attempt <= o.retries; attempt++) {
        let wait = o.backoffMs * 2 ** attempt;
        try {
            const res = await fetch(url, { headers: { accept: 'application/json', ...o.headers }, signal: AbortSignal.timeout(o.timeoutMs), redirect: 'follow' });
            const text = await res.text();
            if (res.status === 429 || res.status >= 500) {
                lastProblem = `HTTP ${res.status}`;
                const after = retryAfterMs(res.headers.get('retry-after'));
                if (after !== undefined) {
                    if (after > o.maxWaitMs)
                        throw new UpstreamError(url, `HTTP ${res.status}, asked to retry after ${Math.ceil(after / 1000)} s`);
                    wait = after;
                }
            }
            else {
                let json;
                try {
                    json = text ? JSON.parse(text) : undefined;
                }
                catch {
                    json = undefined;
                }
                return { status: res.status, headers: res.headers, json, text };
            }
        }
        catch (err) {
            if (err instanceof UpstreamError)
                throw err;
            const e = err;
            // A URL fetch refuses outright (credentials in it, a bad scheme) will not improve with retries.
            if (e.name === 'TypeError' && !e.cause)
                throw new UpstreamError(url, redactAll(e.message));
            lastProblem = e.name === 'TimeoutError' ? `no answer within ${o.timeoutMs} ms` : redactAll(e.cause?.code ?? e.message);
        }
        if (attempt < o.retries)
            await sleep(wait);
    }
    throw new UpstreamError(url, `${lastProblem} (after ${o.retries + 1} attempts)`);
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}
/** Runs at most `n` tasks at once. */
function limiter(n) {
    let active = 0;
    const queue = [];
    return async (task) => {
        if (active >= n)
            await new Promise((resolve) => queue.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            queue.shift()?.();
        }
    };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** URLs in messages lose their credentials. */
function redact(url) {
    return url.replace(/\/\/[^/@]*@/, '//***@');
}
/** Every URL inside a message loses its credentials (undici quotes the URL it refused). */
function redactAll(message) {
    return message.replace(/\/\/[^/@\s]*@/g, '//***@');
}


/***/ }),

/***/ 1658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ createHfClient),
/* harmony export */   p: () => (/* binding */ DEFAULT_HF_ENDPOINT)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(742);

const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function createHfClient(env = process.env, options = {}) {
    const endpoint = (options.endpoint ?? (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT)).replace(/\/+$/, '');
    const token = options.token ?? (env.HF_TOKEN || undefined);
    const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    const http = { ...(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .httpOptionsFromEnv */ .yM)(env), ...options, headers };
    const run = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .limiter */ .TA)(options.concurrency ?? 4);
    const cache = new Map();
    async function fetchInfo(repo) {
        if (!REPO.test(repo) || repo.includes('..'))
            return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` };
        const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`;
        try {
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(url, http));
            const says = hubMessage(res.headers, res.json);
            // A rejected token is the caller's problem, not a missing repo: the check did not run.
            if (res.status === 401 && token && /invalid credentials/i.test(says))
                return { status: 'unreachable', message: `${endpoint} rejected HF_TOKEN (HTTP 401: ${says})` };
            // The Hub answers 401 for missing (and private) repos when unauthenticated (huggingface_hub treats it as not found).
            if (res.status === 404 || res.status === 401)
                return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status}${says ? `: ${says}` : ''})` };
            if (res.status !== 200)
                return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` };
            const info = res.json;
            if (!info || typeof info !== 'object' || typeof info.id !== 'string')
                return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description` };
            return { status: 'ok', info };
        }
        catch (err) {
            return { status: 'unreachable', message: err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .UpstreamError */ .gA ? err.message : String(err) };
        }
    }
    return {
        modelInfo(repo) {
            let p = cache.get(repo);
            if (!p)
                cache.set(repo, (p = fetchInfo(repo)));
            return p;
        },
        async listModels(query) {
            const qs = new URLSearchParams();
            for (const [k, v] of Object.entries(query))
                qs.set(k, String(v));
            const url = `${endpoint}/api/models?${qs}`;
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(url, http));
            if (res.status !== 200 || !Array.isArray(res.json))
                throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .UpstreamError */ .gA(url, `HTTP ${res.status}, expected a JSON array of models`);
            return res.json.filter((m) => m && typeof m.id === 'string');
        },
    };
}
/** The Hub's own words for an error: X-Error-Message, else the JSON body's "error" (one line, bounded). */
function hubMessage(headers, json) {
    const body = json && typeof json === 'object' && !Array.isArray(json) ? json.error : undefined;
    const raw = headers.get('x-error-message') ?? (typeof body === 'string' ? body : '');
    return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
}


/***/ }),

/***/ 9995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ resolveDataDir),
/* harmony export */   QX: () => (/* binding */ SNAPSHOT_FILE),
/* harmony export */   _3: () => (/* binding */ fetchLiteLLMList),
/* harmony export */   e$: () => (/* binding */ SNAPSHOT_META_FILE),
/* harmony export */   jI: () => (/* binding */ DEFAULT_LITELLM_PRICES_URL),
/* harmony export */   loadLiteLLMSnapshot: () => (/* binding */ loadLiteLLMSnapshot)
/* harmony export */ });
/* unused harmony export snapshotPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_litellm_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8076);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(742);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7336);
/** LiteLLM's price list: the shipped snapshot (offline, the default) or the live list (--online). */






const DEFAULT_LITELLM_PRICES_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';
const SNAPSHOT_FILE = 'litellm-model-prices.json';
const SNAPSHOT_META_FILE = 'litellm-model-prices.source.json';
/** The snapshot file in a data folder (default: the toolkit's own data/). */
function snapshotPath(dataDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'data')) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dataDir, SNAPSHOT_FILE);
}
/** The data folder a run reads the snapshot from: <base>/data when it holds one, else the toolkit's. */
function resolveDataDir(base) {
    if (base && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, 'data', SNAPSHOT_FILE)))
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, 'data');
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'data');
}
const snapshots = new Map();
/** The shipped snapshot (parsed once per folder per process: 1.4 MB of JSON). */
function loadLiteLLMSnapshot(dataDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'data')) {
    const hit = snapshots.get(dataDir);
    if (hit)
        return hit;
    try {
        const list = (0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_5__/* .asLiteLLMList */ .qo)(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(snapshotPath(dataDir), 'utf8')));
        let date = 'unknown date';
        try {
            date = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dataDir, SNAPSHOT_META_FILE), 'utf8')).date ?? date;
        }
        catch {
            // the list without its note still serves; the origin says the date is unknown
        }
        const source = { list, origin: `LiteLLM snapshot of ${date}`, offline: true };
        snapshots.set(dataDir, source);
        return source;
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`cannot read the LiteLLM snapshot in ${dataDir}: ${err.message}`, { hint: 'Restore data/litellm-model-prices.json (git checkout), or run leger-curate refresh-upstream.', cause: err });
    }
}
/** The live list from LITELLM_PRICES_URL (default: LiteLLM's main branch); UpstreamError when it cannot be had. */
async function fetchLiteLLMList(env = process.env, options = {}) {
    const url = env.LITELLM_PRICES_URL || DEFAULT_LITELLM_PRICES_URL;
    const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .getJson */ .Tt)(url, { ...(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .httpOptionsFromEnv */ .yM)(env), ...options });
    if (res.status !== 200 || !res.json || typeof res.json !== 'object' || Array.isArray(res.json))
        throw new _http_js__WEBPACK_IMPORTED_MODULE_3__/* .UpstreamError */ .gA(url, `expected LiteLLM's price list (a JSON object), got HTTP ${res.status}${res.json === undefined ? ' with a body that is not JSON' : Array.isArray(res.json) ? ' with an array' : ''}`);
    const list = (0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_5__/* .asLiteLLMList */ .qo)(res.json);
    if (Object.keys(list).length === 0)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_3__/* .UpstreamError */ .gA(url, 'the price list holds no models');
    return { list, origin: url, offline: false, raw: res.text };
}


/***/ })

};
