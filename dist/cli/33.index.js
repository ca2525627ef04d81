export const id = 33;
export const ids = [33];
export const modules = {

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8775);
/* harmony import */ var _core_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2183);
/* harmony import */ var _core_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3805);
/* harmony import */ var _io_assemble_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7811);
/* harmony import */ var _io_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9393);
/* harmony import */ var _io_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7336);
/* harmony import */ var _io_read_tree_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6783);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5655);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1604);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4296);
/** leger-curate render BLUEPRINT --out DIR [--store DIR] [--schemas DIR] [--templates DIR] */












const USAGE = `Usage: leger-curate render BLUEPRINT --out DIR [options]

Turns a blueprint (model ids only) into one deployment under DIR:
  DEPLOY.md                  the exact steps for this blueprint
  required-secrets.json      the podman secrets to create (the master key, provider keys)
  quadlet/litellm.yaml, quadlet/litellm.container
                             LiteLLM, the one endpoint for every model
  quadlet/llama-swap.yaml, quadlet/llama-swap.container, quadlet/leger.network
                             llama-swap, for local models, reached by LiteLLM on the network
quadlet/ installs flat into ~/.config/containers/systemd/ (podman >= 4.5; 4.6 with local models).
DIR is replaced as a whole; a non-empty folder that is not a previous render is refused.

Options:
  --out DIR           the output folder (required)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  --templates DIR     the folder holding litellm/, llama-swap/, quadlet/, deploy/ templates
                      and images.json, the image pins (default: the toolkit's own)
  -h, --help          show this help

A model whose file has errors under the store's policy (as validate reports them) is refused.

Exit codes: 0 rendered (warnings allowed), 1 the blueprint does not resolve, 2 usage or I/O failure.
`;
async function run(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parse */ .qg)(argv, { out: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, policy: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .CurateError */ .nK('render takes one BLUEPRINT file', { hint: USAGE, exitCode: 2 });
    if (!values.out)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .CurateError */ .nK('--out DIR is required', { hint: USAGE, exitCode: 2 });
    // The store's verdict, as validate gives it: a blueprint naming a model whose file has errors is refused.
    const checked = await (0,_io_assemble_js__WEBPACK_IMPORTED_MODULE_4__.check)((0,_io_read_tree_js__WEBPACK_IMPORTED_MODULE_7__.readWorkingTree)({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env });
    const invalid = (0,_io_assemble_js__WEBPACK_IMPORTED_MODULE_4__/* .filesWithErrors */ .Li)(checked.verdict.findings);
    const bpPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, positionals[0]);
    const file = { path: (0,_io_paths_js__WEBPACK_IMPORTED_MODULE_6__.displayPath)(bpPath, io.cwd), text: (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(bpPath) };
    const templates = (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTemplates */ .K8)((0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTemplatesDir */ .zD)(values.templates, io.cwd));
    const { resolved, findings } = (0,_core_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveBlueprint */ .OR)(file, checked.store, checked.schemas, { invalid, defaultName: node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(bpPath).replace(/\.json$/, '') });
    if (findings.length)
        io.err((0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .formatText */ .vX)(findings, (0,_core_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .summarize */ .eh)(findings, 1), { color: (0,_io_js__WEBPACK_IMPORTED_MODULE_11__/* .useColor */ .b)(io) }));
    if (!resolved)
        return 1;
    const rendered = (0,_core_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderBlueprint */ .e2)(resolved, templates);
    const outDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.out);
    (0,_io_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .writeOutputDir */ .mg)(outDir, new Map(rendered.map((f) => [f.path, f.content])), _core_render_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRETS_FILE */ .R_);
    const shown = (0,_io_paths_js__WEBPACK_IMPORTED_MODULE_6__.displayPath)(outDir, io.cwd);
    const lines = [`Rendered blueprint ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(resolved.name)} (${resolved.cloud.length} cloud, ${resolved.local.length} local) into ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(shown)}/:`];
    for (const f of rendered)
        lines.push(`  ${f.path}`);
    for (const w of resolved.warnings)
        lines.push(`warning: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(w)}`);
    if (resolved.secrets.length) {
        lines.push('Create these podman secrets before starting the units:');
        for (const s of resolved.secrets)
            lines.push(`  ${s.create}`);
    }
    lines.push(`Then follow DEPLOY.md in ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(shown)}/.`);
    io.out(lines.join('\n') + '\n');
    return 0;
}


/***/ })

};
