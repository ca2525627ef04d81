export const id = 302;
export const ids = [302,336];
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .n(err.message.replace(/\. To specify a positional.*$/s, ''), { hint: usage, exitCode: 2 });
    }
}
function oneOf(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .n(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`, { exitCode: 2 });
}


/***/ }),

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_litellm_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8076);
/* harmony import */ var _core_providers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8201);
/* harmony import */ var _io_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(665);
/* harmony import */ var _io_litellm_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9995);
/* harmony import */ var _io_paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7336);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7593);
/**
 * leger-curate refresh-upstream [--from FILE] [--date DATE] [--via TEXT] [--data DIR]:
 * replace the shipped LiteLLM snapshot with the live list, or with a copy of it on disk, atomically.
 */










const USAGE = `Usage: leger-curate refresh-upstream [options]

Rewrites the offline LiteLLM snapshot validate and the audit use, so a pull request can
update it explicitly. By default it fetches LiteLLM's current list (LITELLM_PRICES_URL,
default: LiteLLM's main branch), dated today. With --from it reads a copy of that list
from disk instead (a mirror's file, a list saved earlier): give the day the copy was taken
with --date and where it came from with --via. Nothing is written unless the whole list
arrived and parsed.

Options:
  --from FILE         read the list from FILE instead of the URL
  --date YYYY-MM-DD   the day the list is as of (default: today; required with --from)
  --via TEXT          how the list was obtained, recorded in ${_io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .SNAPSHOT_META_FILE */ .e$}
  --data DIR          the folder holding ${_io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .SNAPSHOT_FILE */ .QX} (default: ./data)
  -h, --help          show this help
`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
async function run(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parse */ .q)(argv, { data: { type: 'string' }, from: { type: 'string' }, date: { type: 'string' }, via: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (values.date !== undefined && (!DATE.test(values.date) || Number.isNaN(Date.parse(`${values.date}T00:00:00Z`))))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n(`--date must be a date, YYYY-MM-DD; got "${values.date}"`, { exitCode: 2 });
    // A copy on disk has no date of its own: guessing today would misdate every fact checked against it.
    if (values.from !== undefined && values.date === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .n('--from needs --date: the day the list in the file is as of', { hint: 'e.g. leger-curate refresh-upstream --from prices.json --date 2026-07-24 --via "mirror X at commit Y"', exitCode: 2 });
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.data ?? 'data');
    const got = values.from !== undefined ? (0,_io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .readLiteLLMFile */ .up)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.from)) : await (0,_io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchLiteLLMList */ ._3)(io.env);
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const listFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .SNAPSHOT_FILE */ .QX);
    // Upstream's own bytes: a refresh PR's diff then shows exactly what LiteLLM changed.
    const bytes = got.raw.endsWith('\n') ? got.raw : `${got.raw}\n`;
    (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(listFile, bytes);
    const meta = {
        description: "Offline snapshot of LiteLLM's model price and context window list; refresh with `leger-curate refresh-upstream`.",
        url: values.from !== undefined ? _io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_LITELLM_PRICES_URL */ .jI : io.env.LITELLM_PRICES_URL || _io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_LITELLM_PRICES_URL */ .jI,
        page: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
        date,
        ...(values.via !== undefined ? { via: values.via } : values.from !== undefined ? { via: `a local copy (${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(values.from)})` } : {}),
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'),
    };
    (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_6__/* .SNAPSHOT_META_FILE */ .e$), JSON.stringify(meta, null, 2) + '\n');
    const chat = Object.keys(_core_providers_js__WEBPACK_IMPORTED_MODULE_4__/* .KNOWN_PROVIDERS */ .j)
        .map((p) => `${p} ${(0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_9__/* .providerModels */ .Gx)(got.list, p).length}`)
        .join(', ');
    io.out(`wrote ${(0,_io_paths_js__WEBPACK_IMPORTED_MODULE_7__.displayPath)(listFile, io.cwd)}: ${Object.keys(got.list).length} models as of ${date} (chat models by provider: ${chat})\n`);
    return 0;
}


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ formatPrice),
/* harmony export */   Gx: () => (/* binding */ providerModels),
/* harmony export */   SF: () => (/* binding */ capabilitiesOf),
/* harmony export */   SI: () => (/* binding */ perMillion),
/* harmony export */   Sb: () => (/* binding */ lookupLiteLLM),
/* harmony export */   qo: () => (/* binding */ asLiteLLMList),
/* harmony export */   zA: () => (/* binding */ litellmName)
/* harmony export */ });
/**
 * LiteLLM's model price and context window list, as upstream facts for cloud models.
 * OpenAI and Anthropic models are keyed without their provider prefix there
 * ("gpt-5-2025-08-07"), others with it ("gemini/gemini-2.5-pro"): lookups try both.
 */
/** Keeps only object entries (drops `sample_spec`'s documentation strings and anything malformed). */
function asLiteLLMList(raw) {
    const out = Object.create(null);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return out;
    for (const [k, v] of Object.entries(raw)) {
        if (k === 'sample_spec' || !v || typeof v !== 'object' || Array.isArray(v))
            continue;
        out[k] = v;
    }
    return out;
}
/** The entry a LiteLLM model name (`provider/model`) routes to, if the list has it. */
function lookupLiteLLM(list, name) {
    if (Object.hasOwn(list, name))
        return { key: name, entry: list[name] };
    const slash = name.indexOf('/');
    if (slash <= 0)
        return undefined;
    const provider = name.slice(0, slash);
    const bare = name.slice(slash + 1);
    if (Object.hasOwn(list, bare) && list[bare].litellm_provider === provider)
        return { key: bare, entry: list[bare] };
    return undefined;
}
/** The routable name of a list key: `provider/key` unless the key already carries the prefix. */
function litellmName(key, entry) {
    const p = entry.litellm_provider;
    return p && !key.startsWith(`${p}/`) ? `${p}/${key}` : key;
}
/** Every chat-capable model LiteLLM lists for a provider, as routable names. */
function providerModels(list, provider) {
    return Object.entries(list)
        .filter(([, e]) => e.litellm_provider === provider && (e.mode === undefined || e.mode === 'chat' || e.mode === 'responses'))
        .map(([key, entry]) => ({ name: litellmName(key, entry), key, entry }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Per-token cost -> per-1M price, rounded to kill float noise (1.25e-06 * 1e6 = 1.2499999999999998). */
function perMillion(costPerToken) {
    return typeof costPerToken === 'number' && Number.isFinite(costPerToken) ? Math.round(costPerToken * 1e6 * 1e6) / 1e6 : undefined;
}
/** The human price form the store uses: 1.25 -> "$1.25", 10 -> "$10.00", 0.05 -> "$0.05". */
function formatPrice(perM) {
    const s = perM.toFixed(Math.max(2, (perM.toString().split('.')[1] ?? '').length));
    return `$${s}`;
}
/** Capabilities the list's supports_* flags state, in the store's vocabulary. */
function capabilitiesOf(entry) {
    const caps = [];
    if (entry.mode === 'chat' || entry.mode === 'responses')
        caps.push('chat');
    const flag = (f) => entry[f] === true;
    if (flag('supports_vision'))
        caps.push('vision');
    if (flag('supports_reasoning'))
        caps.push('reasoning');
    if (flag('supports_function_calling'))
        caps.push('tools');
    if (flag('supports_response_schema'))
        caps.push('structured-output');
    if (flag('supports_web_search'))
        caps.push('web-search');
    if (flag('supports_prompt_caching'))
        caps.push('prompt-caching');
    if (flag('supports_audio_input') || flag('supports_audio_output'))
        caps.push('audio');
    if (flag('supports_pdf_input') || (caps.includes('vision') && caps.includes('audio')))
        caps.push('multimodal');
    if (entry.mode === 'embedding')
        caps.push('embeddings');
    return caps;
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

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ MAX_MODEL_BYTES),
/* harmony export */   DD: () => (/* binding */ loadStoreDir),
/* harmony export */   Q7: () => (/* binding */ isDir),
/* harmony export */   Td: () => (/* binding */ loadSchemaDocs),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   as: () => (/* binding */ resolveSchemasDir),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* unused harmony export readBounded */
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' });
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
            if (!entry.isFile()) {
                refused.push(refusal(shown, entry.isSymbolicLink() ? 'link' : 'not-a-file'));
                continue;
            }
            const text = readBounded(full, MAX_MODEL_BYTES);
            if (typeof text === 'number') {
                refused.push(refusal(shown, text));
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
        : why === 'link'
            ? ['model file is a symbolic link', 'Model files are plain files inside the store; replace the link with the file itself.']
            : why === 'missing'
                ? ['model file cannot be read: its blob is missing from the repository', 'Stage the file again (git add).']
                : ['model file is not a regular file (a submodule?)', 'Model files are plain files inside the store; replace it with the file itself.'];
    return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint };
}
/** A file's text, or its size when that is over `limit` (then it is not read). */
function readBounded(file, limit) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`schemas folder not found: ${dir}`, { hint: 'Pass --schemas DIR, the folder holding cloud.schema.json and local.schema.json.' });
    const docs = {};
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        if (!name.endsWith('.schema.json'))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            docs[name] = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8'));
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read schema ${full}: ${err.message}`, { cause: err });
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${target} already exists; nothing was written`, { exitCode: 2 });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, content, { flag: 'wx' });
        if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${target} already exists; nothing was written`, { exitCode: 2 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
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
class UpstreamError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .n {
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

/***/ 9995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ loadLiteLLMSnapshot),
/* harmony export */   HG: () => (/* binding */ resolveDataDir),
/* harmony export */   QX: () => (/* binding */ SNAPSHOT_FILE),
/* harmony export */   _3: () => (/* binding */ fetchLiteLLMList),
/* harmony export */   e$: () => (/* binding */ SNAPSHOT_META_FILE),
/* harmony export */   jI: () => (/* binding */ DEFAULT_LITELLM_PRICES_URL),
/* harmony export */   up: () => (/* binding */ readLiteLLMFile)
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
/**
 * The data folder every door reads upstream facts from: the repository's data/ when it holds a
 * snapshot (at `base`, or beside the store folder), else the toolkit's own.
 */
function resolveDataDir(base, storeDir) {
    for (const root of [base, storeDir && node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, storeDir))]) {
        if (root && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'data', SNAPSHOT_FILE)))
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'data');
    }
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read the LiteLLM snapshot in ${dataDir}: ${err.message}`, { hint: 'Restore data/litellm-model-prices.json (git checkout), or run leger-curate refresh-upstream.', cause: err });
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
/** A copy of the list on disk (refresh-upstream --from): CurateError when it is missing or is not the list. */
function readLiteLLMFile(file) {
    let raw;
    try {
        raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read ${file}: ${err.code ?? err.message}`, { hint: "Pass the path of a copy of LiteLLM's model_prices_and_context_window.json.", exitCode: 2, cause: err });
    }
    let json;
    try {
        json = JSON.parse(raw);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${file} is not JSON: ${err.message}`, { hint: "Pass a whole copy of LiteLLM's model_prices_and_context_window.json.", exitCode: 2 });
    }
    const list = json && typeof json === 'object' && !Array.isArray(json) ? (0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_5__/* .asLiteLLMList */ .qo)(json) : undefined;
    if (!list || Object.keys(list).length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${file} is not LiteLLM's price list: it holds no models`, { exitCode: 2 });
    return { list, origin: file, offline: true, raw };
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
