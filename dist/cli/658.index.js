export const id = 658;
export const ids = [658];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/draft.ts
var draft = __webpack_require__(7140);
// EXTERNAL MODULE: ./src/core/store.ts
var store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/assemble.ts + 1 modules
var assemble = __webpack_require__(2354);
// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __webpack_require__(6783);
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
and not be deprecated itself; the result must pass validate (the store's full policy),
or nothing is written.

Options:
  --replacement ID    the model to use instead (required)
  --reason TEXT       why (deprecation_reason)
  --sunset DATE       when it stops working, YYYY-MM-DD (sunset_date)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
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
        policy: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* CurateError */.n(positionals.length ? 'deprecate takes one model id' : 'missing the id of the model to deprecate', { hint: USAGE, exitCode: 2 });
    if (values.replacement === undefined)
        throw new errors/* CurateError */.n('missing --replacement: the id of the model to use instead', { hint: USAGE, exitCode: 2 });
    if (values.sunset !== undefined && !isDate(values.sunset))
        throw new errors/* CurateError */.n(`--sunset must be a calendar date, YYYY-MM-DD; got "${values.sunset}"`, { exitCode: 2 });
    const ws = await (0,assemble/* prepare */.iA)((0,read_tree.readWorkingTree)({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env });
    const [id] = positionals;
    const entry = ws.store.find(id);
    if (!entry)
        throw notFound(ws.store, id, 'no model has id');
    const target = ws.store.find(values.replacement);
    if (!target)
        throw notFound(ws.store, values.replacement, '--replacement: no model has id');
    if (target === entry)
        throw new errors/* CurateError */.n(`a model cannot replace itself ("${(0,report_text/* clean */.uH)(id)}")`, { exitCode: 2 });
    if (target.data.deprecated === true) {
        const next = (0,store/* str */.gx)(target.data.replacement);
        throw new errors/* CurateError */.n(`--replacement "${(0,report_text/* clean */.uH)(values.replacement)}" is itself deprecated`, {
            hint: next ? `Point at the model that replaces it: --replacement ${(0,report_text/* clean */.uH)(next)}` : 'Name a model that is not deprecated.',
            exitCode: 2,
        });
    }
    const kind = entry.kind;
    const text = deprecateText(entry.file.text, { replacement: (0,store/* idOf */.TH)(target) ?? values.replacement, reason: values.reason, sunset: values.sunset }, ws.schemas.keyOrder((0,draft/* schemaNameOf */.kL)(kind)));
    const edited = { ...entry.file, text };
    // Judged as validate will judge the file once written: the full policy, beside the whole store.
    const findings = (0,assemble/* checkDraft */.Qs)(ws, edited, { added: false });
    const summary = (0,engine/* summarize */.eh)(findings, 1);
    const color = (0,cli_io/* useColor */.b)(io);
    if (summary.errors > 0) {
        io.err((0,report_text/* formatText */.vX)(findings, summary, { color }));
        io.err(`Nothing written: ${(0,report_text/* clean */.uH)(edited.path)} would not validate.\n`);
        return 1;
    }
    (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().resolve(io.cwd, edited.path), text);
    io.out(`Deprecated ${(0,report_text/* clean */.uH)((0,store/* idOf */.TH)(entry) ?? id)} in ${(0,report_text/* clean */.uH)(edited.path)}: use ${(0,report_text/* clean */.uH)((0,store/* idOf */.TH)(target) ?? values.replacement)} instead.\n`);
    io.out((0,report_text/* formatText */.vX)(findings, summary, { color }));
    const name = (0,store/* str */.gx)(entry.data.name) ?? (0,store/* idOf */.TH)(entry) ?? id;
    io.out(`Suggested commit:\n  git commit -m '${(0,report_text/* clean */.uH)(`chore: deprecate ${name}`).replace(/'/g, `'\\''`)}' -- ${(0,report_text/* clean */.uH)(edited.path)}\n`);
    return 0;
}
function notFound(store, id, what) {
    const near = (0,core_text/* closestAll */.rE)(id, store.ids());
    return new errors/* CurateError */.n(`${what} "${(0,report_text/* clean */.uH)(id)}"`, { hint: near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : 'Ids are the file names in cloud/ and local/.', exitCode: 2 });
}
function isDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
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
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8076);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2617);
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
        return (0,_litellm_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPrice */ .$g)(Number(t));
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
    const loc = new _locate_js__WEBPACK_IMPORTED_MODULE_0__/* .Locator */ .hO(file.text);
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

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ MAX_MODEL_BYTES),
/* harmony export */   DD: () => (/* binding */ loadStoreDir),
/* harmony export */   Q7: () => (/* binding */ isDir),
/* harmony export */   Td: () => (/* binding */ loadSchemaDocs),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   as: () => (/* binding */ resolveSchemasDir),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* unused harmony export readBounded */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3054);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/** Reading the store and the schemas from disk; writing files atomically. */





/** Model files larger than this are refused unread: no model needs a megabyte of JSON. */
const MAX_MODEL_BYTES = 1024 * 1024;
/** Reads `<storeDir>/cloud/*.json` and `<storeDir>/local/*.json`; paths shown relative to `base`. */
function loadStoreDir(storeDir, base) {
    if (!isDir(storeDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' });
    const files = [];
    const refused = [];
    for (const kind of _core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .KINDS */ .G) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(storeDir, kind);
        if (!isDir(dir))
            continue;
        // Dirents tell links from files without a stat per file; the size is checked on the open
        // descriptor before reading, so a huge file is refused without being read.
        const shownDir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(dir, base);
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (!entry.name.endsWith('.json'))
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            const shown = `${shownDir}/${entry.name}`;
            if (!entry.isFile()) {
                refused.push(refusal(shown, entry.isSymbolicLink() ? 'link' : 'not-a-file'));
                continue;
            }
            const text = readBounded(full, MAX_MODEL_BYTES);
            if (typeof text === 'number') {
                refused.push(refusal(shown, text));
                continue;
            }
            files.push({ kind, path: shown, text });
        }
    }
    return { files, refused };
}
/**
 * The finding for a model file a reader will not read: a link, something that is not a file,
 * a blob missing from the repository, or a file of `why` bytes, over the limit.
 */
function refusal(file, why) {
    const [message, hint] = typeof why === 'number'
        ? [`model file is ${why} bytes, over the ${MAX_MODEL_BYTES}-byte limit`, 'A model file describes one model in a few dozen lines; this one is not a model file.']
        : why === 'link'
            ? ['model file is a symbolic link', 'Model files are plain files inside the store; replace the link with the file itself.']
            : why === 'missing'
                ? ['model file cannot be read: its blob is missing from the repository', 'Stage the file again (git add).']
                : ['model file is not a regular file (a submodule?)', 'Model files are plain files inside the store; replace it with the file itself.'];
    return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint };
}
/** A file's text, or its size when that is over `limit` (then it is not read). */
function readBounded(file, limit) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
    }
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        return size > limit ? size : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The schemas folder: the one asked for, else ./schemas, else the toolkit's own. */
function resolveSchemasDir(asked, cwd) {
    if (asked)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, asked);
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, 'schemas');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(local, 'cloud.schema.json')) ? local : node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .packageRoot */ .Z)(), 'schemas');
}
function loadSchemaDocs(dir) {
    if (!isDir(dir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`schemas folder not found: ${dir}`, { hint: 'Pass --schemas DIR, the folder holding cloud.schema.json and local.schema.json.' });
    const docs = {};
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        if (!name.endsWith('.schema.json'))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            docs[name] = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8'));
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read schema ${full}: ${err.message}`, { cause: err });
        }
    }
    return docs;
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Writes a file so that readers see the old content or the new, never a part:
 * a temporary file beside the target, then a rename. With `exclusive`, an existing
 * target is never replaced.
 */
function writeFileAtomic(target, content, options = {}) {
    if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${target} already exists; nothing was written`, { exitCode: 2 });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, content, { flag: 'wx' });
        if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${target} already exists; nothing was written`, { exitCode: 2 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
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
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2721);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7336);
/** Finding and reading the curation policy file: --policy FILE, else curation.config.json at the root or beside the store folder. */





/** No policy needs a megabyte; a larger file is refused unread. */
const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * Where the policy is: `asked` (relative to base), else curation.config.json in base, else
 * beside the store folder (the store's repository root, when --store points into another
 * checkout); undefined: none (the built-in policy applies).
 */
function policyPath(base, asked, storeDir) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, asked ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || asked)
        return full;
    const beside = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, storeDir)), _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : undefined;
}
/** The policy file's text, or undefined for the built-in policy. */
function readPolicyFile(base, asked, storeDir) {
    const full = policyPath(base, asked, storeDir);
    if (!full)
        return undefined;
    const shown = asked ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX;
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`policy file not found: ${shown}`, { hint: `Pass --policy FILE, or put ${_core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX} at the repository root (it is optional: the built-in policy applies without it).` });
    }
    if (!st.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`policy ${shown} is not a regular file`, { hint: 'The policy is a plain JSON file; replace a link with the file itself.' });
    if (st.size > MAX_POLICY_BYTES)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`policy ${shown} is ${st.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, { hint: 'A curation policy is a few dozen lines of JSON.' });
    return { path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(full, base), text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8') };
}
let toolkitPolicySchema;
/** The schemas with the policy schema among them: the store's own when it ships one, else the toolkit's. */
function withPolicySchema(docs) {
    if (Object.hasOwn(docs, _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD))
        return docs;
    toolkitPolicySchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .packageRoot */ .Z)(), 'schemas', _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD), 'utf8'));
    return { ...docs, [_core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD]: toolkitPolicySchema };
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
        store: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(storeDir, options.base),
        schemas: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(schemasDir, options.base),
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
