export const id = 302;
export const ids = [302,336];
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

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_litellm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8076);
/* harmony import */ var _core_providers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8201);
/* harmony import */ var _core_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4230);
/* harmony import */ var _io_fs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(665);
/* harmony import */ var _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9995);
/* harmony import */ var _io_paths_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7336);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7593);
/**
 * leger-curate refresh-upstream [--from FILE] [--date DATE] [--via TEXT] [--data DIR]:
 * replace the shipped LiteLLM snapshot with the live list, or with a copy of it on disk, atomically.
 */











const USAGE = `Usage: leger-curate refresh-upstream [options]

Rewrites the offline LiteLLM snapshot validate and the audit use, so a pull request can
update it explicitly. By default it fetches LiteLLM's current list (LITELLM_PRICES_URL,
default: LiteLLM's main branch), dated today. With --from it reads a copy of that list
from disk instead (a mirror's file, a list saved earlier): give the day the copy was taken
with --date and where it came from with --via. Nothing is written unless the whole list
arrived and parsed, and still lists at least half the entries and every model of the store
the current snapshot lists (--force writes it anyway).

Options:
  --from FILE         read the list from FILE instead of the URL
  --date YYYY-MM-DD   the day the list is as of (default: today; required with --from)
  --via TEXT          how the list was obtained, recorded in ${_io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_META_FILE */ .e$}
  --data DIR          the folder holding ${_io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_FILE */ .QX} (default: ./data)
  --store DIR         the store whose cloud models the new list must still list (default: model-store)
  --force             write a list that lost over half the entries, or models the store uses
  -h, --help          show this help
`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
async function run(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)(argv, { data: { type: 'string' }, from: { type: 'string' }, date: { type: 'string' }, via: { type: 'string' }, store: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (values.date !== undefined && (!DATE.test(values.date) || Number.isNaN(Date.parse(`${values.date}T00:00:00Z`))))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`--date must be a date, YYYY-MM-DD; got "${values.date}"`, { exitCode: 2 });
    // A copy on disk has no date of its own: guessing today would misdate every fact checked against it.
    if (values.from !== undefined && values.date === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK('--from needs --date: the day the list in the file is as of', { hint: 'e.g. leger-curate refresh-upstream --from prices.json --date 2026-07-24 --via "mirror X at commit Y"', exitCode: 2 });
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.data ?? 'data');
    const got = values.from !== undefined ? (0,_io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .readLiteLLMFile */ .up)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.from)) : await (0,_io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchLiteLLMList */ ._3)(io.env);
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const listFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_FILE */ .QX);
    recoverSnapshot(dir);
    if (!values.force)
        refuseLosses(dir, got.list, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.store ?? 'model-store'), io.cwd);
    // Upstream's own bytes: a refresh PR's diff then shows exactly what LiteLLM changed.
    const bytes = got.raw.endsWith('\n') ? got.raw : `${got.raw}\n`;
    const meta = {
        description: "Offline snapshot of LiteLLM's model price and context window list; refresh with `leger-curate refresh-upstream`.",
        url: values.from !== undefined ? _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_LITELLM_PRICES_URL */ .jI : io.env.LITELLM_PRICES_URL || _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_LITELLM_PRICES_URL */ .jI,
        page: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
        date,
        ...(values.via !== undefined ? { via: values.via } : values.from !== undefined ? { via: `a local copy (${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(values.from)})` } : {}),
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'),
    };
    // The list and its note as one unit: the note (whose hash names the list) is written whole
    // first, beside its target; then the list is swapped in, then the note. A process killed
    // between the two leaves the new list and the note's temporary file, which the next run
    // rolls forward (recoverSnapshot); until then readers see the note does not match.
    const metaFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_META_FILE */ .e$);
    const metaTmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${_io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_META_FILE */ .e$}.${process.pid}.${Date.now()}.tmp`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(metaTmp, JSON.stringify(meta, null, 2) + '\n', { flag: 'wx' });
    try {
        (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(listFile, bytes);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(metaTmp, metaFile);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(metaTmp, { force: true });
    }
    const chat = Object.keys(_core_providers_js__WEBPACK_IMPORTED_MODULE_5__/* .KNOWN_PROVIDERS */ .j)
        .map((p) => `${p} ${(0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .providerModels */ .Gx)(got.list, p).length}`)
        .join(', ');
    io.out(`wrote ${(0,_io_paths_js__WEBPACK_IMPORTED_MODULE_9__.displayPath)(listFile, io.cwd)}: ${Object.keys(got.list).length} models as of ${date} (chat models by provider: ${chat})\n`);
    return 0;
}
/**
 * A refresh killed between its two files left the new list with the old note (or the new note's
 * temporary file): the note whose hash matches the list is rolled forward; other leftovers go.
 */
function recoverSnapshot(dir) {
    let sha;
    try {
        sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_FILE */ .QX))).digest('hex');
    }
    catch {
        sha = undefined;
    }
    for (const left of (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .deadLeftovers */ .nt)(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_META_FILE */ .e$, ['tmp'])) {
        try {
            if (sha && JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(left.path, 'utf8')).sha256 === sha)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(left.path, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_META_FILE */ .e$));
        }
        catch {
            // not a whole note: removed below
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(left.path, { force: true });
    }
    for (const left of (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .deadLeftovers */ .nt)(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_FILE */ .QX, ['tmp']))
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(left.path, { force: true });
}
/** The share of the current snapshot's entries a new list must keep. */
const KEEP = 0.5;
/** Refuses a list that lost most of the current snapshot's entries, or models the store uses that the snapshot lists. */
function refuseLosses(dir, next, storeDir, cwd) {
    let current;
    try {
        current = (0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .asLiteLLMList */ .qo)(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _io_litellm_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_FILE */ .QX), 'utf8')));
    }
    catch {
        return; // no current snapshot here (or not one): nothing to lose
    }
    const before = Object.keys(current).length;
    const after = Object.keys(next).length;
    if (after < before * KEEP)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`the new list holds ${after} models, fewer than half the ${before} of the current snapshot: nothing was written`, {
            hint: 'A list that lost most of its entries is more likely broken than real; check the source, or pass --force to write it anyway.',
            exitCode: 1,
        });
    if (!(0,_io_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .isDir */ .Q7)(storeDir))
        return;
    const { files } = (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .loadStoreDir */ .DD)(storeDir, cwd);
    const store = new _core_store_js__WEBPACK_IMPORTED_MODULE_6__/* .Store */ .il(files);
    const lost = [];
    for (const e of store.entries) {
        const name = e.kind === 'cloud' ? (0,_core_store_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(e.data.litellm_model_name) : undefined;
        if (name && (0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .lookupLiteLLM */ .Sb)(current, name) && !(0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .lookupLiteLLM */ .Sb)(next, name))
            lost.push(`${(0,_core_store_js__WEBPACK_IMPORTED_MODULE_6__/* .idOf */ .TH)(e) ?? e.file.path} (${name})`);
    }
    if (lost.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`the new list no longer lists ${lost.length === 1 ? 'a model' : `${lost.length} models`} of the store: ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}; nothing was written`, {
            hint: 'Deprecate the models LiteLLM dropped first (leger-curate deprecate), check the source, or pass --force to write the list anyway.',
            exitCode: 1,
        });
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
