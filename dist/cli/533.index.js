export const id = 533;
export const ids = [533,336];
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

/***/ 2658:
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
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/core/deprecate.ts
/**
 * Marking a model deprecated by editing its text in place (jsonc-parser edits), so the
 * file keeps its formatting and only the changed fields differ: a reviewer sees five lines.
 */

/** Indentation and line ends as the file already has them. */
function formattingOf(text) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const indented = /\n([ \t]+)\S/.exec(text)?.[1];
    if (indented?.startsWith('\t'))
        return { insertSpaces: false, tabSize: 1, eol };
    return { insertSpaces: true, tabSize: indented ? indented.length : 2, eol };
}
/**
 * The text with deprecated, replacement, deprecation_reason, sunset_date and enabled set.
 * New keys go where schema order puts them (after the last existing key that precedes them);
 * existing keys change in place. A reason or sunset date not given leaves the field as it is.
 */
function deprecateText(text, d, keyOrder) {
    const formattingOptions = formattingOf(text);
    const changes = [
        ['enabled', false],
        ['deprecated', true],
        ['replacement', d.replacement],
    ];
    if (d.reason !== undefined)
        changes.push(['deprecation_reason', d.reason]);
    if (d.sunset !== undefined)
        changes.push(['sunset_date', d.sunset]);
    let out = text;
    for (const [key, value] of changes) {
        const rank = keyOrder.indexOf(key);
        const edits = (0,main.modify)(out, [key], value, {
            formattingOptions,
            getInsertionIndex: (props) => {
                // After the last property that schema order puts before this one; unknown keys count as before.
                let at = 0;
                props.forEach((p, i) => {
                    const r = keyOrder.indexOf(p);
                    if (r === -1 || r < rank)
                        at = i + 1;
                });
                return at;
            },
        });
        out = (0,main.applyEdits)(out, edits);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/scaffold.ts + 1 modules
var scaffold = __webpack_require__(2320);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 28 modules
var rules = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/core/validate.ts
var validate = __webpack_require__(993);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/workspace.ts + 1 modules
var workspace = __webpack_require__(3793);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/deprecate.ts
/** leger-curate deprecate ID --replacement ID [--reason TEXT] [--sunset YYYY-MM-DD] */













const USAGE = `Usage: leger-curate deprecate ID --replacement ID [options]

Marks a model deprecated in place: sets deprecated, replacement, deprecation_reason,
sunset_date and enabled: false, keeping the file's formatting. The replacement must exist
and not be deprecated itself; the result must validate, or nothing is written.

Options:
  --replacement ID    the model to use instead (required)
  --reason TEXT       why (deprecation_reason)
  --sunset DATE       when it stops working, YYYY-MM-DD (sunset_date)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas
  -h, --help          show this help

Exit codes: 0 written, 1 the result would not validate (nothing written), 2 usage error.
`;
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.q)(argv, {
        replacement: { type: 'string' },
        reason: { type: 'string' },
        sunset: { type: 'string' },
        store: { type: 'string' },
        schemas: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* CurateError */.nK(positionals.length ? 'deprecate takes one model id' : 'missing the id of the model to deprecate', { hint: USAGE, exitCode: 2 });
    if (values.replacement === undefined)
        throw new errors/* CurateError */.nK('missing --replacement: the id of the model to use instead', { hint: USAGE, exitCode: 2 });
    if (values.sunset !== undefined && !isDate(values.sunset))
        throw new errors/* CurateError */.nK(`--sunset must be a calendar date, YYYY-MM-DD; got "${values.sunset}"`, { exitCode: 2 });
    const ws = (0,workspace.openWorkspace)({ base: io.cwd, store: values.store, schemas: values.schemas });
    const [id] = positionals;
    const entry = ws.store.find(id);
    if (!entry)
        throw notFound(ws.store, id, 'no model has id');
    const target = ws.store.find(values.replacement);
    if (!target)
        throw notFound(ws.store, values.replacement, '--replacement: no model has id');
    if (target === entry)
        throw new errors/* CurateError */.nK(`a model cannot replace itself ("${(0,report_text/* clean */.uH)(id)}")`, { exitCode: 2 });
    if (target.data.deprecated === true) {
        const next = (0,core_store.str)(target.data.replacement);
        throw new errors/* CurateError */.nK(`--replacement "${(0,report_text/* clean */.uH)(values.replacement)}" is itself deprecated`, {
            hint: next ? `Point at the model that replaces it: --replacement ${(0,report_text/* clean */.uH)(next)}` : 'Name a model that is not deprecated.',
            exitCode: 2,
        });
    }
    const kind = entry.kind;
    const text = deprecateText(entry.file.text, { replacement: (0,core_store.idOf)(target) ?? values.replacement, reason: values.reason, sunset: values.sunset }, ws.schemas.keyOrder((0,scaffold/* schemaNameOf */.kL)(kind)));
    const edited = { ...entry.file, text };
    const store = ws.store.withFile(edited);
    const { findings, summary } = await (0,validate.validateStore)(store, ws.schemas, { only: new Set([edited.path]), rules: rules/* STRUCTURE_RULES */.ar });
    const color = (0,cli_io/* useColor */.b)(io);
    if (summary.errors > 0) {
        io.err((0,report_text/* formatText */.vX)(findings, summary, { color }));
        io.err(`Nothing written: ${(0,report_text/* clean */.uH)(edited.path)} would not validate.\n`);
        return 1;
    }
    (0,fs.writeFileAtomic)(external_node_path_default().resolve(io.cwd, edited.path), text);
    io.out(`Deprecated ${(0,report_text/* clean */.uH)((0,core_store.idOf)(entry) ?? id)} in ${(0,report_text/* clean */.uH)(edited.path)}: use ${(0,report_text/* clean */.uH)((0,core_store.idOf)(target) ?? values.replacement)} instead.\n`);
    io.out((0,report_text/* formatText */.vX)(findings, summary, { color }));
    const name = (0,core_store.str)(entry.data.name) ?? (0,core_store.idOf)(entry) ?? id;
    io.out(`Suggested commit:\n  git commit -m '${(0,report_text/* clean */.uH)(`chore: deprecate ${name}`).replace(/'/g, `'\\''`)}' -- ${(0,report_text/* clean */.uH)(edited.path)}\n`);
    return 0;
}
function notFound(store, id, what) {
    const near = (0,core_text/* closestAll */.rE)(id, store.ids());
    return new errors/* CurateError */.nK(`${what} "${(0,report_text/* clean */.uH)(id)}"`, { hint: near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : 'Ids are the file names in cloud/ and local/.', exitCode: 2 });
}
function isDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}


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

// EXTERNAL MODULE: ./src/core/rules/index.ts + 28 modules
var rules = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/core/validate.ts
var validate = __webpack_require__(993);
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
    // Structure only: a draft must be a sound file to be written; the curation bar (benchmarks,
    // pricing...) is reported by validate afterwards, as the curator fills in what is unknown.
    return (await (0,validate.validateStore)(store, ctx.schemas, { only: new Set([file.path]), rules: rules/* STRUCTURE_RULES */.ar })).findings;
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
