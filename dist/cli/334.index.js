export const id = 334;
export const ids = [334];
export const modules = {

/***/ 1334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  render: () => (/* binding */ render),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/core/locate.ts
/**
 * Turns a place in a JSON document (a JSON pointer, or a character offset) into a 1-based
 * line and column. The parse tree is built lazily, only for files that have a finding:
 * parsing every file into a tree would cost more than validating the whole store.
 */

/** `/pricing/input_per_1m` -> ['pricing', 'input_per_1m']; array indices become numbers. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
class Locator {
    text;
    lineStarts;
    tree;
    constructor(text) {
        this.text = text;
    }
    position(offset) {
        const starts = (this.lineStarts ??= lineStartsOf(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    root() {
        if (this.tree === undefined)
            this.tree = (0,main.parseTree)(this.text, [], { disallowComments: true }) ?? null;
        return this.tree ?? undefined;
    }
    /** The node at a path, or undefined when the path does not exist. */
    node(path) {
        const root = this.root();
        return root && (0,main.findNodeAtLocation)(root, path);
    }
    /**
     * Where a path is: its property key when `at` is 'key' (so an annotation lands on the
     * field's name), else its value. Missing paths fall back to the nearest existing parent.
     */
    at(path, at = 'key') {
        const root = this.root();
        if (!root)
            return { line: 1, column: 1 };
        for (let n = path.length; n >= 0; n--) {
            const node = (0,main.findNodeAtLocation)(root, path.slice(0, n));
            if (!node)
                continue;
            const exact = n === path.length;
            if (at === 'key' && node.parent?.type === 'property')
                return this.position(node.parent.offset);
            if (!exact && node.parent?.type === 'property')
                return this.position(node.parent.offset);
            return this.position(node.offset);
        }
        return { line: 1, column: 1 };
    }
    /** The key of `property` inside the object at `path` (used for unknown properties). */
    keyOf(path, property) {
        const obj = this.node(path);
        const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === property);
        return prop ? this.position(prop.offset) : this.at(path);
    }
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
const locators = new WeakMap();
/** One locator per file object, so repeated findings in a file share one parse tree. */
function locatorFor(file) {
    let l = locators.get(file);
    if (!l)
        locators.set(file, (l = new Locator(file.text)));
    return l;
}

;// CONCATENATED MODULE: ./src/core/rule.ts
/** The rule contract, and the helpers rules use to place their findings. */

/**
 * A finding about one field of one model file, placed on that field's key
 * (or its value with `at: 'value'`); a path that does not exist falls back to its parent.
 */
function findingAt(entry, rule, severity, path, message, hint, at = 'key') {
    const pos = locatorFor(entry.file).at(path, at);
    return { rule, severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint };
}

;// CONCATENATED MODULE: ./src/core/parse.ts
/**
 * Reads a model file's text into data, or says exactly where and why it cannot:
 * the `json-syntax` rule lives here because nothing else can run on a file that fails it.
 */


const JSON_SYNTAX = 'json-syntax';
function parseModelText(path, text) {
    const fail = (message, hint, offset = 0) => {
        const { line, column } = new Locator(text).position(offset);
        return { ok: false, finding: { rule: JSON_SYNTAX, severity: 'error', file: path, line, column, message, hint } };
    };
    if (text.charCodeAt(0) === 0xfeff)
        return fail('file starts with a byte-order mark (BOM)', 'Save the file as UTF-8 without a BOM.');
    if (text.trim() === '')
        return fail('file is empty', 'A model file holds one JSON object; start from `leger-curate add`.');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        const errors = [];
        (0,main.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        if (first) {
            const what = describeParseError((0,main.printParseErrorCode)(first.error));
            return fail(`invalid JSON: ${what}`, 'Model files are strict JSON: no comments, no trailing commas, double-quoted keys and strings.', first.offset);
        }
        return fail(`invalid JSON: ${err.message}`, 'Model files are strict JSON.');
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
        const offset = text.length - text.trimStart().length;
        return fail(`the top level is ${got}, not an object`, 'A model file holds exactly one JSON object: { "id": ..., ... }.', offset);
    }
    return { ok: true, data: data };
}
function describeParseError(code) {
    const words = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected (a trailing comma?)',
        ValueExpected: 'value expected (a trailing comma or a missing value?)',
        ColonExpected: 'colon expected',
        CommaExpected: 'comma expected',
        CloseBraceExpected: 'closing brace expected',
        CloseBracketExpected: 'closing bracket expected',
        EndOfFileExpected: 'text after the end of the JSON value',
        InvalidCommentToken: 'comments are not allowed',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character in a string (a raw newline or tab?)',
    };
    return words[code] ?? code;
}

;// CONCATENATED MODULE: ./src/core/store.ts
/**
 * The store as rules see it: every model file, parsed once, with lookups by id and alias.
 * Files that fail json-syntax are kept aside with their finding; nothing else runs on them.
 */

class Store {
    files;
    entries = [];
    /** json-syntax findings of files that could not be read as an object. */
    syntax = [];
    index;
    /** `refused`: findings of files the reader would not read (too large, a link); they count as files. */
    constructor(files, refused = []) {
        this.files = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        this.syntax.push(...refused);
        for (const file of this.files) {
            const parsed = parseModelText(file.path, file.text);
            if (parsed.ok)
                this.entries.push({ file, kind: file.kind, data: parsed.data });
            else
                this.syntax.push(parsed.finding);
        }
    }
    /** The entry whose id (or, failing that, alias) is `name`, case-insensitively; first by path wins. */
    find(name) {
        if (!this.index) {
            const ids = new Map();
            const aliases = new Map();
            for (const e of this.entries) {
                const id = idOf(e);
                if (id && !ids.has(id.toLowerCase()))
                    ids.set(id.toLowerCase(), e);
                for (const a of aliasesOf(e))
                    if (!aliases.has(a.toLowerCase()))
                        aliases.set(a.toLowerCase(), e);
            }
            for (const [k, v] of aliases)
                if (!ids.has(k))
                    ids.set(k, v);
            this.index = ids;
        }
        return this.index.get(name.toLowerCase());
    }
    /** All ids, for did-you-mean suggestions. */
    ids() {
        return this.entries.map(idOf).filter((x) => x !== undefined);
    }
}
/** The id of an entry when it is a string (the schema rule reports it otherwise). */
function idOf(e) {
    return str(e.data.id);
}
function aliasesOf(e) {
    const a = e.data.aliases;
    return Array.isArray(a) ? a.filter((x) => typeof x === 'string') : [];
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** A price as a number: the human form "$1.25" and plain numbers compare alike. */
function price(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && /^\$(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(v))
        return Number(v.slice(1));
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/rules/deprecation.ts


const RULE = 'deprecation';
const deprecationRule = {
    id: RULE,
    description: 'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            const id = idOf(e);
            const deprecated = e.data.deprecated === true;
            const replacement = str(e.data.replacement);
            if (deprecated && replacement === undefined) {
                out.push(findingAt(e, RULE, 'error', ['deprecated'], 'deprecated model names no replacement', 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).'));
            }
            if (!deprecated && replacement !== undefined) {
                out.push(findingAt(e, RULE, 'warning', ['replacement'], 'replacement is set but the model is not deprecated', 'Set "deprecated": true, or remove "replacement".'));
            }
            if (replacement !== undefined)
                out.push(...checkReplacement(store, e, id, replacement));
            if (deprecated && e.data.enabled === true)
                out.push(findingAt(e, RULE, 'warning', ['enabled'], 'deprecated model is still enabled by default', 'Set "enabled": false so new blueprints do not pick it.', 'value'));
            const sunset = str(e.data.sunset_date);
            const release = str(e.data.release_date);
            if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
                out.push(findingAt(e, RULE, 'error', ['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, 'A model is sunset after it is released: check both dates.', 'value'));
            if (sunset && !deprecated)
                out.push(findingAt(e, RULE, 'warning', ['sunset_date'], 'sunset_date is set but the model is not deprecated', 'Set "deprecated": true with a replacement, or remove sunset_date.'));
        }
        return out;
    },
};
function checkReplacement(store, e, id, replacement) {
    const target = store.find(replacement);
    if (!target) {
        const hint = `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`;
        return [findingAt(e, RULE, 'error', ['replacement'], `replacement "${replacement}" does not exist in the store`, hint, 'value')];
    }
    if (target === e)
        return [findingAt(e, RULE, 'error', ['replacement'], 'a model cannot replace itself', 'Name a different model as the replacement.', 'value')];
    // Follow the chain: a cycle means no model in it is usable.
    const seen = new Set([e]);
    const chain = [id ?? e.file.path];
    let cur = target;
    while (cur && cur.data.deprecated === true) {
        chain.push(idOf(cur) ?? cur.file.path);
        if (seen.has(cur))
            return [findingAt(e, RULE, 'error', ['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, 'Point the chain at a model that is not deprecated.', 'value')];
        seen.add(cur);
        const next = str(cur.data.replacement);
        cur = next ? store.find(next) : undefined;
    }
    if (target.data.deprecated === true)
        return [findingAt(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, `Point replacement at the end of the chain${cur ? `: "${idOf(cur)}"` : ''}.`, 'value')];
    if (target.kind !== e.kind)
        return [findingAt(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', 'value')];
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
            const id = str(entry.data.id);
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
                out.push(findingAt(c.entry, 'duplicate-id', 'error', c.path, msg, 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', 'value'));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/model-uri.ts
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

;// CONCATENATED MODULE: ./src/core/rules/duplicate-target.ts



const FIELDS = [
    { field: 'litellm_model_name', norm: (v) => v.toLowerCase() },
    { field: 'model_uri', norm: normalizeModelUri },
];
const duplicateTargetRule = {
    id: 'duplicate-target',
    description: 'No two models share a litellm_model_name or a model_uri.',
    check({ store }) {
        const out = [];
        for (const { field, norm } of FIELDS) {
            const groups = new Map();
            for (const e of store.entries) {
                const v = str(e.data[field]);
                if (v)
                    groups.set(norm(v), [...(groups.get(norm(v)) ?? []), e]);
            }
            for (const list of groups.values()) {
                if (list.length < 2)
                    continue;
                for (const e of list) {
                    const others = list.filter((o) => o !== e).map((o) => o.file.path);
                    out.push(findingAt(e, 'duplicate-target', 'error', [field], `${field} ${JSON.stringify(e.data[field])} is also used by ${others.join(', ')}`, 'Two files describe the same model: keep one, and put the other name in its aliases.', 'value'));
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
    check({ store }) {
        return store.entries.flatMap((e) => {
            const out = [];
            const base = e.file.path.split('/').pop() ?? '';
            const id = idOf(e);
            if (id !== undefined && base !== `${id}.json`)
                out.push(findingAt(e, 'file-name', 'error', ['id'], `file name "${base}" does not match id "${id}"`, `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, 'value'));
            const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data);
            const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data);
            if (e.kind === 'local' && looksCloud)
                out.push(findingAt(e, 'file-name', 'error', [], 'a cloud model (it has litellm_model_name) sits in local/', `Move it to the cloud/ folder of the store.`));
            if (e.kind === 'cloud' && looksLocal)
                out.push(findingAt(e, 'file-name', 'error', [], 'a local model (it has model_uri) sits in cloud/', `Move it to the local/ folder of the store.`));
            return out;
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/limits.ts


const limits_RULE = 'limits';
const limitsRule = {
    id: limits_RULE,
    description: 'max_output and ctx_size fit inside context_window.',
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            const window = num(e.data.context_window);
            if (window === undefined)
                continue;
            for (const field of ['max_output', 'ctx_size']) {
                const v = num(e.data[field]);
                if (v !== undefined && v > window)
                    out.push(findingAt(e, limits_RULE, 'error', [field], `${field} ${v} is larger than context_window ${window}`, `${field} must fit inside the context window; check both against the model's documentation.`, 'value'));
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/schema.ts
/**
 * JSON Schema validation with ajv (draft 2020-12, strict, allErrors), and the mapping of
 * ajv's errors to findings that point at the offending key or value.
 */





const SCHEMA = 'schema';
class Schemas {
    docs;
    ajv;
    compiled = new Map();
    constructor(docs) {
        this.docs = docs;
        // verbose: errors carry parentSchema, whose description and examples become hints.
        this.ajv = new _2020.Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true });
        dist_default()["default"](this.ajv);
        for (const [name, doc] of Object.entries(docs)) {
            try {
                this.ajv.addSchema(doc, name);
            }
            catch (err) {
                throw new errors/* CurateError */.nK(`schema ${name} is invalid: ${err.message}`, { cause: err });
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
                throw new errors/* CurateError */.nK(`schema ${name} does not compile: ${err.message}`, { cause: err });
            }
            if (!v)
                throw new errors/* CurateError */.nK(`schema ${name} is missing`, { hint: 'Point --schemas at the folder holding cloud.schema.json and local.schema.json.' });
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
            node = pointerToPath(pointer).reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), this.docs[doc]);
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
    const loc = locatorFor(file);
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
    const path = pointerToPath(err.instancePath);
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
            const guess = (0,core_text/* closest */.kp)(extra, known);
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
            const guess = typeof err.data === 'string' ? (0,core_text/* closest */.kp)(err.data, allowed) : undefined;
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

;// CONCATENATED MODULE: ./src/core/rules/schema.ts

const schemaRule = {
    id: SCHEMA,
    description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
    check({ store, schemas }) {
        return store.entries.flatMap((e) => {
            const name = `${e.kind}.schema.json`;
            return schemaFindings(e.file, schemas, name, schemas.errors(name, e.data));
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/uri-format.ts



const uri_format_RULE = 'uri-format';
const uriFormatRule = {
    id: uri_format_RULE,
    description: 'model_uri follows huggingface://<org>/<repo>/<file>.gguf; hf_repo, hf_file and quantization agree with it; litellm_model_name starts with the provider.',
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            if (e.kind === 'cloud') {
                const name = str(e.data.litellm_model_name);
                const provider = str(e.data.provider);
                if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
                    out.push(findingAt(e, uri_format_RULE, 'warning', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`, 'value'));
                continue;
            }
            const value = str(e.data.model_uri);
            if (value === undefined)
                continue;
            const parsed = parseModelUri(value);
            if (!parsed.ok) {
                out.push(findingAt(e, uri_format_RULE, 'error', ['model_uri'], `model_uri ${parsed.problem}`, parsed.hint, 'value'));
                continue;
            }
            const { uri } = parsed;
            const repo = str(e.data.hf_repo);
            if (repo !== undefined && repo !== uri.repoId)
                out.push(findingAt(e, uri_format_RULE, 'error', ['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', 'value'));
            const file = str(e.data.hf_file);
            if (file !== undefined && file !== uri.file)
                out.push(findingAt(e, uri_format_RULE, 'error', ['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', 'value'));
            const quant = str(e.data.quantization);
            const stated = quantFromFileName(uri.file);
            if (quant && stated && quant.toUpperCase() !== stated)
                out.push(findingAt(e, uri_format_RULE, 'error', ['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, 'value'));
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
    const ctx = { store, schemas };
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/io/paths.ts
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
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const pkg = external_node_path_default().join(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(pkg)) {
            try {
                if (JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).name === 'leger-curate')
                    return (root = dir);
            }
            catch {
                // not ours (dist/*/package.json is only {"type":"module"}): keep walking
            }
        }
        const up = external_node_path_default().dirname(dir);
        if (up === dir)
            throw new Error('cannot find the leger-curate package folder');
        dir = up;
    }
}
/** A path as findings show it: relative to `base`, with forward slashes. */
function displayPath(file, base) {
    const rel = external_node_path_default().relative(base, file);
    return (rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel).split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/core/types.ts
/** The vocabulary every module shares (see ARCHITECTURE.md). */
const KINDS = ['cloud', 'local'];

;// CONCATENATED MODULE: ./src/io/fs.ts
/** Reading the store and the schemas from disk; writing files atomically. */





/** Model files larger than this are refused unread: no model needs a megabyte of JSON. */
const MAX_MODEL_BYTES = 1024 * 1024;
/** Reads `<storeDir>/cloud/*.json` and `<storeDir>/local/*.json`; paths shown relative to `base`. */
function loadStoreDir(storeDir, base) {
    if (!isDir(storeDir))
        throw new errors/* CurateError */.nK(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' });
    const files = [];
    const refused = [];
    for (const kind of KINDS) {
        const dir = external_node_path_default().join(storeDir, kind);
        if (!isDir(dir))
            continue;
        // Dirents tell links from files without a stat per file; the size is checked on the open
        // descriptor before reading, so a huge file is refused without being read.
        const shownDir = displayPath(dir, base);
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (!entry.name.endsWith('.json'))
                continue;
            const full = external_node_path_default().join(dir, entry.name);
            const shown = `${shownDir}/${entry.name}`;
            const refuse = (message, hint) => refused.push({ rule: 'file-read', severity: 'error', file: shown, line: 1, column: 1, message, hint });
            if (!entry.isFile()) {
                refuse(entry.isSymbolicLink() ? 'model file is a symbolic link' : 'model file is not a regular file', 'Model files are plain files inside the store; replace the link with the file itself.');
                continue;
            }
            const text = readBounded(full, MAX_MODEL_BYTES);
            if (typeof text === 'number') {
                refuse(`model file is ${text} bytes, over the ${MAX_MODEL_BYTES}-byte limit`, 'A model file describes one model in a few dozen lines; this one is not a model file.');
                continue;
            }
            files.push({ kind, path: shown, text });
        }
    }
    return { files, refused };
}
/** A file's text, or its size when that is over `limit` (then it is not read). */
function readBounded(file, limit) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new errors/* CurateError */.nK(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
    }
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        return size > limit ? size : (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The schemas folder: the one asked for, else ./schemas, else the toolkit's own. */
function resolveSchemasDir(asked, cwd) {
    if (asked)
        return external_node_path_default().resolve(cwd, asked);
    const local = external_node_path_default().join(cwd, 'schemas');
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(local, 'cloud.schema.json')) ? local : external_node_path_default().join(packageRoot(), 'schemas');
}
function loadSchemaDocs(dir) {
    if (!isDir(dir))
        throw new errors/* CurateError */.nK(`schemas folder not found: ${dir}`, { hint: 'Pass --schemas DIR, the folder holding cloud.schema.json and local.schema.json.' });
    const docs = {};
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        if (!name.endsWith('.schema.json'))
            continue;
        const full = external_node_path_default().join(dir, name);
        try {
            docs[name] = JSON.parse((0,external_node_fs_.readFileSync)(full, 'utf8'));
        }
        catch (err) {
            throw new errors/* CurateError */.nK(`cannot read schema ${full}: ${err.message}`, { cause: err });
        }
    }
    return docs;
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Writes a file so that readers see the old content or the new, never a part:
 * a temporary file beside the target, then a rename. With `exclusive`, an existing
 * target is never replaced.
 */
function writeFileAtomic(target, content, options = {}) {
    if (options.exclusive && existsSync(target))
        throw new CurateError(`${target} already exists; nothing was written`, { exitCode: 2 });
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        writeFileSync(tmp, content, { flag: 'wx' });
        if (options.exclusive && existsSync(target))
            throw new CurateError(`${target} already exists; nothing was written`, { exitCode: 2 });
        renameSync(tmp, target);
    }
    finally {
        rmSync(tmp, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/io/workspace.ts
/** Everything a check needs from disk, opened once per run by every door. */




function openWorkspace(options) {
    const storeDir = external_node_path_default().resolve(options.base, options.store ?? 'model-store');
    const schemasDir = resolveSchemasDir(options.schemas, options.base);
    const { files, refused } = loadStoreDir(storeDir, options.base);
    return { base: options.base, storeDir, schemasDir, store: new Store(files, refused), schemas: new Schemas(loadSchemaDocs(schemasDir)) };
}

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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
/** Argument parsing on node:util parseArgs, with usage errors as CurateError (exit 2). */


function parse(argv, options, usage) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new errors/* CurateError */.nK(err.message.replace(/\. To specify a positional.*$/s, ''), { hint: usage, exitCode: 2 });
    }
}
function oneOf(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* CurateError */.nK(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`, { exitCode: 2 });
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** leger-curate validate [PATH...] [--store DIR] [--schemas DIR] [--format text|json|github] [--strict] */











const USAGE = `Usage: leger-curate validate [PATH...] [options]

Checks model files against the schemas and every rule. PATHs limit the files reported on;
cross-file rules (duplicates, replacement links) always see the whole store.

Options:
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas (default: ./schemas, else the toolkit's own)
  --format FORMAT     text (default), json, or github (workflow commands)
  --strict            treat warnings as errors
  -h, --help          show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.
`;
const FORMATS = ['text', 'json', 'github'];
async function run(argv, io) {
    const { values, positionals } = parse(argv, {
        store: { type: 'string' },
        schemas: { type: 'string' },
        format: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const format = oneOf(values.format, FORMATS, '--format', 'text');
    const ws = openWorkspace({ base: io.cwd, store: values.store, schemas: values.schemas });
    const only = positionals.length ? selectFiles(positionals, ws.store.files.map((f) => f.path).concat(ws.store.syntax.map((f) => f.file)), io.cwd) : undefined;
    const { findings, summary } = await validateStore(ws.store, ws.schemas, { only, strict: values.strict });
    io.out(render(format, findings, summary, io));
    return summary.errors > 0 ? 1 : 0;
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
            throw new errors/* CurateError */.nK(`no such file or folder: ${arg}`, { exitCode: 2 });
        const shown = displayPath(abs, cwd);
        const hits = storeFiles.filter((f) => f === shown || f.startsWith(shown === '' ? '' : `${shown}/`));
        if (!hits.length)
            throw new errors/* CurateError */.nK(`${arg} holds no model file of the store`, { hint: 'Model files live in <store>/cloud/*.json and <store>/local/*.json; pass --store if the store is elsewhere.', exitCode: 2 });
        for (const h of hits)
            selected.add(h);
    }
    return selected;
}


/***/ })

};
