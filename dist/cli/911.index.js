export const id = 911;
export const ids = [911];
export const modules = {

/***/ 5911:
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
// EXTERNAL MODULE: ./src/core/validate.ts + 8 modules
var validate = __webpack_require__(2530);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
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
    const { values, positionals } = (0,args/* parse */.q)(argv, {
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
    const format = (0,args/* oneOf */.y)(values.format, FORMATS, '--format', 'text');
    const ws = (0,workspace/* openWorkspace */.O)({ base: io.cwd, store: values.store, schemas: values.schemas });
    const only = positionals.length ? selectFiles(positionals, ws.store.files.map((f) => f.path).concat(ws.store.syntax.map((f) => f.file)), io.cwd) : undefined;
    const { findings, summary } = await (0,validate/* validateStore */.yg)(ws.store, ws.schemas, { only, strict: values.strict });
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
        const shown = (0,paths/* displayPath */.G)(abs, cwd);
        const hits = storeFiles.filter((f) => f === shown || f.startsWith(shown === '' ? '' : `${shown}/`));
        if (!hits.length)
            throw new errors/* CurateError */.nK(`${arg} holds no model file of the store`, { hint: 'Model files live in <store>/cloud/*.json and <store>/local/*.json; pass --store if the store is elsewhere.', exitCode: 2 });
        for (const h of hits)
            selected.add(h);
    }
    return selected;
}


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eh: () => (/* binding */ summarize),
  yg: () => (/* binding */ validateStore)
});

// UNUSED EXPORTS: sortFindings

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
;// CONCATENATED MODULE: ./src/core/rules/deprecation.ts


const RULE = 'deprecation';
const deprecationRule = {
    id: RULE,
    description: 'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            const id = (0,core_store/* idOf */.TH)(e);
            const deprecated = e.data.deprecated === true;
            const replacement = (0,core_store/* str */.gx)(e.data.replacement);
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
            const sunset = (0,core_store/* str */.gx)(e.data.sunset_date);
            const release = (0,core_store/* str */.gx)(e.data.release_date);
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
        chain.push((0,core_store/* idOf */.TH)(cur) ?? cur.file.path);
        if (seen.has(cur))
            return [(0,rule/* findingAt */.d)(e, RULE, 'error', ['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, 'Point the chain at a model that is not deprecated.', 'value')];
        seen.add(cur);
        const next = (0,core_store/* str */.gx)(cur.data.replacement);
        cur = next ? store.find(next) : undefined;
    }
    if (target.data.deprecated === true)
        return [(0,rule/* findingAt */.d)(e, RULE, 'warning', ['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, `Point replacement at the end of the chain${cur ? `: "${(0,core_store/* idOf */.TH)(cur)}"` : ''}.`, 'value')];
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
                const v = (0,core_store/* str */.gx)(e.data[field]);
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
    check({ store }) {
        return store.entries.flatMap((e) => {
            const out = [];
            const base = e.file.path.split('/').pop() ?? '';
            const id = (0,core_store/* idOf */.TH)(e);
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
    check({ store }) {
        const out = [];
        for (const e of store.entries) {
            const window = (0,core_store/* num */.bu)(e.data.context_window);
            if (window === undefined)
                continue;
            for (const field of ['max_output', 'ctx_size']) {
                const v = (0,core_store/* num */.bu)(e.data[field]);
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
    id: schema/* SCHEMA */.yx,
    description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
    check({ store, schemas }) {
        return store.entries.flatMap((e) => {
            const name = `${e.kind}.schema.json`;
            return (0,schema/* schemaFindings */.I$)(e.file, schemas, name, schemas.errors(name, e.data));
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
                const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
                const provider = (0,core_store/* str */.gx)(e.data.provider);
                if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
                    out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'warning', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`, 'value'));
                continue;
            }
            const value = (0,core_store/* str */.gx)(e.data.model_uri);
            if (value === undefined)
                continue;
            const parsed = (0,model_uri/* parseModelUri */.Aj)(value);
            if (!parsed.ok) {
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['model_uri'], `model_uri ${parsed.problem}`, parsed.hint, 'value'));
                continue;
            }
            const { uri } = parsed;
            const repo = (0,core_store/* str */.gx)(e.data.hf_repo);
            if (repo !== undefined && repo !== uri.repoId)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', 'value'));
            const file = (0,core_store/* str */.gx)(e.data.hf_file);
            if (file !== undefined && file !== uri.file)
                out.push((0,rule/* findingAt */.d)(e, uri_format_RULE, 'error', ['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', 'value'));
            const quant = (0,core_store/* str */.gx)(e.data.quantization);
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


/***/ })

};
