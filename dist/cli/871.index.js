export const id = 871;
export const ids = [871];
export const modules = {

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readIndex: () => (/* binding */ readIndex),
  stagedChanges: () => (/* binding */ stagedChanges)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/changes.ts
var core_changes = __webpack_require__(1490);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/layout.ts
var core_layout = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/core/store.ts
var store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/io/context-cache.ts
/**
 * The hook's cache of context facts, by blob id: what cross-file rules read of each model file
 * the commit does not change (core/store.ts CONTEXT_FIELDS). A blob id names the file's exact
 * bytes, so an entry never goes stale; reading the facts of 10,000 models from one file is
 * about a tenth of reading their blobs from git. It lives in the repository's own folder
 * (.git/leger-curate/), holds about the blobs of the last index read, and is safe to delete: a
 * missing, unreadable or foreign file is ignored and rebuilt.
 */




const FORMAT = `leger-curate context cache 1: ${store/* CONTEXT_FIELDS */.g$.join(',')}`;
/** A cache for 100,000 models is about 20 MB; anything far larger is not this cache. */
const MAX_BYTES = 256 * 1024 * 1024;
class ContextCache {
    file;
    /** The models as read: looked up where they lie (building a map of 10,000 cost more than parsing them). */
    read = {};
    learnt = new Map();
    constructor(file) {
        this.file = file;
    }
    /** The cache in `gitDir`, as far as it can be read. */
    static open(gitDir) {
        const cache = new ContextCache(external_node_path_default().join(gitDir, 'leger-curate', 'context.json'));
        try {
            const text = (0,fs/* readBounded */.CB)(cache.file, MAX_BYTES);
            if (typeof text !== 'string')
                return cache;
            const doc = JSON.parse(text);
            if (doc.format === FORMAT && doc.models && typeof doc.models === 'object' && !Array.isArray(doc.models))
                cache.read = doc.models;
        }
        catch {
            // no cache yet, or one that cannot be read: start afresh
        }
        return cache;
    }
    /** The facts of a blob, when the cache holds them as an object under a blob id (taken as written: the Store keeps only CONTEXT_FIELDS). */
    get(oid) {
        const learnt = this.learnt.get(oid);
        if (learnt)
            return learnt;
        const data = OID.test(oid) && Object.hasOwn(this.read, oid) ? this.read[oid] : undefined;
        if (!data || typeof data !== 'object' || Array.isArray(data))
            return undefined;
        return data;
    }
    set(oid, data) {
        this.learnt.set(oid, (0,store/* contextOf */.Vm)(data));
    }
    /**
     * Writes the cache back when it learnt a blob. Blobs no longer in `keep` (the index just read)
     * are dropped only once they are a third of it: writing 10,000 models' facts costs ~45 ms, and
     * a commit that edits the file the last one edited then learns nothing and writes nothing.
     */
    save(keep) {
        const held = Object.keys(this.read);
        let stale = 0;
        for (const oid of held)
            if (!keep.has(oid) && !this.learnt.has(oid))
                stale++;
        for (const oid of this.learnt.keys())
            if (!keep.has(oid))
                stale++;
        const pruning = stale * 2 > keep.size;
        if (!this.learnt.size && !pruning)
            return;
        const models = {};
        for (const oid of held)
            if (OID.test(oid) && (!pruning || keep.has(oid)))
                models[oid] = this.read[oid];
        for (const [oid, data] of this.learnt)
            if (!pruning || keep.has(oid))
                models[oid] = data;
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(this.file), { recursive: true });
            (0,fs/* writeFileAtomic */.Zf)(this.file, JSON.stringify({ format: FORMAT, models }));
        }
        catch {
            // a read-only repository or a full disk: the next commit reads the blobs again
        }
    }
}
const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

// EXTERNAL MODULE: ./src/io/litellm.ts
var litellm = __webpack_require__(9995);
// EXTERNAL MODULE: ./src/io/policy.ts
var io_policy = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/io/read-change.ts
var read_change = __webpack_require__(7895);
;// CONCATENATED MODULE: ./src/io/read-index.ts
/**
 * The git index as a snapshot: every model file, schema and the policy read from the index
 * (stage 0), never from the working tree, so `git commit -a`, `git commit -- path` and partial
 * staging are judged on exactly what they record. One ls-files and one cat-file call (two past
 * git.ts readBlobs's budget), whatever the size of the store.
 */










/** What the next commit changes in the store (its model files, schemas and policy). */
async function stagedChanges(repo) {
    return (await repo.git.stagedChanges((0,core_layout/* triggerPaths */.L3)(repo.layout))).filter((c) => (0,core_layout/* roleOf */.kp)(c.path, repo.layout).role !== 'other');
}
const REGULAR = new Set(['100644', '100755']);
/**
 * The tree the next commit records, with what it changes. The model files the commit changes
 * (and those whose replacement chain runs through them) are read whole; of the others, only
 * their context facts are needed, taken from the cache by blob id where it has them.
 */
async function readIndex(repo, changes, options = {}) {
    const { git, layout, top } = repo;
    const entries = await git.indexEntries((0,core_layout/* triggerPaths */.L3)(layout));
    const models = [];
    const schemas = [];
    const refused = [];
    let policy;
    for (const e of entries) {
        const role = (0,core_layout/* roleOf */.kp)(e.path, layout);
        if (role.role === 'policy' && REGULAR.has(e.mode))
            policy = { path: e.path, oid: e.oid };
        else if (role.role === 'model') {
            if (REGULAR.has(e.mode))
                models.push({ path: e.path, kind: role.kind, oid: e.oid });
            else
                refused.push((0,fs/* refusal */.x5)(e.path, e.mode === '120000' ? 'link' : 'not-a-file'));
        }
        else if (role.role === 'schema' && REGULAR.has(e.mode))
            schemas.push({ path: e.path, oid: e.oid });
    }
    const changed = new Set(changes.filter((c) => c.status !== 'D').map((c) => c.path));
    // A change to the schemas or the policy is judged against the whole store: every file is read.
    const whole = changes.some((c) => ['schema', 'policy'].includes((0,core_layout/* roleOf */.kp)(c.path, layout).role));
    const cache = ContextCache.open(repo.gitDir);
    const cached = (m) => (whole || changed.has(m.path) ? undefined : cache.get(m.oid));
    const olds = changes.filter((c) => c.oldOid && (0,core_layout/* roleOf */.kp)(c.path, layout).role === 'model' && (!c.oldMode || REGULAR.has(c.oldMode)));
    const blobs = await git.readBlobs([...models.filter((m) => !cached(m)).map((m) => m.oid), ...schemas.map((s) => s.oid), ...olds.map((c) => c.oldOid), ...(policy ? [policy.oid] : [])], fs/* MAX_MODEL_BYTES */.Bb);
    const fileOf = (m) => {
        const context = cached(m);
        if (context)
            return { kind: m.kind, path: m.path, text: '', context };
        const blob = blobs.get(m.oid);
        if (blob?.ok) {
            const context = changed.has(m.path) ? undefined : (0,store/* plainObject */.ov)(blob.text);
            if (context)
                cache.set(m.oid, context);
            return { kind: m.kind, path: m.path, text: blob.text, context };
        }
        return (0,fs/* refusal */.x5)(m.path, blob?.ok === false && blob.reason === 'too-large' ? blob.size : blob?.ok === false && blob.reason === 'not-utf8' ? 'not-utf8' : 'missing');
    };
    const before = new Map();
    for (const c of olds) {
        const blob = blobs.get(c.oldOid);
        before.set(c.path, blob?.ok ? blob.text : undefined);
    }
    const fileChanges = changes.map((c) => ({ path: c.path, status: c.status === 'D' ? 'deleted' : c.status === 'A' || c.status === 'C' ? 'added' : 'modified' }));
    if (options.allNew)
        for (const c of fileChanges)
            if (c.status === 'modified')
                c.status = 'added';
    const changeSet = (0,core_changes.changeSetOf)(fileChanges, layout, before);
    const files = await withDependentsRead(git, models, models.map(fileOf), changeSet, refused);
    cache.save(new Set(models.map((m) => m.oid)));
    const snapshot = {
        source: 'the git index',
        layout,
        files,
        refused,
        schemaDocs: (0,io_policy/* withPolicySchema */.AR)((0,read_change.schemaDocsFrom)(schemas, blobs, layout.schemas) ?? (0,fs/* loadSchemaDocs */.Td)((0,fs/* resolveSchemasDir */.as)(options.schemas, top))),
        policy: policy ? policyText(policy, blobs) : (0,io_policy/* readPolicyFile */.BK)(top, options.policy, external_node_path_default().join(top, layout.store)),
        dataDir: (0,litellm/* resolveDataDir */.HG)(top, layout.store),
        lookups: external_node_path_default().join(repo.gitDir, 'leger-curate'),
        changes: changeSet,
    };
    // A commit that changes the policy or the schemas cannot loosen its own check: its model files
    // are judged under HEAD's, exactly as the pull request check judges them under its base's.
    const head = snapshot.changes.config.size ? git.head() : undefined;
    return head ? { ...snapshot, base: (0,read_change.baseConfig)(git, head, snapshot) } : snapshot;
}
/**
 * The files, with the cached ones the change's focus reaches read whole: a model whose
 * replacement chain runs through a changed name gets its link findings reported, at their lines.
 * Refusals among `read` are moved to `refused`.
 */
async function withDependentsRead(git, models, read, changes, refused) {
    const files = [];
    for (const r of read)
        if ('rule' in r)
            refused.push(r);
        else
            files.push(r);
    const unread = (f) => f.context !== undefined && f.text === '';
    if (!files.some(unread) || changes.everything || !mayHaveDependents(files, changes))
        return files;
    const focus = (0,core_changes/* focusOf */.sq)(new store/* Store */.il(files, [], { focus: new Set([...changes.added, ...changes.modified]) }), changes);
    const wanted = (f) => unread(f) && focus?.dependents.has(f.path);
    if (!files.some(wanted))
        return files;
    const oidOf = new Map(models.map((m) => [m.path, m.oid]));
    const blobs = await git.readBlobs(files.filter(wanted).map((f) => oidOf.get(f.path)), fs/* MAX_MODEL_BYTES */.Bb);
    return files.map((f) => {
        const blob = wanted(f) ? blobs.get(oidOf.get(f.path)) : undefined;
        return blob?.ok ? { kind: f.kind, path: f.path, text: blob.text } : f;
    });
}
/** Whether any model names as its replacement a name a changed file declares (see touchedNames). */
function mayHaveDependents(files, changes) {
    const text = new Map(files.map((f) => [f.path, f.text]));
    const touched = (0,core_changes/* touchedNames */.Jr)(changes, (p) => text.get(p));
    return files.some((f) => {
        const r = (f.context ?? (0,store/* plainObject */.ov)(f.text))?.replacement;
        return typeof r === 'string' && touched.has(r.toLowerCase());
    });
}
function policyText(policy, blobs) {
    const blob = blobs.get(policy.oid);
    if (!blob?.ok)
        throw new errors/* CurateError */.nK(`cannot read the staged policy ${policy.path}: ${blob?.ok === false && blob.reason === 'too-large' ? `${blob.size} bytes` : blob?.ok === false && blob.reason === 'not-utf8' ? 'it is not valid UTF-8' : 'its blob is missing'}`, { hint: 'Save the policy as UTF-8 JSON and stage it again.' });
    return { path: policy.path, text: blob.text };
}


/***/ })

};
