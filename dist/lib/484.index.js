export const id = 484;
export const ids = [484];
export const modules = {

/***/ 3484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherUpstream: () => (/* binding */ gatherUpstream),
  repoOfData: () => (/* binding */ repoOfData)
});

// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/core/pins.ts
var pins = __webpack_require__(59);
// EXTERNAL MODULE: ./src/core/hf.ts
var hf = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/io/http.ts
var io_http = __webpack_require__(742);
;// CONCATENATED MODULE: ./src/io/huggingface.ts
/** The HuggingFace Hub client: GET {HF_ENDPOINT}/api/models/{repo}, HF_TOKEN when set. */


const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function createHfClient(env = process.env, options = {}) {
    const endpoint = (options.endpoint ?? (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT)).replace(/\/+$/, '');
    const token = options.token ?? (env.HF_TOKEN || undefined);
    const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    const http = { ...(0,io_http/* httpOptionsFromEnv */.yM)(env), ...options, headers };
    const run = (0,io_http/* limiter */.TA)(options.concurrency ?? 4);
    const cache = new Map();
    async function fetchInfo(repo) {
        if (!REPO.test(repo) || repo.includes('..'))
            return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` };
        const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`;
        try {
            const res = await run(() => (0,io_http/* getJson */.Tt)(url, http));
            const says = hubMessage(res.headers, res.json);
            // A rejected token is the caller's problem, not a missing repo: the check did not run.
            if (res.status === 401 && token && /invalid credentials/i.test(says))
                return { status: 'unreachable', message: `${endpoint} rejected HF_TOKEN (HTTP 401: ${says})` };
            // The Hub answers 401 for missing (and private) repos when unauthenticated (huggingface_hub treats it as not found).
            if (res.status === 404 || res.status === 401)
                return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status}${says ? `: ${says}` : ''})` };
            if (res.status !== 200)
                return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` };
            const info = (0,hf/* sanitizeHfInfo */.uS)(res.json);
            if (!info.ok)
                return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description (${info.problem})` };
            return { status: 'ok', info: info.info };
        }
        catch (err) {
            return { status: 'unreachable', message: err instanceof io_http/* UpstreamError */.gA ? err.message : String(err) };
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
                const res = await run(() => (0,io_http/* getJson */.Tt)(url, http));
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
            const res = await run(() => (0,io_http/* getJson */.Tt)(url, http));
            if (res.status !== 200 || !Array.isArray(res.json))
                throw new io_http/* UpstreamError */.gA(url, `HTTP ${res.status}, expected a JSON array of models`);
            // A listing's malformed entries are dropped: the rest still name candidates.
            return res.json.map(hf/* sanitizeHfInfo */.uS).flatMap((m) => (m.ok ? [m.info] : []));
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

// EXTERNAL MODULE: ./src/io/litellm.ts
var io_litellm = __webpack_require__(9995);
;// CONCATENATED MODULE: ./src/io/upstream.ts





async function gatherUpstream(store, options) {
    const inScope = store.entries.filter((e) => !options.scope || options.scope.has(e.file.path));
    const repos = new Set();
    for (const e of inScope) {
        if (e.kind !== 'local')
            continue;
        const v = (0,core_store/* str */.gx)(e.data.model_uri);
        const p = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
        if (p?.ok)
            repos.add(p.uri.repoId);
    }
    const client = repos.size ? (options.hfClient ?? createHfClient(options.env)) : undefined;
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
    litellm ??= (0,io_litellm/* loadLiteLLMSnapshot */.Ez)(options.dataDir);
    // modelInfo never rejects: failures come back as 'unreachable' results.
    const hf = new Map(await Promise.all(hfPending));
    if (client)
        await addRevisionStatus(client, (0,pins/* revisionsToCheck */.qu)(inScope, repoOfData), hf);
    return { litellm, litellmProblem, hf };
}
/** The repository a local model's model_uri names. */
function repoOfData(data) {
    const v = (0,core_store/* str */.gx)(data.model_uri);
    const p = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    return p?.ok ? p.uri.repoId : undefined;
}


/***/ })

};
