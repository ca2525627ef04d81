export const id = 486;
export const ids = [486];
export const modules = {

/***/ 5486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStaged: () => (/* binding */ runStaged)
/* harmony export */ });
/* unused harmony export BYPASS */
/* harmony import */ var _core_staged_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8613);
/* harmony import */ var _io_staged_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(800);
/**
 * `leger-curate validate --staged`: the pre-commit check. Judges the git index, not the
 * working tree. A commit that touches no model file, schema or policy costs one `git diff`:
 * ajv and the rules are imported only when there is something to check.
 */


const BYPASS = 'Fix the lines above and `git add` the files, then commit again; to commit anyway, use `git commit -n` (--no-verify).';
async function runStaged(options, io) {
    const repo = await (0,_io_staged_js__WEBPACK_IMPORTED_MODULE_1__.openStagedRepo)(io.cwd, options);
    const changes = (await repo.git.stagedChanges((0,_core_staged_js__WEBPACK_IMPORTED_MODULE_0__.triggerPaths)(repo.layout))).filter((c) => (0,_core_staged_js__WEBPACK_IMPORTED_MODULE_0__.roleOf)(c.path, repo.layout).role !== 'other');
    if (!changes.length)
        return 0;
    const [{ readIndexSnapshot }, { Store }, { Schemas }, { validateStore, sortFindings, summarize }, { deletionFindings, inScope, namesIn, reportScope }, fs, { render }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 800)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4230)),
        Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(32)]).then(__webpack_require__.bind(__webpack_require__, 2032)),
        Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(32), __webpack_require__.e(993), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 993)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8613)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 665)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5911)),
    ]);
    const snapshot = await readIndexSnapshot(repo, changes);
    const everything = changes.some((c) => (0,_core_staged_js__WEBPACK_IMPORTED_MODULE_0__.roleOf)(c.path, repo.layout).role !== 'model');
    const models = changes.flatMap((c) => {
        const role = (0,_core_staged_js__WEBPACK_IMPORTED_MODULE_0__.roleOf)(c.path, repo.layout);
        return role.role === 'model' ? [{ ...c, kind: role.kind }] : [];
    });
    const staged = models.filter((c) => c.status !== 'D').map((c) => c.path);
    // Unless a schema or the policy changes, only the staged files are reported in full.
    const store = new Store(snapshot.files, snapshot.refused, { focus: everything ? undefined : new Set(staged) });
    // The schemas are checked against the meta-schema only when the commit changes them.
    const schemas = new Schemas(snapshot.schemaDocs ?? fs.loadSchemaDocs(fs.resolveSchemasDir(options.schemas, repo.top)), { checkSchemas: everything });
    const deleted = models.filter((c) => c.status === 'D').map((c) => ({ path: c.path, kind: c.kind, text: snapshot.before.get(c.path) }));
    const textOf = new Map(snapshot.files.map((f) => [f.path, f.text]));
    const touchedNames = models.flatMap((c) => {
        const names = [namesIn(c.path, textOf.get(c.path)), namesIn(c.path, snapshot.before.get(c.path))];
        return names.flatMap((n) => [n.id, ...n.aliases]);
    });
    const scope = reportScope(store, { staged, touchedNames, everything });
    const only = new Set([...scope.files, ...scope.dependents]);
    // The curation policy (exceptions, severities) as the commit will hold it: from the index.
    const { readPolicy, DEFAULT_POLICY } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(32), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 2721));
    const policy = snapshot.policy ? readPolicy(snapshot.policy, schemas) : { policy: DEFAULT_POLICY, findings: [] };
    const { findings } = await validateStore(store, schemas, { only, strict: options.strict, policy: policy.policy, policyFindings: policy.findings });
    const all = sortFindings([...findings.filter((f) => inScope(scope, f)), ...deletionFindings(deleted, store)]);
    const summary = summarize(all, scope.files.size + deleted.length);
    io.out(render(options.format, all, summary, io));
    if (summary.errors && options.format === 'text')
        io.out(`${BYPASS}\n`);
    return summary.errors ? 1 : 0;
}


/***/ })

};
