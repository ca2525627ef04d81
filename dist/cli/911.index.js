export const id = 911;
export const ids = [911];
export const modules = {

/***/ 5911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BYPASS: () => (/* binding */ BYPASS),
  render: () => (/* binding */ render),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/changes.ts
var changes = __webpack_require__(1490);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
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
        const { openRepo, readIndex, stagedChanges } = await Promise.all(/* import() */[__webpack_require__.e(895), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 3495));
        const repo = await openRepo(io.cwd, where);
        const changes = await stagedChanges(repo);
        // Nothing of the store staged: nothing to judge (most commits end here, in a few ms).
        if (!changes.length)
            return 0;
        snapshot = await readIndex(repo, changes, { ...where, allNew: values.new });
    }
    else {
        const { readWorkingTree } = await __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 6783));
        snapshot = readWorkingTree({ base: io.cwd, ...where });
        if (values.base) {
            const [{ Git }, { withCommitRange }] = await Promise.all([__webpack_require__.e(/* import() */ 500).then(__webpack_require__.bind(__webpack_require__, 7500)), __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 7895))]);
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
            snapshot = { ...snapshot, changes: (0,changes/* changeSetOf */.Im)([...report].map((p) => ({ path: p, status: 'added' })), snapshot.layout) };
        }
    }
    const { check } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(22)]).then(__webpack_require__.bind(__webpack_require__, 7022));
    const { verdict } = await check(snapshot, { report, online: values.online, strict: values.strict, env: io.env });
    io.out(render(format, verdict.findings, verdict.summary, io));
    if (values.staged && verdict.summary.errors && format === 'text')
        io.out(`${BYPASS}\n`);
    return verdict.summary.errors > 0 ? 1 : 0;
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

/***/ 1490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ changeSetOf),
/* harmony export */   X2: () => (/* binding */ stillHas),
/* harmony export */   XG: () => (/* binding */ NO_CHANGE),
/* harmony export */   jb: () => (/* binding */ LINK_RULES),
/* harmony export */   sS: () => (/* binding */ focusOn),
/* harmony export */   sq: () => (/* binding */ focusOf),
/* harmony export */   wX: () => (/* binding */ namesIn)
/* harmony export */ });
/* unused harmony export fromApiFile */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6585);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1896);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4230);
/**
 * What a change does to the store, and which files a check of it reports on. Pure: the git
 * index, a commit range and the GitHub API's file list all arrive here as FileChange lists.
 */



const NO_CHANGE = Object.freeze({ added: new Set(), modified: new Set(), deleted: new Set(), before: new Map(), config: new Set() });
function changeSetOf(changes, layout, before = new Map()) {
    const added = new Set();
    const modified = new Set();
    const deleted = new Set();
    const config = new Set();
    for (const c of changes) {
        const role = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .roleOf */ .kp)(c.path, layout).role;
        if (role === 'schema' || role === 'policy')
            config.add(c.path);
        if (role !== 'model')
            continue;
        (c.status === 'added' ? added : c.status === 'deleted' ? deleted : modified).add(c.path);
    }
    // A path deleted and added again (a rename's two halves across kinds) is a modification.
    for (const p of added)
        if (deleted.delete(p))
            (added.delete(p), modified.add(p));
    const first = [...config].sort()[0];
    return { added, modified, deleted, before, config, everything: first && `${first} changed: every model file is checked against it` };
}
/** The GitHub API's PR file statuses, as changes; a rename is its two halves. */
function fromApiFile(f) {
    switch (f.status) {
        case 'added':
        case 'copied':
            return [{ path: f.filename, status: 'added' }];
        case 'removed':
            return [{ path: f.filename, status: 'deleted' }];
        case 'renamed':
            return [...(f.previous_filename ? [{ path: f.previous_filename, status: 'deleted' }] : []), { path: f.filename, status: 'added' }];
        case 'modified':
        case 'changed':
            return [{ path: f.filename, status: 'modified' }];
        default:
            return [];
    }
}
/** The rules whose findings are reported on dependents: a broken replacement link. */
const LINK_RULES = new Set(['deprecation']);
function focusOf(store, changes) {
    if (changes.everything)
        return undefined;
    const files = new Set([...changes.added, ...changes.modified, ...changes.deleted]);
    const textOf = new Map(store.files.map((f) => [f.path, f.text]));
    const touched = new Set();
    for (const p of files)
        for (const n of [namesIn(p, textOf.get(p)), namesIn(p, changes.before.get(p))])
            for (const name of [n.id, ...n.aliases])
                touched.add(name.toLowerCase());
    const dependents = new Set();
    for (const e of store.entries) {
        if (files.has(e.file.path))
            continue;
        // Follow the chain a few hops (cycles and long chains are the deprecation rule's business).
        let name = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(e.data.replacement);
        for (let hop = 0; name !== undefined && hop < 16; hop++) {
            if (touched.has(name.toLowerCase())) {
                dependents.add(e.file.path);
                break;
            }
            const next = store.find(name);
            name = next && next.data.deprecated === true ? (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(next.data.replacement) : undefined;
        }
    }
    return { files, dependents };
}
/** A focus of exactly these files (validate PATH..., one new file in add). */
function focusOn(files) {
    return { files: new Set(files), dependents: new Set() };
}
/** The id and aliases a model file declares, from its text; the file name stands in for an unreadable id. */
function namesIn(path, text) {
    const stem = (path.split('/').pop() ?? path).replace(/\.json$/, '');
    const parsed = text === undefined ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseModelText */ .ex)(path, text);
    if (!parsed?.ok)
        return { id: stem, aliases: [] };
    const aliases = Array.isArray(parsed.data.aliases) ? parsed.data.aliases.filter((a) => typeof a === 'string') : [];
    return { id: (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(parsed.data.id) ?? stem, aliases };
}
/** Whether the store still has a model with this id (a moved file is not a deletion). */
function stillHas(store, id) {
    return store.entries.some((e) => (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .idOf */ .TH)(e) === id);
}


/***/ }),

/***/ 6585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ triggerPaths),
/* harmony export */   kp: () => (/* binding */ roleOf),
/* harmony export */   tH: () => (/* binding */ modelFolders)
/* harmony export */ });
/* unused harmony exports DEFAULT_LAYOUT, isModelPath */
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3264);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3054);
/**
 * Where things are in a store repository, and what a path is: the one classifier every
 * reader (disk, git index, pull request) and every door uses.
 */


const DEFAULT_LAYOUT = Object.freeze({ store: 'model-store', schemas: 'schemas', policy: _policy_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_FILE */ .CX });
/**
 * A path's role. Model files are exactly `<store>/<kind>/<name>.json`, the files the store
 * reader reads; anything else under the store (its README, a nested folder) is not a model.
 */
function roleOf(path, layout) {
    if (path === layout.policy)
        return { role: 'policy' };
    for (const kind of _types_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .G) {
        const dir = `${prefix(layout.store)}${kind}/`;
        if (path.startsWith(dir) && path.endsWith('.json') && !path.slice(dir.length).includes('/'))
            return { role: 'model', kind };
    }
    const schemas = prefix(layout.schemas);
    if (path.startsWith(schemas) && path.endsWith('.schema.json') && !path.slice(schemas.length).includes('/'))
        return { role: 'schema' };
    return { role: 'other' };
}
function isModelPath(path, layout) {
    return roleOf(path, layout).role === 'model';
}
function prefix(dir) {
    return dir === '' || dir === '.' ? '' : `${dir}/`;
}
/** The folders that hold model files. */
function modelFolders(layout) {
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .G.map((k) => `${prefix(layout.store)}${k}`);
}
/** The pathspecs that hold everything `roleOf` cares about (readers ask git about nothing else). */
function triggerPaths(layout) {
    return [...modelFolders(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy];
}


/***/ })

};
