export const id = 793;
export const ids = [793,721,102];
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

/***/ 3793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openWorkspace: () => (/* binding */ openWorkspace)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
// EXTERNAL MODULE: ./src/core/store.ts
var store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
;// CONCATENATED MODULE: ./src/io/policy.ts
/** Finding and reading the curation policy: --policy FILE, else <base>/curation.config.json, else the built-in defaults. */






/** No policy needs a megabyte; a larger file is refused unread. */
const MAX_POLICY_BYTES = 1024 * 1024;
let policySchemas;
/** The policy schema: from the run's schemas when they carry it (one ajv), else the toolkit's own. */
function schemas(run) {
    if (run && policy/* POLICY_SCHEMA */.tD in run.docs)
        return run;
    if (policySchemas)
        return policySchemas;
    const file = external_node_path_default().join((0,paths.packageRoot)(), 'schemas', policy/* POLICY_SCHEMA */.tD);
    return (policySchemas = new schema.Schemas({ [policy/* POLICY_SCHEMA */.tD]: JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')) }));
}
/**
 * The policy: `asked` (relative to base), else curation.config.json in base, else beside the
 * store folder (the store's repository root, when --store points into another checkout),
 * else the built-in policy.
 */
function loadPolicy(base, asked, runSchemas, storeDir) {
    let full = external_node_path_default().resolve(base, asked ?? policy/* POLICY_FILE */.CX);
    if (!asked && !(0,external_node_fs_.existsSync)(full) && storeDir)
        full = external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().resolve(base, storeDir)), policy/* POLICY_FILE */.CX);
    if (!(0,external_node_fs_.existsSync)(full)) {
        if (asked)
            throw new errors/* CurateError */.nK(`policy file not found: ${asked}`, { hint: `Pass --policy FILE, or put ${policy/* POLICY_FILE */.CX} at the repository root (it is optional: the built-in policy applies without it).`, exitCode: 2 });
        return { policy: policy.DEFAULT_POLICY, findings: [] };
    }
    const st = (0,external_node_fs_.lstatSync)(full);
    if (!st.isFile())
        throw new errors/* CurateError */.nK(`policy ${asked ?? policy/* POLICY_FILE */.CX} is not a regular file`, { hint: 'The policy is a plain JSON file; replace a link with the file itself.', exitCode: 2 });
    if (st.size > MAX_POLICY_BYTES)
        throw new errors/* CurateError */.nK(`policy ${asked ?? policy/* POLICY_FILE */.CX} is ${st.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, { exitCode: 2 });
    const shown = (0,paths.displayPath)(full, base);
    const read = (0,policy.readPolicy)({ path: shown, text: (0,external_node_fs_.readFileSync)(full, 'utf8') }, schemas(runSchemas));
    return { ...read, path: shown };
}

;// CONCATENATED MODULE: ./src/io/workspace.ts
/** Everything a check needs from disk, opened once per run by every door. */





function openWorkspace(options) {
    const storeDir = external_node_path_default().resolve(options.base, options.store ?? 'model-store');
    const schemasDir = (0,fs.resolveSchemasDir)(options.schemas, options.base);
    const { files, refused } = (0,fs.loadStoreDir)(storeDir, options.base);
    const schemas = new schema.Schemas((0,fs.loadSchemaDocs)(schemasDir));
    const policy = loadPolicy(options.base, options.policy, schemas, storeDir);
    return { base: options.base, storeDir, schemasDir, store: new store.Store(files, refused), schemas, policy };
}


/***/ })

};
