export const id = 908;
export const ids = [908,336,500];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mr: () => (/* binding */ plainDecimal),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
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
/**
 * A numeric flag's value: plain decimal digits only (an optional fraction when `fraction`), at
 * most `max`. Number() would read "0x10" as 16, "1e3" as 1000 and "" as 0; these are refused.
 */
function plainDecimal(value, flag, options) {
    const form = options.fraction ? /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,6})?$/ : /^(0|[1-9][0-9]{0,15})$/;
    const n = form.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isFinite(n) || n > options.max || n < (options.min ?? 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`${flag} must be a plain decimal number from ${options.min ?? 0} to ${options.max.toLocaleString('en-US')}; got "${value.slice(0, 40)}"`, {
            hint: options.fraction ? 'Write digits, with an optional fraction: 4 or 4.5 (no 0x, exponent or sign).' : 'Write digits only: 8192 (no 0x, exponent, sign or fraction).',
            exitCode: 2,
        });
    return n;
}


/***/ }),

/***/ 5908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/assemble.ts + 1 modules
var assemble = __webpack_require__(7811);
// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __webpack_require__(6783);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/draft.ts
var core_draft = __webpack_require__(7140);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/hf.ts
var hf = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/pins.ts
var pins = __webpack_require__(59);
// EXTERNAL MODULE: ./src/core/litellm.ts
var litellm = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/core/model-limits.ts
var model_limits = __webpack_require__(6655);
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

;// CONCATENATED MODULE: ./src/core/prefill.ts
/**
 * Upstream prefill: the facts a new model file can start from (LiteLLM's list for cloud
 * models, the file name and the HuggingFace API for local ones), and the id and display name
 * suggested from a model's name. Pure: the door fetches, this reads what was fetched.
 */







/** Where cloud prefills come from: every fact in the store names its source. */
const LITELLM_SOURCE = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json';
const hfRepoUrl = (repo) => `https://huggingface.co/${repo}`;
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
    return (0,core_draft/* isPlainId */.SR)(base) ? base : undefined;
}
/** Brands as their makers write them; any other word is capitalised. */
const BRANDS = { gpt: 'GPT', claude: 'Claude', gemini: 'Gemini', grok: 'Grok', llama: 'Llama', qwen: 'Qwen', deepseek: 'DeepSeek', mistral: 'Mistral', oss: 'OSS' };
/**
 * A readable display name from a model or repo name, as the store writes them:
 * `claude-haiku-4-5-20251001` -> "Claude Haiku 4.5", `gpt-5-nano-2025-08-07` -> "GPT-5 Nano",
 * `Qwen/Qwen3-4B-GGUF` -> "Qwen3 4B". Dates are dropped (a snapshot's date is not its name),
 * version digits the name splits ("4-5") are joined ("4.5"), sizes are upper case ("4B").
 */
function suggestName(name) {
    const base = (name.split('/').pop() ?? name)
        .replace(/[-_.]gguf$/i, '')
        .replace(/[-_](19|20)\d{2}-?\d{2}-?\d{2}$/, ''); // -2025-08-07, -20251001
    const words = [];
    for (const w of base.split(/[-_\s]+/).filter(Boolean)) {
        const prev = words[words.length - 1];
        // "4-5" is version 4.5; a lone digit after a word stays a word ("Grok 4").
        if (/^\d{1,2}$/.test(w) && prev !== undefined && /^\d+(\.\d+)*$/.test(prev))
            words[words.length - 1] = `${prev}.${w}`;
        else
            words.push(w);
    }
    const out = [];
    for (const w of words) {
        const lower = w.toLowerCase();
        const brand = /^([a-z]+)(\d.*)?$/.exec(lower);
        let word;
        if (Object.hasOwn(BRANDS, lower))
            word = BRANDS[lower];
        else if (brand && Object.hasOwn(BRANDS, brand[1]) && brand[2])
            word = BRANDS[brand[1]] + brand[2]; // qwen3 -> Qwen3
        else if (/^[a-z]?\d+(\.\d+)?[bmk]$/i.test(w))
            word = w.toUpperCase(); // 4b -> 4B, a3b -> A3B
        else if (w === lower)
            word = w.charAt(0).toUpperCase() + w.slice(1);
        else
            word = w; // mixed case is the maker's own spelling
        // GPT's version is part of its name: "GPT-5", "GPT-4o", "GPT-OSS".
        if (out[out.length - 1] === 'GPT' && /^(\d|OSS$)/.test(word))
            out[out.length - 1] = `GPT-${word}`;
        else
            out.push(word);
    }
    return out.join(' ') || base;
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
        name: suggestName(model),
        id: suggestId(model),
        requires_api_key: Object.hasOwn(providers/* KNOWN_PROVIDERS */.j, provider) ? providers/* KNOWN_PROVIDERS */.j[provider] : undefined,
        sources: [],
    };
    if (!hit)
        return facts;
    const e = hit.entry;
    facts.sources.push(LITELLM_SOURCE);
    Object.assign(facts, (0,model_limits/* limitsFromUpstream */._I)(e));
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
        name: suggestName(name),
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

// EXTERNAL MODULE: ./src/core/rules/local/benchmarks-present.ts
var benchmarks_present = __webpack_require__(593);
// EXTERNAL MODULE: ./src/core/rules/local/licence.ts
var licence = __webpack_require__(108);
// EXTERNAL MODULE: ./src/core/rules/cloud/pricing-present.ts
var pricing_present = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/io/git.ts
var io_git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/io/huggingface.ts
var huggingface = __webpack_require__(1658);
// EXTERNAL MODULE: ./src/io/litellm.ts
var io_litellm = __webpack_require__(9995);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/io/model-write.ts
/** Where a new model file goes, checked before anything touches the disk, and writing it. */





/**
 * `<storeDir>/<kind>/<id>.json`, refusing ids that are not plain (a "/", "..", anything that
 * would leave the folder) and a kind folder that is a link (it could point anywhere).
 */
function newModelPath(storeDir, kind, id) {
    if (!(0,core_draft/* isPlainId */.SR)(id))
        throw new errors/* CurateError */.nK(`refusing id "${id}": not a plain id, it cannot be a file name in ${kind}/`, {
            hint: 'Ids are lowercase letters, digits, "." and "-", starting and ending with a letter or digit, no ".." or "/" (for example "gpt-5-nano").',
            exitCode: 2,
        });
    const dir = external_node_path_default().resolve(storeDir, kind);
    // Joined by hand: ncc rewrites path.resolve(dir, `${id}.json`) into a bundled-asset path.
    const target = external_node_path_default().normalize(dir + (external_node_path_default()).sep + id + '.json');
    if (external_node_path_default().dirname(target) !== dir)
        throw new errors/* CurateError */.nK(`refusing id "${id}": it would leave ${dir}`, { exitCode: 2 });
    try {
        if ((0,external_node_fs_.lstatSync)(dir).isSymbolicLink())
            throw new errors/* CurateError */.nK(`refusing to write into ${dir}: it is a symbolic link`, { hint: 'The store keeps model files in plain folders.', exitCode: 2 });
    }
    catch (err) {
        if (err instanceof errors/* CurateError */.nK)
            throw err;
    }
    return target;
}
/** Writes a new model file atomically; never replaces an existing one. */
function writeNewModel(target, text) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
    try {
        (0,fs/* writeFileAtomic */.Zf)(target, text, { exclusive: true });
    }
    catch (err) {
        if (err instanceof errors/* CurateError */.nK)
            throw new errors/* CurateError */.nK(err.message, { hint: 'Pick another id: an existing model file is never overwritten.', exitCode: 2 });
        throw (0,errors/* asFault */.Ps)(err) ?? new errors/* CurateError */.nK(`cannot write ${target}: ${err.message}`, { cause: err, exitCode: 2 });
    }
}

// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./node_modules/@inquirer/input/dist/index.js
var dist = __webpack_require__(8992);
// EXTERNAL MODULE: ./node_modules/@inquirer/number/dist/index.js + 1 modules
var number_dist = __webpack_require__(5028);
// EXTERNAL MODULE: ./node_modules/@inquirer/select/dist/index.js
var select_dist = __webpack_require__(6666);
// EXTERNAL MODULE: ./node_modules/@inquirer/search/dist/index.js
var search_dist = __webpack_require__(1502);
// EXTERNAL MODULE: ./node_modules/@inquirer/confirm/dist/index.js
var confirm_dist = __webpack_require__(8668);
;// CONCATENATED MODULE: ./src/cli/ask.ts
/**
 * The one prompt facade: every question the CLI asks goes through here, so commands are
 * tested by mocking this module, and @inquirer/prompts is imported nowhere else (it stays
 * out of `validate`, the hook and the Action, which never load this module).
 *
 * Each prompt takes `(config, context?)` like inquirer's own, so @inquirer/testing's
 * `render(ask.input, config)` drives the facade itself. Ctrl-C becomes `Cancelled`.
 */


/** Inquirer rejects with ExitPromptError on Ctrl-C (compared by name: the class is not exported). */
async function guard(run) {
    try {
        return await run();
    }
    catch (err) {
        if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError'))
            throw new errors/* Cancelled */.cJ();
        throw err;
    }
}
function input(config, context) {
    return guard(() => (0,dist/* default */.A)({ message: config.message, default: config.default, required: config.required, validate: config.validate }, context));
}
function number(config, context) {
    return guard(() => (0,number_dist/* default */.A)({
        message: config.message,
        default: config.default,
        required: config.required,
        step: config.integer ? 1 : 'any',
        validate: config.validate,
    }, context));
}
function ask_select(config, context) {
    return guard(() => (0,select_dist/* default */.A)({ message: config.message, choices: config.choices, default: config.default, pageSize: 12 }, context));
}
function search(config, context) {
    return guard(() => (0,search_dist/* default */.A)({ message: config.message, source: (term) => config.source(term), validate: config.validate, pageSize: 12 }, context));
}
function ask_confirm(config, context) {
    return guard(() => (0,confirm_dist/* default */.A)({ message: config.message, default: config.default }, context));
}

// EXTERNAL MODULE: ./src/cli/io.ts
var io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 28 modules
var rules = __webpack_require__(1494);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/add/fields.ts
/**
 * The fields add fills, one definition each: where the value goes in the file, the flag that
 * gives it, the question that asks it, whether it is always required, and how a typed answer
 * is read. The flow (flow.ts) decides the order and the prefills; requirements that depend on
 * the policy (benchmarks, licence, pricing) are decided there, from the draft's verdict.
 */

const field = (path, flag, label, type, more = {}) => ({ path, flag, label, type, ...more });
const FIELDS = {
    // both kinds
    id: field(['id'], '--id', 'Id', 'text', { required: true }),
    name: field(['name'], '--name', 'Display name', 'text', { required: true }),
    description: field(['description'], '--description', 'Description', 'text'),
    contextWindow: field(['context_window'], '--context-window', 'Context window (tokens)', 'int', { required: true }),
    capabilities: field(['capabilities'], '--capabilities', 'Capabilities', 'list'),
    enabled: field(['enabled'], '--enabled', 'Enabled by default in blueprints?', 'bool'),
    sources: field(['sources'], '--source', 'Sources of these facts (URLs)', 'list'),
    // cloud
    maxOutput: field(['max_output'], '--max-output', 'Max output (tokens)', 'int'),
    apiKeyEnv: field(['requires_api_key'], '--api-key-env', 'API key variable', 'text', { required: true }),
    inputPrice: field(['pricing', 'input_per_1m'], '--input-price', 'Input price, $ per 1M tokens', 'price'),
    outputPrice: field(['pricing', 'output_per_1m'], '--output-price', 'Output price, $ per 1M tokens', 'price', { required: true }),
    cacheReadPrice: field(['pricing', 'cache_read_per_1m'], '--cache-read-price', 'Cached input price, $ per 1M tokens', 'price'),
    tier: field(['pricing', 'tier'], '--tier', 'Price tier', 'choice'),
    // local
    hfFile: field(['hf_file'], '--file', 'GGUF file', 'text', { required: true, linked: [['model_uri']] }),
    quantization: field(['quantization'], '--quantization', 'Quantization', 'text', { required: true }),
    ctxSize: field(['ctx_size'], '--ctx-size', 'Context llama-server starts with (ctx_size)', 'int', { required: true }),
    sizeBytes: field(['size_bytes'], '--size-bytes', 'File size in bytes (empty if unknown)', 'int'),
    group: field(['group'], '--group', 'Group', 'choice', { required: true }),
    ramGb: field(['ram_required_gb'], '--ram-gb', 'RAM required at ctx_size (GB)', 'number', { required: true }),
    license: field(['license'], '--license', 'Licence (as HuggingFace names it)', 'text'),
    benchmarks: field(['benchmarks'], '--benchmark', 'Benchmarks, name=score pairs (e.g. mmlu=83.7, gpqa_diamond=55.9)', 'benchmarks'),
    benchmarkSource: field(['sources'], '--source', 'Source of these scores (URL of the model card or paper)', 'text', { required: true }),
};
/** An answer that cannot be read as its field's type: shown under the prompt, or exit 2 with --yes. */
class Unreadable extends Error {
}
/** A typed answer as its field's value; undefined when left empty. */
function readAnswer(type, text) {
    const t = text.trim();
    if (t === '')
        return undefined;
    switch (type) {
        case 'price':
            return (0,core_draft/* normalizePrice */.hM)(t);
        case 'list':
            return (0,core_draft/* parseList */.E1)(t);
        case 'benchmarks': {
            const r = (0,core_draft/* parseBenchmarks */.Ir)(t);
            if (r.problem)
                throw new Unreadable(r.problem);
            return r.scores;
        }
        default:
            return t;
    }
}
const GROUPS = [
    { value: 'task', description: 'small models, under 4 GB' },
    { value: 'balanced', description: '4 to 16 GB' },
    { value: 'heavy', description: 'over 16 GB' },
    { value: 'embeddings', description: 'embedding models' },
];

;// CONCATENATED MODULE: ./src/cli/add/answers.ts
/**
 * Answering one field: from its flag, else (with --yes) its prefill, else a prompt with the
 * prefill as default; each answer checked against the draft so far, as validate would judge
 * the file. The flow (flow.ts) decides which fields, in which order, with which prefills.
 */






/**
 * With --yes, a flag is refused at once (exit 2) only when it breaks the file's form (the
 * structure tier); what the curation policy refuses is the verdict on the whole draft (exit 1),
 * printed as validate prints it. Interactively every error shows under the answer.
 */
const STRUCTURE = new Set(rules/* RULES */.y.filter((r) => r.tier === 'structure').map((r) => r.id));
const ofForm = (f) => STRUCTURE.has(f.rule) || !rules/* RULES */.y.some((r) => r.id === f.rule);
/** The draft being answered, and how each kind of field is asked. */
class Answers {
    yes;
    draft = {};
    /** Set once the kind is known (the judge needs it). */
    ctx;
    constructor(yes) {
        this.yes = yes;
    }
    /** A field answered as text (text, price, list, benchmarks): flag, else (--yes) prefill, else a prompt. */
    async text(spec) {
        const read = (s) => readAnswer(spec.type ?? 'text', s);
        if (spec.given !== undefined || this.yes) {
            const parsed = (s) => {
                if (s === undefined)
                    return undefined;
                try {
                    return read(s);
                }
                catch (err) {
                    if (err instanceof Unreadable)
                        throw new errors/* CurateError */.nK(`${spec.flag}: ${err.message}`, { exitCode: 2 });
                    throw err;
                }
            };
            await this.settle({ ...spec, given: parsed(spec.given), prefill: parsed(spec.prefill) });
            return;
        }
        const leaveOut = (s) => !spec.required && s.trim() === '-';
        const validate = async (s) => {
            if (leaveOut(s))
                return true;
            let value;
            try {
                value = read(s);
            }
            catch (err) {
                if (err instanceof Unreadable)
                    return err.message;
                throw err;
            }
            if (value === undefined)
                return spec.required ? `${spec.label} is required` : true;
            return (0,core_draft/* checkAnswer */.dG)(this.ctx, (0,core_draft/* withValue */.cO)(this.draft, spec.path, value), spec.path, spec.linked);
        };
        const def = spec.prefill;
        const label = spec.type === 'list' ? `${spec.label}, comma-separated` : spec.label;
        const message = spec.required ? label : `${label} (optional${def !== undefined ? ', "-" to leave out' : ''})`;
        const answer = await input({ message, default: def, required: spec.required, validate });
        this.set(spec.path, leaveOut(answer) ? undefined : read(answer));
    }
    async numeric(spec, integer = true) {
        const toNumber = (v) => {
            if (typeof v === 'number')
                return v;
            if (v.trim() === '')
                return undefined;
            // Plain decimals only: "0x10" and "1e3" are refused, not read as 16 and 1000; the schema bounds the range.
            return (0,args/* plainDecimal */.mr)(v, spec.flag, { max: Number.MAX_SAFE_INTEGER, fraction: !integer });
        };
        const given = spec.given !== undefined ? toNumber(spec.given) : undefined;
        const prefill = spec.prefill !== undefined ? toNumber(spec.prefill) : undefined;
        if (given !== undefined || this.yes) {
            await this.settle({ ...spec, given, prefill });
            return;
        }
        const validate = async (n) => {
            if (n === undefined)
                return spec.required ? `${spec.label} is required` : true;
            return (0,core_draft/* checkAnswer */.dG)(this.ctx, (0,core_draft/* withValue */.cO)(this.draft, spec.path, n), spec.path, spec.linked);
        };
        const n = await number({ message: spec.label, default: prefill, required: spec.required, integer, validate });
        this.set(spec.path, n);
    }
    async bool(spec) {
        if (spec.given !== undefined || this.yes) {
            this.set(spec.path, spec.given ?? spec.prefill);
            return;
        }
        this.set(spec.path, await ask_confirm({ message: spec.label, default: spec.prefill }));
    }
    async choice(spec, choices) {
        if (spec.given !== undefined || this.yes) {
            await this.settle(spec);
            return;
        }
        this.set(spec.path, await ask_select({ message: spec.label, choices: choices.map((c) => ({ ...c, name: c.value })), default: spec.prefill }));
    }
    /** Non-interactive: the flag's value, else the prefill; checked; missing and required is exit 2. */
    async settle(spec) {
        const value = spec.given ?? spec.prefill;
        if (value === undefined) {
            if (spec.required)
                throw spec.missing ? new errors/* CurateError */.nK(spec.missing, { exitCode: 2 }) : this.missing(spec.flag, spec.label);
            return;
        }
        this.set(spec.path, value);
        await this.assertValid(spec.path, spec.flag, spec.linked, spec.given === undefined);
    }
    async assertValid(p, flag, linked, prefilled = false) {
        const ok = await (0,core_draft/* checkAnswer */.dG)(this.ctx, this.draft, p, linked, this.yes ? ofForm : undefined);
        if (ok !== true)
            throw new errors/* CurateError */.nK(`${flag}: ${ok}`, { hint: prefilled ? `The prefilled value does not pass; give ${flag} yourself.` : undefined, exitCode: 2 });
    }
    set(p, value) {
        this.draft = (0,core_draft/* withValue */.cO)(this.draft, p, value);
    }
    missing(flag, what) {
        return new errors/* CurateError */.nK(`missing ${flag}: ${what} cannot be prefilled`, { hint: `With --yes every value comes from a flag or a prefill: pass ${flag}.`, exitCode: 2 });
    }
}

;// CONCATENATED MODULE: ./src/cli/add/flow.ts
/**
 * The add flow: the order of the questions for each kind, the prefills, the preview, the
 * write and the commit. Every answer, and the draft as a whole, is judged as validate and the
 * hook judge the written file (the full policy, the new-submission tier), so what the flow
 * asks for is what the policy requires, and nothing is written that would not pass.
 */



























class Flow {
    io;
    ws;
    given;
    /** The draft and how each field is answered. */
    answers;
    kind;
    /** The sources facts were prefilled from: last_verified is today when the file names one. */
    prefilledFrom = [];
    /** Sources the curator named while answering (the benchmarks' page), offered again with the rest. */
    named = [];
    storePath;
    yes;
    constructor(io, ws, given) {
        this.io = io;
        this.ws = ws;
        this.given = given;
        this.storePath = (0,paths.displayPath)(ws.storeDir, io.cwd);
        this.yes = given.yes;
        this.answers = new Answers(given.yes);
    }
    async run() {
        this.kind = await this.chooseKind();
        this.answers.ctx = { store: this.ws.store, schemas: this.ws.schemas, kind: this.kind, storePath: this.storePath, judge: (file) => (0,assemble/* checkDraft */.Qs)(this.ws, file, { added: true }) };
        if (this.kind === 'cloud')
            await this.cloud();
        else
            await this.local();
        return this.finish();
    }
    flag(name) {
        const v = this.given.values[name];
        return typeof v === 'string' ? v : undefined;
    }
    /** A field with its flag's value. */
    from(f, more = {}) {
        return { ...f, given: this.flag(f.flag.slice(2)), ...more };
    }
    /** Required by the policy for this draft (an error without it): asked until given, interactively. */
    requires(rule) {
        return (0,core_draft/* policyRequires */.pZ)(this.answers.ctx, this.answers.draft, rule);
    }
    // ---- the two flows ------------------------------------------------------------------
    async chooseKind() {
        const given = this.flag('kind');
        if (given !== undefined) {
            if (!types/* KINDS */.G.includes(given))
                throw new errors/* CurateError */.nK(`--kind must be cloud or local; got "${given}"`, { exitCode: 2 });
            return given;
        }
        if (this.yes)
            throw this.answers.missing('--kind', 'the kind of model (cloud or local)');
        return ask_select({
            message: 'Kind of model',
            choices: [
                { value: 'cloud', name: 'cloud', description: 'an API model reached through LiteLLM' },
                { value: 'local', name: 'local', description: 'a GGUF file on HuggingFace, served by llama-server' },
            ],
        });
    }
    async cloud() {
        const list = await this.litellmList();
        const name = await this.litellmModel(list);
        const facts = cloudFacts(list, name);
        if (!facts.listed)
            this.note(`${name} is not in the LiteLLM list: nothing can be prefilled.`);
        this.prefilledFrom = facts.sources;
        const provider = this.flag('provider') ?? facts.provider;
        this.answers.draft.provider = provider;
        this.answers.draft.litellm_model_name = facts.litellm_model_name;
        if (this.flag('provider') !== undefined)
            await this.answers.assertValid(['provider'], '--provider');
        await this.answers.text(this.from(FIELDS.id, { prefill: this.freeId(facts.id) }));
        await this.answers.text(this.from(FIELDS.name, { prefill: facts.name }));
        await this.answers.text(this.from(FIELDS.description));
        await this.answers.numeric(this.from(FIELDS.contextWindow, { prefill: facts.context_window }));
        await this.answers.numeric(this.from(FIELDS.maxOutput, { prefill: facts.max_output }));
        const envVar = Object.hasOwn(providers/* KNOWN_PROVIDERS */.j, provider) ? providers/* KNOWN_PROVIDERS */.j[provider] : facts.requires_api_key;
        await this.answers.text(this.from(FIELDS.apiKeyEnv, { prefill: envVar }));
        const p = facts.pricing;
        // The policy wants prices (cloud/pricing-present): asked for until given when it does.
        await this.answers.text(this.from(FIELDS.inputPrice, { prefill: p?.input_per_1m, required: !this.yes && this.requires(pricing_present/* RULE */.x) }));
        if (this.answers.draft.pricing)
            await this.answers.text(this.from(FIELDS.outputPrice, { prefill: p?.output_per_1m }));
        else if (this.flag('output-price') !== undefined)
            throw new errors/* CurateError */.nK('--output-price needs --input-price too', { exitCode: 2 });
        if (this.answers.draft.pricing) {
            await this.answers.text(this.from(FIELDS.cacheReadPrice, { prefill: p?.cache_read_per_1m }));
            await this.tier();
        }
        await this.answers.text(this.from(FIELDS.capabilities, { prefill: facts.capabilities?.join(', ') }));
        await this.answers.bool({ ...FIELDS.enabled, given: this.given.enabled, prefill: true });
        await this.sources();
    }
    async local() {
        const info = await this.hfRepo();
        const repo = this.answers.draft.hf_repo;
        const file = await this.hfFile(repo, info);
        const r = localFacts(repo, file, info);
        // The hint lists file names the Hub sent: cleaned like any upstream text shown on a terminal.
        if (!r.ok)
            throw new errors/* CurateError */.nK(r.problem, { hint: r.hint && (0,report_text/* clean */.uH)(r.hint), exitCode: 2 });
        const facts = r.facts;
        this.prefilledFrom = facts.sources;
        this.answers.draft.model_uri = facts.model_uri;
        this.answers.draft.hf_file = facts.hf_file;
        // Online, pin the file: its sha256 (every shard's) and the revision the Hub described.
        const uri = (0,model_uri/* parseModelUri */.Aj)(facts.model_uri);
        if (info && uri.ok)
            Object.assign(this.answers.draft, (0,pins/* pinsFromHub */.Ub)(info, uri.uri));
        await this.answers.assertValid(['hf_file'], '--file', [['model_uri']]);
        await this.answers.text(this.from(FIELDS.quantization, { prefill: facts.quantization }));
        const quant = typeof this.answers.draft.quantization === 'string' ? this.answers.draft.quantization.toLowerCase().replace(/_/g, '-') : undefined;
        await this.answers.text(this.from(FIELDS.id, { prefill: this.freeId(facts.id, quant) }));
        await this.answers.text(this.from(FIELDS.name, { prefill: facts.name }));
        await this.answers.text(this.from(FIELDS.description));
        const windowLabel = facts.context_window ? 'Native context window (tokens; prefilled from the GGUF header, check the model card)' : 'Native context window (tokens, as the model card states it)';
        await this.answers.numeric(this.from(FIELDS.contextWindow, { label: windowLabel, prefill: facts.context_window }));
        const window = this.answers.draft.context_window;
        await this.answers.numeric(this.from(FIELDS.ctxSize, { prefill: suggestCtxSize(window) }));
        await this.answers.numeric(this.from(FIELDS.sizeBytes, { prefill: facts.size_bytes }));
        const size = this.answers.draft.size_bytes;
        const s = suggestLocal(size, this.answers.draft.ctx_size, facts.embeddings);
        await this.answers.choice(this.from(FIELDS.group, { prefill: s.group, missing: 'missing --group: no file size to suggest one from (pass --group, --size-bytes, or --online)' }), GROUPS);
        await this.answers.numeric(this.from(FIELDS.ramGb, { prefill: s.ram_required_gb, missing: 'missing --ram-gb: no file size to suggest it from (pass --ram-gb, --size-bytes, or --online)' }), false);
        // The policy wants a licence it allows and published scores (local/licence,
        // local/benchmarks-present); with --yes a missing one is the final check's finding.
        await this.answers.text(this.from(FIELDS.license, { prefill: facts.license, required: !this.yes && this.requires(licence/* RULE */.x) }));
        await this.benchmarks();
        await this.answers.text(this.from(FIELDS.capabilities, { prefill: this.answers.draft.group === 'embeddings' ? 'embeddings' : undefined }));
        await this.answers.bool({ ...FIELDS.enabled, given: this.given.enabled, prefill: true });
        await this.sources();
    }
    /** pricing.tier: asked, with the schema's tiers, when the store's cloud models record one; else only --tier. */
    async tier() {
        const given = this.flag('tier');
        if (given === undefined && (this.yes || !(0,core_draft/* storeUsesTier */.yh)(this.ws.store)))
            return;
        const tiers = (this.ws.schemas.enumOf((0,core_draft/* schemaNameOf */.kL)('cloud'), ['pricing', 'tier']) ?? []).map(String);
        if (given !== undefined || !tiers.length)
            return this.answers.text({ ...FIELDS.tier, given });
        const choices = tiers.map((t) => ({ value: t }));
        await this.answers.choice({ ...FIELDS.tier, required: true }, choices);
    }
    /** Published scores, name=score pairs, and the page they are from (which joins the sources). */
    async benchmarks() {
        const flags = this.given.values.benchmark;
        const given = Array.isArray(flags) && flags.length ? flags.join(', ') : undefined;
        if (given !== undefined || this.yes)
            return this.answers.text({ ...FIELDS.benchmarks, given });
        const required = this.requires(benchmarks_present/* RULE */.x);
        await this.answers.text({ ...FIELDS.benchmarks, required });
        if (this.answers.draft.benchmarks === undefined)
            return;
        const known = this.sourcesSoFar();
        const url = await input({
            message: FIELDS.benchmarkSource.label,
            required: true,
            validate: async (s) => {
                const t = s.trim();
                if (!t)
                    return 'Where the scores are published is required: every fact names its source';
                return (0,core_draft/* checkAnswer */.dG)(this.answers.ctx, (0,core_draft/* withValue */.cO)(this.answers.draft, ['sources'], [...new Set([...known, t])]), ['sources']);
            },
        });
        this.named.push(url.trim());
    }
    sourcesSoFar() {
        const flags = this.given.values.source;
        return [...new Set([...this.prefilledFrom, ...this.named, ...(Array.isArray(flags) ? flags : [])])];
    }
    async sources() {
        const flags = this.given.values.source;
        const all = this.sourcesSoFar();
        if (this.yes || Array.isArray(flags)) {
            await this.answers.settle({ ...FIELDS.sources, given: all.length ? all : undefined });
            return;
        }
        await this.answers.text({ ...FIELDS.sources, prefill: all.length ? all.join(', ') : undefined });
    }
    // ---- upstream facts -------------------------------------------------------------------
    async litellmList() {
        if (!this.given.values.online)
            return (0,io_litellm/* loadLiteLLMSnapshot */.Ez)(this.ws.snapshot.dataDir).list;
        return (await (0,io_litellm/* fetchLiteLLMList */._3)(this.io.env)).list;
    }
    async litellmModel(list) {
        const given = this.flag('litellm-model');
        const check = async (name, keep) => {
            this.answers.draft = { litellm_model_name: cloudFacts(list, name).litellm_model_name };
            return (0,core_draft/* checkAnswer */.dG)(this.answers.ctx, this.answers.draft, ['litellm_model_name'], [], keep);
        };
        if (given !== undefined) {
            const ok = await check(given, this.yes ? ofForm : undefined);
            if (ok !== true)
                throw new errors/* CurateError */.nK(`--litellm-model: ${ok}`, { exitCode: 2 });
            // The live list has it, the store's snapshot (what the hook and validate read) does not yet.
            if (this.given.values.online && (0,litellm/* lookupLiteLLM */.Sb)(list, given) && !(0,litellm/* lookupLiteLLM */.Sb)((0,io_litellm/* loadLiteLLMSnapshot */.Ez)(this.ws.snapshot.dataDir).list, given))
                this.note(`${given} is in the live LiteLLM list but not in the store's snapshot, which validate and the hook read: run leger-curate refresh-upstream first.`);
            return given;
        }
        if (this.yes)
            throw this.answers.missing('--litellm-model', 'the LiteLLM model, provider/model');
        const provider = this.flag('provider') ??
            (await ask_select({
                message: 'Provider',
                choices: Object.entries(providers/* KNOWN_PROVIDERS */.j).map(([p, env]) => ({ value: p, name: p, description: `API key in ${env}` })),
            }));
        const models = (0,litellm/* providerModels */.Gx)(list, provider);
        return search({
            message: `LiteLLM model (${models.length} listed for ${provider}; type to filter)`,
            source: (term) => {
                const t = (term ?? '').trim().toLowerCase();
                const hits = models.filter((m) => m.name.toLowerCase().includes(t)).slice(0, 200);
                const choices = hits.map((m) => ({ value: m.name, name: m.name, description: describeEntry(m.entry) }));
                if (t && !hits.some((m) => m.name.toLowerCase() === t || m.key.toLowerCase() === t)) {
                    const typed = term.trim().includes('/') ? term.trim() : `${provider}/${term.trim()}`;
                    choices.push({ value: typed, name: `${typed} (as typed: not in the LiteLLM list)`, description: 'nothing can be prefilled' });
                }
                return choices;
            },
            validate: check,
        });
    }
    async hfRepo() {
        const client = this.given.values.online ? (0,huggingface/* createHfClient */.c7)(this.io.env) : undefined;
        let info;
        const check = async (repo) => {
            this.answers.draft.hf_repo = repo.trim();
            const ok = await (0,core_draft/* checkAnswer */.dG)(this.answers.ctx, this.answers.draft, ['hf_repo']);
            if (ok !== true || !client)
                return ok;
            const res = await client.modelInfo(repo.trim());
            if (res.status === 'ok') {
                info = res.info;
                return (0,hf/* ggufFiles */.Jv)(res.info).length ? true : `${repo} holds no .gguf file`;
            }
            if (res.status === 'not-found')
                return res.message;
            // Unreachable: go on without the facts rather than block the curator.
            this.note(`cannot reach HuggingFace (${res.message}); going on without its facts.`);
            return true;
        };
        const given = this.flag('hf');
        if (given !== undefined) {
            const ok = await check(given);
            if (ok !== true)
                throw new errors/* CurateError */.nK(`--hf: ${ok}`, { exitCode: 2 });
        }
        else if (this.yes)
            throw this.answers.missing('--hf', 'the HuggingFace repository, org/repo');
        else
            await input({ message: 'HuggingFace repository (org/repo)', required: true, validate: check });
        return info;
    }
    async hfFile(repo, info) {
        const given = this.flag('file');
        if (given !== undefined)
            return given;
        if (this.yes)
            throw this.answers.missing('--file', `the .gguf file in ${repo}`);
        if (info) {
            const files = pickableFiles(info);
            if (!files.length)
                throw new errors/* CurateError */.nK(`${repo} holds no .gguf file`, { exitCode: 2 });
            return ask_select({
                message: `GGUF file in ${repo}`,
                choices: files.map((f) => ({ value: f.file, name: `${f.file}${f.size ? `  (${(f.size / 1e9).toFixed(2)} GB)` : ''}`, description: f.quantization })),
            });
        }
        return input({
            message: `GGUF file in ${repo} (e.g. Model-Q4_K_M.gguf)`,
            required: true,
            validate: async (file) => {
                const r = localFacts(repo, file.trim());
                if (!r.ok)
                    return r.problem;
                const draft = { ...this.answers.draft, model_uri: r.facts.model_uri, hf_file: r.facts.hf_file };
                return (0,core_draft/* checkAnswer */.dG)(this.answers.ctx, draft, ['hf_file'], [['model_uri']]);
            },
        });
    }
    // ---- asking one field -----------------------------------------------------------------
    /** The suggested id, or with a suffix when the plain one is taken. */
    freeId(id, suffix) {
        if (!id)
            return undefined;
        if (!(0,core_draft/* idProblem */.lx)(this.ws.store, id))
            return id;
        if (suffix) {
            const alt = `${id}-${suffix}`;
            if (!(0,core_draft/* idProblem */.lx)(this.ws.store, alt))
                return alt;
        }
        return undefined;
    }
    note(text) {
        this.io.err(`${(0,report_text/* clean */.uH)(text)}\n`);
    }
    // ---- preview, write, validate, commit -------------------------------------------------
    async finish() {
        this.answers.set(['last_verified'], (0,core_draft/* lastVerifiedOf */.W6)(this.prefilledFrom, this.answers.draft.sources, this.ws.today));
        const data = (0,core_draft/* buildModel */.yK)(this.kind, this.answers.draft, this.ws.schemas.keyOrder((0,core_draft/* schemaNameOf */.kL)(this.kind)));
        const text = (0,core_draft/* serializeModel */.km)(data);
        const id = String(data.id);
        const target = newModelPath(this.ws.storeDir, this.kind, id);
        const shown = (0,paths.displayPath)(target, this.io.cwd);
        const before = (0,core_draft/* checkDraft */.Qs)(this.answers.ctx, this.answers.draft).filter((f) => f.severity === 'error');
        this.io.out(`\n${shown}:\n${text.split('\n').map(report_text/* clean */.uH).join('\n')}`);
        if (before.length) {
            this.io.err(this.findings(before));
            this.io.err('Nothing written: the file would not validate.\n');
            return 1;
        }
        if (!this.yes && !(await ask_confirm({ message: `Write ${shown}?`, default: true }))) {
            this.io.err('Nothing written.\n');
            return 0;
        }
        writeNewModel(target, text);
        this.io.out(`Wrote ${shown}\n`);
        // Judge what is on disk now, as validate and the hook will (one schema compile per run).
        const written = { kind: this.kind, path: shown, text: (0,external_node_fs_.readFileSync)(target, 'utf8') };
        const findings = (0,assemble/* checkDraft */.Qs)(this.ws, written, { added: true });
        const summary = (0,engine/* summarize */.eh)(findings, 1);
        this.io.out((0,report_text/* formatText */.vX)(findings, summary, { color: (0,io/* useColor */.b)(this.io) }));
        const message = `feat: add ${String(data.name)} model`;
        if (this.given.values.commit) {
            const git = new io_git.Git(this.io.cwd);
            if (!git.isRepo())
                throw new errors/* CurateError */.nK(`cannot commit: ${this.io.cwd} is not inside a git repository`, { hint: 'The file is written; commit it yourself, or run add without --commit.' });
            try {
                git.commitFile(external_node_path_default().relative(this.io.cwd, target), message);
            }
            catch (err) {
                throw new errors/* CurateError */.nK(`git commit failed: ${err.message}`, { hint: `The file is written and staged; fix what the hooks report, then: git commit -m ${(0,core_text/* shellQuote */.ZL)(message)}`, exitCode: 1, cause: err });
            }
            this.io.out(`Committed ${git.head()?.slice(0, 12) ?? ''}: ${(0,report_text/* clean */.uH)(message)}\n`);
        }
        else {
            this.io.out(`Suggested commit:\n  git add ${shown} && git commit -m ${(0,core_text/* shellQuote */.ZL)(message)}\n`);
        }
        return summary.errors > 0 ? 1 : 0;
    }
    findings(list) {
        return (0,report_text/* formatText */.vX)(list, (0,engine/* summarize */.eh)(list, 1), { color: (0,io/* useColor */.b)(this.io) });
    }
}
function describeEntry(e) {
    const parts = [];
    if (typeof e.max_input_tokens === 'number')
        parts.push(`${e.max_input_tokens.toLocaleString('en-US')} input tokens`);
    if (typeof e.input_cost_per_token === 'number' && typeof e.output_cost_per_token === 'number')
        parts.push(`$${+(e.input_cost_per_token * 1e6).toFixed(6)} / $${+(e.output_cost_per_token * 1e6).toFixed(6)} per 1M`);
    if (e.mode)
        parts.push(e.mode);
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./src/cli/commands/add.ts
/**
 * leger-curate add: the command (flags, usage, entry). The order of the questions, the preview
 * and the write are the flow's (cli/add/flow.ts), answering one field is cli/add/answers.ts,
 * and the fields it fills are defined in cli/add/fields.ts.
 * With --yes every value comes from a flag or a prefill, and a missing one is an error.
 */






const USAGE = `Usage: leger-curate add [options]

Scaffolds a new model file: asks for what it cannot prefill (from LiteLLM's list for cloud
models, from the HuggingFace API for local ones with --online) and for what the curation
policy requires (benchmarks and a licence for local models, prices for cloud), checks every
answer with the same rules and policy as validate and the hook, shows the file, and writes
<store>/<kind>/<id>.json. It never overwrites a file. Non-interactive with --yes: every value
from a flag or a prefill.

  leger-curate add --kind cloud --litellm-model openai/gpt-5-nano-2025-08-07 --id gpt-5-nano --yes
  leger-curate add --kind local --hf Qwen/Qwen3-4B-GGUF --file Qwen3-4B-Q4_K_M.gguf --online \\
    --benchmark mmlu_redux=83.7 --source https://arxiv.org/abs/2505.09388 --yes

Options:
  --kind cloud|local      the kind of model
  --id ID                 the model id (suggested from the model name)
  --name TEXT             the display name
  --description TEXT      a description
  --enabled, --no-enabled whether blueprints include it by default (default: enabled;
                          also --enabled=false)
  --capabilities LIST     comma-separated, e.g. chat,vision,tools
  --source URL            a source of the facts (repeatable)
  cloud:
  --litellm-model NAME    provider/model as LiteLLM names it
  --provider NAME         the provider (default: the prefix of --litellm-model)
  --context-window N      tokens (prefilled from LiteLLM)
  --max-output N          tokens (prefilled from LiteLLM)
  --api-key-env NAME      the variable holding the API key (prefilled for known providers)
  --input-price P         US dollars per 1M input tokens, e.g. 1.25 (prefilled)
  --output-price P        US dollars per 1M output tokens (prefilled)
  --cache-read-price P    US dollars per 1M cached input tokens (prefilled)
  --tier TIER             frontier, premium, mid, budget or free (asked when the store uses tiers)
  local:
  --hf ORG/REPO           the HuggingFace repository
  --file FILE             the .gguf file in it (shard 1 of a split model)
  --quantization Q        e.g. Q4_K_M (from the file name)
  --context-window N      the model's native window (from the HF API with --online)
  --ctx-size N            the context llama-server starts with (default 8192)
  --size-bytes N          the file size (from the HF API with --online)
  --group G               task, balanced, heavy or embeddings (suggested from the size)
  --ram-gb N              memory needed at ctx-size (suggested from the size)
  --license ID            e.g. apache-2.0 (from the HF API with --online)
  --benchmark NAME=SCORE  a published score, e.g. mmlu=83.7 (repeatable; its page in --source)
  general:
  --online                ask HuggingFace (HF_ENDPOINT) / the live LiteLLM list (LITELLM_PRICES_URL)
  -y, --yes               no questions: flags and prefills only; a missing value is an error
  --commit                stage and commit the new file (the hooks run)
  --store DIR             the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR           the folder holding the schemas
  --policy FILE           the curation policy (default: curation.config.json if present, else built in)
  -h, --help              show this help

Exit codes: 0 written, 1 the file would not validate (nothing written) or the commit failed,
2 usage error or refusal (nothing written), 130 cancelled (nothing written).
`;
const OPTIONS = {
    kind: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    capabilities: { type: 'string' },
    source: { type: 'string', multiple: true },
    'litellm-model': { type: 'string' },
    provider: { type: 'string' },
    'context-window': { type: 'string' },
    'max-output': { type: 'string' },
    'api-key-env': { type: 'string' },
    'input-price': { type: 'string' },
    'output-price': { type: 'string' },
    'cache-read-price': { type: 'string' },
    tier: { type: 'string' },
    hf: { type: 'string' },
    file: { type: 'string' },
    quantization: { type: 'string' },
    'ctx-size': { type: 'string' },
    'size-bytes': { type: 'string' },
    group: { type: 'string' },
    'ram-gb': { type: 'string' },
    license: { type: 'string' },
    benchmark: { type: 'string', multiple: true },
    online: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    commit: { type: 'boolean' },
    store: { type: 'string' },
    schemas: { type: 'string' },
    policy: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** "--enabled=false" and "--no-enabled" are read here: node's parseArgs takes neither on a boolean. */
function takeEnabled(argv) {
    let enabled;
    const rest = [];
    for (const a of argv) {
        const m = /^--(no-)?enabled(?:=(.*))?$/.exec(a);
        if (!m) {
            rest.push(a);
            continue;
        }
        if (m[1] && m[2] !== undefined)
            throw new errors/* CurateError */.nK(`${a}: --no-enabled takes no value`, { exitCode: 2 });
        if (m[2] === undefined)
            enabled = !m[1];
        else if (/^(true|yes|1)$/i.test(m[2]))
            enabled = true;
        else if (/^(false|no|0)$/i.test(m[2]))
            enabled = false;
        else
            throw new errors/* CurateError */.nK(`--enabled must be true or false; got "${m[2]}"`, { exitCode: 2 });
    }
    return { argv: rest, enabled };
}
async function run(argv, io) {
    const taken = takeEnabled(argv);
    const { values, positionals } = (0,args/* parse */.qg)(taken.argv, OPTIONS, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length)
        throw new errors/* CurateError */.nK(`add takes no positional arguments; got "${positionals[0]}"`, { hint: 'Pass values as flags, e.g. --id ID (see leger-curate add --help).', exitCode: 2 });
    const yes = Boolean(values.yes);
    if (!yes && !io.stdinTTY)
        throw new errors/* CurateError */.nK('add asks questions, but stdin is not a terminal', {
            hint: 'Run it in a terminal, or pass --yes with the values as flags (leger-curate add --help lists them).',
            exitCode: 2,
        });
    // The store as validate reads it (policy, schemas, the repository's data/): every answer is judged by it.
    const snapshot = (0,read_tree.readWorkingTree)({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy });
    const ws = { ...(await (0,assemble/* prepare */.iA)(snapshot, { env: io.env })), storeDir: external_node_path_default().resolve(io.cwd, values.store ?? 'model-store') };
    return new Flow(io, ws, { values, enabled: taken.enabled, yes }).run();
}


/***/ }),

/***/ 7140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   Ir: () => (/* binding */ parseBenchmarks),
/* harmony export */   Qs: () => (/* binding */ checkDraft),
/* harmony export */   SR: () => (/* binding */ isPlainId),
/* harmony export */   W6: () => (/* binding */ lastVerifiedOf),
/* harmony export */   cO: () => (/* binding */ withValue),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   hM: () => (/* binding */ normalizePrice),
/* harmony export */   kL: () => (/* binding */ schemaNameOf),
/* harmony export */   km: () => (/* binding */ serializeModel),
/* harmony export */   lx: () => (/* binding */ idProblem),
/* harmony export */   pZ: () => (/* binding */ policyRequires),
/* harmony export */   yK: () => (/* binding */ buildModel),
/* harmony export */   yh: () => (/* binding */ storeUsesTier)
/* harmony export */ });
/* unused harmony exports schemaRefOf, candidateFile */
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8076);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/**
 * A draft model file: the values as typed, the file built and serialised in schema order,
 * and each answer checked with the very rules `validate` runs (through the door's `judge`).
 */


/**
 * The schema's id pattern, checked again here because the id becomes a file name:
 * no "/", no "\\", no "..", nothing that could leave the kind's folder.
 */
const PLAIN_ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
function isPlainId(id) {
    return id.length >= 2 && id.length <= 100 && PLAIN_ID.test(id);
}
// ---------------------------------------------------------------------------------------
// Values as typed
/** A price as typed: "1.25" or "$1.25" -> "$1.25" (the store's human form); anything else is kept for the schema to judge. */
function normalizePrice(text) {
    const t = text.trim();
    if (t === '')
        return undefined;
    if (/^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(t))
        return (0,_litellm_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPrice */ .$g)(Number(t));
    return t;
}
/**
 * Benchmark scores as typed: "mmlu=83.7, gpqa_diamond=55.9" (or "name: score") -> { mmlu: 83.7,
 * gpqa_diamond: 55.9 }; names are lower-cased (the schema's form). A problem is a message for
 * the curator; the schema still judges the names.
 */
function parseBenchmarks(text) {
    const scores = {};
    const pairs = text.split(',').map((p) => p.trim()).filter(Boolean);
    for (const pair of pairs) {
        const m = /^([^=:\s]+)\s*[=:]\s*(\S+?)%?$/.exec(pair);
        if (!m)
            return { problem: `"${pair}" is not name=score (for example mmlu=83.7, gpqa_diamond=55.9)` };
        const score = Number(m[2]);
        if (!/^-?\d+(\.\d+)?$/.test(m[2]) || !Number.isFinite(score))
            return { problem: `the score of ${m[1]} must be a number; got "${m[2]}"` };
        const name = m[1].toLowerCase();
        if (Object.hasOwn(scores, name))
            return { problem: `${name} is given twice` };
        scores[name] = score;
    }
    return pairs.length ? { scores } : {};
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
/** A copy of the draft with `value` at `path` (undefined removes it; an emptied object goes too). */
function withValue(draft, path, value) {
    const [head, ...rest] = path;
    const next = { ...draft };
    if (!rest.length) {
        if (value === undefined)
            delete next[head];
        else
            next[head] = value;
        return next;
    }
    const inner = draft[head] && typeof draft[head] === 'object' ? draft[head] : {};
    const child = withValue(inner, rest, value);
    if (Object.keys(child).length)
        next[head] = child;
    else
        delete next[head];
    return next;
}
/** Whether the policy refuses the draft for `rule` (an error): a field is asked for as required then. */
function policyRequires(ctx, draft, rule) {
    return checkDraft(ctx, draft).some((f) => f.rule === rule && f.severity === 'error');
}
/** Whether the store's cloud models record pricing.tier: then a new one is asked for it too. */
function storeUsesTier(store) {
    return store.entries.some((e) => e.kind === 'cloud' && typeof e.data.pricing?.tier === 'string');
}
/**
 * last_verified for a new file: today when some of its facts were prefilled from a source
 * the file names (LiteLLM's list, the HF repo), else undefined: a date claims a check.
 */
function lastVerifiedOf(prefilledFrom, sources, today) {
    return Array.isArray(sources) && prefilledFrom.some((s) => sources.includes(s)) ? today : undefined;
}
function candidateFile(ctx, draft) {
    const id = typeof draft.id === 'string' && isPlainId(draft.id) ? draft.id : 'new-model';
    const data = buildModel(ctx.kind, draft, ctx.schemas.keyOrder(schemaNameOf(ctx.kind)));
    return { kind: ctx.kind, path: `${ctx.storePath ? `${ctx.storePath}/` : ''}${ctx.kind}/${id}.json`, text: serializeModel(data) };
}
/** Every finding validate would give the draft, written as a new file beside the existing ones. */
function checkDraft(ctx, draft) {
    return ctx.judge(candidateFile(ctx, draft));
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
 * `keep` narrows the findings that count (add --yes refuses a flag only for the file's form).
 */
async function checkAnswer(ctx, draft, path, linked = [], keep = () => true) {
    if (path[0] === 'id' && typeof draft.id === 'string') {
        const problem = idProblem(ctx.store, draft.id);
        if (problem)
            return problem;
    }
    const file = candidateFile(ctx, draft);
    const findings = checkDraft(ctx, draft).filter((f) => f.severity === 'error' && keep(f));
    const loc = new _locate_js__WEBPACK_IMPORTED_MODULE_1__/* .Locator */ .hO(file.text);
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

/***/ 7500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GIT_ENV_ALLOWED: () => (/* binding */ GIT_ENV_ALLOWED),
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   gitEnv: () => (/* binding */ gitEnv),
/* harmony export */   isNullSha: () => (/* binding */ isNullSha),
/* harmony export */   isSha: () => (/* binding */ isSha),
/* harmony export */   parseLsFiles: () => (/* binding */ parseLsFiles),
/* harmony export */   parseRawDiff: () => (/* binding */ parseRawDiff)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/**
 * The one way the toolkit runs git: the index (what a commit will record), commit ranges (what
 * a pull request or a push changed), trees at a commit (a base's policy), and committing a file.
 *
 * Inside a hook, git points GIT_INDEX_FILE at the index the commit will use (`.git/index.lock`
 * for `commit -a`, `.git/next-index-*.lock` for `commit -- path`): a reader that drops it reads
 * `.git/index` and judges the wrong snapshot. GIT_DIR and GIT_WORK_TREE locate the repository
 * when the user (or git) set them. Every other GIT_* variable is dropped, as simple-git 4 does by
 * default, so nothing in the environment reconfigures these commands.
 *
 * Why not simple-git: it was the first version of this module (constructed with
 * `allowEnvironment` for the three variables above), and it cost the hook ~70 ms of CPU to import
 * plus ~20 ms for its first task, in each of the two hook processes, and 2.5x the CPU of a plain
 * spawn to read a 10,000-model index (bench/hook.ts). The hook runs on every commit; these few
 * plumbing calls need no more than spawnSync, and one way of running git serves every door.
 */





const GIT_ENV_ALLOWED = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE'];
/** The all-zero object id git prints for "no blob on this side". */
const NULL_OID = /^0+$/;
/** Outputs are bounded by the store's size (blobs over the model limit are never read). */
const MAX_OUTPUT = 1024 * 1024 * 1024;
/** A full object name, as GitHub event payloads carry; anything else never reaches git's argv. */
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function isSha(s) {
    return typeof s === 'string' && SHA.test(s);
}
/** An all-zero SHA: the "before" of a push that created the branch. */
function isNullSha(s) {
    return typeof s === 'string' && /^0+$/.test(s);
}
/** The environment git runs with: the caller's, minus every GIT_* variable but the allowed ones. */
function gitEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_') || GIT_ENV_ALLOWED.includes(k))
            out[k] = v;
    return out;
}
class Git {
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = gitEnv(env);
    }
    run(args, input) {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd: this.cwd, env: this.env, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] });
        if (r.error)
            throw gitError(args, r.error.message);
        if (r.status !== 0)
            throw gitError(args, r.stderr.toString('utf8'));
        return r.stdout;
    }
    /** Whether the command succeeds (its output unread). */
    ok(args) {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd: this.cwd, env: this.env, stdio: 'ignore' });
        return !r.error && r.status === 0;
    }
    /** Whether `cwd` is inside a git work tree. */
    isRepo() {
        return this.ok(['rev-parse', '--is-inside-work-tree']);
    }
    /**
     * The work tree's root, when every one of `shas` names a commit present here (undefined in a
     * shallow checkout that lacks one, or outside a repository). One git process for both a pull
     * request's commits and the root: the Action asks this before every range it reads.
     */
    topWithCommits(shas) {
        if (!shas.every(isSha))
            return undefined;
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', '--show-toplevel', ...shas.map((s) => `${s}^{commit}`), '--'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const [top, ...found] = r.status === 0 ? r.stdout.split('\n') : [];
        return top && found.filter(isSha).length === shas.length ? top : undefined;
    }
    /** The commit HEAD points at, or undefined (no commits yet, not a repository). */
    head() {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const out = r.status === 0 ? r.stdout.trim() : '';
        return isSha(out) ? out : undefined;
    }
    /** A revision (a branch, a tag, HEAD~1) as the commit it names; CurateError when it names none. */
    resolveCommit(rev) {
        if (rev.startsWith('-'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`--base ${rev} is not a revision`, { hint: 'Pass a branch, a tag or a commit: --base origin/main.' });
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const out = r.status === 0 ? r.stdout.trim() : '';
        if (!isSha(out))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`--base ${rev} names no commit of this repository`, { hint: 'Pass a branch, a tag or a commit that git rev-parse knows (fetch it first).' });
        return out;
    }
    /**
     * What changed from `from` to `to` under `pathspecs`: `from...to` (from their merge base, as
     * a pull request's "Files changed" tab) with `mergeBase`, else `from..to`; with no `to`, from
     * `from` to the working tree. Renames arrive as a deletion and an addition.
     */
    diff(from, to, pathspecs, options = {}) {
        const range = to === undefined ? [from] : [options.mergeBase ? `${from}...${to}` : `${from}..${to}`];
        const out = this.run(['diff', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', ...range, '--', ...literal(pathspecs)]).toString('utf8');
        return parseRawDiff(out);
    }
    /** Blobs of the tree at `commit` under `pathspecs`. */
    treeEntries(commit, pathspecs) {
        const out = this.run(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...literal(pathspecs)]).toString('utf8');
        const entries = [];
        for (const record of out.split('\0')) {
            const tab = record.indexOf('\t');
            if (tab < 0)
                continue;
            const [mode, type, oid] = record.slice(0, tab).split(' ');
            if (type === 'blob')
                entries.push({ mode, oid, path: record.slice(tab + 1) });
        }
        return entries;
    }
    /** Files under `pathspecs` that git does not track and does not ignore. */
    untracked(pathspecs) {
        return this.run(['ls-files', '--others', '--exclude-standard', '-z', '--', ...literal(pathspecs)])
            .toString('utf8')
            .split('\0')
            .filter(Boolean);
    }
    /**
     * Stages `file` and commits only it (whatever else is staged stays staged), with the
     * repository's hooks running and printing to this terminal.
     */
    commitFile(file, message) {
        this.run(['add', '--', file]);
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['commit', '-m', message, '--', file], { cwd: this.cwd, env: this.env, stdio: ['ignore', 'inherit', 'inherit'] });
        if (r.error || r.status !== 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK('git commit failed (see its output above)', { exitCode: 1 });
    }
    raw(args, input) {
        return this.run(args, input).toString('utf8');
    }
    /** The root of the work tree and the repository's own folder (.git, or a worktree's), in one call. */
    locate() {
        const [top, gitDir] = this.raw(['rev-parse', '--show-toplevel', '--absolute-git-dir']).split('\n');
        if (!top || !gitDir)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK('not inside a git work tree', { hint: '--staged reads the git index: run it inside the repository.' });
        return { top, gitDir };
    }
    /** The character that starts a comment line in commit messages (core.commentChar). */
    commentChar() {
        const value = (this.raw(['config', '--default', '#', '--get', 'core.commentChar'])).replace(/\n$/, '');
        // "auto" picks a character per message; the hook cannot know which, and '#' is git's first choice.
        return value === '' || value === 'auto' ? '#' : value;
    }
    /**
     * The merge, cherry-pick or revert this commit concludes, if any (its message is git's): its
     * head file in the repository's own folder (`locate().gitDir`, a worktree's own for a worktree,
     * where git keeps MERGE_HEAD and its kin), looked up without another git process.
     */
    pendingOperation(gitDir) {
        const names = { MERGE_HEAD: 'merge', CHERRY_PICK_HEAD: 'cherry-pick', REVERT_HEAD: 'revert' };
        for (const [head, name] of Object.entries(names))
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, head)))
                return name;
        return undefined;
    }
    /**
     * What the commit changes, limited to `pathspecs` (repo-relative, taken literally).
     * `--raw` gives the blob on both sides with the status, so one call yields the file list
     * (the same list as `--name-only`), the staged blob to read and, for a deletion or a
     * modification, the blob HEAD had. Renames are split into a deletion and an addition.
     */
    stagedChanges(pathspecs) {
        const out = this.raw(['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--diff-filter=ACDMRT', '--', ...literal(pathspecs)]);
        return parseRawDiff(out);
    }
    /** Stage-0 index entries under `pathspecs` (the tree the commit will record there). */
    indexEntries(pathspecs) {
        const out = this.raw(['ls-files', '--stage', '-z', '--', ...literal(pathspecs)]);
        return parseLsFiles(out);
    }
    /**
     * Reads blobs by object id. One `git cat-file --batch` call reads them all when its output stays
     * within a budget (the usual case: a commit's few files, or a store's thousands of small ones);
     * a blob over `maxBytes` is then refused though read. Past the budget (a huge file staged), git
     * is stopped and two calls are made instead: sizes first (`--batch-check`), so the huge file is
     * refused unread, then the contents of the rest. A git process costs 4-8 ms, twice per hook.
     */
    readBlobs(oids, maxBytes) {
        const unique = [...new Set(oids)];
        const result = new Map();
        if (!unique.length)
            return result;
        const budget = Math.min(MAX_OUTPUT, 16 * 1024 * 1024 + unique.length * 64 * 1024);
        const once = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, input: unique.join('\n') + '\n', maxBuffer: budget, stdio: ['pipe', 'pipe', 'pipe'] });
        if (!once.error && once.status === 0) {
            for (const [oid, blob] of parseBatch(once.stdout, maxBytes))
                result.set(oid, blob);
            return result;
        }
        if (once.error?.code !== 'ENOBUFS')
            throw gitError(['cat-file'], once.error?.message ?? once.stderr.toString('utf8'));
        const checked = this.raw(['cat-file', '--batch-check'], unique.join('\n') + '\n');
        const wanted = [];
        for (const line of checked.split('\n')) {
            if (!line)
                continue;
            const [oid, type, sizeText] = line.split(' ');
            if (type === 'missing') {
                result.set(oid, { ok: false, size: 0, reason: 'missing' });
                continue;
            }
            const size = Number(sizeText);
            if (type !== 'blob')
                result.set(oid, { ok: false, size, reason: 'not-a-blob' });
            else if (size > maxBytes)
                result.set(oid, { ok: false, size, reason: 'too-large' });
            else
                wanted.push(oid);
        }
        if (!wanted.length)
            return result;
        const buf = this.run(['cat-file', '--batch'], wanted.join('\n') + '\n');
        for (const [oid, blob] of parseBatch(buf, maxBytes))
            result.set(oid, blob);
        return result;
    }
}
/** Pathspecs taken as plain paths: a store folder named `*` or `:x` means just that. */
function literal(pathspecs) {
    return pathspecs.map((p) => `:(literal)${p}`);
}
function gitError(args, detail) {
    const first = detail.trim().split('\n')[0];
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`git ${args[0]} failed: ${first}`, { hint: 'Run leger-curate inside the repository, with git on PATH.' });
}
/** `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0`, repeated. */
function parseRawDiff(out) {
    const parts = out.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const head = parts[i];
        if (!head.startsWith(':'))
            continue;
        const [oldMode, newMode, oldOid, newOid, status] = head.slice(1).split(' ');
        const path = parts[i + 1];
        const letter = status.charAt(0);
        changes.push({
            status: letter,
            path,
            ...(NULL_OID.test(oldOid) ? {} : { oldMode, oldOid }),
            ...(NULL_OID.test(newOid) || letter === 'D' ? {} : { newMode, newOid }),
        });
    }
    return changes;
}
/**
 * `<mode> <oid> <stage>\t<path>\0`, repeated; only stage 0 (merged) entries. Walked with
 * indexOf: an index of 10,000 files is read on every hooked commit.
 */
function parseLsFiles(out) {
    const entries = [];
    for (let at = 0; at < out.length;) {
        const end = out.indexOf('\0', at);
        const stop = end < 0 ? out.length : end;
        const tab = out.indexOf('\t', at);
        const s1 = out.indexOf(' ', at);
        const s2 = s1 < 0 ? -1 : out.indexOf(' ', s1 + 1);
        if (tab > 0 && tab < stop && s2 > s1 && s2 < tab && tab === s2 + 2 && out.charCodeAt(s2 + 1) === 48 /* stage 0 */)
            entries.push({ mode: out.slice(at, s1), oid: out.slice(s1 + 1, s2), path: out.slice(tab + 1, stop) });
        at = stop + 1;
    }
    return entries;
}
/**
 * `<oid> <type> <size>\n<content>\n`, repeated: sizes are bytes, so walk the buffer, not a string.
 * Only blobs of at most `maxBytes` are decoded.
 */
function parseBatch(buf, maxBytes) {
    const out = new Map();
    let at = 0;
    while (at < buf.length) {
        const nl = buf.indexOf(10, at);
        if (nl < 0)
            break;
        const [oid, type, sizeText] = buf.toString('utf8', at, nl).split(' ');
        if (type === 'missing' || sizeText === undefined) {
            out.set(oid, { ok: false, size: 0, reason: 'missing' });
            at = nl + 1;
            continue;
        }
        const size = Number(sizeText);
        if (type !== 'blob')
            out.set(oid, { ok: false, size, reason: 'not-a-blob' });
        else if (size > maxBytes)
            out.set(oid, { ok: false, size, reason: 'too-large' });
        else {
            const text = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(buf.subarray(nl + 1, nl + 1 + size));
            out.set(oid, text === undefined ? { ok: false, size, reason: 'not-utf8' } : { ok: true, size, text });
        }
        at = nl + 1 + size + 1;
    }
    return out;
}


/***/ }),

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

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ withPolicySchema),
/* harmony export */   BK: () => (/* binding */ readPolicyFile)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, policyPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6585);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(665);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7336);
/** Finding and reading the curation policy file: --policy FILE, else curation.config.json at the root or beside the store folder. */






/** No policy needs a megabyte; a larger file is refused unread. */
const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * Where the policy is: `asked` (relative to base), else curation.config.json in base, else
 * beside the store folder (the store's repository root, when --store points into another
 * checkout); undefined: none (the built-in policy applies).
 */
function policyPath(base, asked, storeDir) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, asked ?? _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || asked)
        return full;
    const beside = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, storeDir)), _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : undefined;
}
/** The policy file's text, or undefined for the built-in policy. */
function readPolicyFile(base, asked, storeDir) {
    const full = policyPath(base, asked, storeDir);
    if (!full)
        return undefined;
    const shown = asked ?? _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX;
    const text = (0,_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)(full, {
        limit: MAX_POLICY_BYTES,
        label: `policy ${shown}`,
        missing: () => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`policy file not found: ${shown}`, { hint: `Pass --policy FILE, or put ${_core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX} at the repository root (it is optional: the built-in policy applies without it).` }),
        linkHint: 'The policy is a plain JSON file; replace a link with the file itself.',
        limitHint: 'A curation policy is a few dozen lines of JSON.',
    });
    return { path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__.displayPath)(full, base), text };
}
let toolkitPolicySchema;
/** The schemas with the policy schema among them: the store's own when it ships one, else the toolkit's. */
function withPolicySchema(docs) {
    if (Object.hasOwn(docs, _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD))
        return docs;
    toolkitPolicySchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__.packageRoot)(), 'schemas', _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD), 'utf8'));
    return { ...docs, [_core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD]: toolkitPolicySchema };
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkingTree: () => (/* binding */ readWorkingTree)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(665);
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9995);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4888);
/** The working tree as a snapshot: the store folder, the schemas, the policy and the data folder on disk. */





function readWorkingTree(options) {
    const storeDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.base, options.store ?? 'model-store');
    const schemasDir = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSchemasDir */ .as)(options.schemas, options.base);
    const { files, refused } = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadStoreDir */ .DD)(storeDir, options.base);
    const policy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .readPolicyFile */ .BK)(options.base, options.policy, storeDir);
    const layout = {
        store: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.displayPath)(storeDir, options.base),
        schemas: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.displayPath)(schemasDir, options.base),
        policy: policy?.path ?? 'curation.config.json',
    };
    return {
        source: 'the working tree',
        layout,
        files,
        refused,
        schemaDocs: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .withPolicySchema */ .AR)((0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSchemaDocs */ .Td)(schemasDir)),
        policy,
        dataDir: (0,_litellm_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDataDir */ .HG)(options.base, storeDir),
    };
}


/***/ })

};
