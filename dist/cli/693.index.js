export const id = 693;
export const ids = [693,336,995];
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

/***/ 7693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/hf.ts
var hf = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/core/litellm.ts
var litellm = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/core/providers.ts
var providers = __webpack_require__(8201);
// EXTERNAL MODULE: ./src/core/scaffold.ts + 1 modules
var scaffold = __webpack_require__(2320);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/validate.ts
var validate = __webpack_require__(993);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 28 modules
var rules = __webpack_require__(6169);
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
    if (!(0,scaffold/* isPlainId */.SR)(id))
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
        (0,fs.writeFileAtomic)(target, text, { exclusive: true });
    }
    catch (err) {
        if (err instanceof errors/* CurateError */.nK)
            throw new errors/* CurateError */.nK(err.message, { hint: 'Pick another id: an existing model file is never overwritten.', exitCode: 2 });
        throw new errors/* CurateError */.nK(`cannot write ${target}: ${err.message}`, { cause: err, exitCode: 2 });
    }
}

// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/workspace.ts + 1 modules
var workspace = __webpack_require__(3793);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
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
;// CONCATENATED MODULE: ./src/cli/commands/add.ts
/**
 * leger-curate add: the scaffolder. Asks only what it cannot fill itself, checks every answer
 * with the rules validate runs, shows the file, and writes it atomically, never over another.
 * With --yes every value comes from a flag or a prefill, and a missing one is an error.
 */




















const USAGE = `Usage: leger-curate add [options]

Scaffolds a new model file: asks for what it cannot prefill (from LiteLLM's list for cloud
models, from the HuggingFace API for local ones with --online), checks every answer with the
same rules as validate, shows the file, and writes <store>/<kind>/<id>.json. It never
overwrites a file. Non-interactive with --yes: every value from a flag or a prefill.

  leger-curate add --kind cloud --litellm-model openai/gpt-5-nano-2025-08-07 --id gpt-5-nano --yes
  leger-curate add --kind local --hf Qwen/Qwen3-4B-GGUF --file Qwen3-4B-Q4_K_M.gguf --online --yes

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
  --tier TIER             frontier, premium, mid, budget or free
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
  general:
  --online                ask HuggingFace (HF_ENDPOINT) / the live LiteLLM list (LITELLM_PRICES_URL)
  -y, --yes               no questions: flags and prefills only; a missing value is an error
  --commit                stage and commit the new file (the hooks run)
  --store DIR             the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR           the folder holding the schemas
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
    online: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    commit: { type: 'boolean' },
    store: { type: 'string' },
    schemas: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const GROUPS = [
    { value: 'task', description: 'small models, under 4 GB' },
    { value: 'balanced', description: '4 to 16 GB' },
    { value: 'heavy', description: 'over 16 GB' },
    { value: 'embeddings', description: 'embedding models' },
];
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
    const { values, positionals } = (0,args/* parse */.q)(taken.argv, OPTIONS, USAGE);
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
    const ws = (0,workspace.openWorkspace)({ base: io.cwd, store: values.store, schemas: values.schemas });
    const flow = new Flow(io, ws, values, yes, taken.enabled);
    return flow.run();
}
class Flow {
    io;
    ws;
    v;
    yes;
    enabled;
    ctx;
    draft = {};
    kind;
    storePath;
    constructor(io, ws, v, yes, enabled) {
        this.io = io;
        this.ws = ws;
        this.v = v;
        this.yes = yes;
        this.enabled = enabled;
        this.storePath = (0,paths.displayPath)(ws.storeDir, io.cwd);
    }
    async run() {
        this.kind = await this.chooseKind();
        this.ctx = { store: this.ws.store, schemas: this.ws.schemas, kind: this.kind, storePath: this.storePath };
        if (this.kind === 'cloud')
            await this.cloud();
        else
            await this.local();
        return this.finish();
    }
    // ---- the two flows ------------------------------------------------------------------
    async chooseKind() {
        const given = this.v.kind;
        if (given !== undefined) {
            if (!types/* KINDS */.G.includes(given))
                throw new errors/* CurateError */.nK(`--kind must be cloud or local; got "${given}"`, { exitCode: 2 });
            return given;
        }
        if (this.yes)
            throw this.missing('--kind', 'the kind of model (cloud or local)');
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
        const facts = (0,scaffold/* cloudFacts */.bT)(list, name);
        if (!facts.listed)
            this.note(`${name} is not in the LiteLLM list: nothing can be prefilled.`);
        const provider = this.v.provider ?? facts.provider;
        this.draft.provider = provider;
        this.draft.litellm_model_name = facts.litellm_model_name;
        if (this.v.provider !== undefined)
            await this.assertValid(['provider'], '--provider');
        await this.text({ path: ['id'], flag: '--id', label: 'Id', given: this.v.id, prefill: this.freeId(facts.id), required: true });
        await this.text({ path: ['name'], flag: '--name', label: 'Display name', given: this.v.name, prefill: facts.name, required: true });
        await this.text({ path: ['description'], flag: '--description', label: 'Description', given: this.v.description });
        await this.int({ path: ['context_window'], flag: '--context-window', label: 'Context window (tokens)', given: this.v['context-window'], prefill: facts.context_window, required: true });
        await this.int({ path: ['max_output'], flag: '--max-output', label: 'Max output (tokens)', given: this.v['max-output'], prefill: facts.max_output });
        const envVar = Object.hasOwn(providers/* KNOWN_PROVIDERS */.j, provider) ? providers/* KNOWN_PROVIDERS */.j[provider] : facts.requires_api_key;
        await this.text({ path: ['requires_api_key'], flag: '--api-key-env', label: 'API key variable', given: this.v['api-key-env'], prefill: envVar, required: true });
        const p = facts.pricing;
        await this.text({ path: ['pricing', 'input_per_1m'], flag: '--input-price', label: 'Input price, $ per 1M tokens', given: this.v['input-price'], prefill: p?.input_per_1m, map: scaffold/* normalizePrice */.hM });
        if (this.draft.pricing)
            await this.text({ path: ['pricing', 'output_per_1m'], flag: '--output-price', label: 'Output price, $ per 1M tokens', given: this.v['output-price'], prefill: p?.output_per_1m, required: true, map: scaffold/* normalizePrice */.hM });
        else if (this.v['output-price'] !== undefined)
            throw new errors/* CurateError */.nK('--output-price needs --input-price too', { exitCode: 2 });
        if (this.draft.pricing) {
            await this.text({ path: ['pricing', 'cache_read_per_1m'], flag: '--cache-read-price', label: 'Cached input price, $ per 1M tokens', given: this.v['cache-read-price'], prefill: p?.cache_read_per_1m, map: scaffold/* normalizePrice */.hM });
            if (this.v.tier !== undefined)
                await this.text({ path: ['pricing', 'tier'], flag: '--tier', label: 'Price tier', given: this.v.tier });
        }
        await this.list({ path: ['capabilities'], flag: '--capabilities', label: 'Capabilities', given: this.v.capabilities, prefill: facts.capabilities });
        await this.bool({ path: ['enabled'], flag: '--enabled', label: 'Enabled by default in blueprints?', given: this.enabled, prefill: true });
        await this.sources(facts.sources);
    }
    async local() {
        const info = await this.hfRepo();
        const repo = this.draft.hf_repo;
        const file = await this.hfFile(repo, info);
        const r = (0,scaffold/* localFacts */.Hc)(repo, file, info);
        // The hint lists file names the Hub sent: cleaned like any upstream text shown on a terminal.
        if (!r.ok)
            throw new errors/* CurateError */.nK(r.problem, { hint: r.hint && (0,report_text/* clean */.uH)(r.hint), exitCode: 2 });
        const facts = r.facts;
        this.draft.model_uri = facts.model_uri;
        this.draft.hf_file = facts.hf_file;
        await this.assertValid(['hf_file'], '--file', [['model_uri']]);
        await this.text({ path: ['quantization'], flag: '--quantization', label: 'Quantization', given: this.v.quantization, prefill: facts.quantization, required: true });
        const quant = typeof this.draft.quantization === 'string' ? this.draft.quantization.toLowerCase().replace(/_/g, '-') : undefined;
        await this.text({ path: ['id'], flag: '--id', label: 'Id', given: this.v.id, prefill: this.freeId(facts.id, quant), required: true });
        await this.text({ path: ['name'], flag: '--name', label: 'Display name', given: this.v.name, prefill: facts.name, required: true });
        await this.text({ path: ['description'], flag: '--description', label: 'Description', given: this.v.description });
        await this.int({ path: ['context_window'], flag: '--context-window', label: facts.context_window ? 'Native context window (tokens; prefilled from the GGUF header, check the model card)' : 'Native context window (tokens, as the model card states it)', given: this.v['context-window'], prefill: facts.context_window, required: true });
        const window = this.draft.context_window;
        await this.int({ path: ['ctx_size'], flag: '--ctx-size', label: 'Context llama-server starts with (ctx_size)', given: this.v['ctx-size'], prefill: (0,scaffold/* suggestCtxSize */.XY)(window), required: true });
        await this.int({ path: ['size_bytes'], flag: '--size-bytes', label: 'File size in bytes (empty if unknown)', given: this.v['size-bytes'], prefill: facts.size_bytes });
        const size = this.draft.size_bytes;
        const s = (0,scaffold/* suggestLocal */.IP)(size, this.draft.ctx_size, facts.embeddings);
        await this.choice({ path: ['group'], flag: '--group', label: 'Group', given: this.v.group, prefill: s.group, choices: GROUPS, required: true, missing: 'missing --group: no file size to suggest one from (pass --group, --size-bytes, or --online)' });
        await this.num({ path: ['ram_required_gb'], flag: '--ram-gb', label: 'RAM required at ctx_size (GB)', given: this.v['ram-gb'], prefill: s.ram_required_gb, required: true, missing: 'missing --ram-gb: no file size to suggest it from (pass --ram-gb, --size-bytes, or --online)' });
        await this.text({ path: ['license'], flag: '--license', label: 'Licence (as HuggingFace names it)', given: this.v.license, prefill: facts.license });
        await this.list({ path: ['capabilities'], flag: '--capabilities', label: 'Capabilities', given: this.v.capabilities, prefill: this.draft.group === 'embeddings' ? ['embeddings'] : undefined });
        await this.bool({ path: ['enabled'], flag: '--enabled', label: 'Enabled by default in blueprints?', given: this.enabled, prefill: true });
        await this.sources(facts.sources);
    }
    // ---- upstream facts -------------------------------------------------------------------
    async litellmList() {
        if (!this.v.online)
            return (0,io_litellm.loadLiteLLMSnapshot)().list;
        return (await (0,io_litellm/* fetchLiteLLMList */._3)(this.io.env)).list;
    }
    async litellmModel(list) {
        const given = this.v['litellm-model'];
        const check = async (name) => {
            this.draft = { litellm_model_name: (0,scaffold/* cloudFacts */.bT)(list, name).litellm_model_name };
            return (0,scaffold/* checkAnswer */.dG)(this.ctx, this.draft, ['litellm_model_name']);
        };
        if (given !== undefined) {
            const ok = await check(given);
            if (ok !== true)
                throw new errors/* CurateError */.nK(`--litellm-model: ${ok}`, { exitCode: 2 });
            return given;
        }
        if (this.yes)
            throw this.missing('--litellm-model', 'the LiteLLM model, provider/model');
        const provider = this.v.provider ??
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
        const client = this.v.online ? (0,huggingface/* createHfClient */.c)(this.io.env) : undefined;
        let info;
        const check = async (repo) => {
            this.draft.hf_repo = repo.trim();
            const ok = await (0,scaffold/* checkAnswer */.dG)(this.ctx, this.draft, ['hf_repo']);
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
        const given = this.v.hf;
        if (given !== undefined) {
            const ok = await check(given);
            if (ok !== true)
                throw new errors/* CurateError */.nK(`--hf: ${ok}`, { exitCode: 2 });
        }
        else if (this.yes)
            throw this.missing('--hf', 'the HuggingFace repository, org/repo');
        else
            await input({ message: 'HuggingFace repository (org/repo)', required: true, validate: check });
        return info;
    }
    async hfFile(repo, info) {
        const given = this.v.file;
        if (given !== undefined)
            return given;
        if (this.yes)
            throw this.missing('--file', `the .gguf file in ${repo}`);
        if (info) {
            const files = (0,scaffold/* pickableFiles */.Pg)(info);
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
                const r = (0,scaffold/* localFacts */.Hc)(repo, file.trim());
                if (!r.ok)
                    return r.problem;
                const draft = { ...this.draft, model_uri: r.facts.model_uri, hf_file: r.facts.hf_file };
                return (0,scaffold/* checkAnswer */.dG)(this.ctx, draft, ['hf_file'], [['model_uri']]);
            },
        });
    }
    // ---- fields -------------------------------------------------------------------------------
    /** The suggested id, or with a suffix when the plain one is taken. */
    freeId(id, suffix) {
        if (!id)
            return undefined;
        if (!(0,scaffold/* idProblem */.lx)(this.ws.store, id))
            return id;
        if (suffix) {
            const alt = `${id}-${suffix}`;
            if (!(0,scaffold/* idProblem */.lx)(this.ws.store, alt))
                return alt;
        }
        return undefined;
    }
    async text(spec) {
        const map = spec.map ?? ((s) => (s.trim() === '' ? undefined : s.trim()));
        await this.field(spec, map, async (def, validate) => input({ message: spec.required ? spec.label : `${spec.label} (optional${def !== undefined ? ', "-" to leave out' : ''})`, default: def, required: spec.required, validate }));
    }
    async list(spec) {
        const prefill = spec.prefill?.join(', ');
        await this.field({ ...spec, prefill }, (s) => (s.trim() === '' ? undefined : (0,scaffold/* parseList */.E1)(s)), async (def, validate) => input({ message: `${spec.label}, comma-separated (optional${def !== undefined ? ', "-" to leave out' : ''})`, default: def, validate }));
    }
    async int(spec) {
        await this.numeric(spec, true);
    }
    async num(spec) {
        await this.numeric(spec, false);
    }
    async numeric(spec, integer) {
        const toNumber = (v) => {
            if (typeof v === 'number')
                return v;
            if (v.trim() === '')
                return undefined;
            const n = Number(v.trim());
            if (!Number.isFinite(n))
                throw new errors/* CurateError */.nK(`${spec.flag} must be a number; got "${v}"`, { exitCode: 2 });
            return n;
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
            return (0,scaffold/* checkAnswer */.dG)(this.ctx, withValue(this.draft, spec.path, n), spec.path, spec.linked);
        };
        const n = await number({ message: spec.required ? spec.label : `${spec.label}`, default: prefill, required: spec.required, integer, validate });
        this.set(spec.path, n);
    }
    async bool(spec) {
        if (spec.given !== undefined || this.yes) {
            this.set(spec.path, spec.given ?? spec.prefill);
            return;
        }
        this.set(spec.path, await ask_confirm({ message: spec.label, default: spec.prefill }));
    }
    async choice(spec) {
        if (spec.given !== undefined || this.yes) {
            await this.settle(spec);
            return;
        }
        this.set(spec.path, await ask_select({ message: spec.label, choices: spec.choices.map((c) => ({ ...c, name: c.value })), default: spec.prefill }));
    }
    async sources(prefill) {
        const given = this.v.source;
        const all = [...new Set([...prefill, ...(given ?? [])])];
        if (this.yes || given !== undefined) {
            await this.settle({ path: ['sources'], flag: '--source', label: 'Sources', given: all.length ? all : undefined });
            return;
        }
        await this.list({ path: ['sources'], flag: '--source', label: 'Sources of these facts (URLs)', prefill: all.length ? all : undefined });
    }
    /** A text-typed field: flag, else (with --yes) prefill, else a prompt with the prefill as default. */
    async field(spec, map, prompt) {
        if (spec.given !== undefined || this.yes) {
            await this.settle({ ...spec, given: spec.given !== undefined ? map(spec.given) : undefined, prefill: spec.prefill !== undefined ? map(spec.prefill) : undefined });
            return;
        }
        const leaveOut = (s) => !spec.required && s.trim() === '-';
        const validate = async (s) => {
            if (leaveOut(s))
                return true;
            const value = map(s);
            if (value === undefined)
                return spec.required ? `${spec.label} is required` : true;
            return (0,scaffold/* checkAnswer */.dG)(this.ctx, withValue(this.draft, spec.path, value), spec.path, spec.linked);
        };
        const answer = await prompt(spec.prefill, validate);
        this.set(spec.path, leaveOut(answer) ? undefined : map(answer));
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
        const ok = await (0,scaffold/* checkAnswer */.dG)(this.ctx, this.draft, p, linked);
        if (ok !== true)
            throw new errors/* CurateError */.nK(`${flag}: ${ok}`, { hint: prefilled ? `The prefilled value does not pass; give ${flag} yourself.` : undefined, exitCode: 2 });
    }
    set(p, value) {
        this.draft = withValue(this.draft, p, value);
    }
    missing(flag, what) {
        return new errors/* CurateError */.nK(`missing ${flag}: ${what} cannot be prefilled`, { hint: `With --yes every value comes from a flag or a prefill: pass ${flag}.`, exitCode: 2 });
    }
    note(text) {
        this.io.err(`${(0,report_text/* clean */.uH)(text)}\n`);
    }
    // ---- preview, write, validate, commit -------------------------------------------------
    async finish() {
        const data = (0,scaffold/* buildModel */.yK)(this.kind, this.draft, this.ws.schemas.keyOrder((0,scaffold/* schemaNameOf */.kL)(this.kind)));
        const text = (0,scaffold/* serializeModel */.km)(data);
        const id = String(data.id);
        const target = newModelPath(this.ws.storeDir, this.kind, id);
        const shown = (0,paths.displayPath)(target, this.io.cwd);
        const before = (await (0,scaffold/* checkDraft */.Qs)(this.ctx, this.draft)).filter((f) => f.severity === 'error');
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
        // Validate what is on disk now, beside the store already read (one schema compile per run).
        const written = { kind: this.kind, path: shown, text: (0,external_node_fs_.readFileSync)(target, 'utf8') };
        const result = await (0,validate.validateStore)(this.ws.store.withFile(written), this.ws.schemas, { only: new Set([shown]), rules: rules/* STRUCTURE_RULES */.ar });
        this.io.out((0,report_text/* formatText */.vX)(result.findings, result.summary, { color: (0,io/* useColor */.b)(this.io) }));
        const message = `feat: add ${String(data.name)} model`;
        if (this.v.commit) {
            // simple-git loads only when asked to commit.
            const { commitFile } = await Promise.all(/* import() */[__webpack_require__.e(724), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 1020));
            const sha = await commitFile(this.io.cwd, external_node_path_default().relative(this.io.cwd, target), message);
            this.io.out(`Committed ${sha}: ${(0,report_text/* clean */.uH)(message)}\n`);
        }
        else {
            this.io.out(`Suggested commit:\n  git add ${shown} && git commit -m ${shellQuote(message)}\n`);
        }
        return result.summary.errors > 0 ? 1 : 0;
    }
    findings(list) {
        return (0,report_text/* formatText */.vX)(list, (0,validate.summarize)(list, 1), { color: (0,io/* useColor */.b)(this.io) });
    }
}
function withValue(draft, p, value) {
    const [head, ...rest] = p;
    if (!rest.length) {
        const next = { ...draft };
        if (value === undefined)
            delete next[head];
        else
            next[head] = value;
        return next;
    }
    const inner = draft[head] && typeof draft[head] === 'object' ? draft[head] : {};
    const child = withValue(inner, rest, value);
    const next = { ...draft };
    if (Object.keys(child).length)
        next[head] = child;
    else
        delete next[head];
    return next;
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
/** Single quotes for a shell: the suggested command is copy-pasted, the name may hold anything printable. */
function shellQuote(s) {
    return `'${(0,report_text/* clean */.uH)(s).replace(/'/g, `'\\''`)}'`;
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

/***/ 1658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ createHfClient),
/* harmony export */   p: () => (/* binding */ DEFAULT_HF_ENDPOINT)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(742);

const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function createHfClient(env = process.env, options = {}) {
    const endpoint = (options.endpoint ?? (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT)).replace(/\/+$/, '');
    const token = options.token ?? (env.HF_TOKEN || undefined);
    const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    const http = { ...(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .httpOptionsFromEnv */ .yM)(env), ...options, headers };
    const run = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .limiter */ .TA)(options.concurrency ?? 4);
    const cache = new Map();
    async function fetchInfo(repo) {
        if (!REPO.test(repo) || repo.includes('..'))
            return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` };
        const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`;
        try {
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(url, http));
            const says = hubMessage(res.headers, res.json);
            // A rejected token is the caller's problem, not a missing repo: the check did not run.
            if (res.status === 401 && token && /invalid credentials/i.test(says))
                return { status: 'unreachable', message: `${endpoint} rejected HF_TOKEN (HTTP 401: ${says})` };
            // The Hub answers 401 for missing (and private) repos when unauthenticated (huggingface_hub treats it as not found).
            if (res.status === 404 || res.status === 401)
                return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status}${says ? `: ${says}` : ''})` };
            if (res.status !== 200)
                return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` };
            const info = res.json;
            if (!info || typeof info !== 'object' || typeof info.id !== 'string')
                return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description` };
            return { status: 'ok', info };
        }
        catch (err) {
            return { status: 'unreachable', message: err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .UpstreamError */ .gA ? err.message : String(err) };
        }
    }
    return {
        modelInfo(repo) {
            let p = cache.get(repo);
            if (!p)
                cache.set(repo, (p = fetchInfo(repo)));
            return p;
        },
        async listModels(query) {
            const qs = new URLSearchParams();
            for (const [k, v] of Object.entries(query))
                qs.set(k, String(v));
            const url = `${endpoint}/api/models?${qs}`;
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(url, http));
            if (res.status !== 200 || !Array.isArray(res.json))
                throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .UpstreamError */ .gA(url, `HTTP ${res.status}, expected a JSON array of models`);
            return res.json.filter((m) => m && typeof m.id === 'string');
        },
    };
}
/** The Hub's own words for an error: X-Error-Message, else the JSON body's "error" (one line, bounded). */
function hubMessage(headers, json) {
    const body = json && typeof json === 'object' && !Array.isArray(json) ? json.error : undefined;
    const raw = headers.get('x-error-message') ?? (typeof body === 'string' ? body : '');
    return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
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
