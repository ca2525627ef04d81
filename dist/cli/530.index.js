export const id = 530;
export const ids = [530,32];
export const modules = {

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
function parseModelUri(value) {
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

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findingAt)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2617);
/** The rule contract, and the helpers rules use to place their findings. */

/**
 * A finding about one field of one model file, placed on that field's key
 * (or its value with `at: 'value'`); a path that does not exist falls back to its parent.
 */
function findingAt(entry, rule, severity, path, message, hint, at = 'key') {
    const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locatorFor */ .qe)(entry.file).at(path, at);
    return { rule, severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint };
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCHEMA: () => (/* binding */ SCHEMA),
/* harmony export */   Schemas: () => (/* binding */ Schemas),
/* harmony export */   fieldName: () => (/* binding */ fieldName),
/* harmony export */   schemaFindings: () => (/* binding */ schemaFindings)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2617);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/**
 * JSON Schema validation with ajv (draft 2020-12, strict, allErrors), and the mapping of
 * ajv's errors to findings that point at the offending key or value.
 */





const SCHEMA = 'schema';
class Schemas {
    docs;
    ajv;
    compiled = new Map();
    /**
     * `checkSchemas: false` skips validating the schemas themselves against the draft 2020-12
     * meta-schema: compiling the meta-schema is most of the start-up cost, and the pre-commit hook
     * skips it when no schema is staged (strict mode still rejects unknown keywords at compile).
     */
    constructor(docs, options = {}) {
        this.docs = docs;
        // verbose: errors carry parentSchema, whose description and examples become hints.
        this.ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, validateSchema: options.checkSchemas ?? true });
        ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](this.ajv);
        for (const [name, doc] of Object.entries(docs)) {
            try {
                this.ajv.addSchema(doc, name);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} is invalid: ${err.message}`, { cause: err });
            }
        }
    }
    /** The compiled validator for a schema file name (compiled once, on first use). */
    validator(name) {
        let v = this.compiled.get(name);
        if (!v) {
            try {
                v = this.ajv.getSchema(name);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} does not compile: ${err.message}`, { cause: err });
            }
            if (!v)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} is missing`, { hint: 'Point --schemas at the folder holding cloud.schema.json and local.schema.json.' });
            this.compiled.set(name, v);
        }
        return v;
    }
    /** Validates data; returns ajv's errors (empty when valid). */
    errors(name, data) {
        const v = this.validator(name);
        return v(data) ? [] : [...(v.errors ?? [])];
    }
    /**
     * The annotations (description, examples) of the field at `path`: the property's own, else
     * those of the definition it refers to. ajv's parentSchema is the innermost definition
     * (e.g. positiveInt), which knows nothing of what the field means.
     */
    annotations(name, path) {
        let schema = this.resolve(name, this.docs[name]);
        for (const seg of path) {
            const s = schema.node;
            const next = typeof seg === 'number' ? s?.items : (s?.properties?.[seg] ?? s?.additionalProperties);
            if (!next || typeof next !== 'object')
                return {};
            schema = this.resolve(schema.doc, next);
        }
        return schema.notes;
    }
    resolve(doc, node) {
        const notes = {};
        for (let hops = 0; node && typeof node === 'object' && hops < 8; hops++) {
            const n = node;
            // The field's meaning first, then the form its definition demands.
            if (n.description)
                notes.description = notes.description ? `${notes.description}: ${n.description}` : n.description;
            notes.examples ??= n.examples;
            if (!n.$ref)
                break;
            const [file, pointer = ''] = n.$ref.split('#');
            if (file)
                doc = file;
            node = (0,_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerToPath */ .ox)(pointer).reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), this.docs[doc]);
        }
        return { doc, node, notes };
    }
    /** Schema order of a schema's top-level properties: model files are written in this order. */
    keyOrder(name) {
        const doc = this.docs[name];
        return Object.keys(doc?.properties ?? {});
    }
}
/** Findings for one file's ajv errors, each at the line of the field it is about. */
function schemaFindings(file, schemas, schemaName, errors) {
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .locatorFor */ .qe)(file);
    const seen = new Set();
    const out = [];
    for (const err of errors) {
        const described = describe(err, schemaName, (path) => hintFrom(schemas.annotations(schemaName, path)));
        if (!described)
            continue;
        const key = `${described.path.join('/')}|${described.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const pos = described.property !== undefined ? loc.keyOf(described.path, described.property) : loc.at(described.path, described.at);
        out.push({ rule: SCHEMA, severity: 'error', file: file.path, ...pos, message: described.message, hint: described.hint });
    }
    return out;
}
/** Field names as a reader writes them: pricing.input_per_1m, capabilities[2]. */
function fieldName(path) {
    return path.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(top level)';
}
function hintFrom(schema) {
    if (!schema || typeof schema !== 'object')
        return undefined;
    const s = schema;
    const parts = [];
    if (s.description)
        parts.push(`Expected ${s.description}`);
    if (s.examples?.length)
        parts.push(`for example ${JSON.stringify(s.examples[0])}`);
    return parts.length ? parts.join('; ') + '.' : undefined;
}
function show(value) {
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function describe(err, schemaName, hintAt) {
    const path = (0,_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerToPath */ .ox)(err.instancePath);
    const field = fieldName(path);
    const params = err.params;
    const parent = err.parentSchema;
    const fieldHint = () => hintAt(path) ?? hintFrom(parent);
    switch (err.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            return {
                path,
                at: 'key',
                message: `missing required property "${missing}"${path.length ? ` in ${field}` : ''}`,
                hint: hintAt([...path, missing]) ?? `Add "${missing}" (see schemas/${schemaName}).`,
            };
        }
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
            const guess = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(extra, known);
            return {
                path,
                property: extra,
                at: 'key',
                message: `unknown property "${extra}"${path.length ? ` in ${field}` : ''}`,
                hint: guess ? `Did you mean "${guess}"?` : `Allowed properties: ${known.join(', ')}.`,
            };
        }
        case 'propertyNames':
            return undefined; // reported by its inner 'pattern' error, which names the property
        case 'pattern':
            if (params.propertyName !== undefined || err.propertyName !== undefined) {
                const name = String(err.propertyName ?? params.propertyName);
                return { path, property: name, at: 'key', message: `property name "${name}" in ${field} is not allowed`, hint: 'Names are lowercase letters, digits, "_", "." and "-", starting with a letter.' };
            }
            return { path, at: 'value', message: `${field} ${show(err.data)} is not in the expected form`, hint: fieldHint() };
        case 'type':
            return { path, at: 'value', message: `${field} must be ${article(String(params.type))}, got ${typeOf(err.data)}`, hint: fieldHint() };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const guess = typeof err.data === 'string' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(err.data, allowed) : undefined;
            return {
                path,
                at: 'value',
                message: `${field} ${show(err.data)} is not one of: ${allowed.join(', ')}`,
                hint: guess ? `Did you mean "${guess}"?` : undefined,
            };
        }
        case 'format':
            return { path, at: 'value', message: `${field} ${show(err.data)} is not a valid ${params.format}`, hint: fieldHint() };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return { path, at: 'value', message: `${field} must be ${params.comparison} ${params.limit}, got ${show(err.data)}`, hint: fieldHint() };
        case 'uniqueItems':
            return { path, at: 'value', message: `${field} has duplicate items (positions ${params.j} and ${params.i})` };
        case 'if':
            return undefined; // the failing 'then' branch reports the real problem
        default:
            return { path, at: 'value', message: `${field} ${err.message ?? 'is invalid'}`, hint: fieldHint() };
    }
}
function article(type) {
    const t = type.replace(/,/g, ' or ');
    return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
function typeOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (Number.isInteger(v))
        return `the number ${v}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'string')
        return `the string ${show(v)}`;
    return `${article(typeof v)}`;
}


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sortFindings: () => (/* binding */ sortFindings),
  summarize: () => (/* binding */ summarize),
  validateStore: () => (/* binding */ validateStore)
});

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
;// CONCATENATED MODULE: ./src/core/rules/deprecation.ts


const RULE = 'deprecation';
const deprecationRule = {
    id: RULE,
    description: 'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
    check({ store, focus }) {
        const out = [];
        for (const e of store.entries) {
            if (focus && !focus.has(e.file.path))
                continue;
            const id = (0,core_store.idOf)(e);
            const deprecated = e.data.deprecated === true;
            const replacement = (0,core_store.str)(e.data.replacement);
            if (deprecated && replacement === undefined) {
                out.push((0,rule/* findingAt */.d)(e, RULE, 'error', ['deprecated'], 'deprecated model names no replacement', 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).'));
            }
            if (!deprecated && replacement !== undefined) {
                out.push((0,rule/* findingAt */.d)(e, RULE, 'warning', ['replacement'], 'replacement is set but the model is not deprecated', 'Set "deprecated": true, or remove "replacement".'));
            }
            if (replacement !== undefined)
                out.push(...checkReplacement(store, e, id, replacement));
            if (deprecated && e.data.enabled === true)
                out.push((0,rule/* findingAt */.d)(e, RULE, 'warning', ['enabled'], 'deprecated model is still enabled by default', 'Set "enabled": false so new blueprints do not pick it.', 'value'));
            const sunset = (0,core_store.str)(e.data.sunset_date);
            const release = (0,core_store.str)(e.data.release_date);
            if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
                out.push((0,rule/* findingAt */.d)(e, RULE, 'error', ['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, 'A model is sunset after it is released: check both dates.', 'value'));
            if (sunset && !deprecated)
                out.push((0,rule/* findingAt */.d)(e, RULE, 'warning', ['sunset_date'], 'sunset_date is set but the model is not deprecated', 'Set "deprecated": true with a replacement, or remove sunset_date.'));
        }
        return out;
    },
};
function checkReplacement(store, e, id, replacement) {
    const target = store.find(replacement);
    if (!target) {
        const hint = `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`;
        return [(0,rule/* findingAt */.d)(e, RULE, 'error', ['replacement'], `replacement "${replacement}" does not exist in the store`, hint, 'value')];
    }
    if (target === e)
        return [(0,rule/* findingAt */.d)(e, RULE, 'error', ['replacement'], 'a model cannot replace itself', 'Name a different model as the replacement.', 'value')];
    // Follow the chain: a cycle means no model in it is usable.
    const seen = new Set([e]);
    const chain = [id ?? e.file.path];
    let cur = target;
    while (cur && cur.data.deprecated === true) {
        chain.push((0,core_store.idOf)(cur) ?? cur.file.path);
        if (seen.has(cur))
            return [(0,rule/* findingAt */.d)(e, RULE, 'error', ['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, 'Point the chain at a model that is not deprecated.', 'value')];
        seen.add(cur);
        const next = (0,core_store.str)(cur.data.replacement);
        cur = next ? store.find(next) : undefined;
    }
    if (target.data.deprecated === true)
        return [(0,rule/* findingAt */.d)(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, `Point replacement at the end of the chain${cur ? `: "${(0,core_store.idOf)(cur)}"` : ''}.`, 'value')];
    if (target.kind !== e.kind)
        return [(0,rule/* findingAt */.d)(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', 'value')];
    return [];
}
function isDate(s) {
    return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

;// CONCATENATED MODULE: ./src/core/rules/duplicate-id.ts


const duplicateIdRule = {
    id: 'duplicate-id',
    description: 'Ids are unique across both kinds, case-insensitively, aliases included.',
    check({ store }) {
        const claims = new Map();
        const claim = (c) => {
            const key = c.name.toLowerCase();
            claims.set(key, [...(claims.get(key) ?? []), c]);
        };
        for (const entry of store.entries) {
            const id = (0,core_store.str)(entry.data.id);
            if (id)
                claim({ entry, path: ['id'], name: id });
            const aliases = entry.data.aliases;
            if (Array.isArray(aliases))
                aliases.forEach((a, i) => {
                    if (typeof a === 'string' && a.toLowerCase() !== id?.toLowerCase())
                        claim({ entry, path: ['aliases', i], name: a });
                });
        }
        const out = [];
        for (const list of claims.values()) {
            const files = new Set(list.map((c) => c.entry.file.path));
            if (list.length < 2)
                continue;
            for (const c of list) {
                const others = list.filter((o) => o !== c).map((o) => `${o.entry.file.path} (${o.path[0] === 'id' ? 'id' : 'alias'} "${o.name}")`);
                const what = c.path[0] === 'id' ? 'id' : 'alias';
                const msg = files.size === 1 ? `${what} "${c.name}" is repeated in this file` : `${what} "${c.name}" is also used by ${others.join(', ')}`;
                out.push((0,rule/* findingAt */.d)(c.entry, 'duplicate-id', 'error', c.path, msg, 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', 'value'));
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
;// CONCATENATED MODULE: ./src/core/rules/duplicate-target.ts



const FIELDS = [
    { field: 'litellm_model_name', norm: (v) => v.toLowerCase() },
    { field: 'model_uri', norm: model_uri/* normalizeModelUri */.hY },
];
const duplicateTargetRule = {
    id: 'duplicate-target',
    description: 'No two models share a litellm_model_name or a model_uri.',
    check({ store }) {
        const out = [];
        for (const { field, norm } of FIELDS) {
            const groups = new Map();
            for (const e of store.entries) {
                const v = (0,core_store.str)(e.data[field]);
                if (v)
                    groups.set(norm(v), [...(groups.get(norm(v)) ?? []), e]);
            }
            for (const list of groups.values()) {
                if (list.length < 2)
                    continue;
                for (const e of list) {
                    const others = list.filter((o) => o !== e).map((o) => o.file.path);
                    out.push((0,rule/* findingAt */.d)(e, 'duplicate-target', 'error', [field], `${field} ${JSON.stringify(e.data[field])} is also used by ${others.join(', ')}`, 'Two files describe the same model: keep one, and put the other name in its aliases.', 'value'));
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/file-name.ts


const fileNameRule = {
    id: 'file-name',
    description: 'A model file is named <id>.json and sits in the folder of its kind (cloud/ or local/).',
    check({ store, focus }) {
        return store.entries.flatMap((e) => {
            if (focus && !focus.has(e.file.path))
                return [];
            const out = [];
            const base = e.file.path.split('/').pop() ?? '';
            const id = (0,core_store.idOf)(e);
            if (id !== undefined && base !== `${id}.json`)
                out.push((0,rule/* findingAt */.d)(e, 'file-name', 'error', ['id'], `file name "${base}" does not match id "${id}"`, `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, 'value'));
            const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data);
            const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data);
            if (e.kind === 'local' && looksCloud)
                out.push((0,rule/* findingAt */.d)(e, 'file-name', 'error', [], 'a cloud model (it has litellm_model_name) sits in local/', `Move it to the cloud/ folder of the store.`));
            if (e.kind === 'cloud' && looksLocal)
                out.push((0,rule/* findingAt */.d)(e, 'file-name', 'error', [], 'a local model (it has model_uri) sits in cloud/', `Move it to the local/ folder of the store.`));
            return out;
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/limits.ts


const limits_RULE = 'limits';
const limitsRule = {
    id: limits_RULE,
    description: 'max_output and ctx_size fit inside context_window.',
    check({ store, focus }) {
        const out = [];
        for (const e of store.entries) {
            if (focus && !focus.has(e.file.path))
                continue;
            const window = (0,core_store.num)(e.data.context_window);
            if (window === undefined)
                continue;
            for (const field of ['max_output', 'ctx_size']) {
                const v = (0,core_store.num)(e.data[field]);
                if (v !== undefined && v > window)
                    out.push((0,rule/* findingAt */.d)(e, limits_RULE, 'error', [field], `${field} ${v} is larger than context_window ${window}`, `${field} must fit inside the context window; check both against the model's documentation.`, 'value'));
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
;// CONCATENATED MODULE: ./src/core/rules/schema.ts

const schemaRule = {
    id: schema.SCHEMA,
    description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
    check({ store, schemas, focus }) {
        // Only files in focus: a one-file commit then compiles one schema and validates one file.
        return store.entries.flatMap((e) => {
            if (focus && !focus.has(e.file.path))
                return [];
            const name = `${e.kind}.schema.json`;
            return (0,schema.schemaFindings)(e.file, schemas, name, schemas.errors(name, e.data));
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/uri-format.ts



const uri_format_RULE = 'uri-format';
const uriFormatRule = {
    id: uri_format_RULE,
    description: 'model_uri follows huggingface://<org>/<repo>/<file>.gguf; hf_repo, hf_file and quantization agree with it; litellm_model_name starts with the provider.',
    check({ store, focus }) {
        const out = [];
        for (const e of store.entries) {
            if (focus && !focus.has(e.file.path))
                continue;
            if (e.kind === 'cloud') {
                const name = (0,core_store.str)(e.data.litellm_model_name);
                const provider = (0,core_store.str)(e.data.provider);
                if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
                    out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'warning', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`, 'value'));
                continue;
            }
            const value = (0,core_store.str)(e.data.model_uri);
            if (value === undefined)
                continue;
            const parsed = (0,model_uri/* parseModelUri */.Aj)(value);
            if (!parsed.ok) {
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['model_uri'], `model_uri ${parsed.problem}`, parsed.hint, 'value'));
                continue;
            }
            const { uri } = parsed;
            const repo = (0,core_store.str)(e.data.hf_repo);
            if (repo !== undefined && repo !== uri.repoId)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', 'value'));
            const file = (0,core_store.str)(e.data.hf_file);
            if (file !== undefined && file !== uri.file)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', 'value'));
            const quant = (0,core_store.str)(e.data.quantization);
            const stated = (0,model_uri/* quantFromFileName */.fX)(uri.file);
            if (quant && stated && quant.toUpperCase() !== stated)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts







const CORE_RULES = [
    schemaRule,
    fileNameRule,
    duplicateIdRule,
    duplicateTargetRule,
    uriFormatRule,
    deprecationRule,
    limitsRule,
];

;// CONCATENATED MODULE: ./src/core/validate.ts

async function validateStore(store, schemas, options = {}) {
    const ctx = { store, schemas, focus: options.only };
    const rules = options.rules ?? CORE_RULES;
    const found = [...store.syntax];
    for (const rule of rules)
        found.push(...(await rule.check(ctx)));
    let findings = options.only ? found.filter((f) => options.only.has(f.file)) : found;
    if (options.strict)
        findings = findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
    findings = sortFindings(findings);
    return { findings, summary: summarize(findings, options.only ? options.only.size : store.files.length) };
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
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
