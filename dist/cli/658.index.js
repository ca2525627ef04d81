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
// EXTERNAL MODULE: ./src/io/assemble.ts
var assemble = __webpack_require__(7022);
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
    const { values, positionals } = (0,args/* parse */.qg)(argv, {
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
        throw new errors/* CurateError */.nK(positionals.length ? 'deprecate takes one model id' : 'missing the id of the model to deprecate', { hint: USAGE, exitCode: 2 });
    if (values.replacement === undefined)
        throw new errors/* CurateError */.nK('missing --replacement: the id of the model to use instead', { hint: USAGE, exitCode: 2 });
    if (values.sunset !== undefined && !isDate(values.sunset))
        throw new errors/* CurateError */.nK(`--sunset must be a calendar date, YYYY-MM-DD; got "${values.sunset}"`, { exitCode: 2 });
    const ws = await (0,assemble/* prepare */.iA)((0,read_tree.readWorkingTree)({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env });
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
        const next = (0,store/* str */.gx)(target.data.replacement);
        throw new errors/* CurateError */.nK(`--replacement "${(0,report_text/* clean */.uH)(values.replacement)}" is itself deprecated`, {
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
    return new errors/* CurateError */.nK(`${what} "${(0,report_text/* clean */.uH)(id)}"`, { hint: near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : 'Ids are the file names in cloud/ and local/.', exitCode: 2 });
}
function isDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}


/***/ })

};
