export const id = 115;
export const ids = [115];
export const modules = {

/***/ 115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseRam: () => (/* binding */ parseRam),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/llama-swap-groups.ts
var llama_swap_groups = __webpack_require__(6689);
;// CONCATENATED MODULE: ./src/core/footprint.ts
/**
 * How much memory a blueprint's local models need at once, read the way llama-swap runs the
 * groups render writes (internal/router/group.go, EvictionFor): a persistent group's members
 * all stay loaded; a swap group holds one member at a time (its largest is what must fit); an
 * exclusive group unloads every other non-persistent group, so exclusive groups take turns.
 * Sizes are the store's ram_required_gb.
 */

function localFootprint(local) {
    const ram = new Map(local.map((m) => [m.id, m.ram_required_gb]));
    const unknown = local.filter((m) => m.ram_required_gb === undefined).map((m) => m.id);
    const gbOf = (id) => ram.get(id) ?? 0;
    const groups = (0,llama_swap_groups/* llamaSwapGroups */.b)(local).map((g) => {
        const counted = g.swap && !g.persistent ? [g.members.reduce((a, b) => (gbOf(b) > gbOf(a) ? b : a))] : g.members;
        return { group: g.name, counted, gb: round(counted.reduce((n, id) => n + gbOf(id), 0)), persistent: g.persistent, exclusive: g.exclusive && !g.persistent };
    });
    const always = groups.filter((g) => g.persistent || !g.exclusive).reduce((n, g) => n + g.gb, 0);
    const turns = Math.max(0, ...groups.filter((g) => g.exclusive).map((g) => g.gb));
    return { peakGb: round(always + turns), groups, unknown };
}
const round = (n) => Math.round(n * 100) / 100;

// EXTERNAL MODULE: ./src/core/locate.ts
var locate = __webpack_require__(2617);
// EXTERNAL MODULE: ./src/core/resolve.ts
var resolve = __webpack_require__(2183);
;// CONCATENATED MODULE: ./src/core/check-blueprint.ts
/**
 * `leger-curate check`: a blueprint judged without rendering. The findings are resolve's
 * (unknown ids with a did-you-mean, deprecated models with their replacement, overrides out of
 * range), plus, when the operator gives the machine's memory, whether the local models fit.
 */



const FIT_RULE = 'ram-fit';
function checkBlueprint(file, store, schemas, options = {}) {
    const { resolved, findings } = (0,resolve/* resolveBlueprint */.OR)(file, store, schemas, options);
    if (!resolved || !resolved.local.length)
        return { resolved, findings };
    const footprint = localFootprint(resolved.local);
    if (options.ramGb === undefined)
        return { resolved, findings, footprint };
    const pos = (0,locate/* locatorFor */.qe)(file).at(['models', 'local'], 'key');
    const at = { rule: FIT_RULE, file: file.path, line: pos.line, column: pos.column };
    const parts = footprint.groups.map((g) => `${g.group} ${g.gb} GB (${g.persistent ? `resident: ${g.counted.join(' + ')}` : `largest: ${g.counted[0]}`})`).join(', ');
    const turns = footprint.groups.filter((g) => g.exclusive).length > 1 ? '; exclusive groups take turns, the largest counts' : '';
    const extra = [];
    if (footprint.peakGb > options.ramGb)
        extra.push({ ...at, severity: 'error', message: `the local models need ${footprint.peakGb} GB at once, more than the ${options.ramGb} GB given: ${parts}${turns}`, hint: 'Drop or replace the largest model of a group, or run it on a bigger machine.' });
    else
        extra.push({ ...at, severity: 'notice', message: `the local models fit: ${footprint.peakGb} GB of ${options.ramGb} GB at once: ${parts}${turns}` });
    if (footprint.unknown.length)
        extra.push({ ...at, severity: 'warning', message: `not counted, no ram_required_gb: ${footprint.unknown.join(', ')}` });
    return { resolved, findings: [...findings, ...extra], footprint };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/io/assemble.ts + 1 modules
var assemble = __webpack_require__(7811);
// EXTERNAL MODULE: ./src/io/bundle.ts + 9 modules
var bundle = __webpack_require__(9393);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __webpack_require__(6783);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/check.ts
/** leger-curate check BLUEPRINT [--ram GB] [--store DIR] [--schemas DIR] [--policy FILE] */











const USAGE = `Usage: leger-curate check BLUEPRINT [options]

Resolves a blueprint against the store without rendering it, and reports at the blueprint's
lines: unknown ids (with a did-you-mean), deprecated models and their replacement, overrides
beyond the model's limits (max_tokens above max_output, ctx_size above context_window), and,
with --ram, whether the local models fit in memory: every resident (persistent) group, plus
the largest member of each swapping group (exclusive groups take turns, so the largest of them
counts), by ram_required_gb.

Options:
  --ram GB            the memory the local models may use, in GB (a plain decimal, e.g. 64 or 31.5)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  -h, --help          show this help

Exit codes: 0 usable (warnings allowed), 1 errors found, 2 usage or I/O failure.
`;
/** Plain decimals only: "0x10", "1e3", "" and "Infinity" are refused, not read as numbers. */
function parseRam(text) {
    const n = /^(0|[1-9][0-9]{0,6})(\.[0-9]{1,3})?$/.test(text) ? Number(text) : NaN;
    if (!(n > 0))
        throw new errors/* CurateError */.nK(`--ram takes a memory size in GB, a plain decimal such as 64 or 31.5; got "${(0,report_text/* clean */.uH)(text)}"`, { hint: USAGE, exitCode: 2 });
    return n;
}
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, { ram: { type: 'string' }, store: { type: 'string' }, schemas: { type: 'string' }, policy: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* CurateError */.nK('check takes one BLUEPRINT file', { hint: USAGE, exitCode: 2 });
    const ramGb = values.ram === undefined ? undefined : parseRam(values.ram);
    // As render: a model whose file has errors under the store's policy makes the blueprint unusable.
    const ws = await (0,assemble.check)((0,read_tree.readWorkingTree)({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env });
    const invalid = (0,assemble/* filesWithErrors */.Li)(ws.verdict.findings);
    const bpPath = external_node_path_default().resolve(io.cwd, positionals[0]);
    const file = { path: (0,paths.displayPath)(bpPath, io.cwd), text: (0,bundle/* readText */.yR)(bpPath) };
    const { resolved, findings, footprint } = checkBlueprint(file, ws.store, ws.schemas, { invalid, ramGb, defaultName: external_node_path_default().basename(bpPath).replace(/\.json$/, '') });
    const lines = [];
    if (resolved) {
        lines.push(`Blueprint ${(0,report_text/* clean */.uH)(resolved.name)}: ${resolved.cloud.length} cloud, ${resolved.local.length} local model${resolved.cloud.length + resolved.local.length === 1 ? '' : 's'}, one endpoint.`);
        for (const w of resolved.warnings)
            lines.push((0,report_text/* clean */.uH)(w));
        if (footprint && ramGb === undefined)
            lines.push(`The local models need ${footprint.peakGb} GB at once; pass --ram GB to check that they fit.`);
    }
    const summary = (0,engine/* summarize */.eh)(findings, 1);
    io.out((findings.length ? (0,report_text/* formatText */.vX)(findings, summary, { color: (0,cli_io/* useColor */.b)(io) }) : '') + (lines.length ? lines.join('\n') + '\n' : ''));
    return summary.errors ? 1 : 0;
}


/***/ })

};
