export const id = 24;
export const ids = [24,721,32,102];
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
/* harmony export */   m0: () => (/* binding */ contextWindowsOf),
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
/**
 * Every window a provider may document for this entry: max_input_tokens, and for OpenAI also
 * input + output (gpt-5 documents 400,000 = 272,000 + 128,000, gpt-4o 128,000 = its max input).
 */
function contextWindowsOf(entry) {
    const input = entry.max_input_tokens;
    if (typeof input !== 'number')
        return [];
    const sum = contextWindowOf(entry);
    return sum !== undefined && sum !== input ? [input, sum] : [input];
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

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ inScope),
/* harmony export */   d: () => (/* binding */ findingAt)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2617);

/** Whether a tiered rule looks at this entry. */
function inScope(ctx, e) {
    return !ctx.scope || ctx.scope.has(e.file.path);
}
/**
 * A finding about one field of one model file, placed on that field's key
 * (or its value with `at: 'value'`); a path that does not exist falls back to its parent.
 */
function findingAt(entry, rule, severity, path, message, hint, at = 'key') {
    const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locatorFor */ .qe)(entry.file).at(path, at);
    return { rule, severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint };
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCHEMA: () => (/* binding */ SCHEMA),
/* harmony export */   Schemas: () => (/* binding */ Schemas),
/* harmony export */   fieldName: () => (/* binding */ fieldName),
/* harmony export */   schemaFindings: () => (/* binding */ schemaFindings)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2617);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/**
 * JSON Schema validation with ajv (draft 2020-12, strict, allErrors), and the mapping of
 * ajv's errors to findings that point at the offending key or value.
 */





const SCHEMA = 'schema';
class Schemas {
    docs;
    ajv;
    compiled = new Map();
    /**
     * `checkSchemas: false` skips validating the schemas themselves against the draft 2020-12
     * meta-schema: compiling the meta-schema is most of the start-up cost, and the pre-commit hook
     * skips it when no schema is staged (strict mode still rejects unknown keywords at compile).
     */
    constructor(docs, options = {}) {
        this.docs = docs;
        // verbose: errors carry parentSchema, whose description and examples become hints.
        this.ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, validateSchema: options.checkSchemas ?? true });
        ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](this.ajv);
        for (const [name, doc] of Object.entries(docs)) {
            try {
                this.ajv.addSchema(doc, name);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} is invalid: ${err.message}`, { cause: err });
            }
        }
    }
    /** The compiled validator for a schema file name (compiled once, on first use). */
    validator(name) {
        let v = this.compiled.get(name);
        if (!v) {
            try {
                v = this.ajv.getSchema(name);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} does not compile: ${err.message}`, { cause: err });
            }
            if (!v)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} is missing`, { hint: 'Point --schemas at the folder holding cloud.schema.json and local.schema.json.' });
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
            const next = typeof seg === 'number' ? s?.items : (s?.properties?.[seg] ?? s?.additionalProperties);
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
            node = (0,_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerToPath */ .ox)(pointer).reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), this.docs[doc]);
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
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .locatorFor */ .qe)(file);
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
    const path = (0,_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerToPath */ .ox)(err.instancePath);
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
            const guess = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(extra, known);
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
            const guess = typeof err.data === 'string' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(err.data, allowed) : undefined;
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


/***/ })

};
