export const id = 536;
export const ids = [536,336];
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

/***/ 8501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h5: () => (/* binding */ status),
/* harmony export */   sV: () => (/* binding */ modelJson),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);

/** The JSON form of a model: what `list --format json` prints per model and the library returns. */
function modelJson(m) {
    return {
        id: m.id,
        kind: m.kind,
        name: m.name,
        provider: m.provider,
        ...(m.org !== undefined && { org: m.org }),
        ...(m.group !== undefined && { group: m.group }),
        capabilities: m.capabilities,
        enabled: m.enabled,
        deprecated: m.deprecated,
        ...(m.replacement !== undefined && { replacement: m.replacement }),
        file: m.file,
    };
}
function status(m) {
    if (m.deprecated)
        return m.replacement ? `deprecated -> ${m.replacement}` : 'deprecated';
    return m.enabled ? 'enabled' : 'disabled';
}
/** Columns padded to their widest cell; model text passes clean() so a hostile name cannot forge lines. */
function table(models) {
    const header = ['ID', 'KIND', 'PROVIDER', 'GROUP', 'STATUS', 'CAPABILITIES'];
    const rows = models.map((m) => [m.id, m.kind, m.kind === 'local' && m.org ? `local (${m.org})` : m.provider, m.group ?? '-', status(m), m.capabilities.join(',') || '-'].map(_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}


/***/ }),

/***/ 3673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3964);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3054);
/* harmony import */ var _io_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3793);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2020);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/* harmony import */ var _catalog_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8501);
/** leger-curate list [--kind K] [--provider P] [--group G] [--capability C,...] [--enabled|--disabled|--deprecated] [--format table|json] */







const USAGE = `Usage: leger-curate list [options]

Lists the store's models, in file order.

Options:
  --kind KIND           cloud or local
  --provider NAME       a cloud provider, local, or a local model's HuggingFace organisation
  --group NAME          a local model's group (task, balanced, heavy, embeddings) or a cloud price tier
  --capability A,B      models with every capability named (repeatable)
  --enabled             enabled models only (--disabled: disabled ones only)
  --deprecated          deprecated models only
  --format FORMAT       table (default) or json
  --store DIR           the folder holding cloud/ and local/ (default: model-store)
  -h, --help            show this help

Exit codes: 0 listed (an empty list included), 2 usage or I/O failure.
`;
async function run(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .q)(argv, {
        kind: { type: 'string' },
        provider: { type: 'string' },
        group: { type: 'string' },
        capability: { type: 'string', multiple: true },
        enabled: { type: 'boolean' },
        disabled: { type: 'boolean' },
        deprecated: { type: 'boolean' },
        format: { type: 'string' },
        store: { type: 'string' },
        schemas: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`list takes no arguments; got "${positionals[0]}"`, { hint: USAGE, exitCode: 2 });
    if (values.enabled && values.disabled)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK('--enabled and --disabled exclude each other', { exitCode: 2 });
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .y)(values.format, ['table', 'json'], '--format', 'table');
    const filter = {
        kind: values.kind === undefined ? undefined : (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .y)(values.kind, _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KINDS */ .G, '--kind', 'cloud'),
        provider: values.provider,
        group: values.group,
        capability: values.capability?.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean),
        enabled: values.enabled ? true : values.disabled ? false : undefined,
        deprecated: values.deprecated ? true : undefined,
    };
    const ws = (0,_io_workspace_js__WEBPACK_IMPORTED_MODULE_2__.openWorkspace)({ base: io.cwd, store: values.store, schemas: values.schemas });
    const models = (0,_core_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .listModels */ .D)(ws.store, filter);
    if (format === 'json')
        io.out(JSON.stringify(models.map(_catalog_format_js__WEBPACK_IMPORTED_MODULE_4__/* .modelJson */ .sV), null, 2) + '\n');
    else if (models.length)
        io.out((0,_catalog_format_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(models) + `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(models.length, 'model')}\n`);
    else
        io.out('no model matches\n');
    return 0;
}


/***/ }),

/***/ 3964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ listModels),
/* harmony export */   MZ: () => (/* binding */ usesOf),
/* harmony export */   U8: () => (/* binding */ selectModel),
/* harmony export */   ig: () => (/* binding */ resolveSpec),
/* harmony export */   k3: () => (/* binding */ replacementChain)
/* harmony export */ });
/* unused harmony exports LOCAL_PROVIDER, toCatalogModel, catalogModels, parseSpec, refusal */
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9285);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** The provider every local model answers to in a spec (`local:qwen3-4b`), as blueprints have it. */
const LOCAL_PROVIDER = 'local';
function toCatalogModel(e) {
    const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.idOf)(e);
    if (!id)
        return undefined;
    const d = e.data;
    const local = e.kind === 'local';
    const uri = local ? (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .parseModelUri */ .Aj)((0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(d.model_uri) ?? '') : undefined;
    const tier = (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(d.pricing?.tier);
    const group = local ? (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(d.group) : tier;
    return {
        id,
        kind: e.kind,
        name: (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(d.name) ?? id,
        provider: local ? LOCAL_PROVIDER : ((0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(d.provider) ?? ''),
        ...(uri?.ok && { org: uri.uri.org }),
        ...(group !== undefined && { group }),
        capabilities: Array.isArray(d.capabilities) ? d.capabilities.filter((c) => typeof c === 'string') : [],
        aliases: (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.aliasesOf)(e),
        // The schema's default: a model is enabled unless its file says otherwise.
        enabled: d.enabled !== false,
        deprecated: d.deprecated === true,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(d.replacement) !== undefined && { replacement: (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(d.replacement) }),
        file: e.file.path,
        data: d,
    };
}
/** Every model the store holds (files that do not parse, or lack an id, are left out), in path order. */
function catalogModels(store) {
    return store.entries.map(toCatalogModel).filter((m) => m !== undefined);
}
const same = (a, b) => a !== undefined && a.toLowerCase() === b.toLowerCase();
function servedBy(m, provider) {
    return same(m.provider, provider) || same(m.org, provider);
}
function listModels(store, filter = {}) {
    return catalogModels(store).filter((m) => (filter.kind === undefined || m.kind === filter.kind) &&
        (filter.provider === undefined || servedBy(m, filter.provider)) &&
        (filter.group === undefined || same(m.group, filter.group)) &&
        (filter.capability ?? []).every((c) => m.capabilities.includes(c)) &&
        (filter.enabled === undefined || m.enabled === filter.enabled) &&
        (filter.deprecated === undefined || m.deprecated === filter.deprecated));
}
const PART = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** `"openai:gpt-5"` -> { provider: 'openai', id: 'gpt-5' }; `"gpt-5"` -> { id: 'gpt-5' }. */
function parseSpec(text) {
    const colon = text.indexOf(':');
    const provider = colon >= 0 ? text.slice(0, colon) : undefined;
    const id = colon >= 0 ? text.slice(colon + 1) : text;
    if (provider !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(provider))
        return { ok: false, problem: `"${text}" is not a spec: the provider before ":" must be a plain name, e.g. "openai:gpt-5"` };
    if (!PART.test(id) || id.includes(':'))
        return { ok: false, problem: `"${text}" is not a spec: write "provider:model" or a model id, e.g. "openai:gpt-5" or "gpt-5"` };
    return { ok: true, spec: provider === undefined ? { id } : { provider: provider.toLowerCase(), id } };
}
/**
 * A spec or id to its model: the id or an alias (case-insensitive), else the LiteLLM name
 * (`openai:gpt-5-2025-08-07`). A provider that does not serve the model is an answer too.
 */
function resolveSpec(store, text) {
    const parsed = parseSpec(text);
    if (!parsed.ok)
        return { ok: false, problem: parsed.problem };
    const { provider, id } = parsed.spec;
    const litellm = (provider ? `${provider}/${id}` : id).toLowerCase();
    const entry = store.find(id) ?? store.entries.find((e) => (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(e.data.litellm_model_name)?.toLowerCase() === litellm);
    const model = entry && toCatalogModel(entry);
    if (!model) {
        const names = catalogModels(store).flatMap((m) => [m.id, ...m.aliases]);
        const guesses = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .closestAll */ .rE)(id, names);
        return { ok: false, problem: `no model "${text}" in the store`, hint: guesses.length ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?` : undefined };
    }
    if (provider !== undefined && !servedBy(model, provider))
        return { ok: false, problem: `"${text}": ${model.id} is served by ${model.provider}, not ${provider}`, hint: `Write "${model.provider}:${model.id}" or just "${model.id}".` };
    return { ok: true, model };
}
/** Why a model may not be selected, or undefined when it may. */
function refusal(m, policy) {
    if (m.deprecated)
        return `deprecated${m.replacement ? ` (use ${m.replacement})` : ''}`;
    if (!m.enabled)
        return 'disabled';
    // The policy names local models by their HuggingFace organisation, as the policy/denied rule does.
    return policy?.refusal(m.id, m.kind === 'local' ? m.org : m.provider);
}
/** The first allowed model meeting the requirements, in preference order; undefined is "no match". */
function selectModel(store, options = {}) {
    const require = options.require ?? [];
    const forbid = options.forbid ?? [];
    const candidates = listModels(store, { kind: options.kind, provider: options.provider }).filter((m) => refusal(m, options.policy) === undefined && require.every((c) => m.capabilities.includes(c)) && !forbid.some((c) => m.capabilities.includes(c)));
    for (const p of options.prefer ?? []) {
        const hit = candidates.find((m) => servedBy(m, p));
        if (hit)
            return hit;
    }
    return candidates[0];
}
/** The replacement links from a model on: [gpt-4o, gpt-5, ...]; stops at a missing model or a cycle. */
function replacementChain(store, id) {
    const chain = [];
    const seen = new Set();
    let next = id;
    while (next !== undefined) {
        const entry = store.find(next);
        const model = entry && toCatalogModel(entry);
        const name = model?.id ?? next;
        if (seen.has(name.toLowerCase()))
            break;
        seen.add(name.toLowerCase());
        chain.push(name);
        next = model?.replacement;
    }
    return chain;
}
/** The blueprints that list the model `id`, by any of its names; blueprints that do not parse are skipped (render reports them). */
function usesOf(store, id, blueprints) {
    const out = [];
    for (const bp of blueprints) {
        let data;
        try {
            data = JSON.parse(bp.text);
        }
        catch {
            continue;
        }
        const models = data?.models;
        for (const kind of ['cloud', 'local']) {
            const list = models?.[kind];
            if (!Array.isArray(list))
                continue;
            for (const item of list) {
                const ref = typeof item === 'string' ? item : (0,_store_js__WEBPACK_IMPORTED_MODULE_0__.str)(item?.id);
                if (!ref)
                    continue;
                const r = resolveSpec(store, ref);
                if (r.ok && r.model.id === id)
                    out.push({ blueprint: bp.name, path: bp.path, kind, ref });
            }
        }
    }
    return out;
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
