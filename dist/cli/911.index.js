export const id = 911;
export const ids = [911,336];
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

/***/ 5911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BYPASS: () => (/* binding */ BYPASS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The report in pieces of `per` findings, byte for byte what JSON.stringify(report, null, 2)
 * writes: a store where every file has a finding gets a report of tens of megabytes, and a door
 * writing it piece by piece never holds it whole.
 */
function* jsonChunks(findings, summary, per = 500) {
    const counts = { files: summary.files, errors: summary.errors, warnings: summary.warnings };
    const tail = `  "summary": ${indented(counts, '  ')}\n}\n`;
    if (!findings.length) {
        yield `{\n  "findings": [],\n${tail}`;
        return;
    }
    let chunk = '{\n  "findings": [\n';
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        chunk += `    ${findingJson(f)}${i < findings.length - 1 ? ',' : ''}\n`;
        if ((i + 1) % per === 0) {
            yield chunk;
            chunk = '';
        }
    }
    yield `${chunk}  ],\n${tail}`;
}
/**
 * One finding as `indented(finding, '    ')` writes it, field by field: pretty-printing and
 * re-indenting each object cost ~40 ms per 10,000 findings.
 */
function findingJson(f) {
    const s = JSON.stringify;
    const at = '\n      ';
    return `{${at}"rule": ${s(f.rule)},${at}"severity": ${s(f.severity)},${at}"file": ${s(f.file)},${at}"line": ${s(f.line ?? null)},${at}"column": ${s(f.column ?? null)},${at}"message": ${s(f.message)},${at}"hint": ${s(f.hint ?? null)}\n    }`;
}
/** JSON.stringify(value, null, 2), its lines after the first indented by `by` (its place inside the report). */
function indented(value, by) {
    return JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);
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
/** One command line, `::name key=value,...::message`, its properties in the order given (empty ones left out). */
function workflowCommand(name, props, message) {
    const list = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}\n`;
}
function formatWorkflowCommands(findings) {
    return findings
        .map((f) => {
        const at = f.line ? { line: f.line, col: f.column ?? 1 } : {};
        return workflowCommand(f.severity, { file: f.file, ...at, title: f.rule }, f.hint ? `${f.message} (${f.hint})` : f.message);
    })
        .join('');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/**
 * leger-curate validate [PATH...] [--staged | --base REF] [--store DIR] [--schemas DIR] [--policy FILE]
 *                       [--format text|json|github] [--strict] [--online] [--new]
 * One door of the one verdict: it picks a reader (the working tree, the git index, or the
 * working tree against a base commit) and a focus, and prints what the assembler finds.
 * The readers, the store and the rules (ajv) are imported inside run(): `--staged` with nothing
 * of the store staged (most commits) must not pay for them.
 */









const USAGE = `Usage: leger-curate validate [PATH...] [options]

Checks model files against the schemas and every rule of the curation policy. PATHs limit
the files reported on; cross-file rules (duplicates, replacement links) always see the whole store.

Options:
  --staged            check what the next commit records (the git index), not the working
                      tree: the pre-commit hook. Reports on the staged files; deleting a
                      model file is an error; staged files that are new get the checks for
                      new models.
  --base REF          check the working tree as a change from REF (a branch, tag or commit),
                      as the pull request check does: reports on the files changed since REF,
                      new files get the checks for new models, and a change to the policy or
                      the schemas is judged under REF's (with its effect as notices).
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  --format FORMAT     text (default), json, or github (workflow commands)
  --strict            treat warnings as errors
  --online            also check upstream: the HuggingFace Hub (HF_ENDPOINT, HF_TOKEN) and
                      LiteLLM's live price list (LITELLM_PRICES_URL) instead of the snapshot
  --new               treat the PATHs (with --staged: every staged model file) as new
                      submissions: add the checks for new models (redundant variants)
  -h, --help          show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.
`;
const FORMATS = ['text', 'json', 'github'];
const BYPASS = 'Fix the lines above and `git add` the files, then commit again; to commit anyway, use `git commit -n` (--no-verify).';
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, {
        store: { type: 'string' },
        schemas: { type: 'string' },
        format: { type: 'string' },
        strict: { type: 'boolean' },
        policy: { type: 'string' },
        online: { type: 'boolean' },
        new: { type: 'boolean' },
        staged: { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const format = (0,args/* oneOf */.yL)(values.format, FORMATS, '--format', 'text');
    const where = { store: values.store, schemas: values.schemas, policy: values.policy };
    let snapshot;
    let report;
    if (values.staged) {
        if (positionals.length)
            throw new errors/* CurateError */.nK('--staged checks every staged model file; it takes no PATH', { hint: 'Stage the files to check (git add), or drop --staged to check PATHs in the working tree.' });
        if (values.base)
            throw new errors/* CurateError */.nK('--staged and --base are two different trees: pick one', { hint: '--staged judges the next commit; --base REF the working tree as a change from REF.' });
        const { readIndex, stagedChanges } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(595), __webpack_require__.e(763), __webpack_require__.e(895), __webpack_require__.e(871)]).then(__webpack_require__.bind(__webpack_require__, 5871));
        const { openRepo } = await __webpack_require__.e(/* import() */ 342).then(__webpack_require__.bind(__webpack_require__, 7342));
        const repo = await openRepo(io.cwd, where);
        const changes = await stagedChanges(repo);
        // Nothing of the store staged: nothing to judge (most commits end here, in a few ms).
        if (!changes.length)
            return 0;
        snapshot = await readIndex(repo, changes, { ...where, allNew: values.new });
    }
    else {
        const { readWorkingTree } = await Promise.all(/* import() */[__webpack_require__.e(763), __webpack_require__.e(783)]).then(__webpack_require__.bind(__webpack_require__, 6783));
        snapshot = readWorkingTree({ base: io.cwd, ...where });
        if (values.base) {
            const [{ Git }, { withCommitRange }] = await Promise.all([__webpack_require__.e(/* import() */ 500).then(__webpack_require__.bind(__webpack_require__, 7500)), Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(595), __webpack_require__.e(895), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 7895))]);
            const from = new Git(io.cwd).resolveCommit(values.base);
            snapshot = withCommitRange(snapshot, { cwd: io.cwd, from });
            if (!snapshot)
                throw new errors/* CurateError */.nK(`cannot compare with ${values.base}`, { hint: 'Run validate --base inside the repository that holds the store.' });
        }
        const files = [...snapshot.files.map((f) => f.path), ...snapshot.refused.map((f) => f.file)];
        report = positionals.length ? selectFiles(positionals, files, io.cwd) : undefined;
        if (values.new) {
            if (!report)
                throw new errors/* CurateError */.nK('--new needs the PATHs of the new model files', { hint: 'leger-curate validate --new model-store/local/my-model.json' });
            const { changeSetOf } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(595), __webpack_require__.e(490)]).then(__webpack_require__.bind(__webpack_require__, 1490));
            snapshot = { ...snapshot, changes: changeSetOf([...report].map((p) => ({ path: p, status: 'added' })), snapshot.layout) };
        }
    }
    const { check } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(595), __webpack_require__.e(763), __webpack_require__.e(883), __webpack_require__.e(811), __webpack_require__.e(938)]).then(__webpack_require__.bind(__webpack_require__, 7811));
    const { verdict } = await check(snapshot, { report, online: values.online, strict: values.strict, env: io.env });
    for (const piece of reportPieces(format, verdict.findings, verdict.summary, io))
        io.out(piece);
    if (values.staged && verdict.summary.errors && format === 'text')
        io.out(`${BYPASS}\n`);
    return verdict.summary.errors > 0 ? 1 : 0;
}
/** The report in the format asked, in pieces written one after the other (a big JSON report is never held whole). */
function* reportPieces(format, findings, summary, io) {
    if (format === 'json')
        yield* jsonChunks(findings, summary);
    else
        yield format === 'github' ? formatWorkflowCommands(findings) : (0,report_text/* formatText */.vX)(findings, summary, { color: (0,cli_io/* useColor */.b)(io) });
}
/** The store files a list of PATH arguments names: files, or folders holding them. */
function selectFiles(args, storeFiles, cwd) {
    const selected = new Set();
    for (const arg of args) {
        const abs = external_node_path_default().resolve(cwd, arg);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* CurateError */.nK(`no such file or folder: ${arg}`);
        const shown = (0,paths.displayPath)(abs, cwd);
        const hits = storeFiles.filter((f) => f === shown || f.startsWith(shown === '' ? '' : `${shown}/`));
        if (!hits.length)
            throw new errors/* CurateError */.nK(`${arg} holds no model file of the store`, { hint: 'Model files live in <store>/cloud/*.json and <store>/local/*.json; pass --store if the store is elsewhere.' });
        for (const h of hits)
            selected.add(h);
    }
    return selected;
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
