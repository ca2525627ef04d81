export const id = 995;
export const ids = [995];
export const modules = {

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
