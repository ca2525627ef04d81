export const id = 693;
export const ids = [693,500];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/pins.ts
var pins = __webpack_require__(59);
// EXTERNAL MODULE: ./src/core/scaffold.ts + 1 modules
var scaffold = __webpack_require__(2320);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/engine.ts + 32 modules
var engine = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/io/assemble.ts
var assemble = __webpack_require__(7022);
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
// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __webpack_require__(6783);
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
    online: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    commit: { type: 'boolean' },
    store: { type: 'string' },
    schemas: { type: 'string' },
    policy: { type: 'string' },
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
        this.ctx = { store: this.ws.store, schemas: this.ws.schemas, kind: this.kind, storePath: this.storePath, judge: (file) => (0,assemble/* checkDraft */.Qs)(this.ws, file, { added: true }) };
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
        // Online, pin the file: its sha256 (every shard's) and the revision the Hub described.
        const uri = (0,model_uri/* parseModelUri */.Aj)(facts.model_uri);
        if (info && uri.ok)
            Object.assign(this.draft, (0,pins/* pinsFromHub */.Ub)(info, uri.uri));
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
            return (0,io_litellm/* loadLiteLLMSnapshot */.Ez)(this.ws.snapshot.dataDir).list;
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
        const client = this.v.online ? (0,huggingface/* createHfClient */.c7)(this.io.env) : undefined;
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
        const before = (0,scaffold/* checkDraft */.Qs)(this.ctx, this.draft).filter((f) => f.severity === 'error');
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
        if (this.v.commit) {
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
    /** True when `sha` names a commit present here (false in a shallow checkout that lacks it). */
    hasCommit(sha) {
        return isSha(sha) && this.ok(['cat-file', '-e', `${sha}^{commit}`]);
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
    /** The root of the work tree (findings and pathspecs are relative to it). */
    toplevel() {
        const out = this.raw(['rev-parse', '--show-toplevel']);
        const top = out.replace(/\n$/, '');
        if (!top)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK('not inside a git work tree', { hint: '--staged reads the git index: run it inside the repository.' });
        return top;
    }
    /** The character that starts a comment line in commit messages (core.commentChar). */
    commentChar() {
        const value = (this.raw(['config', '--default', '#', '--get', 'core.commentChar'])).replace(/\n$/, '');
        // "auto" picks a character per message; the hook cannot know which, and '#' is git's first choice.
        return value === '' || value === 'auto' ? '#' : value;
    }
    /** The merge, cherry-pick or revert this commit concludes, if any (its message is git's). */
    pendingOperation() {
        const heads = ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'];
        const out = this.raw(['rev-parse', ...heads.flatMap((h) => ['--git-path', h])]);
        const paths = out.split('\n');
        const names = { MERGE_HEAD: 'merge', CHERRY_PICK_HEAD: 'cherry-pick', REVERT_HEAD: 'revert' };
        for (let i = 0; i < heads.length; i++)
            if (paths[i] && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(this.cwd, paths[i])))
                return names[heads[i]];
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
     * Reads blobs by object id with two `git cat-file` calls whatever their number: sizes first
     * (`--batch-check`), so a huge file is refused unread, then the contents of the rest (`--batch`).
     */
    readBlobs(oids, maxBytes) {
        const unique = [...new Set(oids)];
        const result = new Map();
        if (!unique.length)
            return result;
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
        for (const [oid, blob] of parseBatch(buf))
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
/** `<mode> <oid> <stage>\t<path>\0`, repeated; only stage 0 (merged) entries. */
function parseLsFiles(out) {
    const entries = [];
    for (const record of out.split('\0')) {
        if (!record)
            continue;
        const tab = record.indexOf('\t');
        const [mode, oid, stage] = record.slice(0, tab).split(' ');
        if (stage !== '0')
            continue;
        entries.push({ mode, oid, path: record.slice(tab + 1) });
    }
    return entries;
}
/** `<oid> blob <size>\n<content>\n`, repeated: sizes are bytes, so walk the buffer, not a string. */
function parseBatch(buf) {
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
        const text = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(buf.subarray(nl + 1, nl + 1 + size));
        out.set(oid, text === undefined ? { ok: false, size, reason: 'not-utf8' } : { ok: true, size, text });
        at = nl + 1 + size + 1;
    }
    return out;
}


/***/ })

};
