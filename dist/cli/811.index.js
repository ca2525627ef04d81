export const id = 811;
export const ids = [811];
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

/***/ 3805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   px: () => (/* binding */ strictly),
/* harmony export */   xG: () => (/* binding */ runRules)
/* harmony export */ });
/* unused harmony exports FILE_READ, PROTECTED, RULE_IDS */
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1490);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1896);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3264);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1961);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1494);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4230);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2020);
/**
 * The rule engine: every rule of the tiers asked for, over the files each may see, then the
 * policy (exceptions, severity overrides), then the focus (which findings are reported).
 * Pure and synchronous: upstream facts are fetched before it runs.
 */







/** Findings of the readers, not of a rule: a file too large or not JSON. */
const FILE_READ = 'file-read';
/** Rule ids no policy may silence or re-grade. */
const PROTECTED = new Set([_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_SYNTAX */ .xP, FILE_READ, _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_RULE */ .y7, ..._rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y.filter((r) => r.protected).map((r) => r.id)]);
/** Every id a policy may name. */
const RULE_IDS = new Set([_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_SYNTAX */ .xP, FILE_READ, ..._rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y.map((r) => r.id)]);
/** The findings of a run, sorted, with the policy applied and only those in focus. */
function runRules(input) {
    const { store, focus, policy } = input;
    const changes = input.changes ?? _changes_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_CHANGE */ .XG;
    const memo = new Map();
    const ctx = {
        store,
        schemas: input.schemas,
        policy: (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .compilePolicy */ .C_)(policy),
        litellm: input.litellm,
        litellmProblem: input.litellmProblem,
        hf: input.hf,
        changes,
        focus,
        today: input.today,
        perRun: (key, make) => {
            if (!memo.has(key))
                memo.set(key, make());
            return memo.get(key);
        },
    };
    const reportable = focus ? store.entries.filter((e) => focus.files.has(e.file.path) || focus.dependents.has(e.file.path)) : store.entries;
    const inFocus = focus ? reportable.filter((e) => focus.files.has(e.file.path)) : store.entries;
    const added = store.entries.filter((e) => changes.added.has(e.file.path));
    // Dependents (models a change reaches through their replacement chain) are judged only by the
    // link rules: only those findings of theirs are reported, and they are read only for them.
    const targetsOf = (rule) => (rule.tier === 'new' ? added : rule.tier === 'online' || !_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .LINK_RULES */ .jb.has(rule.id) ? inFocus : reportable);
    /** Whether a per-file rule judges an entry (of its targets: the files whose findings it can report). */
    const judges = (rule, e) => (!rule.kind || e.kind === rule.kind) && !(rule.skipDeprecated && e.data.deprecated === true);
    const silencer = new Silencer(store, policy);
    const raw = [...store.syntax];
    const rules = input.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y;
    for (const rule of rules) {
        if (rule.tier === 'online' && !input.online)
            continue;
        if (rule.tier === 'new' && !added.length)
            continue;
        if (rule.scope === 'store') {
            rule.check(ctx, storeReporter(rule, silencer, raw));
            continue;
        }
        if (rule.scope === 'change') {
            if (changes.deleted.size || changes.added.size || changes.modified.size)
                rule.check(ctx, storeReporter(rule, silencer, raw));
            continue;
        }
        // Per-file rules see only files whose findings can be reported.
        const report = fileReporter(rule, silencer, raw);
        for (const e of targetsOf(rule)) {
            if (!judges(rule, e))
                continue;
            report.entry = e;
            rule.check(e, ctx, report);
        }
    }
    /** Where a rule looked at a model: an exception is judged unused only there. */
    const byPath = new Map();
    const looked = (ruleId, file) => {
        const rule = rules.find((r) => r.id === ruleId);
        if (!rule || (rule.tier === 'online' && !input.online) || (rule.tier === 'new' && !added.length) || rule.scope === 'change')
            return false;
        if (rule.scope === 'store')
            return true;
        const targets = targetsOf(rule);
        let paths = byPath.get(targets);
        if (!paths)
            byPath.set(targets, (paths = new Map(targets.map((e) => [e.file.path, e]))));
        const e = paths.get(file);
        return e !== undefined && judges(rule, e);
    };
    const reported = focus ? raw.filter((f) => focus.files.has(f.file) || (focus.dependents.has(f.file) && _changes_js__WEBPACK_IMPORTED_MODULE_0__/* .LINK_RULES */ .jb.has(f.rule))) : raw;
    // Notes on the policy file: its errors always; the rest when the whole store is judged.
    const notes = policyNotes(silencer, policy, looked).filter((f) => f.severity === 'error' || !focus || focus.files.has(f.file));
    return sortFindings([...reported, ...notes].map(bounded));
}
/** The longest message a finding carries: rules quote values through quote(); this is the backstop. */
const MAX_MESSAGE = 1000;
function bounded(f) {
    return f.message.length > MAX_MESSAGE ? { ...f, message: `${[...f.message].slice(0, MAX_MESSAGE - 1).join('')}…` } : f;
}
/**
 * The policy's exceptions and "off" severities, asked before a finding is placed: a finding
 * the policy drops costs no position lookup (on a store with an exception per clone, locating
 * silenced findings was a tenth of the run). Protected rules are never silenced.
 */
class Silencer {
    store;
    policy;
    /** Each (rule, id) excepted: the first entry naming it, and whether it silenced anything. */
    exceptions = new Map();
    quiet;
    ids;
    constructor(store, policy) {
        this.store = store;
        this.policy = policy;
        policy.exceptions.forEach((x, index) => {
            const key = `${x.rule}\u0000${x.id}`;
            if (!this.exceptions.has(key))
                this.exceptions.set(key, { index, used: false });
        });
        this.quiet = this.exceptions.size === 0 && Object.keys(policy.severity).length === 0;
    }
    /** The severity a finding of `rule` is reported with (a policy override wins), or undefined: dropped. */
    severity(rule, options, file, entry) {
        const own = options.severity ?? rule.severity;
        if (this.quiet || PROTECTED.has(rule.id))
            return own;
        const id = entry ? (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .idOf */ .TH)(entry) : this.index().byFile.get(file);
        const ex = id === undefined ? undefined : this.exceptions.get(`${rule.id}\u0000${id}`);
        if (ex)
            return void (ex.used = true);
        const override = Object.hasOwn(this.policy.severity, rule.id) ? this.policy.severity[rule.id] : undefined;
        return override === 'off' ? undefined : (override ?? own);
    }
    /** The file of the first model with this id. */
    fileOf(id) {
        return this.index().firstFile.get(id);
    }
    /** Ids by file and first files by id, made only when a finding is reported by path or a note asks. */
    index() {
        if (!this.ids) {
            this.ids = { byFile: new Map(), firstFile: new Map() };
            for (const e of this.store.entries) {
                const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .idOf */ .TH)(e);
                if (id === undefined)
                    continue;
                this.ids.byFile.set(e.file.path, id);
                if (!this.ids.firstFile.has(id))
                    this.ids.firstFile.set(id, e.file.path);
            }
        }
        return this.ids;
    }
}
/** One reporter per rule, pointed at each file in turn (no closures per file and rule). */
function fileReporter(rule, silencer, out) {
    const report = Object.assign((path, message, options = {}) => {
        const severity = silencer.severity(rule, options, report.entry.file.path, report.entry);
        if (severity)
            out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .findingAt */ .d)(report.entry, rule.id, severity, path, message, options));
    }, {
        entry: undefined,
        placed: (pos, message, options = {}) => {
            const severity = silencer.severity(rule, options, report.entry.file.path, report.entry);
            if (severity)
                out.push({ rule: rule.id, severity, file: report.entry.file.path, line: pos.line, column: pos.column, message, hint: options.hint });
        },
    });
    return report;
}
function storeReporter(rule, silencer, out) {
    return {
        at: (entry, path, message, options = {}) => {
            const severity = silencer.severity(rule, options, entry.file.path, entry);
            if (severity)
                out.push((0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .findingAt */ .d)(entry, rule.id, severity, path, message, options));
        },
        file: (file, message, options = {}) => {
            const severity = silencer.severity(rule, options, file);
            if (severity)
                out.push({ rule: rule.id, severity, file, line: 1, column: 1, message, hint: options.hint });
        },
    };
}
/**
 * What the policy says of itself, once the rules ran (their findings were silenced or
 * re-graded as they were reported; the readers' findings are protected): overrides and
 * exceptions it cannot apply, and exceptions that silenced nothing where their rule looked.
 */
function policyNotes(silencer, policy, looked) {
    const notes = [];
    const unknownRule = (rule) => {
        const guess = (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .closest */ .kp)(rule, RULE_IDS);
        return guess ? `Did you mean "${guess}"?` : `Rule ids: ${[...RULE_IDS].join(', ')}.`;
    };
    for (const rule of Object.keys(policy.severity)) {
        if (PROTECTED.has(rule))
            notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFinding */ .U9)(policy, 'warning', ['severity', rule], `rule "${rule}" cannot be re-graded: it keeps broken or hostile files out`, 'Remove this override; fix the files instead.'));
        else if (!RULE_IDS.has(rule))
            notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFinding */ .U9)(policy, 'warning', ['severity', rule], `severity override for unknown rule "${rule}"`, unknownRule(rule)));
    }
    policy.exceptions.forEach((x, i) => {
        const at = ['exceptions', i];
        if (PROTECTED.has(x.rule))
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFinding */ .U9)(policy, 'warning', [...at, 'rule'], `rule "${x.rule}" cannot have exceptions: it keeps broken or hostile files out`, 'Remove this exception; fix the file instead.', 'value'));
        if (!RULE_IDS.has(x.rule))
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFinding */ .U9)(policy, 'warning', [...at, 'rule'], `exception for unknown rule "${x.rule}"`, unknownRule(x.rule), 'value'));
        const file = silencer.fileOf(x.id);
        if (!file)
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFinding */ .U9)(policy, 'warning', [...at, 'id'], `exception for "${x.id}", which no model in the store has as its id`, 'Remove the exception, or fix the id.', 'value'));
        const state = silencer.exceptions.get(`${x.rule}\u0000${x.id}`);
        if (state && state.index !== i)
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFinding */ .U9)(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" repeats entry ${state.index + 1}`, 'Keep one.'));
        if (state && !state.used && looked(x.rule, file))
            notes.push({ ...(0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFinding */ .U9)(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" no longer matches anything: the model passes the rule`, 'Remove the exception so the rule guards this model again.'), rule: _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .UNUSED_EXCEPTION */ .d_ });
    });
    return notes;
}
const ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        ORDER[a.severity] - ORDER[b.severity] ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message));
}
function summarize(findings, files) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return { files, errors: count('error'), warnings: count('warning'), notices: count('notice') };
}
/** Warnings count as errors (--strict). */
function strictly(findings) {
    return findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ ggufFiles),
/* harmony export */   L3: () => (/* binding */ licenseOf),
/* harmony export */   c5: () => (/* binding */ siblingSize),
/* harmony export */   dA: () => (/* binding */ quantizations),
/* harmony export */   uS: () => (/* binding */ sanitizeHfInfo)
/* harmony export */ });
/* harmony import */ var _bounds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8630);
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9285);
/** The parts of HuggingFace Hub's model API the toolkit reads (shape: local-models.md section 2). */


/** The .gguf files of a repo. */
function ggufFiles(info) {
    return (info.siblings ?? []).filter((s) => s.rfilename.endsWith('.gguf'));
}
/** Distinct quantizations among a repo's .gguf files. */
function quantizations(info) {
    const qs = new Set();
    for (const s of ggufFiles(info)) {
        const q = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .quantFromFileName */ .fX)(s.rfilename);
        if (q)
            qs.add(q);
    }
    return [...qs].sort();
}
/** A sibling's size in bytes, from blobs=true metadata. */
function siblingSize(s) {
    return s.lfs?.size ?? s.size;
}
/** The licence a repo declares: cardData.license, else a `license:` tag (there is no top-level field). */
function licenseOf(info) {
    const card = info.cardData?.license;
    if (typeof card === 'string')
        return card;
    return info.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length);
}
const GATED = new Set([false, 'auto', 'manual']);
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * A Hub model description checked for shape before any rule reads it. Parts that only add detail
 * (a sibling that is not a file entry, a tag that is not a string, a size of the wrong type) are
 * dropped; parts whose loss would change a verdict (the file list, the gating, the downloads,
 * the id) refuse the whole answer: "upstream answer malformed", the check did not run.
 */
function sanitizeHfInfo(raw) {
    const bad = (problem) => ({ ok: false, problem: `upstream answer malformed: ${problem}` });
    if (!isObject(raw))
        return bad('not a JSON object');
    if (typeof raw.id !== 'string' || raw.id.length > 300)
        return bad('"id" is not a repository id');
    const info = { id: raw.id };
    const str = (k) => {
        if (typeof raw[k] === 'string')
            info[k] = raw[k];
    };
    str('sha');
    str('lastModified');
    str('createdAt');
    str('pipeline_tag');
    if (typeof raw.private === 'boolean')
        info.private = raw.private;
    if (typeof raw.disabled === 'boolean')
        info.disabled = raw.disabled;
    if (raw.gated !== undefined) {
        if (!GATED.has(raw.gated))
            return bad(`"gated" is ${JSON.stringify(raw.gated)?.slice(0, 40)}, not false, "auto" or "manual"`);
        info.gated = raw.gated;
    }
    for (const k of ['downloads', 'likes']) {
        if (raw[k] === undefined)
            continue;
        const n = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(raw[k], Number.MAX_SAFE_INTEGER);
        if (n === undefined)
            return bad(`"${k}" is ${JSON.stringify(raw[k])?.slice(0, 40)}, not a whole number from 0`);
        info[k] = n;
    }
    if (typeof raw.trendingScore === 'number' && Number.isFinite(raw.trendingScore))
        info.trendingScore = raw.trendingScore;
    if (Array.isArray(raw.tags))
        info.tags = raw.tags.filter((t) => typeof t === 'string');
    if (isObject(raw.cardData))
        info.cardData = typeof raw.cardData.license === 'string' ? { license: raw.cardData.license } : {};
    if (raw.gguf !== undefined && isObject(raw.gguf)) {
        const g = {};
        if (raw.gguf.total !== undefined) {
            const n = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(raw.gguf.total, Number.MAX_SAFE_INTEGER);
            if (n === undefined)
                return bad('"gguf.total" is not a whole number from 0');
            g.total = n;
        }
        if (typeof raw.gguf.architecture === 'string')
            g.architecture = raw.gguf.architecture;
        if (raw.gguf.context_length !== undefined) {
            const n = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(raw.gguf.context_length, _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TOKENS */ .S0, 1);
            if (n === undefined)
                return bad(`"gguf.context_length" is ${JSON.stringify(raw.gguf.context_length)?.slice(0, 40)}, not a whole number from 1 to ${_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TOKENS */ .S0}`);
            g.context_length = n;
        }
        info.gguf = g;
    }
    if (raw.siblings !== undefined) {
        if (!Array.isArray(raw.siblings))
            return bad('"siblings" is not a list of files');
        const out = [];
        for (const s of raw.siblings) {
            if (!isObject(s) || typeof s.rfilename !== 'string')
                continue;
            const sib = { rfilename: s.rfilename };
            const size = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(s.size, _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FILE_BYTES */ .gZ);
            if (size !== undefined)
                sib.size = size;
            if (isObject(s.lfs)) {
                const lfs = {};
                if (typeof s.lfs.sha256 === 'string' && /^[0-9a-f]{64}$/.test(s.lfs.sha256))
                    lfs.sha256 = s.lfs.sha256;
                const lsize = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(s.lfs.size, _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FILE_BYTES */ .gZ);
                if (lsize !== undefined)
                    lfs.size = lsize;
                sib.lfs = lfs;
            }
            out.push(sib);
        }
        info.siblings = out;
    }
    return { ok: true, info };
}


/***/ }),

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ limitsOf),
/* harmony export */   _I: () => (/* binding */ limitsFromUpstream),
/* harmony export */   sB: () => (/* binding */ compareLimits)
/* harmony export */ });
/* unused harmony export upstreamLimitsOf */
function positive(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}
/** The limits a model file records (fields of the wrong type read as absent: the schema reports them). */
function limitsOf(data) {
    const window = positive(data.context_window);
    return { window, input: positive(data.max_input) ?? window, output: positive(data.max_output) };
}
/** The limits LiteLLM's entry records: its input cap and its output cap. */
function upstreamLimitsOf(entry) {
    return { input: positive(entry.max_input_tokens), output: positive(entry.max_output_tokens) };
}
/**
 * Where a model's limits and LiteLLM's entry disagree: the input limit against
 * `max_input_tokens`, the output limit against `max_output_tokens`. A limit either side
 * leaves out is not compared.
 */
function compareLimits(data, entry) {
    const ours = limitsOf(data);
    const theirs = upstreamLimitsOf(entry);
    const out = [];
    if (ours.input !== undefined && theirs.input !== undefined && ours.input !== theirs.input)
        out.push({ field: positive(data.max_input) !== undefined ? 'max_input' : 'context_window', ours: ours.input, theirs: theirs.input });
    if (ours.output !== undefined && theirs.output !== undefined && ours.output !== theirs.output)
        out.push({ field: 'max_output', ours: ours.output, theirs: theirs.output });
    return out;
}
/**
 * The limits a new file can take from LiteLLM's entry (the scaffolder's prefill). The list
 * records the input cap, never the whole window, so the input cap is the window's best
 * figure: it agrees with compareLimits. When the provider documents a larger whole window
 * (OpenAI's gpt-5: 400,000 with 272,000 input), the curator enters it and keeps the cap as max_input.
 */
function limitsFromUpstream(entry) {
    const { input, output } = upstreamLimitsOf(entry);
    return { context_window: input, max_output: output !== undefined && input !== undefined && output > input ? undefined : output };
}


/***/ }),

/***/ 9285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ parseModelUri),
/* harmony export */   fX: () => (/* binding */ quantFromFileName),
/* harmony export */   hY: () => (/* binding */ normalizeModelUri),
/* harmony export */   wq: () => (/* binding */ shardFiles)
/* harmony export */ });
/**
 * The grammar of `model_uri`: huggingface://<org>/<repo>/<path>.gguf (hf:// is an alias).
 * A strict subset of what ramalama and llama-server accept (see render-targets.md section 4):
 * no '..', no spaces, no ':', and a split model names its first shard.
 */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const SEGMENT = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]*)$/;
const SHARD = /-(\d{5})-of-(\d{5})\.gguf$/;
/**
 * Several rules parse each local model's URI: a store's URIs are parsed once (the results are
 * frozen, so sharing them is safe), in a table cleared when it grows past a big store's size.
 */
const parsed = new Map();
function parseModelUri(value) {
    let r = parsed.get(value);
    if (r === undefined) {
        if (parsed.size >= 200_000)
            parsed.clear();
        parsed.set(value, (r = deepFreeze(parseUri(value))));
    }
    return r;
}
function deepFreeze(o) {
    for (const v of Object.values(o))
        if (v && typeof v === 'object')
            deepFreeze(v);
    return Object.freeze(o);
}
function parseUri(value) {
    const bad = (problem, hint = 'Use huggingface://<org>/<repo>/<file>.gguf, e.g. huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf.') => ({ ok: false, problem, hint });
    const m = /^(huggingface|hf):\/\/(.*)$/.exec(value);
    if (!m)
        return bad('does not start with huggingface:// (or hf://)');
    const rest = m[2];
    if (/[\s\u0000-\u001f\u007f]/.test(rest))
        return bad('contains whitespace or a control character');
    if (rest.includes(':'))
        return bad('contains ":" (ramalama reads it as a quant tag)', 'Name the file instead of a tag: huggingface://<org>/<repo>/<file>.gguf.');
    if (rest.includes('\\'))
        return bad('contains a backslash');
    if (rest.includes('?') || rest.includes('#') || rest.includes('%'))
        return bad('contains "?", "#" or "%"', 'Give the plain path of the file in the repository, without query, fragment or escapes.');
    const parts = rest.split('/');
    if (parts.some((p) => p === '..' || p === '.'))
        return bad('contains a "." or ".." path segment');
    if (parts.length < 3)
        return bad('names no file: expected <org>/<repo>/<file>.gguf');
    const [org, repo, ...path] = parts;
    if (!NAME.test(org) || org.includes('..'))
        return bad(`has an invalid organisation "${org}"`);
    if (!NAME.test(repo) || repo.includes('..'))
        return bad(`has an invalid repository name "${repo}"`);
    if (path.some((p) => !SEGMENT.test(p)))
        return bad('has an empty or invalid path segment');
    const file = path.join('/');
    if (!file.endsWith('.gguf'))
        return bad('does not name a .gguf file', 'Local models are GGUF files: the path ends in .gguf.');
    const uri = { scheme: m[1], org, repo, repoId: `${org}/${repo}`, file };
    const s = SHARD.exec(file);
    if (s) {
        uri.shard = { index: Number(s[1]), total: Number(s[2]) };
        if (uri.shard.index !== 1)
            return bad(`names shard ${uri.shard.index} of ${uri.shard.total}`, 'Point at shard 1 (-00001-of-…): llama.cpp finds the other shards beside it.');
        if (uri.shard.total < 2)
            return bad('names a split file of a single shard');
    }
    return { ok: true, uri };
}
/** Every shard file name of a split model (or just the file). */
function shardFiles(uri) {
    if (!uri.shard)
        return [uri.file];
    const total = uri.shard.total;
    return Array.from({ length: total }, (_, i) => uri.file.replace(SHARD, `-${String(i + 1).padStart(5, '0')}-of-${String(total).padStart(5, '0')}.gguf`));
}
const QUANT = /(?:^|[^A-Za-z0-9])(IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K_XL|Q[2-8]_K(?:_[SML])?|Q[4-8]_[01]|TQ[12]_0|BF16|F16|F32|MXFP4)(?=$|[^A-Za-z0-9])/i;
/** The quantization a GGUF file name states (upper-cased), if it states one. */
function quantFromFileName(file) {
    const base = file.split('/').pop() ?? file;
    return QUANT.exec(base)?.[1].toUpperCase();
}
/** Same target, whatever the alias or case: hf:// and huggingface:// name the same file. */
function normalizeModelUri(value) {
    return value.replace(/^(huggingface|hf):\/\//, 'hf://').toLowerCase();
}


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ changedHashes),
/* harmony export */   Ub: () => (/* binding */ pinsFromHub),
/* harmony export */   W0: () => (/* binding */ pinShapeProblem),
/* harmony export */   aV: () => (/* binding */ pinnedRevision),
/* harmony export */   qu: () => (/* binding */ revisionsToCheck)
/* harmony export */ });
/* unused harmony exports pinnedHashes, hubHashes */
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9285);

const HEX64 = /^[0-9a-f]{64}$/;
const HEX40 = /^[0-9a-f]{40}$/;
/** The hashes a file records, one per shard in shard order ("sha256" is a string for one file). */
function pinnedHashes(data) {
    const v = data.sha256;
    if (typeof v === 'string')
        return HEX64.test(v) ? [v] : undefined;
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' && HEX64.test(x)))
        return v;
    return undefined;
}
function pinnedRevision(data) {
    return typeof data.revision === 'string' && HEX40.test(data.revision) ? data.revision : undefined;
}
/** The Hub's sha256 of each shard (blobs=true), undefined for a shard it gives none for. */
function hubHashes(info, uri) {
    const byName = new Map((info.siblings ?? []).map((s) => [s.rfilename, s]));
    return (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .shardFiles */ .wq)(uri).map((f) => {
        const h = byName.get(f)?.lfs?.sha256;
        return typeof h === 'string' && HEX64.test(h.toLowerCase()) ? h.toLowerCase() : undefined;
    });
}
/** A pin that cannot match the file it names: as many hashes as shards, or it pins nothing. */
function pinShapeProblem(data, uri) {
    const hashes = pinnedHashes(data);
    const shards = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .shardFiles */ .wq)(uri).length;
    if (hashes && hashes.length !== shards)
        return `sha256 lists ${hashes.length} hash${hashes.length === 1 ? '' : 'es'} for ${shards} file${shards === 1 ? '' : 's'}: give one per shard, in shard order`;
    return undefined;
}
/** The shards whose recorded hash differs from the Hub's (a shard the Hub gives no hash for is not compared). */
function changedHashes(data, info, uri) {
    const ours = pinnedHashes(data);
    if (!ours)
        return [];
    const files = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .shardFiles */ .wq)(uri);
    const theirs = hubHashes(info, uri);
    const out = [];
    files.forEach((file, i) => {
        const t = theirs[i];
        if (ours[i] !== undefined && t !== undefined && ours[i] !== t)
            out.push({ file, ours: ours[i], theirs: t });
    });
    return out;
}
/** What `add --online` pins from the Hub's answer: every shard's hash (when the Hub gives all) and the revision it describes. */
function pinsFromHub(info, uri) {
    const hashes = hubHashes(info, uri);
    const out = {};
    if (hashes.every((h) => h !== undefined))
        out.sha256 = hashes.length === 1 ? hashes[0] : hashes;
    if (typeof info.sha === 'string' && HEX40.test(info.sha))
        out.revision = info.sha;
    return out;
}
/** The revisions the store's local models pin, by repository (for the I/O layer to ask about). */
function revisionsToCheck(entries, repoOf) {
    const out = new Map();
    for (const e of entries) {
        if (e.kind !== 'local')
            continue;
        const rev = pinnedRevision(e.data);
        const repo = rev ? repoOf(e.data) : undefined;
        if (!rev || !repo)
            continue;
        const list = out.get(repo) ?? [];
        if (!list.includes(rev))
            list.push(rev);
        out.set(repo, list);
    }
    return out;
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findingAt)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2617);

/** A finding on a field of a model file, at its key or value. */
function findingAt(entry, rule, severity, path, message, options = {}) {
    const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locatorFor */ .qe)(entry.file).at(path, options.at ?? 'key');
    return { rule, severity: options.severity ?? severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint: options.hint };
}


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pricingPresentRule),
/* harmony export */   x: () => (/* binding */ RULE)
/* harmony export */ });
const RULE = 'cloud/pricing-present';
const pricingPresentRule = {
    id: RULE,
    scope: 'file',
    kind: 'cloud',
    skipDeprecated: true,
    tier: 'quality',
    severity: 'error',
    description: 'A cloud model states its published prices (pricing.input_per_1m and output_per_1m).',
    check(e, _ctx, report) {
        // A pricing object without both prices is a schema error; only its absence is this rule's.
        if (e.data.pricing === undefined)
            report([], 'cloud model has no pricing', { hint: 'Add "pricing": { "input_per_1m": "$1.25", "output_per_1m": "$10.00" } from the provider\'s pricing page (leger-curate add prefills it from LiteLLM).' });
    },
};


/***/ }),

/***/ 1494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/rules/cloud/established-provider.ts


const RULE = 'cloud/established-provider';
const establishedProviderRule = {
    id: RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'error',
    description: "A cloud model's provider is one the policy names, and requires_api_key is that provider's key variable.",
    check(e, { policy }, report) {
        const providers = policy.policy.providers;
        const provider = (0,core_store/* str */.gx)(e.data.provider);
        if (!provider)
            return;
        if (!Object.hasOwn(providers, provider)) {
            const known = Object.keys(providers);
            const guess = (0,core_text/* closest */.kp)(provider, known);
            return report(['provider'], `provider "${provider}" is not an established provider of this store`, {
                hint: guess ? `Did you mean "${guess}"? Known: ${known.join(', ')}.` : `Known: ${known.join(', ')}. A new provider is added to "providers" in curation.config.json, by a curator.`,
                at: 'value',
            });
        }
        const want = providers[provider].api_key_env;
        const key = (0,core_store/* str */.gx)(e.data.requires_api_key);
        if (key !== undefined && key !== want)
            report(['requires_api_key'], `requires_api_key "${key}" is not ${provider}'s key variable "${want}"`, {
                hint: `LiteLLM reads ${provider}'s key from ${want}: use it, or change the provider's entry in curation.config.json.`,
                at: 'value',
                severity: 'warning',
            });
    },
};

// EXTERNAL MODULE: ./src/core/litellm.ts
var core_litellm = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/core/model-limits.ts
var model_limits = __webpack_require__(6655);
;// CONCATENATED MODULE: ./src/core/rules/cloud/facts-match-upstream.ts



const facts_match_upstream_RULE = 'cloud/facts-match-upstream';
const PRICES = [
    ['input_per_1m', 'input_cost_per_token'],
    ['output_per_1m', 'output_cost_per_token'],
    ['cache_read_per_1m', 'cache_read_input_token_cost'],
];
const factsMatchUpstreamRule = {
    id: facts_match_upstream_RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'warning',
    description: "The input limit (max_input, else context_window), max_output and prices agree with LiteLLM's entry (prices compare as numbers, \"$1.25\" = 1.25).",
    check(e, { litellm }, report) {
        const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
        const hit = name ? (0,core_litellm/* lookupLiteLLM */.Sb)(litellm.list, name) : undefined;
        if (!hit)
            return; // cloud/litellm-listed reports it
        for (const d of (0,model_limits/* compareLimits */.sB)(e.data, hit.entry)) {
            const theirs = d.field === 'max_output' ? 'max_output_tokens' : 'max_input_tokens';
            const how = d.field === 'context_window' ? ' (the file has no max_input, so its input limit is the whole window)' : '';
            report([d.field], `${d.field} ${d.ours} differs from LiteLLM's ${theirs} ${d.theirs} for "${hit.key}"${how}`, {
                hint: d.field === 'context_window'
                    ? `Check the provider's documentation and ${litellm.origin}: if the provider caps input below the window, record that cap as max_input; else fix whichever is wrong.`
                    : `Check the provider's documentation and ${litellm.origin}.`,
                at: 'value',
            });
        }
        const pricing = e.data.pricing;
        if (!pricing || typeof pricing !== 'object' || Array.isArray(pricing))
            return;
        for (const [field, upstreamField] of PRICES) {
            const ours = (0,core_store/* price */.q9)(pricing[field]);
            const theirs = (0,core_litellm/* perMillion */.SI)((0,core_store/* num */.bu)(hit.entry[upstreamField]));
            if (ours === undefined || theirs === undefined)
                continue;
            if (Math.abs(ours - theirs) > 1e-9)
                report(['pricing', field], `pricing.${field} ${(0,core_litellm/* formatPrice */.$g)(ours)} differs from LiteLLM's ${(0,core_litellm/* formatPrice */.$g)(theirs)} per 1M tokens for "${hit.key}"`, { hint: `Check the provider's pricing page and ${litellm.origin}.`, at: 'value' });
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/cloud/litellm-listed.ts



const litellm_listed_RULE = 'cloud/litellm-listed';
/** Did-you-mean costs a scan of the provider's names: only the first misses of a list get one, so a huge store stays fast. */
const MAX_SUGGESTIONS = 10;
const litellmListedRule = {
    id: litellm_listed_RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'error',
    description: "A cloud model's litellm_model_name is in LiteLLM's price list (OpenAI and Anthropic keys are looked up with and without the prefix).",
    check(e, { litellm, perRun }, report) {
        const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
        if (!name || (0,core_litellm/* lookupLiteLLM */.Sb)(litellm.list, name))
            return;
        // The provider's names (built once per run) and how many suggestions were made.
        const state = perRun(litellm_listed_RULE, () => ({ names: new Map(), made: 0 }));
        const provider = name.split('/')[0];
        let hint = `LiteLLM cannot route a name its list does not hold (${litellm.origin}). Use the name LiteLLM lists, e.g. provider/model-id.`;
        if (state.made++ < MAX_SUGGESTIONS) {
            let names = state.names.get(provider);
            if (!names)
                state.names.set(provider, (names = (0,core_litellm/* providerModels */.Gx)(litellm.list, provider).map((m) => m.name)));
            const guesses = (0,core_text/* closestAll */.rE)(name, names);
            if (guesses.length)
                hint = `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}? (${litellm.origin})`;
        }
        report(['litellm_model_name'], `litellm_model_name ${(0,core_text/* quote */.hD)(name)} is not in LiteLLM's price list`, { hint, at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/cloud/not-preview.ts


const not_preview_RULE = 'cloud/not-preview';
const FIELDS = ['id', 'name', 'litellm_model_name'];
const notPreviewRule = {
    id: not_preview_RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'error',
    description: 'Cloud models are generally available: no preview, beta, experimental or -latest names (patterns from the policy).',
    check(e, { policy }, report) {
        for (const field of FIELDS) {
            const v = (0,core_store/* str */.gx)(e.data[field]);
            const pattern = v === undefined ? undefined : policy.preview(v);
            if (pattern === undefined)
                continue;
            // One finding per model: the first field that shows it.
            return report([field], `${field} ${(0,core_text/* quote */.hD)(v)} names a preview, beta or experimental model (matches /${pattern}/i)`, {
                hint: "The store lists generally available models only: use the stable, dated model name. A \"-latest\" alias changes under users' feet.",
                at: 'value',
            });
        }
    },
};

// EXTERNAL MODULE: ./src/core/rules/cloud/pricing-present.ts
var pricing_present = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/core/changes.ts
var core_changes = __webpack_require__(1490);
;// CONCATENATED MODULE: ./src/core/rules/deleted-model.ts



/**
 * Deleting a model file is refused: the store deprecates, it never deletes, because
 * blueprints in the wild name models by id. A file that moves (its id reappears in another
 * file, e.g. from cloud/ to local/) is not a deletion. Models that name the deleted one as
 * their replacement are named here (their own `deprecation` finding points at the line).
 */
const deletedModelRule = {
    id: 'deleted-model',
    scope: 'change',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'A change never deletes a model file: models are deprecated with a replacement, never deleted.',
    check({ store, changes }, report) {
        for (const path of [...changes.deleted].sort()) {
            const { id, aliases } = (0,core_changes/* namesIn */.wX)(path, changes.before.get(path));
            if ((0,core_changes/* stillHas */.X2)(store, id))
                continue;
            const names = new Set([id, ...aliases].map((n) => n.toLowerCase()));
            const dependents = store.entries.filter((e) => {
                const r = (0,core_store/* str */.gx)(e.data.replacement);
                return r !== undefined && names.has(r.toLowerCase());
            });
            const named = dependents.map((e) => `${(0,core_store/* idOf */.TH)(e) ?? e.file.path} (${e.file.path})`);
            const one = named.length === 1;
            const message = `model "${id}" is deleted; the store deprecates models, it never deletes them` +
                (named.length ? `. ${named.join(', ')} ${one ? 'names' : 'name'} "${id}" as ${one ? 'its' : 'their'} replacement` : '');
            const hint = `Restore the file (git restore --staged --worktree -- ${(0,core_text/* shellQuote */.ZL)(path)}), then deprecate it: ` +
                `leger-curate deprecate ${(0,core_text/* shellQuote */.ZL)(id)} --replacement <id of the model to use instead>` +
                ' (or set "deprecated": true, "replacement" and "enabled": false in the file).' +
                (named.length ? ` Models that name "${id}" as their replacement must point at another model first.` : '');
            report.file(path, message, { hint });
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/deprecation.ts

const deprecationRule = {
    id: 'deprecation',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    description: 'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
    check(e, { store }, report) {
        const deprecated = e.data.deprecated === true;
        const replacement = (0,core_store/* str */.gx)(e.data.replacement);
        if (deprecated && replacement === undefined)
            report(['deprecated'], 'deprecated model names no replacement', { hint: 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).' });
        if (!deprecated && replacement !== undefined)
            report(['replacement'], 'replacement is set but the model is not deprecated', { hint: 'Set "deprecated": true, or remove "replacement".', severity: 'warning' });
        if (replacement !== undefined)
            checkReplacement(store, e, replacement, report);
        if (deprecated && e.data.enabled === true)
            report(['enabled'], 'deprecated model is still enabled by default', { hint: 'Set "enabled": false so new blueprints do not pick it.', at: 'value', severity: 'warning' });
        const sunset = (0,core_store/* str */.gx)(e.data.sunset_date);
        const release = (0,core_store/* str */.gx)(e.data.release_date);
        if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
            report(['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, { hint: 'A model is sunset after it is released: check both dates.', at: 'value' });
        if (sunset && !deprecated)
            report(['sunset_date'], 'sunset_date is set but the model is not deprecated', { hint: 'Set "deprecated": true with a replacement, or remove sunset_date.', severity: 'warning' });
    },
};
function checkReplacement(store, e, replacement, report) {
    const at = 'value';
    const target = store.find(replacement);
    if (!target)
        return report(['replacement'], `replacement "${replacement}" does not exist in the store`, { hint: `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`, at });
    if (target === e)
        return report(['replacement'], 'a model cannot replace itself', { hint: 'Name a different model as the replacement.', at });
    // Follow the chain: a cycle means no model in it is usable.
    const seen = new Set([e]);
    const chain = [(0,core_store/* idOf */.TH)(e) ?? e.file.path];
    let cur = target;
    while (cur && cur.data.deprecated === true) {
        chain.push((0,core_store/* idOf */.TH)(cur) ?? cur.file.path);
        if (seen.has(cur))
            return report(['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, { hint: 'Point the chain at a model that is not deprecated.', at });
        seen.add(cur);
        const next = (0,core_store/* str */.gx)(cur.data.replacement);
        cur = next ? store.find(next) : undefined;
    }
    if (target.data.deprecated === true)
        return report(['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, {
            hint: `Point replacement at the end of the chain${cur ? `: "${(0,core_store/* idOf */.TH)(cur)}"` : ''}.`,
            at,
            severity: 'warning',
        });
    if (target.kind !== e.kind)
        report(['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, { hint: 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', at, severity: 'warning' });
}
function isDate(s) {
    return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

;// CONCATENATED MODULE: ./src/core/rules/duplicate-id.ts

const duplicateIdRule = {
    id: 'duplicate-id',
    scope: 'store',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'Ids are unique across both kinds, case-insensitively, aliases included.',
    check({ store }, report) {
        const claims = new Map();
        const claim = (c) => {
            const key = c.name.toLowerCase();
            const list = claims.get(key);
            if (list)
                list.push(c);
            else
                claims.set(key, [c]);
        };
        for (const entry of store.entries) {
            const id = (0,core_store/* str */.gx)(entry.data.id);
            if (id)
                claim({ entry, path: ['id'], name: id });
            const aliases = entry.data.aliases;
            if (Array.isArray(aliases))
                aliases.forEach((a, i) => {
                    if (typeof a === 'string' && a.toLowerCase() !== id?.toLowerCase())
                        claim({ entry, path: ['aliases', i], name: a });
                });
        }
        for (const list of claims.values()) {
            if (list.length < 2)
                continue;
            const files = new Set(list.map((c) => c.entry.file.path));
            for (const c of list) {
                const others = list.filter((o) => o !== c).map((o) => `${o.entry.file.path} (${o.path[0] === 'id' ? 'id' : 'alias'} "${o.name}")`);
                const what = c.path[0] === 'id' ? 'id' : 'alias';
                const msg = files.size === 1 ? `${what} "${c.name}" is repeated in this file` : `${what} "${c.name}" is also used by ${others.join(', ')}`;
                report.at(c.entry, c.path, msg, { hint: 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', at: 'value' });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
;// CONCATENATED MODULE: ./src/core/rules/duplicate-target.ts



const duplicate_target_FIELDS = [
    { field: 'litellm_model_name', norm: (v) => v.toLowerCase() },
    { field: 'model_uri', norm: model_uri/* normalizeModelUri */.hY },
];
const duplicateTargetRule = {
    id: 'duplicate-target',
    scope: 'store',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'No two models share a litellm_model_name or a model_uri.',
    check({ store }, report) {
        for (const { field, norm } of duplicate_target_FIELDS) {
            const groups = new Map();
            for (const e of store.entries) {
                const v = (0,core_store/* str */.gx)(e.data[field]);
                if (v === undefined)
                    continue;
                const key = norm(v);
                const list = groups.get(key);
                if (list)
                    list.push(e);
                else
                    groups.set(key, [e]);
            }
            for (const list of groups.values()) {
                if (list.length < 2)
                    continue;
                for (const e of list) {
                    const others = list.filter((o) => o !== e).map((o) => o.file.path);
                    report.at(e, [field], `${field} ${(0,core_text/* quote */.hD)(e.data[field])} is also used by ${others.join(', ')}`, { hint: 'Two files describe the same model: keep one, and put the other name in its aliases.', at: 'value' });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/file-name.ts

const fileNameRule = {
    id: 'file-name',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'A model file is named <id>.json and sits in the folder of its kind (cloud/ or local/).',
    check(e, _ctx, report) {
        const base = e.file.path.split('/').pop() ?? '';
        const id = (0,core_store/* idOf */.TH)(e);
        if (id !== undefined && base !== `${id}.json`)
            report(['id'], `file name "${base}" does not match id "${id}"`, { hint: `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, at: 'value' });
        const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data);
        const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data);
        if (e.kind === 'local' && looksCloud)
            report([], 'a cloud model (it has litellm_model_name) sits in local/', { hint: 'Move it to the cloud/ folder of the store.' });
        if (e.kind === 'cloud' && looksLocal)
            report([], 'a local model (it has model_uri) sits in cloud/', { hint: 'Move it to the local/ folder of the store.' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/limits.ts

const limitsRule = {
    id: 'limits',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    description: 'max_input, max_output and ctx_size fit inside context_window.',
    check(e, _ctx, report) {
        const window = (0,core_store/* num */.bu)(e.data.context_window);
        if (window === undefined)
            return;
        for (const field of ['max_input', 'max_output', 'ctx_size']) {
            const v = (0,core_store/* num */.bu)(e.data[field]);
            if (v !== undefined && v > window)
                report([field], `${field} ${v} is larger than context_window ${window}`, { hint: `${field} must fit inside the context window; check both against the model's documentation.`, at: 'value' });
        }
    },
};

// EXTERNAL MODULE: ./src/core/environ-refs.ts
var environ_refs = __webpack_require__(9221);
;// CONCATENATED MODULE: ./src/core/rules/no-environ-refs.ts


const no_environ_refs_RULE = 'no-environ-refs';
/**
 * What render refuses, validate reports first, at the field: LiteLLM replaces every string
 * `os.environ/NAME` anywhere in its config with the variable's value, so a model named
 * `os.environ/OPENAI_API_KEY` would serve the key on /model/info; and a requires_api_key that
 * names the proxy's own variables would hand its master key (or database URL) to a provider.
 */
const noEnvironRefsRule = {
    id: no_environ_refs_RULE,
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'No model text is a string LiteLLM would substitute from the environment (os.environ/...), and requires_api_key names no variable of the deployment itself.',
    check(e, _ctx, report) {
        // One path array for the whole walk, copied only for a finding: a model file has a few
        // hundred strings, and a 100,000-model store a copy per string was most of this rule's cost.
        const path = [];
        const walk = (v) => {
            if (typeof v === 'string') {
                if ((0,environ_refs/* looksLikeEnvRef */.w5)(v))
                    report([...path], `${path.join('.') || 'the file'} starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, {
                        hint: 'No model text may start with "os.environ/": LiteLLM would put the variable\'s value (a key) into its config and serve it. Write the text itself.',
                        at: 'value',
                    });
            }
            else if (Array.isArray(v))
                for (let i = 0; i < v.length; i++) {
                    path.push(i);
                    walk(v[i]);
                    path.pop();
                }
            else if (v && typeof v === 'object')
                for (const k of Object.keys(v)) {
                    path.push(k);
                    if ((0,environ_refs/* looksLikeEnvRef */.w5)(k))
                        report([...path], `the key "${k.slice(0, 80)}" starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, { hint: 'Rename the key.' });
                    walk(v[k]);
                    path.pop();
                }
        };
        walk(e.data);
        const key = (0,core_store/* str */.gx)(e.data.requires_api_key);
        if (key !== undefined && environ_refs/* RESERVED_ENV */.Tn.has(key))
            report(['requires_api_key'], `requires_api_key "${key}" names a variable of the deployment itself`, {
                hint: `A provider key named ${key} would receive the proxy's own setting (render refuses it): use the provider's key variable, e.g. OPENAI_API_KEY.`,
                at: 'value',
            });
    },
};

// EXTERNAL MODULE: ./src/core/rules/local/benchmarks-present.ts
var benchmarks_present = __webpack_require__(593);
;// CONCATENATED MODULE: ./src/core/rules/local/gguf-on-hf.ts


const gguf_on_hf_RULE = 'local/gguf-on-hf';
/** GGUF files that ride along with a model but are not one: llama-server cannot serve them alone. */
const NOT_A_MODEL = /(^|[^a-z])(mmproj|imatrix|lora)([^a-z]|$)/i;
const ggufOnHfRule = {
    id: gguf_on_hf_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'quality',
    severity: 'error',
    description: "A local model is a GGUF model file on HuggingFace: model_uri's grammar (reported by uri-format), and a file that is the model, not a projector, imatrix or LoRA.",
    check(e, _ctx, report) {
        const value = (0,core_store/* str */.gx)(e.data.model_uri);
        const parsed = value === undefined ? undefined : (0,model_uri/* parseModelUri */.Aj)(value);
        if (!parsed?.ok)
            return; // uri-format reports the grammar, at the same place
        const base = parsed.uri.file.split('/').pop() ?? '';
        const m = NOT_A_MODEL.exec(base);
        if (m)
            report(['model_uri'], `model_uri names "${base}", a ${m[2].toLowerCase()} file, not the model's weights`, {
                hint: "Point model_uri at the model GGUF itself (e.g. <Model>-Q4_K_M.gguf); projectors and adapters are loaded beside it.",
                at: 'value',
            });
    },
};

// EXTERNAL MODULE: ./src/core/rules/local/licence.ts
var licence = __webpack_require__(108);
;// CONCATENATED MODULE: ./src/core/rules/local/ram-range.ts

const ram_range_RULE = 'local/ram-range';
const ramRangeRule = {
    id: ram_range_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'quality',
    severity: 'error',
    description: 'ram_required_gb is inside the policy range (1-128 GB by default) and can hold the weights (size_bytes).',
    check(e, { policy }, report) {
        const { ram_min_gb: min, ram_max_gb: max } = policy.policy.thresholds;
        const ram = (0,core_store/* num */.bu)(e.data.ram_required_gb);
        if (ram === undefined)
            return;
        if (ram < min || ram > max)
            return report(['ram_required_gb'], `ram_required_gb ${ram} is outside the store's range of ${min}-${max} GB`, { hint: `The store serves models that fit in ${min}-${max} GB of RAM (thresholds in curation.config.json).`, at: 'value' });
        const size = (0,core_store/* num */.bu)(e.data.size_bytes);
        if (size !== undefined && size / 1e9 > ram)
            report(['ram_required_gb'], `ram_required_gb ${ram} cannot hold the ${(size / 1e9).toFixed(2)} GB of weights (size_bytes ${size})`, {
                hint: 'RAM needed is the file size plus the KV cache at ctx_size plus overhead: leger-curate add computes it.',
                at: 'value',
            });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/redundant-variant.ts


const redundant_variant_RULE = 'local/redundant-variant';
/**
 * The model an id names with its quant, "-vN" revision and "-gguf" dropped:
 * qwen3-4b-v2, qwen3-4b-q8_0 and qwen3-4b all name qwen3-4b.
 */
function variantStem(id) {
    let s = id.toLowerCase();
    for (;;) {
        const next = s
            .replace(/-(v\d+(\.\d+)*)$/, '')
            .replace(/-gguf$/, '')
            .replace(/-(?:i?q\d[a-z0-9_]*|f16|bf16|f32|mxfp4)$/, '');
        if (next === s)
            return s;
        s = next;
    }
}
function repoOf(e) {
    const v = (0,core_store/* str */.gx)(e.data.model_uri);
    const p = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    return p?.ok ? p.uri.repoId.toLowerCase() : undefined;
}
/** The models already in the store (not added by this change, not deprecated), by stem and by repository. */
function existing(ctx) {
    return ctx.perRun(redundant_variant_RULE, () => {
        const byStem = new Map();
        const byRepo = new Map();
        for (const e of ctx.store.entries) {
            if (e.kind !== 'local' || ctx.changes.added.has(e.file.path) || e.data.deprecated === true)
                continue;
            const id = (0,core_store/* idOf */.TH)(e);
            if (id && !byStem.has(variantStem(id)))
                byStem.set(variantStem(id), e);
            const repo = repoOf(e);
            if (repo && !byRepo.has(repo))
                byRepo.set(repo, e);
        }
        return { byStem, byRepo };
    });
}
const redundantVariantRule = {
    id: redundant_variant_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'new',
    severity: 'error',
    description: 'A new local model is not the same model as one already in the store with only a different quant or a -v2 style suffix ("we have Qwen3-4B, don\'t need Qwen3-4B-v2").',
    check(e, ctx, report) {
        const { byStem, byRepo } = existing(ctx);
        const id = (0,core_store/* idOf */.TH)(e);
        const repo = repoOf(e);
        const sameRepo = repo ? byRepo.get(repo) : undefined;
        if (sameRepo) {
            const theirs = (0,model_uri/* quantFromFileName */.fX)((0,core_store/* str */.gx)(sameRepo.data.model_uri) ?? '') ?? (0,core_store/* str */.gx)(sameRepo.data.quantization) ?? 'another file';
            return report(['model_uri'], `the store already has this model from the same repository: "${(0,core_store/* idOf */.TH)(sameRepo)}" (${theirs})`, {
                hint: `One quantization per model: users pick other quants in their blueprint. Improve "${(0,core_store/* idOf */.TH)(sameRepo)}" instead, or deprecate it in favour of this one.`,
                at: 'value',
            });
        }
        const same = id ? byStem.get(variantStem(id)) : undefined;
        if (same)
            report(['id'], `"${id}" is a variant of "${(0,core_store/* idOf */.TH)(same)}", already in the store`, { hint: `Only a different quant or a version suffix sets them apart: update "${(0,core_store/* idOf */.TH)(same)}" instead of adding a variant.`, at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-entries.ts


/** The Hub's answer for a local model's repository, when it was asked. */
function hfAnswer(e, ctx) {
    if (!ctx.hf)
        return undefined;
    const v = (0,core_store/* str */.gx)(e.data.model_uri);
    const parsed = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    if (!parsed?.ok)
        return undefined;
    const result = ctx.hf.get(parsed.uri.repoId);
    return result ? { uri: parsed.uri, result } : undefined;
}
/** Only when the Hub described the repository. */
function hfInfo(e, ctx) {
    const a = hfAnswer(e, ctx);
    return a?.result.status === 'ok' ? { uri: a.uri, info: a.result.info } : undefined;
}

;// CONCATENATED MODULE: ./src/core/rules/online/hf-downloads.ts

const hf_downloads_RULE = 'local/downloads';
const hfDownloadsRule = {
    id: hf_downloads_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The repository has at least the policy's downloads (1,000 in the last 30 days by default): community validated.",
    check(e, ctx, report) {
        const min = ctx.policy.policy.thresholds.min_downloads;
        const h = hfInfo(e, ctx);
        if (h && typeof h.info.downloads === 'number' && h.info.downloads < min)
            report(['model_uri'], `repository "${h.uri.repoId}" has ${h.info.downloads} downloads in the last 30 days; the store wants ${min}`, { hint: "Prefer the model maker's own GGUF repository or a widely used one (ggml-org, unsloth, bartowski).", at: 'value' });
    },
};

// EXTERNAL MODULE: ./src/core/hf.ts
var hf = __webpack_require__(2701);
;// CONCATENATED MODULE: ./src/core/rules/online/hf-facts.ts




const hf_facts_RULE = 'local/facts-match-hf';
const hfFactsRule = {
    id: hf_facts_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'warning',
    description: "size_bytes, context_window and license agree with the repository (file sizes, the GGUF header's context length, the card's licence).",
    check(e, ctx, report) {
        const h = hfInfo(e, ctx);
        if (!h)
            return;
        const { uri, info } = h;
        const size = (0,core_store/* num */.bu)(e.data.size_bytes);
        if (size !== undefined && Array.isArray(info.siblings)) {
            const byName = new Map(info.siblings.map((s) => [s.rfilename, s]));
            const sizes = (0,model_uri/* shardFiles */.wq)(uri).map((f) => {
                const s = byName.get(f);
                return s ? (0,hf/* siblingSize */.c5)(s) : undefined;
            });
            if (sizes.every((s) => typeof s === 'number')) {
                const total = sizes.reduce((a, b) => a + b, 0);
                if (total !== size)
                    report(['size_bytes'], `size_bytes ${size} differs from the repository's ${total}${sizes.length > 1 ? ` (${sizes.length} shards summed)` : ''}`, {
                        hint: 'Copy the size the Hub states for the file (all shards summed); a different size may mean the file was re-uploaded.',
                        at: 'value',
                    });
            }
        }
        const window = (0,core_store/* num */.bu)(e.data.context_window);
        const header = (0,core_store/* num */.bu)(info.gguf?.context_length);
        // The card's native window is often smaller than the header's (Qwen3: 32,768 vs 40,960); larger cannot be served.
        if (window !== undefined && header !== undefined && window > header)
            report(['context_window'], `context_window ${window} is larger than the GGUF header's context length ${header}`, { hint: 'Use the native window the model card states; extended (YaRN) windows go in notes.', at: 'value' });
        const ours = (0,core_store/* str */.gx)(e.data.license);
        const theirs = (0,hf/* licenseOf */.L3)(info);
        if (ours && theirs && ours.toLowerCase() !== theirs.toLowerCase())
            report(['license'], `license "${ours}" differs from the repository's "${theirs}"`, { hint: 'Use the licence identifier the repository card states.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-file.ts


const hf_file_RULE = 'local/hf-file';
const hfFileRule = {
    id: hf_file_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The GGUF file, and every shard of a split model, is among the repository's files.",
    check(e, ctx, report) {
        const h = hfInfo(e, ctx);
        if (!h || !Array.isArray(h.info.siblings))
            return;
        const { uri, info } = h;
        const files = new Set(info.siblings.map((s) => s.rfilename));
        const missing = (0,model_uri/* shardFiles */.wq)(uri).filter((f) => !files.has(f));
        if (!missing.length)
            return;
        const what = uri.shard ? `${missing.length} of its ${uri.shard.total} shards: ${missing.join(', ')}` : `"${uri.file}"`;
        const near = [...files].filter((f) => f.endsWith('.gguf')).slice(0, 8);
        report(['model_uri'], `repository "${uri.repoId}" does not hold ${what}`, { hint: near.length ? `Its GGUF files include: ${near.join(', ')}.` : 'The repository holds no .gguf file.', at: 'value' });
    },
};

// EXTERNAL MODULE: ./src/core/pins.ts
var pins = __webpack_require__(59);
;// CONCATENATED MODULE: ./src/core/rules/online/hf-pinned.ts


const hf_pinned_RULE = 'local/pinned-file';
const hfPinnedRule = {
    id: hf_pinned_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "A pinned file still is what was verified: its sha256 agrees with the Hub's (a changed hash means the file was replaced), and its revision still exists.",
    check(e, ctx, report) {
        const a = hfAnswer(e, ctx);
        if (a?.result.status !== 'ok')
            return;
        const { uri, result } = a;
        const shape = (0,pins/* pinShapeProblem */.W0)(e.data, uri);
        if (shape)
            report(['sha256'], shape, { hint: 'A split model pins every shard: "sha256": ["<shard 1>", "<shard 2>", ...].', at: 'value' });
        const changed = shape ? [] : (0,pins/* changedHashes */.FZ)(e.data, result.info, uri);
        if (changed.length)
            report(['sha256'], `the file was replaced upstream: ${changed.map((c) => `${c.file} now has sha256 ${c.theirs}, not ${c.ours}`).join('; ')}`, {
                hint: "Same name, other bytes: check what changed (the repo's commit history), then verify the new file and update sha256, revision and size_bytes, or pin the old revision.",
                at: 'value',
            });
        const rev = (0,pins/* pinnedRevision */.aV)(e.data);
        if (rev && result.revisions?.[rev] === 'not-found')
            report(['revision'], `revision ${rev} no longer exists in "${uri.repoId}"`, {
                hint: "The repository's history was rewritten or the commit removed: verify the file at the current revision and update revision (and sha256 if it changed).",
                at: 'value',
                severity: 'warning',
            });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-gated.ts

const hf_gated_RULE = 'local/gated';
const hfGatedRule = {
    id: hf_gated_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'notice',
    description: 'A gated repository (users must accept terms and use a token) is reported.',
    check(e, ctx, report) {
        const h = hfInfo(e, ctx);
        if (h?.info.gated)
            report(['model_uri'], `repository "${h.uri.repoId}" is gated (${h.info.gated}): users must accept its terms and download with a token`, { hint: 'Say so in notes, or prefer an ungated mirror of the same weights.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-quantizations.ts


const hf_quantizations_RULE = 'local/quantizations';
const hfQuantizationsRule = {
    id: hf_quantizations_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The repository offers at least the policy's number of distinct quantizations (2 by default), so users can pick another.",
    check(e, ctx, report) {
        const min = ctx.policy.policy.thresholds.min_quantizations;
        const h = hfInfo(e, ctx);
        if (!h || !Array.isArray(h.info.siblings))
            return;
        const qs = (0,hf/* quantizations */.dA)(h.info);
        if (qs.length < min)
            report(['model_uri'], `repository "${h.uri.repoId}" offers ${qs.length === 0 ? 'no recognisable quantization' : `only ${qs.join(', ')}`}; the store wants ${min} or more`, { hint: 'Pick a repository that publishes several quantizations of the model.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-repo.ts

const hf_repo_RULE = 'local/hf-repo';
const hfRepoRule = {
    id: hf_repo_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The model's HuggingFace repository exists and is not disabled.",
    check(e, ctx, report) {
        const a = hfAnswer(e, ctx);
        if (a?.result.status === 'not-found')
            report(['model_uri'], `HuggingFace repository "${a.uri.repoId}" does not exist: ${a.result.message}`, { hint: 'Check the <org>/<repo> part of model_uri on huggingface.co; private repositories cannot be served to users.', at: 'value' });
        else if (a?.result.status === 'ok' && a.result.info.disabled === true)
            report(['model_uri'], `HuggingFace repository "${a.uri.repoId}" is disabled`, { hint: 'A disabled repository serves no files: pick another source for this model.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/upstream-unreachable.ts

const upstream_unreachable_RULE = 'upstream-unreachable';
const hint = 'The check did not run. Retry later, or check the network and HF_ENDPOINT / LITELLM_PRICES_URL / HF_TOKEN.';
const upstreamUnreachableRule = {
    id: upstream_unreachable_RULE,
    scope: 'file',
    tier: 'online',
    severity: 'error',
    protected: true,
    description: 'An online check that could not reach its upstream is an error, never a silent pass.',
    check(e, ctx, report) {
        if (e.kind === 'local') {
            const a = hfAnswer(e, ctx);
            if (a?.result.status === 'unreachable')
                report(['model_uri'], `could not check the HuggingFace repository: ${a.result.message}`, { hint, at: 'value' });
        }
        else if (ctx.litellmProblem) {
            report(['litellm_model_name'], `could not fetch LiteLLM's live price list (checked against ${ctx.litellm.origin} instead): ${ctx.litellmProblem}`, { hint, at: 'value' });
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/policy-denied.ts


const policy_denied_RULE = 'policy/denied';
const policyDeniedRule = {
    id: policy_denied_RULE,
    scope: 'file',
    tier: 'quality',
    severity: 'error',
    description: "No model the policy's deny list names (a provider, a HuggingFace organisation or an id pattern), and with an allow list, only models on it. Deny wins.",
    check(e, { policy }, report) {
        const id = (0,core_store/* idOf */.TH)(e);
        if (!id)
            return;
        let provider = (0,core_store/* str */.gx)(e.data.provider);
        let field = 'provider';
        if (e.kind === 'local') {
            const u = (0,core_store/* str */.gx)(e.data.model_uri);
            const parsed = u ? (0,model_uri/* parseModelUri */.Aj)(u) : undefined;
            provider = parsed?.ok ? parsed.uri.org : undefined;
            field = 'model_uri';
        }
        const why = policy.refusal(id, provider);
        if (why)
            report(why.startsWith('provider') ? [field] : ['id'], `the curation policy refuses this model: ${why}`, { hint: 'The allow and deny lists are in curation.config.json; a curator changes them.', at: 'value' });
    },
};

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
;// CONCATENATED MODULE: ./src/core/rules/schema.ts

const schemaRule = {
    id: schema/* SCHEMA */.yx,
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
    // schemaFindings places each ajv error itself (unknown keys at the key, values at the value).
    check(e, { schemas }, report) {
        const name = `${e.kind}.schema.json`;
        for (const f of (0,schema/* schemaFindings */.I$)(e.file, schemas, name, schemas.errors(name, e.data)))
            report.placed({ line: f.line ?? 1, column: f.column ?? 1 }, f.message, { hint: f.hint });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/sources-present.ts
const sources_present_RULE = 'sources-present';
const sourcesPresentRule = {
    id: sources_present_RULE,
    scope: 'file',
    tier: 'quality',
    severity: 'warning',
    description: 'Every model names the sources its facts come from.',
    check(e, _ctx, report) {
        if (e.data.sources === undefined)
            report([], 'model names no sources', { hint: 'Add "sources": [ URLs of the pages every fact here comes from: the provider\'s docs, the model card, LiteLLM\'s list ].' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/stale-verification.ts

const stale_verification_RULE = 'stale-verification';
const DAY = 86_400_000;
const staleVerificationRule = {
    id: stale_verification_RULE,
    scope: 'file',
    tier: 'quality',
    severity: 'notice',
    description: "last_verified is within the policy's staleness window.",
    check(e, { policy, today }, report) {
        const days = policy.policy.thresholds.stale_after_days;
        const now = Date.parse(today);
        const v = (0,core_store/* str */.gx)(e.data.last_verified);
        const t = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(v) : NaN;
        if (Number.isNaN(now) || Number.isNaN(t))
            return;
        const age = Math.floor((now - t) / DAY);
        if (age > days)
            report(['last_verified'], `last verified ${age} days ago (${v}); the policy wants every ${days} days`, { hint: 'Re-check the facts against their sources (leger-curate validate --online helps) and set last_verified to today.', at: 'value' });
        else if (age < -1)
            report(['last_verified'], `last_verified ${v} is in the future`, { hint: 'Set last_verified to the day the facts were checked.', at: 'value', severity: 'warning' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/uri-format.ts



const uriFormatRule = {
    id: 'uri-format',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'model_uri follows huggingface://<org>/<repo>/<file>.gguf; hf_repo, hf_file and quantization agree with it; litellm_model_name starts with the provider.',
    check(e, _ctx, report) {
        if (e.kind === 'cloud') {
            const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
            const provider = (0,core_store/* str */.gx)(e.data.provider);
            if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
                report(['litellm_model_name'], `litellm_model_name ${(0,core_text/* quote */.hD)(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, {
                    hint: `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`,
                    at: 'value',
                    severity: 'warning',
                });
            return;
        }
        const value = (0,core_store/* str */.gx)(e.data.model_uri);
        if (value === undefined)
            return;
        const parsed = (0,model_uri/* parseModelUri */.Aj)(value);
        if (!parsed.ok)
            return report(['model_uri'], `model_uri ${parsed.problem}`, { hint: parsed.hint, at: 'value' });
        const { uri } = parsed;
        const repo = (0,core_store/* str */.gx)(e.data.hf_repo);
        if (repo !== undefined && repo !== uri.repoId)
            report(['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, { hint: 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', at: 'value' });
        const file = (0,core_store/* str */.gx)(e.data.hf_file);
        if (file !== undefined && file !== uri.file)
            report(['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, { hint: 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', at: 'value' });
        const quant = (0,core_store/* str */.gx)(e.data.quantization);
        const stated = (0,model_uri/* quantFromFileName */.fX)(uri.file);
        if (quant && stated && quant.toUpperCase() !== stated)
            report(['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, { hint: `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts






























const RULES = [
    // structure: what makes a file usable at all
    schemaRule,
    fileNameRule,
    duplicateIdRule,
    duplicateTargetRule,
    uriFormatRule,
    deprecationRule,
    limitsRule,
    noEnvironRefsRule,
    deletedModelRule,
    // quality: the store's curation bar
    policyDeniedRule,
    litellmListedRule,
    factsMatchUpstreamRule,
    pricing_present/* pricingPresentRule */.M,
    establishedProviderRule,
    notPreviewRule,
    ggufOnHfRule,
    benchmarks_present/* benchmarksPresentRule */.y,
    ramRangeRule,
    licence/* licenceRule */.O,
    sourcesPresentRule,
    staleVerificationRule,
    // new submissions
    redundantVariantRule,
    // online
    upstreamUnreachableRule,
    hfRepoRule,
    hfFileRule,
    hfDownloadsRule,
    hfQuantizationsRule,
    hfGatedRule,
    hfFactsRule,
    hfPinnedRule,
];


/***/ }),

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ RULE),
/* harmony export */   y: () => (/* binding */ benchmarksPresentRule)
/* harmony export */ });
const RULE = 'local/benchmarks-present';
const benchmarksPresentRule = {
    id: RULE,
    scope: 'file',
    kind: 'local',
    skipDeprecated: true,
    tier: 'quality',
    severity: 'error',
    description: 'A local model records published benchmark scores (MMLU, HumanEval, ...), each from a source.',
    check(e, _ctx, report) {
        if (e.data.benchmarks === undefined)
            report([], 'local model has no published benchmarks', {
                hint: 'Add "benchmarks": { "mmlu": 85.3 } with the scores the model card or paper publishes, and that page in "sources". If none are published, a curator may add a policy exception with the reason.',
            });
    },
};


/***/ }),

/***/ 108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ licenceRule),
/* harmony export */   x: () => (/* binding */ RULE)
/* harmony export */ });
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);

const RULE = 'local/licence';
const licenceRule = {
    id: RULE,
    scope: 'file',
    kind: 'local',
    tier: 'quality',
    severity: 'error',
    description: "A local model states its licence, and the policy's licence list allows it.",
    check(e, { policy }, report) {
        const licence = (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(e.data.license);
        if (licence === undefined) {
            // A licence of the wrong type is the schema's finding.
            if (e.data.license === undefined)
                report([], 'local model states no licence', { hint: 'Add "license" as the HuggingFace repo names it (cardData.license), e.g. "apache-2.0".' });
            return;
        }
        if (!policy.licenses.has(licence.toLowerCase()))
            report(['license'], `licence "${licence}" is not one the policy allows`, { hint: `Allowed: ${policy.policy.licenses.join(', ')} (licenses in curation.config.json).`, at: 'value' });
    },
};


/***/ }),

/***/ 7811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check),
  Qs: () => (/* binding */ checkDraft),
  Li: () => (/* binding */ filesWithErrors),
  ho: () => (/* binding */ assemble_open),
  iA: () => (/* binding */ prepare)
});

// UNUSED EXPORTS: compilerFor

// EXTERNAL MODULE: ./src/core/changes.ts
var core_changes = __webpack_require__(1490);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/policy.ts + 1 modules
var policy = __webpack_require__(3264);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/io/litellm.ts
var litellm = __webpack_require__(9995);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/litellm.ts
var core_litellm = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/io/litellm-lookups.ts
/**
 * The LiteLLM snapshot as the hook reads it: a commit's check looks up the few names its staged
 * cloud models route to, yet parsing the list costs ~25 ms (1.5 MB), ~70 ms on a 10,000-model
 * store's list. The answers of earlier runs are kept in the repository's own folder
 * (.git/leger-curate/litellm.json) under the hash of the list they came from, so a list changed
 * in any way is parsed again; a name not kept, or a question that needs the whole list (its
 * keys, for a did-you-mean), parses it as before. Kept entries pass the same checks as parsed
 * ones (asLiteLLMList). Safe to delete: a missing, unreadable or foreign file is ignored.
 */






const FORMAT = 'leger-curate litellm lookups 1';
/** Names kept: a store's commits touch a few models at a time; a few hundred kilobytes at most. */
const MAX_NAMES = 512;
const MAX_BYTES = 4 * 1024 * 1024;
/** Whether a source keeps its answers for the next run (the hook's). */
function isCached(source) {
    return typeof source.save === 'function';
}
/** The data folder's snapshot, answering from `cacheDir`'s lookups where the list is the one they came from. */
function cachedSnapshot(dataDir, cacheDir) {
    const file = external_node_path_default().join(cacheDir, 'litellm.json');
    let state;
    let full;
    const learnt = new Map();
    let origin;
    const read = () => {
        if (state)
            return state;
        const raw = (0,litellm/* readSnapshotBytes */.Sm)(dataDir);
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
        const kept = keptFor(file, sha256);
        const present = Object.create(null);
        for (const [name, entry] of kept)
            if (entry)
                present[name] = entry;
        return (state = { raw, sha256, kept, known: (0,core_litellm/* asLiteLLMList */.qo)(present) });
    };
    const whole = () => (full ??= (0,litellm/* snapshotFrom */.jv)(dataDir, read().raw, read().sha256));
    /** The entry under `key`, from the kept answers when they have it, else from the list (and learnt). */
    const entry = (key) => {
        if (typeof key !== 'string')
            return undefined;
        const s = read();
        if (s.kept.has(key))
            return s.kept.get(key) === null ? undefined : s.known[key];
        const e = Object.hasOwn(whole().list, key) ? whole().list[key] : undefined;
        learnt.set(key, e ?? null);
        return e;
    };
    return {
        list: (0,core_litellm/* listView */._O)(entry, () => Reflect.ownKeys(whole().list)),
        get origin() {
            return (origin ??= (0,litellm/* snapshotOrigin */.P6)(dataDir, () => read().sha256));
        },
        offline: true,
        save() {
            if (!learnt.size || !state)
                return;
            // The newest answers first, then the kept ones, up to MAX_NAMES.
            const names = [...learnt, ...[...state.kept].filter(([n]) => !learnt.has(n))].slice(0, MAX_NAMES);
            try {
                (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
                (0,fs/* writeFileAtomic */.Zf)(file, JSON.stringify({ format: FORMAT, sha256: state.sha256, names }));
            }
            catch {
                // a read-only repository or a full disk: the next commit parses the list again
            }
        },
    };
}
/** The answers kept for the list with this hash (none when the file is missing, foreign or of another list). */
function keptFor(file, sha256) {
    const kept = new Map();
    try {
        const text = (0,fs/* readBounded */.CB)(file, MAX_BYTES);
        if (typeof text !== 'string')
            return kept;
        const doc = JSON.parse(text);
        if (doc.format !== FORMAT || doc.sha256 !== sha256 || !Array.isArray(doc.names))
            return kept;
        for (const pair of doc.names.slice(0, MAX_NAMES)) {
            if (!Array.isArray(pair) || typeof pair[0] !== 'string')
                continue;
            const [name, entry] = pair;
            if (entry === null)
                kept.set(name, null);
            else if (entry && typeof entry === 'object' && !Array.isArray(entry))
                kept.set(name, entry);
        }
    }
    catch {
        // no answers yet, or a file that cannot be read: parse the list
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/io/assemble.ts
/**
 * The assembler: the only place that turns a snapshot into a Store, Schemas, the compiled
 * policy and the upstream facts, and runs the rules. Every door (validate, the hook, the
 * Action, add, deprecate, render, release) calls it, so two doors that read the same tree
 * reach the same verdict; doors differ only in the snapshot they read and what they report.
 */







/**
 * Parses the files, builds the schemas and reads the policy. `compiler` (ajv) is needed only
 * when the snapshot's schemas, or its base's, are not the prebuilt ones: see compilerFor.
 */
function assemble_open(snapshot, compiler) {
    const changes = snapshot.changes;
    // Outside a change's files, a plain JSON.parse serves cross-file rules (see Store).
    const quick = changes && !changes.everything ? new Set([...changes.added, ...changes.modified]) : undefined;
    const store = new core_store/* Store */.il(snapshot.files, snapshot.refused, { focus: quick });
    return { snapshot, store, compiler, ...configure(snapshot, snapshot, compiler) };
}
/** ajv's compiler when some schema in play is not prebuilt, loaded then (about 20 ms of start-up otherwise spent for nothing). */
async function compilerFor(snapshot) {
    const docs = [snapshot.schemaDocs, snapshot.base?.schemaDocs].filter((d) => d !== undefined);
    return docs.every(schema/* isPrebuilt */.su) ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(32)]).then(__webpack_require__.bind(__webpack_require__, 9032))).ajvCompiler;
}
/** The schemas and the policy of a config (the snapshot's own, or its base's). */
function configure(snapshot, config, compiler) {
    // Checking the schemas themselves costs the meta-schema's compile: only when they are in question.
    const schemas = new schema/* Schemas */.ny(config.schemaDocs, { checkSchemas: !snapshot.changes || Boolean(snapshot.changes.everything), compiler });
    const read = config.policy ? (0,policy/* readPolicy */.T4)(config.policy, schemas) : { policy: policy/* DEFAULT_POLICY */.zj, findings: [] };
    return { schemas, policy: read.policy, policyFindings: read.findings };
}
/** Opens the snapshot and gathers the upstream facts for the files in `focus` (all when undefined). */
async function prepare(snapshot, request = {}, focus) {
    const env = request.env ?? process.env;
    const opened = assemble_open(snapshot, await compilerFor(snapshot));
    const { store } = opened;
    // The HTTP clients load only for an online check: the hook and the usual check never use them.
    const upstream = request.online
        ? await (await __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 2955))).gatherUpstream(store, { env, dataDir: snapshot.dataDir, scope: focus?.files, hfClient: request.hfClient })
        : { litellm: snapshot.lookups ? cachedSnapshot(snapshot.dataDir, snapshot.lookups) : lazySnapshot(snapshot.dataDir) };
    return { ...opened, ...upstream, today: request.today ?? todayOf(env) };
}
/** The verdict on a snapshot, with everything it was computed from. */
async function check(snapshot, request = {}) {
    // The focus needs the parsed store (replacement chains); the store is parsed once, in prepare.
    let focus = request.report ? (0,core_changes/* focusOn */.sS)(request.report) : undefined;
    const prepared = await prepare(snapshot, request, focus ?? (snapshot.changes && !snapshot.changes.everything ? (0,core_changes/* focusOn */.sS)([...snapshot.changes.added, ...snapshot.changes.modified]) : undefined));
    const { store, today } = prepared;
    if (!focus && snapshot.changes)
        focus = (0,core_changes/* focusOf */.sq)(store, snapshot.changes);
    const facts = { litellm: prepared.litellm, litellmProblem: prepared.litellmProblem, hf: prepared.hf, changes: snapshot.changes, focus, online: request.online, today };
    let findings;
    if (snapshot.base?.missing) {
        // Without the base's policy the change could loosen its own check: refuse it rather than trust it.
        findings = [...(0,engine/* runRules */.xG)({ ...prepared, ...facts }), ...prepared.policyFindings, ...configRefusal(snapshot, snapshot.base.missing)];
    }
    else if (snapshot.base && configDiffers(snapshot, snapshot.base)) {
        // The change's model files are judged under the base's policy and schemas (the verdict); what
        // the new policy or schemas would do to the whole store is reported as notices on the change.
        const base = { ...prepared, ...configure(snapshot, snapshot.base, prepared.compiler) };
        const whole = (o) => (0,engine/* runRules */.xG)({ ...o, ...facts, focus: undefined });
        focus = request.report ? focus : (0,core_changes/* focusOf */.sq)(store, { ...snapshot.changes, everything: undefined });
        const verdict = (0,engine/* runRules */.xG)({ ...base, ...facts, focus });
        findings = [...verdict, ...prepared.policyFindings, ...effectOf(whole(base), whole(prepared), snapshot)];
    }
    else {
        findings = [...(0,engine/* runRules */.xG)({ ...prepared, ...facts }), ...prepared.policyFindings];
    }
    if (request.strict)
        findings = (0,engine/* strictly */.px)(findings);
    findings = (0,engine/* sortFindings */.Tc)(findings);
    // The hook keeps the snapshot's answers for its next commit.
    if (isCached(prepared.litellm))
        prepared.litellm.save();
    const files = focus ? focus.files.size : store.files.length + snapshot.refused.length;
    return { ...prepared, verdict: { findings, summary: (0,engine/* summarize */.eh)(findings, files), focus } };
}
/**
 * One new or edited model file judged as `validate` would judge it once written: the store
 * with this file, the full policy, the new-submission tier when `added`, the same upstream
 * facts. The scaffolder calls this for every answer, so it re-parses only the one file.
 */
function checkDraft(prepared, file, options) {
    const store = prepared.store.withFile(file);
    const only = new Set([file.path]);
    const none = new Set();
    const changes = { added: options.added ? only : none, modified: options.added ? none : only, deleted: none, before: new Map(), config: none };
    return (0,engine/* sortFindings */.Tc)((0,engine/* runRules */.xG)({ ...prepared, store, changes, focus: (0,core_changes/* focusOn */.sS)(only), online: false }));
}
/**
 * The data folder's LiteLLM snapshot, read (1.5 MB of JSON) the first time a rule looks at it:
 * only a cloud model in focus does, so a commit of local models never pays for the list.
 */
function lazySnapshot(dataDir) {
    let source;
    const read = () => (source ??= (0,litellm/* loadLiteLLMSnapshot */.Ez)(dataDir));
    return {
        get list() {
            return read().list;
        },
        get origin() {
            return read().origin;
        },
        offline: true,
    };
}
function todayOf(env) {
    const pinned = env.LEGER_TODAY;
    return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : new Date().toISOString().slice(0, 10);
}
function configDiffers(snapshot, base) {
    return snapshot.policy?.text !== base.policy?.text || JSON.stringify(snapshot.schemaDocs) !== JSON.stringify(base.schemaDocs);
}
/** Where a change to the policy or the schemas shows: the first line that differs, in the first file the change touches. */
function changedLine(snapshot) {
    const policy = snapshot.policy;
    const basePolicy = snapshot.base?.policy;
    if (policy && policy.text !== basePolicy?.text) {
        const a = policy.text.split('\n');
        const b = basePolicy?.text.split('\n') ?? [];
        let i = 0;
        while (i < a.length && a[i] === b[i])
            i++;
        return { file: policy.path, line: Math.min(i, a.length - 1) + 1 };
    }
    return { file: [...(snapshot.changes?.config ?? [])].sort()[0] ?? snapshot.layout.policy, line: 1 };
}
const EFFECT = 'config-effect';
/**
 * What the change to the policy or schemas would do to the verdict, as notices on its first
 * changed line: each finding it would add, and each it would silence.
 */
function effectOf(base, head, snapshot) {
    const key = (f) => [f.rule, f.severity, f.file, f.line, f.column, f.message].join('\u0000');
    const before = new Set(base.map(key));
    const after = new Set(head.map(key));
    const at = changedLine(snapshot);
    const ref = snapshot.base.ref;
    const hint = `Model files are judged under the policy and schemas of ${ref}; this change applies once it is merged.`;
    const note = (f, verb) => ({
        rule: EFFECT,
        severity: 'notice',
        file: at.file,
        line: at.line,
        column: 1,
        message: `this change would ${verb} ${f.severity} ${f.rule} at ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`,
        hint,
    });
    return [...head.filter((f) => !before.has(key(f))).map((f) => note(f, 'add')), ...base.filter((f) => !after.has(key(f))).map((f) => note(f, 'silence'))];
}
function configRefusal(snapshot, why) {
    const at = changedLine(snapshot);
    return [
        {
            rule: EFFECT,
            severity: 'error',
            file: at.file,
            line: at.line,
            column: 1,
            message: `this change touches the policy or the schemas, and the base commit's cannot be read (${why}): it cannot be judged without them`,
            hint: 'Check out the full history (actions/checkout with fetch-depth: 0) so the change is judged under the base commit\'s policy and schemas.',
        },
    ];
}
/** Each model file with errors, and its first error: what render and release refuse to use. */
function filesWithErrors(findings) {
    const out = new Map();
    for (const f of findings)
        if (f.severity === 'error' && !out.has(f.file))
            out.set(f.file, f);
    return out;
}


/***/ })

};
