export const id = 955;
export const ids = [955];
export const modules = {

/***/ 1658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c7: () => (/* binding */ createHfClient),
/* harmony export */   pp: () => (/* binding */ DEFAULT_HF_ENDPOINT),
/* harmony export */   vQ: () => (/* binding */ addRevisionStatus)
/* harmony export */ });
/* harmony import */ var _core_hf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2701);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(742);
/** The HuggingFace Hub client: GET {HF_ENDPOINT}/api/models/{repo}, HF_TOKEN when set. */


const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function createHfClient(env = process.env, options = {}) {
    const endpoint = (options.endpoint ?? (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT)).replace(/\/+$/, '');
    const token = options.token ?? (env.HF_TOKEN || undefined);
    const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    const http = { ...(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .httpOptionsFromEnv */ .yM)(env), ...options, headers };
    const run = (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .limiter */ .TA)(options.concurrency ?? 4);
    const cache = new Map();
    async function fetchInfo(repo) {
        if (!REPO.test(repo) || repo.includes('..'))
            return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` };
        const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`;
        try {
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(url, http));
            const says = hubMessage(res.headers, res.json);
            // A rejected token is the caller's problem, not a missing repo: the check did not run.
            if (res.status === 401 && token && /invalid credentials/i.test(says))
                return { status: 'unreachable', message: `${endpoint} rejected HF_TOKEN (HTTP 401: ${says})` };
            // The Hub answers 401 for missing (and private) repos when unauthenticated (huggingface_hub treats it as not found).
            if (res.status === 404 || res.status === 401)
                return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status}${says ? `: ${says}` : ''})` };
            if (res.status !== 200)
                return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` };
            const info = (0,_core_hf_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeHfInfo */ .uS)(res.json);
            if (!info.ok)
                return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description (${info.problem})` };
            return { status: 'ok', info: info.info };
        }
        catch (err) {
            return { status: 'unreachable', message: err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .UpstreamError */ .gA ? err.message : String(err) };
        }
    }
    return {
        modelInfo(repo) {
            let p = cache.get(repo);
            if (!p)
                cache.set(repo, (p = fetchInfo(repo)));
            return p;
        },
        async revisionStatus(repo, revision) {
            if (!REPO.test(repo) || !/^[0-9a-f]{40}$/.test(revision))
                return 'not-found';
            const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}/revision/${revision}`;
            try {
                const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(url, http));
                if (res.status === 200 && res.json && typeof res.json === 'object' && typeof res.json.id === 'string')
                    return 'ok';
                // The Hub answers 404 for a revision it does not know ("Invalid rev id"), 401 for a repo it does not show.
                return res.status === 404 || res.status === 401 ? 'not-found' : 'unreachable';
            }
            catch {
                return 'unreachable';
            }
        },
        async listModels(query) {
            const qs = new URLSearchParams();
            for (const [k, v] of Object.entries(query))
                qs.set(k, String(v));
            const url = `${endpoint}/api/models?${qs}`;
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(url, http));
            if (res.status !== 200 || !Array.isArray(res.json))
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .UpstreamError */ .gA(url, `HTTP ${res.status}, expected a JSON array of models`);
            // A listing's malformed entries are dropped: the rest still name candidates.
            return res.json.map(_core_hf_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeHfInfo */ .uS).flatMap((m) => (m.ok ? [m.info] : []));
        },
    };
}
/** The Hub's own words for an error: X-Error-Message, else the JSON body's "error" (one line, bounded). */
function hubMessage(headers, json) {
    const body = json && typeof json === 'object' && !Array.isArray(json) ? json.error : undefined;
    const raw = headers.get('x-error-message') ?? (typeof body === 'string' ? body : '');
    return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
}
/**
 * Asks the Hub about each pinned revision of the repositories it described, and records the
 * answers on their results (repositories that did not answer are not asked).
 */
async function addRevisionStatus(client, wanted, results) {
    if (!client.revisionStatus)
        return;
    await Promise.all([...wanted].map(async ([repo, revs]) => {
        const r = results.get(repo);
        if (r?.status !== 'ok')
            return;
        const revisions = {};
        for (const rev of revs)
            revisions[rev] = await client.revisionStatus(repo, rev);
        results.set(repo, { ...r, revisions });
    }));
}


/***/ }),

/***/ 2955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gatherUpstream: () => (/* binding */ gatherUpstream),
/* harmony export */   repoOfData: () => (/* binding */ repoOfData)
/* harmony export */ });
/* harmony import */ var _core_model_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9285);
/* harmony import */ var _core_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);
/* harmony import */ var _core_pins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59);
/* harmony import */ var _huggingface_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1658);
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9995);





async function gatherUpstream(store, options) {
    const inScope = store.entries.filter((e) => !options.scope || options.scope.has(e.file.path));
    const repos = new Set();
    for (const e of inScope) {
        if (e.kind !== 'local')
            continue;
        const v = (0,_core_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(e.data.model_uri);
        const p = v ? (0,_core_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelUri */ .Aj)(v) : undefined;
        if (p?.ok)
            repos.add(p.uri.repoId);
    }
    const client = repos.size ? (options.hfClient ?? (0,_huggingface_js__WEBPACK_IMPORTED_MODULE_3__/* .createHfClient */ .c7)(options.env)) : undefined;
    const hfPending = [...repos].map(async (repo) => [repo, await client.modelInfo(repo)]);
    let litellm;
    let litellmProblem;
    if (inScope.some((e) => e.kind === 'cloud')) {
        try {
            litellm = await (0,_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchLiteLLMList */ ._3)(options.env);
        }
        catch (err) {
            litellmProblem = err.message;
        }
    }
    litellm ??= (0,_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .loadLiteLLMSnapshot */ .Ez)(options.dataDir);
    // modelInfo never rejects: failures come back as 'unreachable' results.
    const hf = new Map(await Promise.all(hfPending));
    if (client)
        await (0,_huggingface_js__WEBPACK_IMPORTED_MODULE_3__/* .addRevisionStatus */ .vQ)(client, (0,_core_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionsToCheck */ .qu)(inScope, repoOfData), hf);
    return { litellm, litellmProblem, hf };
}
/** The repository a local model's model_uri names. */
function repoOfData(data) {
    const v = (0,_core_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.model_uri);
    const p = v ? (0,_core_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelUri */ .Aj)(v) : undefined;
    return p?.ok ? p.uri.repoId : undefined;
}


/***/ })

};
