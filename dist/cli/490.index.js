export const id = 490;
export const ids = [490];
export const modules = {

/***/ 1490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ touchedNames),
/* harmony export */   X2: () => (/* binding */ stillHas),
/* harmony export */   XG: () => (/* binding */ NO_CHANGE),
/* harmony export */   changeSetOf: () => (/* binding */ changeSetOf),
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
    const touched = touchedNames(changes, (p) => textOf.get(p));
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
/**
 * The names (ids and aliases, lower-cased) the changed files declare before or after the
 * change: a model whose replacement chain reaches one of them depends on the change. Every such
 * chain ends in a link to one of these names, so a store where no model names one as its
 * replacement has no dependents (the hook's reader checks that before building a store).
 */
function touchedNames(changes, textOf) {
    const touched = new Set();
    for (const p of [...changes.added, ...changes.modified, ...changes.deleted])
        for (const n of [namesIn(p, textOf(p)), namesIn(p, changes.before.get(p))])
            for (const name of [n.id, ...n.aliases])
                touched.add(name.toLowerCase());
    return touched;
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
/* harmony export */   CX: () => (/* binding */ POLICY_FILE),
/* harmony export */   L3: () => (/* binding */ triggerPaths),
/* harmony export */   kp: () => (/* binding */ roleOf),
/* harmony export */   tD: () => (/* binding */ POLICY_SCHEMA),
/* harmony export */   tH: () => (/* binding */ modelFolders)
/* harmony export */ });
/* unused harmony exports DEFAULT_LAYOUT, isModelPath */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/**
 * Where things are in a store repository, and what a path is: the one classifier every
 * reader (disk, git index, pull request) and every door uses.
 */

/** The curation policy's file name at a store repository's root, and its schema's. */
const POLICY_FILE = 'curation.config.json';
const POLICY_SCHEMA = 'policy.schema.json';
const DEFAULT_LAYOUT = Object.freeze({ store: 'model-store', schemas: 'schemas', policy: POLICY_FILE });
/**
 * A path's role. Model files are exactly `<store>/<kind>/<name>.json`, the files the store
 * reader reads; anything else under the store (its README, a nested folder) is not a model.
 */
function roleOf(path, layout) {
    if (path === layout.policy)
        return POLICY;
    const { modelDirs, schemas } = prefixesOf(layout);
    // Readers classify every path of the index (10,000 at a time): no string is built per call.
    if (path.endsWith('.json')) {
        for (let i = 0; i < modelDirs.length; i++) {
            const dir = modelDirs[i];
            if (path.startsWith(dir) && path.indexOf('/', dir.length) < 0)
                return MODEL[i];
        }
    }
    if (path.startsWith(schemas) && path.endsWith('.schema.json') && path.indexOf('/', schemas.length) < 0)
        return SCHEMA;
    return OTHER;
}
const POLICY = Object.freeze({ role: 'policy' });
const SCHEMA = Object.freeze({ role: 'schema' });
const OTHER = Object.freeze({ role: 'other' });
const MODEL = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((kind) => Object.freeze({ role: 'model', kind }));
/** The prefixes of a layout, made once per layout (and again if its folders are changed). */
const prefixes = new WeakMap();
function prefixesOf(layout) {
    let p = prefixes.get(layout);
    if (!p || p.store !== layout.store || p.schemasDir !== layout.schemas) {
        p = { store: layout.store, schemasDir: layout.schemas, modelDirs: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((kind) => `${prefix(layout.store)}${kind}/`), schemas: prefix(layout.schemas) };
        prefixes.set(layout, p);
    }
    return p;
}
function isModelPath(path, layout) {
    return roleOf(path, layout).role === 'model';
}
function prefix(dir) {
    return dir === '' || dir === '.' ? '' : `${dir}/`;
}
/** The folders that hold model files. */
function modelFolders(layout) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((k) => `${prefix(layout.store)}${k}`);
}
/** The pathspecs that hold everything `roleOf` cares about (readers ask git about nothing else). */
function triggerPaths(layout) {
    return [...modelFolders(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy];
}


/***/ })

};
