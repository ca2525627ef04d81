export const id = 246;
export const ids = [246,336];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse),
/* harmony export */   y: () => (/* binding */ oneOf)
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


/***/ }),

/***/ 1595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ SECRETS_FILE),
/* harmony export */   e2: () => (/* binding */ renderBlueprint)
/* harmony export */ });
/* unused harmony exports OUTPUTS, Tainted, taint, untaint, yamlValue, plainNumber, quadletValue, shellArg, commentText, guardMacros, createEnvironment, llamaSwapGroups, secretsManifest */
/* harmony import */ var nunjucks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var nunjucks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(nunjucks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * ResolvedBlueprint -> deployable files, through nunjucks templates.
 *
 * Every model string is hostile (it came from a stranger's PR). Three guards:
 * - Model strings reach templates wrapped as `Tainted`: printing one raw throws, so a
 *   template can only emit it through a filter that makes it safe for its format
 *   (`yaml`, `quadlet`, `arg`, `comment`). Model strings are context values, never template
 *   source, so `{{ }}` in a name is printed, not evaluated.
 * - YAML values are written by `yamlValue` (strings through the `yaml` library, double-quoted,
 *   so PyYAML's YAML 1.1 keeps `on`, `yes`, `1e3` as strings; numbers never in exponent form).
 * - llama-swap expands `${...}` everywhere and fails on an unknown macro: no model string in
 *   its context may hold `${`.
 */



/** The last error a filter raised during a render (nunjucks wraps it; renderOne unwraps). */
let pending;
function raise(message, options = {}) {
    pending = new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(message, options);
    throw pending;
}
/** Which template renders which output, and when. */
const OUTPUTS = [
    { template: 'litellm/litellm.yaml.njk', path: 'litellm/litellm.yaml', when: (r) => r.cloud.length > 0 },
    { template: 'quadlet/litellm.container.njk', path: 'litellm/litellm.container', when: (r) => r.cloud.length > 0 },
    { template: 'llama-swap/config.yaml.njk', path: 'llama-swap/config.yaml', when: (r) => r.local.length > 0 },
    { template: 'quadlet/llama-swap.container.njk', path: 'llama-swap/llama-swap.container', when: (r) => r.local.length > 0 },
];
const SECRETS_FILE = 'required-secrets.json';
/** A model string on its way to a template: printing it without a filter is a bug, so it throws. */
class Tainted {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return raise('a template printed model text without a filter (yaml, quadlet, arg or comment)', {
            hint: 'Pass every model value through the filter for the output format, e.g. {{ m.name | yaml }}.',
        });
    }
}
/** Deep copy with every string wrapped. */
function taint(value) {
    if (typeof value === 'string')
        return new Tainted(value);
    if (Array.isArray(value))
        return value.map(taint);
    if (value && typeof value === 'object' && !(value instanceof Tainted)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = taint(v);
        return out;
    }
    return value;
}
function untaint(value) {
    if (value instanceof Tainted)
        return value.value;
    if (Array.isArray(value))
        return value.map(untaint);
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = untaint(v);
        return out;
    }
    return value;
}
function text(value, filter) {
    const v = untaint(value);
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' && Number.isFinite(v))
        return plainNumber(v);
    raise(`the ${filter} filter takes text, got ${v === null ? 'null' : typeof v}`);
}
const show = (s) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
// ---- YAML ---------------------------------------------------------------------------------
/**
 * One YAML value on one line (flow style for lists and maps): safe wherever a value may
 * stand. Strings are double-quoted by the yaml library; line separators YAML 1.1 would
 * fold (NEL, LS, PS) and other invisible characters are escaped too.
 */
function yamlValue(value) {
    const v = untaint(value);
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            raise(`cannot write ${v} to YAML`);
        return plainNumber(v);
    }
    if (typeof v === 'string')
        return yamlString(v);
    if (Array.isArray(v))
        return `[${v.map(yamlValue).join(', ')}]`;
    if (typeof v === 'object')
        return `{${Object.entries(v)
            .map(([k, x]) => `${yamlString(k)}: ${yamlValue(x)}`)
            .join(', ')}}`;
    raise(`cannot write a ${typeof v} to YAML`);
}
function yamlString(s) {
    const out = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(s, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true, lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
    if (!out.startsWith('"') || out.includes('\n'))
        raise(`cannot write ${show(s)} as one YAML line`);
    return out.replace(/[\u007f-\u009f\u00ad\u2028\u2029\ufeff\ufff9-\ufffb]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * A number as YAML 1.1 and 1.2 both read it: PyYAML reads `5e-8` (no dot) as a string,
 * so small prices are written out in full (0.00000005).
 */
function plainNumber(n) {
    if (Number.isInteger(n) && Math.abs(n) < 1e21)
        return String(n);
    const s = String(n);
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m)
        return s;
    const [, sign, lead, frac = '', expText] = m;
    const exp = Number(expText);
    const digits = lead + frac;
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    return `${sign}${digits.padEnd(exp + 1, '0')}`;
}
// ---- Quadlet / systemd ----------------------------------------------------------------------
/**
 * A value for a Quadlet/systemd unit line. Rejected: CR, LF, NUL and other line breaks (a new
 * line can open a section and run commands on the host) and a trailing backslash (it joins
 * the next line). Escaped: `%` -> `%%` (systemd specifiers) and `$` -> `$$` (variables).
 */
function quadletValue(value) {
    const s = text(value, 'quadlet');
    if (/[\r\n\u0000\u000b\u000c\u0085\u2028\u2029]/.test(s))
        raise(`refusing to write ${show(s)} into a systemd unit: it contains a line break or NUL`, {
            hint: 'Model text in a unit must be one line; fix the model file.',
        });
    if (/[\u0001-\u001f\u007f]/.test(s))
        raise(`refusing to write ${show(s)} into a systemd unit: it contains a control character`);
    if (s.endsWith('\\'))
        raise(`refusing to write ${show(s)} into a systemd unit: a trailing backslash joins the next line`);
    return s.replace(/%/g, '%%').replace(/\$/g, '$$$$');
}
// ---- llama-swap cmd ---------------------------------------------------------------------------
const SAFE_ARG = /^[A-Za-z0-9._/:=@+,-]+$/;
/**
 * One argument of a llama-swap `cmd` (split shlex-POSIX, no shell): single-quoted unless
 * plainly safe. Line breaks (llama-swap joins `\` lines and drops `#` lines), NUL and `${`
 * (a macro) are refused.
 */
function shellArg(value) {
    const s = text(value, 'arg');
    if (s === '')
        return "''";
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\\]/.test(s))
        raise(`refusing to put ${show(s)} on a command line: it contains a control character or backslash`);
    if (s.includes('${'))
        raise(`refusing to put ${show(s)} into llama-swap's config: "\${" starts a macro`);
    return SAFE_ARG.test(s) ? s : `'${s.replace(/'/g, `'"'"'`)}'`;
}
/** Free text for a `#` comment: one line, no macro. */
function commentText(value) {
    const s = text(value, 'comment');
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(s))
        raise(`refusing to write ${show(s)} into a comment: it contains a line break or control character`);
    if (s.includes('${'))
        raise(`refusing to write ${show(s)} into a comment: "\${" starts a llama-swap macro`);
    return s;
}
/** No model string in llama-swap's context may introduce a macro: there is no escape for `${`. */
function guardMacros(models) {
    const walk = (v, where) => {
        if (typeof v === 'string' && v.includes('${'))
            raise(`${where} contains "\${", which llama-swap would expand as a macro`, { hint: 'Remove "${" from the model file.' });
        if (Array.isArray(v))
            v.forEach((x, i) => walk(x, `${where}[${i}]`));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                walk(x, `${where}.${k}`);
    };
    for (const m of models)
        walk(m, `local model ${JSON.stringify(m.id)}`);
}
// ---- the environment ------------------------------------------------------------------------
function createEnvironment(templates) {
    const loader = {
        getSource(name) {
            if (!Object.hasOwn(templates, name))
                raise(`template ${name} is missing`, { hint: 'Point --templates at a folder holding litellm/, llama-swap/ and quadlet/.' });
            return { src: templates[name], path: name };
        },
    };
    const env = new (nunjucks__WEBPACK_IMPORTED_MODULE_0___default().Environment)(loader, { autoescape: false, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
    env.addFilter('yaml', yamlValue);
    env.addFilter('quadlet', quadletValue);
    env.addFilter('arg', shellArg);
    env.addFilter('comment', commentText);
    return env;
}
/**
 * llama-swap groups from the store's groups: chat groups swap within themselves and unload
 * other groups; the embeddings group runs alongside and is never unloaded by them.
 */
function llamaSwapGroups(local) {
    const byGroup = new Map();
    for (const m of local) {
        const g = m.embedding ? 'embeddings' : m.group;
        byGroup.set(g, [...(byGroup.get(g) ?? []), m.id]);
    }
    return [...byGroup.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, members]) => name === 'embeddings' ? { name, swap: false, exclusive: false, persistent: true, members } : { name, swap: true, exclusive: true, persistent: false, members });
}
function cloudView(m) {
    return { ...m, api_key_ref: `os.environ/${m.requires_api_key}`, price_per_token: m.pricing && perToken(m.pricing) };
}
/** LiteLLM prices per token, from prices per 1M tokens, without binary noise (1.25 -> 0.00000125). */
function perToken(p) {
    const shift = (n) => Number((n / 1e6).toPrecision(12));
    return { input: shift(p.input_per_1m), output: shift(p.output_per_1m), ...(p.cache_read_per_1m !== undefined && { cache_read: shift(p.cache_read_per_1m) }) };
}
/** Compiled templates, reused while the same TemplateSet renders several blueprints (a release). */
const environments = new WeakMap();
/** Every output of a blueprint, in OUTPUTS order, plus required-secrets.json. */
function renderBlueprint(resolved, templates) {
    guardMacros(resolved.local);
    let env = environments.get(templates);
    if (!env)
        environments.set(templates, (env = createEnvironment(templates)));
    // llama-swap's schema caps a display name at 128 characters; the store allows 200.
    const local = resolved.local.map((m) => ({ ...m, name: [...m.name].length > 128 ? `${[...m.name].slice(0, 127).join('')}…` : m.name, env: m.vulkan_driver ? [`AMD_VULKAN_ICD=${m.vulkan_driver}`] : [] }));
    const context = taint({
        name: resolved.name,
        cloud: resolved.cloud.map(cloudView),
        local,
        groups: llamaSwapGroups(resolved.local),
        secrets: resolved.secrets,
        warnings: resolved.warnings,
    });
    const files = [];
    for (const out of OUTPUTS) {
        if (!out.when(resolved))
            continue;
        files.push({ path: out.path, content: renderOne(env, out.template, context) });
    }
    files.push({ path: SECRETS_FILE, content: secretsManifest(resolved) });
    return files;
}
function renderOne(env, template, context) {
    pending = undefined;
    try {
        return env.render(template, context);
    }
    catch (err) {
        // nunjucks re-throws a filter's error as its own TemplateError: show ours, intact.
        const ours = pending ?? (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK ? err : undefined);
        pending = undefined;
        if (ours)
            throw ours;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`template ${template} failed: ${err.message}`, { cause: err });
    }
}
/** required-secrets.json: names and how to create them; never a value. */
function secretsManifest(resolved) {
    const manifest = {
        version: 1,
        required_secrets: resolved.secrets.map((s) => ({ name: s.name, env: s.env, type: s.type, used_by: s.used_by, create: s.create })),
        note: 'Create each secret as the user whose units run, before starting them; values are read from your environment and never stored in these files.',
    };
    return JSON.stringify(manifest, null, 2) + '\n';
}


/***/ }),

/***/ 2183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ resolveBlueprint)
/* harmony export */ });
/* unused harmony exports BLUEPRINT_SCHEMA, RESOLVE, detectRequiredSecrets */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9285);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1896);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2032);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4230);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2020);
/**
 * Blueprint -> ResolvedBlueprint: the user lists model ids (or aliases, or provider:model
 * specs); the store supplies every fact. The result is the one value templates read.
 * Problems are findings placed on the blueprint entry they are about.
 */







const BLUEPRINT_SCHEMA = 'blueprint.schema.json';
const RESOLVE = 'resolve';
const ENV_VAR = /^[A-Z_][A-Z0-9_]*$/;
const LOCAL_PROVIDERS = new Set(['local']);
function resolveBlueprint(file, store, schemas, options = {}) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseModelText */ .e)(file.path, file.text);
    if (!parsed.ok)
        return { findings: [{ ...parsed.finding, hint: parsed.finding.hint?.replace('Model files', 'Blueprints').replace('A model file', 'A blueprint') }] };
    const errors = schemas.errors(BLUEPRINT_SCHEMA, parsed.data);
    if (errors.length)
        return { findings: (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__.schemaFindings)({ kind: 'cloud', ...file }, schemas, BLUEPRINT_SCHEMA, errors) };
    const data = parsed.data;
    const findings = [];
    const at = (path, severity, message, hint, where = 'value') => {
        const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locatorFor */ .qe)(file).at(path, where);
        return { rule: RESOLVE, severity, file: file.path, line: pos.line, column: pos.column, message, hint };
    };
    const cloud = [];
    const local = [];
    const deprecated = [];
    const warnings = [];
    const seen = new Map();
    for (const kind of ['cloud', 'local']) {
        const list = data.models[kind] ?? [];
        list.forEach((item, i) => {
            const wanted = typeof item === 'string'
                ? { ref: item, path: ['models', kind, i], overrides: {} }
                : { ref: item.id, path: ['models', kind, i, 'id'], overrides: withoutId(item) };
            const found = lookup(store, kind, wanted.ref);
            if (!found.entry) {
                findings.push(at(wanted.path, 'error', found.problem, found.hint));
                return;
            }
            const entry = found.entry;
            const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.idOf)(entry) ?? wanted.ref;
            if (entry.kind !== kind) {
                findings.push(at(wanted.path, 'error', `"${wanted.ref}" is a ${entry.kind} model, listed under models.${kind}`, `Move it to models.${entry.kind}.`));
                return;
            }
            const first = seen.get(entry);
            if (first) {
                const line = (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locatorFor */ .qe)(file).at(first.path, 'value').line;
                const ignored = Object.keys(wanted.overrides).length ? '; the overrides of this entry are ignored' : '';
                const message = `${id} is listed twice (first as "${first.ref}" on line ${line}); it is rendered once${ignored}`;
                findings.push(at(wanted.path, 'warning', message, 'Remove one of the entries.'));
                warnings.push(message);
                return;
            }
            seen.set(entry, wanted);
            if (options.invalidFiles?.has(entry.file.path)) {
                findings.push(at(wanted.path, 'error', `${id}: its model file ${entry.file.path} has errors`, 'Run `leger-curate validate` and fix the model file first.'));
                return;
            }
            const made = kind === 'cloud' ? toCloud(entry, id, wanted.overrides) : toLocal(entry, id, wanted.overrides);
            if (typeof made === 'string') {
                findings.push(at(wanted.path, 'error', `${id}: ${made}`, 'Run `leger-curate validate` on the store.'));
                return;
            }
            if (made.deprecated) {
                const repl = made.replacement ?? '(no replacement named)';
                deprecated.push(`${id} -> ${repl}`);
                findings.push(at(wanted.path, 'warning', `${id} is deprecated${made.replacement ? `; use ${made.replacement} instead` : ''}`, made.replacement ? `Replace "${wanted.ref}" with "${made.replacement}".` : undefined));
            }
            if (kind === 'cloud')
                cloud.push(made);
            else
                local.push(made);
        });
    }
    if (deprecated.length)
        warnings.unshift(`You're using ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(deprecated.length, 'deprecated model')}: ${deprecated.join(', ')}`);
    if (!cloud.length && !local.length && !findings.some((f) => f.severity === 'error'))
        findings.push(at(['models'], 'error', 'the blueprint lists no models', 'Add model ids to models.cloud or models.local.', 'key'));
    if (findings.some((f) => f.severity === 'error'))
        return { findings };
    const name = typeof data.name === 'string' ? data.name : (options.defaultName ?? 'blueprint');
    return { resolved: { name, cloud, local, secrets: detectRequiredSecrets(cloud), warnings }, findings };
}
/**
 * One secret per distinct requires_api_key: podman secret name = the variable in lower case,
 * env target = the variable. Only names: secret values are never read or written.
 */
function detectRequiredSecrets(cloud) {
    const vars = [...new Set(cloud.map((m) => m.requires_api_key))].sort();
    return vars.map((env) => {
        if (!ENV_VAR.test(env) || env.length > 128)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK(`"${env}" is not an environment variable name`, { hint: 'requires_api_key is uppercase letters, digits and "_", e.g. OPENAI_API_KEY.' });
        const name = env.toLowerCase();
        return {
            name,
            env,
            type: 'env',
            used_by: ['litellm/litellm.container', 'litellm/litellm.yaml'],
            create: `printf %s "$${env}" | podman secret create ${name} -`,
        };
    });
}
/** An id, an alias, a LiteLLM name, or provider:model. */
function lookup(store, kind, ref) {
    const colon = ref.indexOf(':');
    const provider = colon >= 0 ? ref.slice(0, colon).toLowerCase() : undefined;
    const name = colon >= 0 ? ref.slice(colon + 1) : ref;
    let entry = store.find(name);
    if (!entry)
        entry = store.entries.find((e) => (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(e.data.litellm_model_name)?.toLowerCase() === (provider ? `${provider}/${name}` : name).toLowerCase());
    if (entry && provider !== undefined) {
        const actual = entry.kind === 'local' ? 'local' : (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(entry.data.provider);
        if (actual !== provider && !(entry.kind === 'local' && LOCAL_PROVIDERS.has(provider))) {
            const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.idOf)(entry) ?? name;
            return { problem: `"${ref}": ${id} is provided by ${actual ?? 'an unknown provider'}, not ${provider}`, hint: `Write "${actual}:${id}" or just "${id}".` };
        }
    }
    if (entry)
        return { entry };
    const sameKind = store.entries.filter((e) => e.kind === kind && (provider === undefined || kind === 'local' || (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(e.data.provider) === provider));
    const names = sameKind.flatMap((e) => [(0,_store_js__WEBPACK_IMPORTED_MODULE_4__.idOf)(e), ...(0,_store_js__WEBPACK_IMPORTED_MODULE_4__.aliasesOf)(e)]).filter((x) => x !== undefined);
    const guesses = (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .closestAll */ .rE)(name, names);
    const hint = guesses.length
        ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?`
        : `Known ${kind} ids are the file names in model-store/${kind}/ (${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(names.length, 'name')} known).`;
    return { problem: `unknown ${kind} model "${ref}"`, hint };
}
function withoutId(item) {
    const out = {};
    for (const [k, v] of Object.entries(item))
        if (k !== 'id')
            out[k] = v;
    return out;
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
/** The facts a cloud model must have; a string names the first one missing. */
function toCloud(e, id, over) {
    const d = e.data;
    const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.name);
    const provider = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.provider);
    const litellm = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.litellm_model_name);
    const ctx = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.num)(d.context_window);
    const key = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.requires_api_key);
    if (!name || !provider || !litellm || ctx === undefined || !key)
        return 'the model file lacks name, provider, litellm_model_name, context_window or requires_api_key';
    if (!ENV_VAR.test(key))
        return `requires_api_key "${key}" is not an environment variable name`;
    const p = d.pricing;
    const input = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.price)(p?.input_per_1m);
    const output = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.price)(p?.output_per_1m);
    const cache = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.price)(p?.cache_read_per_1m);
    const maxOutput = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.num)(d.max_output);
    return {
        id,
        name,
        provider,
        litellm_model_name: litellm,
        context_window: ctx,
        ...(maxOutput !== undefined && { max_output: maxOutput }),
        ...(((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.num)(over.max_tokens) ?? maxOutput) !== undefined && { max_tokens: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.num)(over.max_tokens) ?? maxOutput }),
        requires_api_key: key,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.description) !== undefined && { description: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.description) }),
        capabilities: strings(d.capabilities),
        ...(input !== undefined && output !== undefined && { pricing: { input_per_1m: input, output_per_1m: output, ...(cache !== undefined && { cache_read_per_1m: cache }) } }),
        deprecated: d.deprecated === true,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.replacement) !== undefined && { replacement: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.replacement) }),
        file: e.file.path,
    };
}
function toLocal(e, id, over) {
    const d = e.data;
    const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.name);
    const quant = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.quantization);
    const ctx = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.num)(d.context_window);
    const group = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.group);
    if (!name || !quant || ctx === undefined || !group)
        return 'the model file lacks name, quantization, context_window or group';
    let repo = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.hf_repo);
    let hfFile = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.hf_file);
    if (!repo || !hfFile) {
        const uri = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .parseModelUri */ .Aj)((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.model_uri) ?? '');
        if (!uri.ok)
            return `model_uri ${uri.problem}`;
        repo = uri.uri.repoId;
        hfFile = uri.uri.file;
    }
    const capabilities = strings(d.capabilities);
    const pick = (key, read) => read(over[key]) ?? read(d[key]);
    const bool = (v) => (typeof v === 'boolean' ? v : undefined);
    const ctxSize = pick('ctx_size', _store_js__WEBPACK_IMPORTED_MODULE_4__.num);
    const ttl = pick('ttl', _store_js__WEBPACK_IMPORTED_MODULE_4__.num);
    const flash = pick('flash_attn', bool);
    const batch = pick('batch_size', _store_js__WEBPACK_IMPORTED_MODULE_4__.num);
    return {
        id,
        name,
        hf_repo: repo,
        hf_file: hfFile,
        quantization: quant,
        context_window: ctx,
        ...(ctxSize !== undefined && { ctx_size: ctxSize }),
        ...(ttl !== undefined && { ttl }),
        ...(flash !== undefined && { flash_attn: flash }),
        ...(batch !== undefined && { batch_size: batch }),
        group,
        embedding: group === 'embeddings' || capabilities.includes('embeddings'),
        aliases: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.aliasesOf)(e),
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.vulkan_driver) !== undefined && { vulkan_driver: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.vulkan_driver) }),
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.description) !== undefined && { description: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.description) }),
        capabilities,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.num)(d.ram_required_gb) !== undefined && { ram_required_gb: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.num)(d.ram_required_gb) }),
        deprecated: d.deprecated === true,
        ...((0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.replacement) !== undefined && { replacement: (0,_store_js__WEBPACK_IMPORTED_MODULE_4__.str)(d.replacement) }),
        file: e.file.path,
    };
}


/***/ }),

/***/ 3766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lx: () => (/* binding */ loadSampleBlueprints),
  K8: () => (/* binding */ loadTemplates),
  vn: () => (/* binding */ prepareRelease),
  yR: () => (/* binding */ readText),
  zD: () => (/* binding */ resolveTemplatesDir),
  mg: () => (/* binding */ writeOutputDir)
});

// UNUSED EXPORTS: gitCommit

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/render.ts
var render = __webpack_require__(1595);
// EXTERNAL MODULE: ./src/core/resolve.ts
var resolve = __webpack_require__(2183);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/core/tar.ts
/**
 * A deterministic .tar.gz: POSIX ustar entries in sorted order with fixed metadata
 * (mtime 0, uid/gid 0, no user or group names, mode 0644 files / 0755 folders), gzipped
 * without a file name or timestamp. Small enough to write here; a library would add options
 * we would have to pin anyway.
 */


const BLOCK = 512;
function tarGz(entries) {
    const gz = (0,external_node_zlib_.gzipSync)(tar(entries), { level: 9 });
    // Byte 9 is the OS that wrote the file; "unknown" (255) keeps builds identical across platforms.
    gz[9] = 255;
    return gz;
}
function tar(entries) {
    const files = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const dirs = new Set();
    for (const f of files) {
        checkPath(f.path);
        const parts = f.path.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(parts.slice(0, i).join('/') + '/');
    }
    const all = [...[...dirs].map((path) => ({ path })), ...files];
    all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const chunks = [];
    for (const e of all) {
        const data = e.data ?? Buffer.alloc(0);
        chunks.push(header(e.path, e.data ? 'file' : 'dir', data.length));
        chunks.push(data);
        const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
        if (pad)
            chunks.push(Buffer.alloc(pad));
    }
    chunks.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(chunks);
}
function checkPath(p) {
    if (!p || p.startsWith('/') || p.split('/').some((s) => s === '' || s === '.' || s === '..') || /[\u0000-\u001f\\]/.test(p))
        throw new errors/* CurateError */.nK(`refusing to put "${p}" in an archive`);
}
function header(path, type, size) {
    const h = Buffer.alloc(BLOCK);
    const name = Buffer.from(path, 'utf8');
    if (name.length <= 100)
        name.copy(h, 0);
    else {
        // ustar splits long names at a '/' into prefix (155 bytes) and name (100 bytes).
        const cut = path.lastIndexOf('/', 155);
        const prefix = Buffer.from(path.slice(0, cut), 'utf8');
        const rest = Buffer.from(path.slice(cut + 1), 'utf8');
        if (cut <= 0 || prefix.length > 155 || rest.length > 100)
            throw new errors/* CurateError */.nK(`path too long for a tar archive: ${path}`);
        rest.copy(h, 0);
        prefix.copy(h, 345);
    }
    octal(h, 100, 8, type === 'dir' ? 0o755 : 0o644);
    octal(h, 108, 8, 0); // uid
    octal(h, 116, 8, 0); // gid
    octal(h, 124, 12, size);
    octal(h, 136, 12, 0); // mtime
    h.fill(0x20, 148, 156); // checksum field counts as spaces while summing
    h[156] = type === 'dir' ? 0x35 : 0x30;
    h.write('ustar\u000000', 257, 'latin1');
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1');
    return h;
}
function octal(h, offset, width, value) {
    h.write(value.toString(8).padStart(width - 1, '0') + '\u0000', offset, 'latin1');
}

;// CONCATENATED MODULE: ./src/core/release.ts
/**
 * The release bundle, as bytes by path: index.json, every sample blueprint rendered into
 * blueprints/<name>/ and packed as <name>.tar.gz, and SHA256SUMS over all of it.
 * A pure function of the store, the blueprints, the templates and the commit: two builds
 * of the same commit are byte-identical (no clock, sorted everything, fixed tar metadata).
 */






const INDEX_SCHEMA_VERSION = 1;
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Every model of the store, sorted by kind then id, with counts. */
function buildIndex(store, commit) {
    const models = [];
    for (const e of store.entries) {
        const id = (0,core_store.idOf)(e);
        if (!id)
            continue;
        const definition = {};
        for (const [k, v] of Object.entries(e.data))
            if (k !== '$schema')
                definition[k] = v;
        const provider = (0,core_store.str)(e.data.provider);
        const group = (0,core_store.str)(e.data.group);
        const replacement = (0,core_store.str)(e.data.replacement);
        models.push({
            id,
            kind: e.kind,
            name: (0,core_store.str)(e.data.name) ?? id,
            file: e.file.path,
            ...(provider !== undefined && { provider }),
            ...(group !== undefined && { group }),
            deprecated: e.data.deprecated === true,
            ...(replacement !== undefined && { replacement }),
            definition,
        });
    }
    models.sort((a, b) => cmp(a.kind, b.kind) || cmp(a.id, b.id) || cmp(a.file, b.file));
    const tally = (keys) => {
        const t = {};
        for (const m of models)
            for (const k of keys(m))
                t[k] = (t[k] ?? 0) + 1;
        return Object.fromEntries(Object.entries(t).sort(([a], [b]) => cmp(a, b)));
    };
    const caps = (m) => {
        const c = m.definition.capabilities;
        return Array.isArray(c) ? [...new Set(c.filter((x) => typeof x === 'string'))] : [];
    };
    return {
        schema_version: INDEX_SCHEMA_VERSION,
        commit,
        counts: {
            total: models.length,
            deprecated: models.filter((m) => m.deprecated).length,
            by_kind: tally((m) => [m.kind]),
            by_provider: tally((m) => (m.provider ? [m.provider] : [])),
            by_group: tally((m) => (m.group ? [m.group] : [])),
            by_capability: tally(caps),
        },
        models,
    };
}
/** `sha256sum`'s format: "<hex>  <path>", sorted by path. */
function sha256sums(files) {
    return ([...files.keys()]
        .sort(cmp)
        .map((p) => `${(0,external_node_crypto_.createHash)('sha256').update(files.get(p)).digest('hex')}  ${p}`)
        .join('\n') + '\n');
}
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;
function buildRelease(input) {
    const files = new Map();
    const findings = [];
    const index = buildIndex(input.store, input.commit);
    files.set('index.json', Buffer.from(JSON.stringify(index, null, 2) + '\n'));
    const names = new Set();
    for (const bp of [...input.blueprints].sort((a, b) => cmp(a.name, b.name))) {
        if (!SAFE_NAME.test(bp.name) || bp.name === 'index' || names.has(bp.name))
            throw new errors/* CurateError */.nK(`sample blueprint name "${bp.name}" is not usable as a folder name`, { hint: 'Name sample blueprints with lowercase letters, digits and dashes, e.g. local-only.json.' });
        names.add(bp.name);
        const r = (0,resolve/* resolveBlueprint */.OR)(bp, input.store, input.schemas, { defaultName: bp.name });
        findings.push(...r.findings);
        if (!r.resolved) {
            const first = r.findings.find((f) => f.severity === 'error');
            throw new errors/* CurateError */.nK(`sample blueprint ${bp.path} does not resolve against the store${first ? `: ${first.message}` : ''}`, {
                hint: first?.hint ?? 'Fix the sample blueprint or the store.',
                exitCode: 1,
            });
        }
        const rendered = (0,render/* renderBlueprint */.e2)(r.resolved, input.templates);
        const entries = rendered.map((f) => ({ path: `${bp.name}/${f.path}`, data: Buffer.from(f.content) }));
        for (const e of entries)
            files.set(`blueprints/${e.path}`, e.data);
        files.set(`${bp.name}.tar.gz`, tarGz(entries));
    }
    files.set('SHA256SUMS', Buffer.from(sha256sums(files)));
    return { files, findings };
}

// EXTERNAL MODULE: ./src/core/rules/index.ts + 28 modules
var rules = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/core/validate.ts
var validate = __webpack_require__(993);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/workspace.ts + 1 modules
var workspace = __webpack_require__(3793);
;// CONCATENATED MODULE: ./src/io/bundle.ts
/**
 * The disk side of render and release: templates and sample blueprints read from the
 * toolkit's folder (found at run time, so ncc does not copy it), the store's git commit,
 * and output folders written whole or not at all.
 */










/** The largest template or blueprint we read: these are small text files. */
const MAX_TEXT_BYTES = 1024 * 1024;
function resolveTemplatesDir(asked, cwd) {
    return asked ? external_node_path_default().resolve(cwd, asked) : external_node_path_default().join((0,paths.packageRoot)(), 'templates');
}
/** Every *.njk under litellm/, llama-swap/ and quadlet/, by relative path. */
function loadTemplates(dir) {
    if (!(0,fs.isDir)(dir))
        throw new errors/* CurateError */.nK(`templates folder not found: ${dir}`, { hint: 'Pass --templates DIR, the folder holding litellm/, llama-swap/ and quadlet/.' });
    const set = {};
    for (const sub of ['litellm', 'llama-swap', 'quadlet']) {
        const d = external_node_path_default().join(dir, sub);
        if (!(0,fs.isDir)(d))
            continue;
        for (const name of (0,external_node_fs_.readdirSync)(d).sort())
            if (name.endsWith('.njk'))
                set[`${sub}/${name}`] = readText(external_node_path_default().join(d, name));
    }
    return set;
}
/** templates/blueprints/*.json, named by file name. */
function loadSampleBlueprints(templatesDir, base) {
    const dir = external_node_path_default().join(templatesDir, 'blueprints');
    if (!(0,fs.isDir)(dir))
        throw new errors/* CurateError */.nK(`sample blueprints folder not found: ${dir}`);
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => {
        const full = external_node_path_default().join(dir, n);
        return { name: n.slice(0, -'.json'.length), path: (0,paths.displayPath)(full, base), text: readText(full) };
    });
}
function readText(file) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        throw new errors/* CurateError */.nK(`file not found: ${file}`, { exitCode: 2 });
    }
    if (!st.isFile())
        throw new errors/* CurateError */.nK(`${file} is not a regular file`, { exitCode: 2 });
    if (st.size > MAX_TEXT_BYTES)
        throw new errors/* CurateError */.nK(`${file} is ${st.size} bytes, over the ${MAX_TEXT_BYTES}-byte limit`, { exitCode: 2 });
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}
/** The commit HEAD of the repository holding `dir`, or null outside one (or without git). */
function gitCommit(dir) {
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out) ? out : null;
    }
    catch {
        return null;
    }
}
/**
 * Replaces `dir` with exactly `files`: written into a fresh sibling folder, then swapped in,
 * so a failure leaves the old output whole. An existing folder is replaced only when empty or
 * when it holds `marker` (a previous output of ours): a user's folder is never wiped.
 */
function writeOutputDir(dir, files, marker) {
    const abs = external_node_path_default().resolve(dir);
    const cwd = process.cwd();
    if (abs === external_node_path_default().parse(abs).root || cwd === abs || cwd.startsWith(abs + (external_node_path_default()).sep))
        throw new errors/* CurateError */.nK(`refusing to replace ${dir}: it is the root or holds the current folder`, { hint: 'Choose a new folder for --out, e.g. out/.', exitCode: 2 });
    if ((0,external_node_fs_.existsSync)(dir)) {
        if (!(0,fs.isDir)(dir))
            throw new errors/* CurateError */.nK(`${dir} exists and is not a folder`, { exitCode: 2 });
        if ((0,external_node_fs_.readdirSync)(dir).length && !(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, marker)))
            throw new errors/* CurateError */.nK(`${dir} is not empty and holds no ${marker}: refusing to replace it`, { hint: 'Choose an empty or new folder for --out.', exitCode: 2 });
    }
    const parent = external_node_path_default().dirname(external_node_path_default().resolve(dir));
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const tmp = external_node_path_default().join(parent, `.${external_node_path_default().basename(dir)}.${process.pid}.tmp`);
    const old = external_node_path_default().join(parent, `.${external_node_path_default().basename(dir)}.${process.pid}.old`);
    (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    try {
        for (const [rel, content] of files) {
            const target = external_node_path_default().join(tmp, rel);
            if (!target.startsWith(tmp + (external_node_path_default()).sep))
                throw new errors/* CurateError */.nK(`refusing to write outside the output folder: ${rel}`);
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, content, { flag: 'wx' });
        }
        if ((0,external_node_fs_.existsSync)(dir))
            (0,external_node_fs_.renameSync)(dir, old);
        (0,external_node_fs_.renameSync)(tmp, dir);
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
    }
}
/** Validates the store, then builds the release from it and the toolkit's sample blueprints. */
async function prepareRelease(options) {
    const ws = (0,workspace.openWorkspace)({ base: options.base, store: options.store, schemas: options.schemas });
    // Structure only, as before the quality rules: pull requests enforce the curation bar; a release
    // refuses only files that are broken or hostile.
    const validation = await (0,validate.validateStore)(ws.store, ws.schemas, { rules: rules/* STRUCTURE_RULES */.ar });
    if (validation.summary.errors)
        return { validation, files: ws.store.files.length };
    const templatesDir = resolveTemplatesDir(options.templates, options.base);
    const release = buildRelease({
        store: ws.store,
        schemas: ws.schemas,
        templates: loadTemplates(templatesDir),
        blueprints: loadSampleBlueprints(templatesDir, options.base),
        commit: gitCommit(ws.storeDir),
    });
    return { validation, release, files: ws.store.files.length };
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
