export const id = 911;
export const ids = [911];
export const modules = {

/***/ 5911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  render: () => (/* binding */ render),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/validate.ts + 9 modules
var validate = __webpack_require__(2711);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/report/json.ts
function formatJson(findings, summary) {
    const out = {
        findings: findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            file: f.file,
            line: f.line ?? null,
            column: f.column ?? null,
            message: f.message,
            hint: f.hint ?? null,
        })),
        summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings },
    };
    return JSON.stringify(out, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/workflow-commands.ts
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatWorkflowCommands(findings) {
    return findings
        .map((f) => {
        const props = [`file=${escapeProperty(f.file)}`];
        if (f.line)
            props.push(`line=${f.line}`, `col=${f.column ?? 1}`);
        props.push(`title=${escapeProperty(f.rule)}`);
        const text = f.hint ? `${f.message} (${f.hint})` : f.message;
        return `::${f.severity} ${props.join(',')}::${escapeData(text)}\n`;
    })
        .join('');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** leger-curate validate [PATH...] [--store DIR] [--schemas DIR] [--format text|json|github] [--strict] */











const USAGE = `Usage: leger-curate validate [PATH...] [options]

Checks model files against the schemas and every rule. PATHs limit the files reported on;
cross-file rules (duplicates, replacement links) always see the whole store.

Options:
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --format FORMAT     text (default), json, or github (workflow commands)
  --strict            treat warnings as errors
  -h, --help          show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.
`;
const FORMATS = ['text', 'json', 'github'];
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.q)(argv, {
        store: { type: 'string' },
        schemas: { type: 'string' },
        format: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const format = (0,args/* oneOf */.y)(values.format, FORMATS, '--format', 'text');
    const ws = (0,workspace/* openWorkspace */.O)({ base: io.cwd, store: values.store, schemas: values.schemas });
    const only = positionals.length ? selectFiles(positionals, ws.store.files.map((f) => f.path).concat(ws.store.syntax.map((f) => f.file)), io.cwd) : undefined;
    const { findings, summary } = await (0,validate/* validateStore */.yg)(ws.store, ws.schemas, { only, strict: values.strict });
    io.out(render(format, findings, summary, io));
    return summary.errors > 0 ? 1 : 0;
}
function render(format, findings, summary, io) {
    if (format === 'json')
        return formatJson(findings, summary);
    if (format === 'github')
        return formatWorkflowCommands(findings);
    return (0,report_text/* formatText */.vX)(findings, summary, { color: (0,cli_io/* useColor */.b)(io) });
}
/** The store files a list of PATH arguments names: files, or folders holding them. */
function selectFiles(args, storeFiles, cwd) {
    const selected = new Set();
    for (const arg of args) {
        const abs = external_node_path_default().resolve(cwd, arg);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* CurateError */.nK(`no such file or folder: ${arg}`, { exitCode: 2 });
        const shown = (0,paths/* displayPath */.G)(abs, cwd);
        const hits = storeFiles.filter((f) => f === shown || f.startsWith(shown === '' ? '' : `${shown}/`));
        if (!hits.length)
            throw new errors/* CurateError */.nK(`${arg} holds no model file of the store`, { hint: 'Model files live in <store>/cloud/*.json and <store>/local/*.json; pass --store if the store is elsewhere.', exitCode: 2 });
        for (const h of hits)
            selected.add(h);
    }
    return selected;
}


/***/ })

};
