export const id = 240;
export const ids = [240,32];
export const modules = {

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

/***/ 4240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3964);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _io_bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9393);
/* harmony import */ var _io_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2645);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5655);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _catalog_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8501);
/** leger-curate show ID [--format text|json]: the model, its replacement chain, and the sample blueprints that use it. */









const USAGE = `Usage: leger-curate show ID [options]

Shows one model (by id, alias or provider:model spec): its file, where its replacement
links lead, and which sample blueprints list it.

Options:
  --format FORMAT     text (default) or json
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --templates DIR     the folder whose blueprints/ are searched (default: ./templates when it
                      has blueprints/, else the toolkit's samples)
  -h, --help          show this help

Exit codes: 0 shown, 1 no such model, 2 usage or I/O failure.
`;
async function run(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)(argv, { format: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK('show takes one model ID', { hint: 'leger-curate show gpt-5', exitCode: 2 });
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)(values.format, ['text', 'json'], '--format', 'text');
    const ws = (0,_io_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .openWorkspace */ .O)({ base: io.cwd, store: values.store, schemas: values.schemas });
    const found = (0,_core_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSpec */ .ig)(ws.store, positionals[0]);
    if (!found.ok) {
        io.err(`leger-curate: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH)(found.problem)}\n${found.hint ? `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH)(found.hint)}\n` : ''}`);
        return 1;
    }
    const m = found.model;
    // The repository's own sample blueprints when it has them: a store repo shows its own uses.
    const own = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(io.cwd, 'templates');
    const templatesDir = values.templates || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(own, 'blueprints')) ? (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTemplatesDir */ .zD)(values.templates, io.cwd) : own;
    const uses = (0,_core_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .usesOf */ .MZ)(ws.store, m.id, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(templatesDir, 'blueprints')) ? (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSampleBlueprints */ .lx)(templatesDir, io.cwd) : []);
    const chain = (0,_core_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .replacementChain */ .k3)(ws.store, m.id);
    if (format === 'json') {
        io.out(JSON.stringify({ model: { ...(0,_catalog_format_js__WEBPACK_IMPORTED_MODULE_8__/* .modelJson */ .sV)(m), data: m.data }, replacementChain: chain, usedIn: uses }, null, 2) + '\n');
        return 0;
    }
    const text = ws.store.files.find((f) => f.path === m.file)?.text ?? '';
    const lines = [
        `${m.id}: ${m.name} (${m.kind}, ${m.kind === 'local' && m.org ? `local, ${m.org}` : m.provider})`,
        `file: ${m.file}`,
        `status: ${(0,_catalog_format_js__WEBPACK_IMPORTED_MODULE_8__/* .status */ .h5)(m)}`,
        `replacement chain: ${chain.length > 1 ? chain.join(' -> ') : 'none (current)'}`,
        `used in: ${uses.length ? uses.map((u) => `${u.blueprint} (${u.path}, as "${u.ref}")`).join(', ') : 'no sample blueprint'}`,
    ].map(_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH);
    io.out(`${lines.join('\n')}\n\n${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanLines */ .v3)(text)}${text.endsWith('\n') ? '' : '\n'}`);
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
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9285);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** The provider every local model answers to in a spec (`local:qwen3-4b`), as blueprints have it. */
const LOCAL_PROVIDER = 'local';
function toCatalogModel(e) {
    const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .idOf */ .TH)(e);
    if (!id)
        return undefined;
    const d = e.data;
    const local = e.kind === 'local';
    const uri = local ? (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelUri */ .Aj)((0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(d.model_uri) ?? '') : undefined;
    const tier = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(d.pricing?.tier);
    const group = local ? (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(d.group) : tier;
    return {
        id,
        kind: e.kind,
        name: (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(d.name) ?? id,
        provider: local ? LOCAL_PROVIDER : ((0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(d.provider) ?? ''),
        ...(uri?.ok && { org: uri.uri.org }),
        ...(group !== undefined && { group }),
        capabilities: Array.isArray(d.capabilities) ? d.capabilities.filter((c) => typeof c === 'string') : [],
        aliases: (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .aliasesOf */ .QI)(e),
        // The schema's default: a model is enabled unless its file says otherwise.
        enabled: d.enabled !== false,
        deprecated: d.deprecated === true,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(d.replacement) !== undefined && { replacement: (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(d.replacement) }),
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
    const entry = store.find(id) ?? store.entries.find((e) => (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(e.data.litellm_model_name)?.toLowerCase() === litellm);
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
                const ref = typeof item === 'string' ? item : (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(item?.id);
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

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ajvCompiler: () => (/* binding */ ajvCompiler)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * ajv, for schemas other than the prebuilt ones (a store's own schemas, a change to them):
 * draft 2020-12, strict, allErrors, the same options as scripts/gen-validators.mjs. Loaded
 * only when such schemas are in play, so the usual check never pays for ajv's start-up.
 */



const ajvCompiler = (docs, { checkSchemas }) => {
    // verbose: errors carry parentSchema, whose description and examples become hints.
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, validateSchema: checkSchemas });
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
    for (const [name, doc] of Object.entries(docs)) {
        try {
            ajv.addSchema(doc, name);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} is invalid: ${err.message}`, { cause: err });
        }
    }
    return (name) => ajv.getSchema(name);
};


/***/ }),

/***/ 2645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_schema_compiler_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9032);
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7811);
/* harmony import */ var _read_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6783);
/**
 * The working tree opened for doors that read the store without judging it first (the audit,
 * add's prefills, deprecate's edit): the same reader and the same assembler as validate.
 */




function openWorkspace(options) {
    const snapshot = (0,_read_tree_js__WEBPACK_IMPORTED_MODULE_3__.readWorkingTree)(options);
    // Synchronous for the library's openStore: ajv is at hand, used only for a store's own schemas.
    const opened = (0,_assemble_js__WEBPACK_IMPORTED_MODULE_2__/* .open */ .ho)(snapshot, _core_schema_compiler_js__WEBPACK_IMPORTED_MODULE_1__.ajvCompiler);
    return {
        base: options.base,
        storeDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.base, options.store ?? 'model-store'),
        snapshot,
        store: opened.store,
        schemas: opened.schemas,
        policy: { policy: opened.policy, findings: opened.policyFindings },
    };
}


/***/ })

};
