export const id = 320;
export const ids = [320];
export const modules = {

/***/ 2701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ ggufFiles),
/* harmony export */   L3: () => (/* binding */ licenseOf),
/* harmony export */   c5: () => (/* binding */ siblingSize),
/* harmony export */   dA: () => (/* binding */ quantizations)
/* harmony export */ });
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9285);
/** The parts of HuggingFace Hub's model API the toolkit reads (shape: local-models.md section 2). */

/** The .gguf files of a repo. */
function ggufFiles(info) {
    return (info.siblings ?? []).filter((s) => s.rfilename.endsWith('.gguf'));
}
/** Distinct quantizations among a repo's .gguf files. */
function quantizations(info) {
    const qs = new Set();
    for (const s of ggufFiles(info)) {
        const q = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .quantFromFileName */ .fX)(s.rfilename);
        if (q)
            qs.add(q);
    }
    return [...qs].sort();
}
/** A sibling's size in bytes, from blobs=true metadata. */
function siblingSize(s) {
    return s.lfs?.size ?? s.size;
}
/** The licence a repo declares: cardData.license, else a `license:` tag (there is no top-level field). */
function licenseOf(info) {
    const card = info.cardData?.license;
    if (typeof card === 'string')
        return card;
    return info.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length);
}


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ formatPrice),
/* harmony export */   D5: () => (/* binding */ contextWindowOf),
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
/**
 * The whole context window as the store records it: OpenAI documents input + output
 * (400,000 = 272,000 + 128,000); other providers' max_input_tokens is the window.
 */
function contextWindowOf(entry) {
    const input = entry.max_input_tokens;
    if (typeof input !== 'number')
        return undefined;
    if (entry.litellm_provider === 'openai' && typeof entry.max_output_tokens === 'number')
        return input + entry.max_output_tokens;
    return input;
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

/***/ 2320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yK: () => (/* binding */ buildModel),
  dG: () => (/* binding */ checkAnswer),
  Qs: () => (/* binding */ checkDraft),
  bT: () => (/* binding */ cloudFacts),
  lx: () => (/* binding */ idProblem),
  SR: () => (/* binding */ isPlainId),
  Hc: () => (/* binding */ localFacts),
  hM: () => (/* binding */ normalizePrice),
  E1: () => (/* binding */ parseList),
  Pg: () => (/* binding */ pickableFiles),
  kL: () => (/* binding */ schemaNameOf),
  km: () => (/* binding */ serializeModel),
  XY: () => (/* binding */ suggestCtxSize),
  IP: () => (/* binding */ suggestLocal)
});

// UNUSED EXPORTS: LITELLM_SOURCE, candidateFile, hfRepoUrl, schemaRefOf, suggestId

// EXTERNAL MODULE: ./src/core/hf.ts
var hf = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/core/litellm.ts
var litellm = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/core/locate.ts
var locate = __webpack_require__(2617);
// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/providers.ts
var providers = __webpack_require__(8201);
;// CONCATENATED MODULE: ./src/core/ram.ts
/**
 * The store's one formula for `ram_required_gb`: no upstream source states it, so it is
 * derived the same way everywhere (the scaffolder's suggestion, the bundled files):
 *
 *   ram_required_gb = ceil( (size_bytes + ctx_size x kv_bytes_per_token) / 1e9 + RUNTIME_OVERHEAD_GB )
 *
 * kv_bytes_per_token is the f16 KV cache per token (layers x kv_heads x (key_len + value_len) x 2),
 * read from the GGUF header or the model card when known; otherwise DEFAULT_KV_BYTES_PER_TOKEN,
 * the measured Qwen3-4B figure (local-models.md), as a margin.
 */
const RUNTIME_OVERHEAD_GB = 0.5;
const DEFAULT_KV_BYTES_PER_TOKEN = 147_456;
const DEFAULT_CTX_SIZE = 8192;
function suggestRamGb(sizeBytes, ctxSize = DEFAULT_CTX_SIZE, kvBytesPerToken = DEFAULT_KV_BYTES_PER_TOKEN) {
    const gb = (sizeBytes + ctxSize * kvBytesPerToken) / 1e9 + RUNTIME_OVERHEAD_GB;
    return Math.max(1, Math.ceil(gb));
}
/** The llama-swap group a model of this size falls in (task < 4 GB, balanced 4-16 GB, heavy above). */
function suggestGroup(sizeBytes, embeddings = false) {
    if (embeddings)
        return 'embeddings';
    const gb = sizeBytes / 1e9;
    return gb < 4 ? 'task' : gb <= 16 ? 'balanced' : 'heavy';
}

// EXTERNAL MODULE: ./src/core/validate.ts + 8 modules
var validate = __webpack_require__(2530);
;// CONCATENATED MODULE: ./src/core/scaffold.ts
/**
 * The scaffolder's pure half: the facts a new model file can be prefilled with (LiteLLM's
 * list for cloud models, the HuggingFace API for local ones), building and serialising the
 * file in schema order, and checking each answer with the very rules `validate` runs.
 */







/** Where cloud prefills come from: every fact in the store names its source. */
const LITELLM_SOURCE = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json';
const hfRepoUrl = (repo) => `https://huggingface.co/${repo}`;
/**
 * The schema's id pattern, checked again here because the id becomes a file name:
 * no "/", no "\\", no "..", nothing that could leave the kind's folder.
 */
const PLAIN_ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
function isPlainId(id) {
    return id.length >= 2 && id.length <= 100 && PLAIN_ID.test(id);
}
/** An id from a model or repo name: `openai/gpt-5-nano-2025-08-07` -> `gpt-5-nano-2025-08-07`, `Qwen/Qwen3-4B-GGUF` -> `qwen3-4b`. */
function suggestId(name) {
    const base = (name.split('/').pop() ?? name)
        .toLowerCase()
        .replace(/[-_.]gguf$/, '')
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
        .slice(0, 100)
        .replace(/[^a-z0-9]+$/, '');
    return isPlainId(base) ? base : undefined;
}
/** What LiteLLM's list says about `name` (`provider/model`, or a bare key the list holds). */
function cloudFacts(list, name) {
    const hit = (0,litellm/* lookupLiteLLM */.Sb)(list, name);
    const routable = hit ? (0,litellm/* litellmName */.zA)(hit.key, hit.entry) : name;
    const slash = routable.indexOf('/');
    const provider = hit?.entry.litellm_provider ?? (slash > 0 ? routable.slice(0, slash) : '');
    const model = slash > 0 ? routable.slice(slash + 1) : routable;
    const facts = {
        provider,
        litellm_model_name: routable,
        listed: Boolean(hit),
        name: model,
        id: suggestId(model),
        requires_api_key: Object.hasOwn(providers/* KNOWN_PROVIDERS */.j, provider) ? providers/* KNOWN_PROVIDERS */.j[provider] : undefined,
        sources: [],
    };
    if (!hit)
        return facts;
    const e = hit.entry;
    facts.sources.push(LITELLM_SOURCE);
    facts.context_window = positiveInt((0,litellm/* contextWindowOf */.D5)(e));
    facts.max_output = positiveInt(e.max_output_tokens);
    const input = (0,litellm/* perMillion */.SI)(e.input_cost_per_token);
    const output = (0,litellm/* perMillion */.SI)(e.output_cost_per_token);
    if (input !== undefined && output !== undefined && input >= 0 && output >= 0) {
        facts.pricing = { input_per_1m: (0,litellm/* formatPrice */.$g)(input), output_per_1m: (0,litellm/* formatPrice */.$g)(output) };
        const cache = (0,litellm/* perMillion */.SI)(e.cache_read_input_token_cost);
        if (cache !== undefined && cache >= 0)
            facts.pricing.cache_read_per_1m = (0,litellm/* formatPrice */.$g)(cache);
    }
    const caps = (0,litellm/* capabilitiesOf */.SF)(e);
    if (caps.length)
        facts.capabilities = caps;
    return facts;
}
function positiveInt(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Facts about `file` in `repo`: from its name always, from `info` (the Hub's answer) when online. */
function localFacts(repo, file, info) {
    const parsed = (0,model_uri/* parseModelUri */.Aj)(`huggingface://${repo}/${file}`);
    if (!parsed.ok)
        return { ok: false, problem: `huggingface://${repo}/${file} ${parsed.problem}`, hint: parsed.hint };
    const repoName = repo.split('/')[1];
    const name = repoName.replace(/[-_.]gguf$/i, '');
    const facts = {
        model_uri: `huggingface://${repo}/${file}`,
        hf_repo: repo,
        hf_file: file,
        quantization: (0,model_uri/* quantFromFileName */.fX)(file),
        embeddings: /embed/i.test(repoName),
        name,
        id: suggestId(name),
        sources: [],
    };
    if (!info)
        return { ok: true, facts };
    const files = new Map((0,hf/* ggufFiles */.Jv)(info).map((s) => [s.rfilename, s]));
    if (!files.has(file)) {
        const names = [...files.keys()];
        return { ok: false, problem: `${repo} has no file ${file}`, hint: names.length ? `Its .gguf files: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', ...' : ''}.` : `${repo} holds no .gguf file.` };
    }
    facts.sources.push(hfRepoUrl(repo));
    const sizes = (0,model_uri/* shardFiles */.wq)(parsed.uri).map((f) => {
        const s = files.get(f);
        return s ? (0,hf/* siblingSize */.c5)(s) : undefined;
    });
    if (sizes.every((s) => typeof s === 'number' && s > 0))
        facts.size_bytes = sizes.reduce((a, b) => a + b, 0);
    facts.context_window = positiveInt(info.gguf?.context_length);
    const license = (0,hf/* licenseOf */.L3)(info);
    if (license && /^[a-z0-9][a-z0-9.+-]*$/.test(license) && license.length <= 64)
        facts.license = license;
    const pipeline = info.pipeline_tag;
    if (pipeline === 'feature-extraction' || pipeline === 'sentence-similarity')
        facts.embeddings = true;
    return { ok: true, facts };
}
/** The .gguf files a user can pick in a repo: shard 1 of split models, each with its size. */
function pickableFiles(info) {
    return (0,hf/* ggufFiles */.Jv)(info)
        .filter((s) => !/-(\d{5})-of-\d{5}\.gguf$/.test(s.rfilename) || /-00001-of-\d{5}\.gguf$/.test(s.rfilename))
        .filter((s) => !/(^|\/)mmproj[^/]*\.gguf$/i.test(s.rfilename))
        .map((s) => {
        const r = localFacts(info.id, s.rfilename, info);
        return { file: s.rfilename, size: r.ok ? r.facts.size_bytes : (0,hf/* siblingSize */.c5)(s), quantization: (0,model_uri/* quantFromFileName */.fX)(s.rfilename) };
    });
}
/** ctx_size to start llama-server with: the store's default, inside the model's window. */
function suggestCtxSize(contextWindow) {
    return contextWindow ? Math.min(DEFAULT_CTX_SIZE, contextWindow) : DEFAULT_CTX_SIZE;
}
function suggestLocal(sizeBytes, ctxSize, embeddings) {
    if (sizeBytes === undefined)
        return embeddings ? { group: 'embeddings' } : {};
    return { group: suggestGroup(sizeBytes, embeddings), ram_required_gb: suggestRamGb(sizeBytes, ctxSize) };
}
// ---------------------------------------------------------------------------------------
// Values as typed
/** A price as typed: "1.25" or "$1.25" -> "$1.25" (the store's human form); anything else is kept for the schema to judge. */
function normalizePrice(text) {
    const t = text.trim();
    if (t === '')
        return undefined;
    if (/^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(t))
        return (0,litellm/* formatPrice */.$g)(Number(t));
    return t;
}
/** A comma- or space-separated list as typed: "chat, vision" -> ['chat', 'vision']. */
function parseList(text) {
    return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}
// ---------------------------------------------------------------------------------------
// Building and writing
const schemaNameOf = (kind) => `${kind}.schema.json`;
/** `$schema` as model files carry it: relative to <store>/<kind>/, for editor autocompletion. */
const schemaRefOf = (kind) => `../../schemas/${kind}.schema.json`;
const PRICING_ORDER = ['input_per_1m', 'output_per_1m', 'cache_read_per_1m', 'tier'];
/**
 * The model object in schema order with `$schema` first; empty values (undefined, '',
 * empty lists, empty objects) are left out rather than written.
 */
function buildModel(kind, fields, keyOrder) {
    const out = Object.create(null);
    const order = ['$schema', ...keyOrder.filter((k) => k !== '$schema')];
    const all = { ...fields, $schema: schemaRefOf(kind) };
    const keys = [...order.filter((k) => Object.hasOwn(all, k)), ...Object.keys(all).filter((k) => !order.includes(k))];
    for (const k of keys) {
        let v = all[k];
        if (k === 'pricing' && v && typeof v === 'object' && !Array.isArray(v))
            v = ordered(v, PRICING_ORDER);
        if (!isEmpty(v))
            out[k] = v;
    }
    return out;
}
function ordered(obj, order) {
    const out = {};
    for (const k of [...order, ...Object.keys(obj).filter((k) => !order.includes(k))])
        if (Object.hasOwn(obj, k) && !isEmpty(obj[k]))
            out[k] = obj[k];
    return out;
}
function isEmpty(v) {
    if (v === undefined || v === null || v === '')
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if (typeof v === 'object')
        return Object.keys(v).length === 0;
    return false;
}
/** 2-space indent and a trailing newline, like every file in the store. */
function serializeModel(data) {
    return JSON.stringify(data, null, 2) + '\n';
}
function candidateFile(ctx, draft) {
    const id = typeof draft.id === 'string' && isPlainId(draft.id) ? draft.id : 'new-model';
    const data = buildModel(ctx.kind, draft, ctx.schemas.keyOrder(schemaNameOf(ctx.kind)));
    return { kind: ctx.kind, path: `${ctx.storePath ? `${ctx.storePath}/` : ''}${ctx.kind}/${id}.json`, text: serializeModel(data) };
}
/** Every finding the store's rules give the draft as a file beside the existing ones. */
async function checkDraft(ctx, draft) {
    const file = candidateFile(ctx, draft);
    const store = ctx.store.withFile(file);
    return (await (0,validate/* validateStore */.yg)(store, ctx.schemas, { only: new Set([file.path]) })).findings;
}
/** Why an id cannot be used (not plain, or taken by a file or an alias), or undefined. */
function idProblem(store, id) {
    if (!isPlainId(id))
        return `"${id}" is not a plain id: use lowercase letters, digits, "." and "-", starting and ending with a letter or digit, no ".." (for example "gpt-5-nano")`;
    const taken = store.find(id);
    if (taken) {
        const asId = typeof taken.data.id === 'string' && taken.data.id.toLowerCase() === id.toLowerCase();
        return `id "${id}" is taken: ${asId ? '' : 'an alias in '}${taken.file.path}`;
    }
    return undefined;
}
/**
 * Checks the answer at `path` (already set in `draft`): the error findings the rules place
 * on that field (or on `linked` fields derived from it), as one message; true when none.
 */
async function checkAnswer(ctx, draft, path, linked = []) {
    if (path[0] === 'id' && typeof draft.id === 'string') {
        const problem = idProblem(ctx.store, draft.id);
        if (problem)
            return problem;
    }
    const file = candidateFile(ctx, draft);
    const findings = (await checkDraft(ctx, draft)).filter((f) => f.severity === 'error');
    const loc = new locate/* Locator */.hO(file.text);
    const ranges = [path, ...linked].map((p) => lineRange(loc, p)).filter((r) => r !== undefined);
    const hit = findings.find((f) => f.line !== undefined && ranges.some(([a, b]) => f.line >= a && f.line <= b));
    if (!hit)
        return true;
    return hit.hint ? `${hit.message}. ${hit.hint}` : hit.message;
}
function lineRange(loc, path) {
    const node = loc.node(path);
    if (!node)
        return undefined;
    const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return [loc.position(start).line, loc.position(node.offset + node.length).line];
}


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eh: () => (/* binding */ summarize),
  yg: () => (/* binding */ validateStore)
});

// UNUSED EXPORTS: sortFindings

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
;// CONCATENATED MODULE: ./src/core/rules/deprecation.ts


const RULE = 'deprecation';
const deprecationRule = {
    id: RULE,
    description: 'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            const id = (0,core_store/* idOf */.TH)(e);
            const deprecated = e.data.deprecated === true;
            const replacement = (0,core_store/* str */.gx)(e.data.replacement);
            if (deprecated && replacement === undefined) {
                out.push((0,rule/* findingAt */.d)(e, RULE, 'error', ['deprecated'], 'deprecated model names no replacement', 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).'));
            }
            if (!deprecated && replacement !== undefined) {
                out.push((0,rule/* findingAt */.d)(e, RULE, 'warning', ['replacement'], 'replacement is set but the model is not deprecated', 'Set "deprecated": true, or remove "replacement".'));
            }
            if (replacement !== undefined)
                out.push(...checkReplacement(store, e, id, replacement));
            if (deprecated && e.data.enabled === true)
                out.push((0,rule/* findingAt */.d)(e, RULE, 'warning', ['enabled'], 'deprecated model is still enabled by default', 'Set "enabled": false so new blueprints do not pick it.', 'value'));
            const sunset = (0,core_store/* str */.gx)(e.data.sunset_date);
            const release = (0,core_store/* str */.gx)(e.data.release_date);
            if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
                out.push((0,rule/* findingAt */.d)(e, RULE, 'error', ['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, 'A model is sunset after it is released: check both dates.', 'value'));
            if (sunset && !deprecated)
                out.push((0,rule/* findingAt */.d)(e, RULE, 'warning', ['sunset_date'], 'sunset_date is set but the model is not deprecated', 'Set "deprecated": true with a replacement, or remove sunset_date.'));
        }
        return out;
    },
};
function checkReplacement(store, e, id, replacement) {
    const target = store.find(replacement);
    if (!target) {
        const hint = `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`;
        return [(0,rule/* findingAt */.d)(e, RULE, 'error', ['replacement'], `replacement "${replacement}" does not exist in the store`, hint, 'value')];
    }
    if (target === e)
        return [(0,rule/* findingAt */.d)(e, RULE, 'error', ['replacement'], 'a model cannot replace itself', 'Name a different model as the replacement.', 'value')];
    // Follow the chain: a cycle means no model in it is usable.
    const seen = new Set([e]);
    const chain = [id ?? e.file.path];
    let cur = target;
    while (cur && cur.data.deprecated === true) {
        chain.push((0,core_store/* idOf */.TH)(cur) ?? cur.file.path);
        if (seen.has(cur))
            return [(0,rule/* findingAt */.d)(e, RULE, 'error', ['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, 'Point the chain at a model that is not deprecated.', 'value')];
        seen.add(cur);
        const next = (0,core_store/* str */.gx)(cur.data.replacement);
        cur = next ? store.find(next) : undefined;
    }
    if (target.data.deprecated === true)
        return [(0,rule/* findingAt */.d)(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, `Point replacement at the end of the chain${cur ? `: "${(0,core_store/* idOf */.TH)(cur)}"` : ''}.`, 'value')];
    if (target.kind !== e.kind)
        return [(0,rule/* findingAt */.d)(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', 'value')];
    return [];
}
function isDate(s) {
    return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

;// CONCATENATED MODULE: ./src/core/rules/duplicate-id.ts


const duplicateIdRule = {
    id: 'duplicate-id',
    description: 'Ids are unique across both kinds, case-insensitively, aliases included.',
    check({ store }) {
        const claims = new Map();
        const claim = (c) => {
            const key = c.name.toLowerCase();
            claims.set(key, [...(claims.get(key) ?? []), c]);
        };
        for (const entry of store.entries) {
            const id = (0,core_store/* str */.gx)(entry.data.id);
            if (id)
                claim({ entry, path: ['id'], name: id });
            const aliases = entry.data.aliases;
            if (Array.isArray(aliases))
                aliases.forEach((a, i) => {
                    if (typeof a === 'string' && a.toLowerCase() !== id?.toLowerCase())
                        claim({ entry, path: ['aliases', i], name: a });
                });
        }
        const out = [];
        for (const list of claims.values()) {
            const files = new Set(list.map((c) => c.entry.file.path));
            if (list.length < 2)
                continue;
            for (const c of list) {
                const others = list.filter((o) => o !== c).map((o) => `${o.entry.file.path} (${o.path[0] === 'id' ? 'id' : 'alias'} "${o.name}")`);
                const what = c.path[0] === 'id' ? 'id' : 'alias';
                const msg = files.size === 1 ? `${what} "${c.name}" is repeated in this file` : `${what} "${c.name}" is also used by ${others.join(', ')}`;
                out.push((0,rule/* findingAt */.d)(c.entry, 'duplicate-id', 'error', c.path, msg, 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', 'value'));
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
;// CONCATENATED MODULE: ./src/core/rules/duplicate-target.ts



const FIELDS = [
    { field: 'litellm_model_name', norm: (v) => v.toLowerCase() },
    { field: 'model_uri', norm: model_uri/* normalizeModelUri */.hY },
];
const duplicateTargetRule = {
    id: 'duplicate-target',
    description: 'No two models share a litellm_model_name or a model_uri.',
    check({ store }) {
        const out = [];
        for (const { field, norm } of FIELDS) {
            const groups = new Map();
            for (const e of store.entries) {
                const v = (0,core_store/* str */.gx)(e.data[field]);
                if (v)
                    groups.set(norm(v), [...(groups.get(norm(v)) ?? []), e]);
            }
            for (const list of groups.values()) {
                if (list.length < 2)
                    continue;
                for (const e of list) {
                    const others = list.filter((o) => o !== e).map((o) => o.file.path);
                    out.push((0,rule/* findingAt */.d)(e, 'duplicate-target', 'error', [field], `${field} ${JSON.stringify(e.data[field])} is also used by ${others.join(', ')}`, 'Two files describe the same model: keep one, and put the other name in its aliases.', 'value'));
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/file-name.ts


const fileNameRule = {
    id: 'file-name',
    description: 'A model file is named <id>.json and sits in the folder of its kind (cloud/ or local/).',
    check({ store }) {
        return store.entries.flatMap((e) => {
            const out = [];
            const base = e.file.path.split('/').pop() ?? '';
            const id = (0,core_store/* idOf */.TH)(e);
            if (id !== undefined && base !== `${id}.json`)
                out.push((0,rule/* findingAt */.d)(e, 'file-name', 'error', ['id'], `file name "${base}" does not match id "${id}"`, `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, 'value'));
            const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data);
            const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data);
            if (e.kind === 'local' && looksCloud)
                out.push((0,rule/* findingAt */.d)(e, 'file-name', 'error', [], 'a cloud model (it has litellm_model_name) sits in local/', `Move it to the cloud/ folder of the store.`));
            if (e.kind === 'cloud' && looksLocal)
                out.push((0,rule/* findingAt */.d)(e, 'file-name', 'error', [], 'a local model (it has model_uri) sits in cloud/', `Move it to the local/ folder of the store.`));
            return out;
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/limits.ts


const limits_RULE = 'limits';
const limitsRule = {
    id: limits_RULE,
    description: 'max_output and ctx_size fit inside context_window.',
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            const window = (0,core_store/* num */.bu)(e.data.context_window);
            if (window === undefined)
                continue;
            for (const field of ['max_output', 'ctx_size']) {
                const v = (0,core_store/* num */.bu)(e.data[field]);
                if (v !== undefined && v > window)
                    out.push((0,rule/* findingAt */.d)(e, limits_RULE, 'error', [field], `${field} ${v} is larger than context_window ${window}`, `${field} must fit inside the context window; check both against the model's documentation.`, 'value'));
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
;// CONCATENATED MODULE: ./src/core/rules/schema.ts

const schemaRule = {
    id: schema/* SCHEMA */.yx,
    description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
    check({ store, schemas }) {
        return store.entries.flatMap((e) => {
            const name = `${e.kind}.schema.json`;
            return (0,schema/* schemaFindings */.I$)(e.file, schemas, name, schemas.errors(name, e.data));
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/uri-format.ts



const uri_format_RULE = 'uri-format';
const uriFormatRule = {
    id: uri_format_RULE,
    description: 'model_uri follows huggingface://<org>/<repo>/<file>.gguf; hf_repo, hf_file and quantization agree with it; litellm_model_name starts with the provider.',
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            if (e.kind === 'cloud') {
                const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
                const provider = (0,core_store/* str */.gx)(e.data.provider);
                if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
                    out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'warning', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`, 'value'));
                continue;
            }
            const value = (0,core_store/* str */.gx)(e.data.model_uri);
            if (value === undefined)
                continue;
            const parsed = (0,model_uri/* parseModelUri */.Aj)(value);
            if (!parsed.ok) {
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['model_uri'], `model_uri ${parsed.problem}`, parsed.hint, 'value'));
                continue;
            }
            const { uri } = parsed;
            const repo = (0,core_store/* str */.gx)(e.data.hf_repo);
            if (repo !== undefined && repo !== uri.repoId)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', 'value'));
            const file = (0,core_store/* str */.gx)(e.data.hf_file);
            if (file !== undefined && file !== uri.file)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', 'value'));
            const quant = (0,core_store/* str */.gx)(e.data.quantization);
            const stated = (0,model_uri/* quantFromFileName */.fX)(uri.file);
            if (quant && stated && quant.toUpperCase() !== stated)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts







const CORE_RULES = [
    schemaRule,
    fileNameRule,
    duplicateIdRule,
    duplicateTargetRule,
    uriFormatRule,
    deprecationRule,
    limitsRule,
];

;// CONCATENATED MODULE: ./src/core/validate.ts

async function validateStore(store, schemas, options = {}) {
    const ctx = { store, schemas };
    const rules = options.rules ?? CORE_RULES;
    const found = [...store.syntax];
    for (const rule of rules)
        found.push(...(await rule.check(ctx)));
    let findings = options.only ? found.filter((f) => options.only.has(f.file)) : found;
    if (options.strict)
        findings = findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
    findings = sortFindings(findings);
    return { findings, summary: summarize(findings, options.only ? options.only.size : store.files.length) };
}
const ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        ORDER[a.severity] - ORDER[b.severity] ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message));
}
function summarize(findings, files) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return { files, errors: count('error'), warnings: count('warning'), notices: count('notice') };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
