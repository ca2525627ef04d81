export const id = 436;
export const ids = [436];
export const modules = {

/***/ 436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _core_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3805);
/* harmony import */ var _io_bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9393);
/* harmony import */ var _io_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7336);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5655);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1604);
/** leger-curate release --out DIR [--previous FILE] [--store DIR] [--schemas DIR] [--templates DIR] */









const USAGE = `Usage: leger-curate release --out DIR [options]

Validates the store, then builds the release bundle in DIR: index.json (every model, with
counts), each sample blueprint rendered into blueprints/<name>/ and packed as <name>.tar.gz,
the gallery in site/ (packed as site.tar.gz), CHANGES.md and SHA256SUMS. Two builds of the
same commit are byte-identical. A store with errors is
refused. DIR is replaced as a whole; a non-empty folder that is not a previous release is refused.

Options:
  --out DIR           the output folder (required)
  --previous FILE     the previous release's index.json: CHANGES.md lists what changed since
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  --templates DIR     templates and blueprints/ samples (default: the toolkit's own)
  -h, --help          show this help

Exit codes: 0 built, 1 the store or a sample blueprint has errors, 2 usage or I/O failure.
`;
async function run(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)(argv, { out: { type: 'string' }, previous: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, policy: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`unexpected argument "${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH)(positionals[0])}"`, { hint: USAGE, exitCode: 2 });
    if (!values.out)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK('--out DIR is required', { hint: USAGE, exitCode: 2 });
    const color = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .useColor */ .b)(io);
    // An index grows with the store (about 3 KB a model): allow far more than the template limit.
    const previous = values.previous ? { text: (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.previous), 256 * 1024 * 1024), source: values.previous } : undefined;
    const noPreviousReason = 'No previous index.json was given (`release --previous FILE`): nothing to compare with.';
    const prepared = await (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .prepareRelease */ .vn)({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy, templates: values.templates, env: io.env, previous, noPreviousReason });
    io.out((0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .formatText */ .vX)(prepared.validation.findings, prepared.validation.summary, { color }));
    if (!prepared.release) {
        io.err(`leger-curate: release refused: the store has ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(prepared.validation.summary.errors, 'error')}\n`);
        return 1;
    }
    const { files, findings } = prepared.release;
    if (findings.length)
        io.err((0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .formatText */ .vX)(findings, (0,_core_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .summarize */ .eh)(findings, new Set(findings.map((f) => f.file)).size), { color }));
    const outDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.out);
    (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .writeOutputDir */ .mg)(outDir, files, 'SHA256SUMS');
    const top = [...files.keys()].filter((p) => !p.includes('/')).sort();
    const lines = [`Release built in ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH)((0,_io_paths_js__WEBPACK_IMPORTED_MODULE_5__.displayPath)(outDir, io.cwd))}/ (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(files.size, 'file')}):`];
    for (const p of top)
        lines.push(`  ${p.padEnd(28)} ${files.get(p).length} bytes`);
    io.out(lines.join('\n') + '\n');
    return 0;
}


/***/ })

};
