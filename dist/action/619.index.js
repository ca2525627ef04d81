export const id = 619;
export const ids = [619];
export const modules = {

/***/ 2619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelease: () => (/* binding */ runRelease)
});

// UNUSED EXPORTS: defaultTag, releaseBody

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __webpack_require__(6207);
;// CONCATENATED MODULE: ./src/core/release-notes.ts
/**
 * Release notes: what changed since the previous release, from two index.json files. Models
 * added, changed (each field, old -> new), deprecated, and removed from blueprints (no longer
 * enabled by default, or gone from the store so blueprints naming them stop resolving).
 * Pure and clock-free, so the same two indexes always give the same CHANGES.md. Model text is
 * hostile: every string goes through the Markdown escapes of src/report/markdown.ts.
 */




const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Fields the Deprecated section states; they are not repeated under Changed. */
const DEPRECATION_FIELDS = new Set(['deprecated', 'replacement', 'sunset_date', 'deprecation_reason']);
const LONGEST_VALUE = 120;
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
/** Leaf differences of two definitions: objects are walked, arrays and scalars compared whole. */
function fieldChanges(a, b, prefix = '') {
    const out = [];
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(cmp)) {
        const field = prefix + k;
        const x = (0,own/* own */.Z)(a, k);
        const y = (0,own/* own */.Z)(b, k);
        if (isObject(x) && isObject(y))
            out.push(...fieldChanges(x, y, `${field}.`));
        else if (JSON.stringify(x) !== JSON.stringify(y))
            out.push({ field, ...(x !== undefined && { old: x }), ...(y !== undefined && { new: y }) });
    }
    return out;
}
function diffIndexes(previous, next) {
    const before = new Map(previous.models.map((m) => [m.id, m]));
    const after = new Map(next.models.map((m) => [m.id, m]));
    const diff = { added: [], changed: [], deprecated: [], removed: [] };
    for (const m of next.models) {
        const old = before.get(m.id);
        if (!old) {
            diff.added.push(m);
            continue;
        }
        const newlyDeprecated = m.deprecated && !old.deprecated;
        if (newlyDeprecated)
            diff.deprecated.push(m);
        const fields = fieldChanges({ kind: old.kind, ...old.definition }, { kind: m.kind, ...m.definition }).filter((f) => !(newlyDeprecated && DEPRECATION_FIELDS.has(f.field)));
        if (fields.length)
            diff.changed.push({ model: m, fields });
        if (old.definition.enabled === true && m.definition.enabled !== true)
            diff.removed.push({ model: m, why: 'disabled' });
    }
    for (const m of previous.models)
        if (!after.has(m.id))
            diff.removed.push({ model: m, why: 'removed' });
    const byId = (x, y) => cmp(x.id, y.id);
    diff.added.sort(byId);
    diff.deprecated.sort(byId);
    diff.changed.sort((x, y) => byId(x.model, y.model));
    diff.removed.sort((x, y) => byId(x.model, y.model));
    return diff;
}
/** A value of a model file, as a code span: JSON, cut to one readable length. */
function value(v) {
    if (v === undefined)
        return '(none)';
    const text = JSON.stringify(v);
    return (0,markdown/* mdCode */.xs)(text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text);
}
const title = (m) => `${(0,markdown/* mdCode */.xs)(m.id)} ${(0,markdown/* mdText */.bC)(m.name)}`;
function summaryLine(index) {
    const c = index.counts;
    const kinds = Object.entries(c.by_kind).map(([k, n]) => `${n} ${k}`).join(', ');
    return `${(0,core_text/* plural */.LS)(c.total, 'model')} (${kinds || 'none'})${c.deprecated ? `, ${c.deprecated} deprecated` : ''}.`;
}
/** CHANGES.md: the store in one line, then what changed since `previous`. */
function releaseNotes(previous, next, options = {}) {
    const lines = ['# Model store changes', '', summaryLine(next), '', `Built from commit ${next.commit ?? '(unknown)'}; index schema version ${next.schema_version}.`, ''];
    if (!previous) {
        lines.push(options.noPreviousReason ?? 'No previous release to compare with.', '');
        return lines.join('\n');
    }
    lines.push(`Compared with the previous release: ${summaryLine(previous).replace(/\.$/, '')}, commit ${previous.commit ?? '(unknown)'}.`, '');
    const d = diffIndexes(previous, next);
    if (!d.added.length && !d.changed.length && !d.deprecated.length && !d.removed.length) {
        lines.push('No model changed.', '');
        return lines.join('\n');
    }
    const section = (name, items) => {
        if (items.length)
            lines.push(`## ${name} (${items.length})`, '', ...items, '');
    };
    section('Added', d.added.map((m) => `- ${title(m)} (${m.kind}${m.provider ? `, ${(0,markdown/* mdText */.bC)(m.provider)}` : ''}${m.group ? `, group ${(0,markdown/* mdText */.bC)(m.group)}` : ''})`));
    section('Changed', d.changed.map((c) => [`- ${title(c.model)}`, ...c.fields.map((f) => `  - ${(0,markdown/* mdCode */.xs)(f.field)}: ${value(f.old)} -> ${value(f.new)}`)].join('\n')));
    section('Deprecated', d.deprecated.map((m) => {
        const sunset = typeof m.definition.sunset_date === 'string' ? `; sunset ${(0,markdown/* mdText */.bC)(m.definition.sunset_date)}` : '; no sunset date';
        return `- ${title(m)}: ${m.replacement ? `use ${(0,markdown/* mdCode */.xs)(m.replacement)} instead` : 'no replacement named'}${sunset}`;
    }));
    section('Removed from blueprints', d.removed.map((r) => r.why === 'disabled'
        ? `- ${title(r.model)}: no longer enabled by default`
        : `- ${title(r.model)}: removed from the store; blueprints that name it no longer resolve`));
    return lines.join('\n');
}
/** A previous release's index.json, checked against index.schema.json before it is compared. */
function parseIndex(text, source, schemas) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new core_errors/* CurateError */.nK(`${source} is not JSON: ${err.message}`, { hint: 'Pass the index.json of a previous release.', exitCode: 2 });
    }
    const errors = schemas.errors('index.schema.json', data);
    if (errors.length)
        throw new core_errors/* CurateError */.nK(`${source} is not a release index: ${errors[0].instancePath || '/'} ${errors[0].message ?? 'is invalid'}`, { hint: 'Pass the index.json of a previous release (schemas/index.schema.json).', exitCode: 2 });
    return data;
}

// EXTERNAL MODULE: ./node_modules/nunjucks/index.js
var nunjucks = __webpack_require__(8115);
var nunjucks_default = /*#__PURE__*/__webpack_require__.n(nunjucks);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/generated/templates.cjs
var generated_templates = __webpack_require__(9639);
// EXTERNAL MODULE: ./src/core/environ-refs.ts
var environ_refs = __webpack_require__(9221);
;// CONCATENATED MODULE: ./src/core/images.ts
/**
 * The container images the rendered units run, pinned in one place: `images.json` beside the
 * templates (the toolkit's own, or --templates DIR). Moving a pin is an edit of that file and a
 * re-render; nothing else names an image.
 */

const IMAGE_KEYS = ['litellm', 'llama-swap'];
/**
 * registry/path:tag, optionally @sha256:digest. A tag that moves ("latest", "main-stable",
 * llama-swap's nightly "unified-vulkan") is refused unless a digest pins it: a moving tag changes
 * under a running deployment, which is what pinning prevents.
 */
const PINNED = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)+:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}(@sha256:[0-9a-f]{64})?$/;
const FLOATING = /:(latest|main|main-stable|main-latest|stable|cpu|cuda|cuda13|vulkan|intel|musa|rocm|unified-[a-z0-9]+)$/;
/** Reads and checks images.json's text; `where` names the file in errors. */
function parseImagePins(text, where) {
    const hint = `${where} maps "litellm" and "llama-swap" to {"image": "registry/name:version", "source": "..."}.`;
    if (text === undefined)
        throw new core_errors/* CurateError */.nK(`${where} is missing: the images are pinned there`, { hint });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new core_errors/* CurateError */.nK(`${where} is not valid JSON: ${err.message}`, { hint });
    }
    const out = {};
    for (const key of IMAGE_KEYS) {
        const entry = data && typeof data === 'object' ? data[key] : undefined;
        const image = entry && typeof entry === 'object' ? entry.image : undefined;
        if (typeof image !== 'string' || !PINNED.test(image))
            throw new core_errors/* CurateError */.nK(`${where}: "${key}" needs an image pinned to a version tag, got ${JSON.stringify(image ?? null)}`, { hint });
        if (FLOATING.test(image))
            throw new core_errors/* CurateError */.nK(`${where}: "${key}" is ${image}, a tag that moves; pin a version or add its @sha256 digest`, { hint });
        out[key] = image;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/llama-swap-groups.ts
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

;// CONCATENATED MODULE: ./src/core/render.ts
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
    pending = new core_errors/* CurateError */.nK(message, options);
    throw pending;
}
/** The folder of units and their configs: installed flat into ~/.config/containers/systemd/. */
const UNIT_DIR = 'quadlet';
const NETWORK_UNIT = 'leger.network';
/** llama-swap's address on the network: its container name and the -listen port of its unit. */
const LLAMA_SWAP_URL = 'http://llama-swap:8080/v1';
const DEPLOY_FILE = 'DEPLOY.md';
const IMAGES_FILE = 'images.json';
const hasLocal = (r) => r.local.length > 0;
const always = () => true;
/** Which template renders which output, and when. LiteLLM is the one endpoint, so it is always there. */
const OUTPUTS = [
    { template: 'quadlet/leger.network.njk', path: `${UNIT_DIR}/${NETWORK_UNIT}`, when: hasLocal },
    { template: 'litellm/litellm.yaml.njk', path: `${UNIT_DIR}/litellm.yaml`, when: always },
    { template: 'quadlet/litellm.container.njk', path: `${UNIT_DIR}/litellm.container`, when: always },
    { template: 'llama-swap/config.yaml.njk', path: `${UNIT_DIR}/llama-swap.yaml`, when: hasLocal },
    { template: 'quadlet/llama-swap.container.njk', path: `${UNIT_DIR}/llama-swap.container`, when: hasLocal },
    { template: 'deploy/DEPLOY.md.njk', path: DEPLOY_FILE, when: always },
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
function render_taint(value) {
    if (typeof value === 'string')
        return new Tainted(value);
    if (Array.isArray(value))
        return value.map(render_taint);
    if (value && typeof value === 'object' && !(value instanceof Tainted)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = render_taint(v);
        return out;
    }
    return value;
}
function render_untaint(value) {
    if (value instanceof Tainted)
        return value.value;
    if (Array.isArray(value))
        return value.map(render_untaint);
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = render_untaint(v);
        return out;
    }
    return value;
}
function render_text(value, filter) {
    const v = render_untaint(value);
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
    const v = render_untaint(value);
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
    const out = (0,dist/* stringify */.As)(s, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true, lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
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
    const s = render_text(value, 'quadlet');
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
    const s = render_text(value, 'arg');
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
    const s = render_text(value, 'comment');
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(s))
        raise(`refusing to write ${show(s)} into a comment: it contains a line break or control character`);
    if (s.includes('${'))
        raise(`refusing to write ${show(s)} into a comment: "\${" starts a llama-swap macro`);
    return s;
}
/** One line of prose (DEPLOY.md): no line break, control or bidirectional control character. */
function lineText(value) {
    const s = render_text(value, 'line');
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(s))
        raise(`refusing to write ${show(s)} into ${DEPLOY_FILE}: it contains a line break or control character`);
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
/** The environment's options; scripts/gen-templates.mjs compiles the shipped templates with these. */
const TEMPLATE_OPTIONS = Object.freeze({ autoescape: false, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
function createEnvironment(templates) {
    // The shipped templates come compiled (src/generated/templates.cjs); any others compile here.
    const code = isPrecompiled(templates) ? generated_templates/* templates */.k : undefined;
    const loader = {
        getSource(name) {
            if (!Object.hasOwn(templates, name))
                raise(`template ${name} is missing`, { hint: 'Point --templates at a folder holding litellm/, llama-swap/ and quadlet/.' });
            return { src: code && Object.hasOwn(code, name) ? { type: 'code', obj: code[name] } : templates[name], path: name };
        },
    };
    // A copy: nunjucks writes its defaults into the options it is given.
    const env = new (nunjucks_default()).Environment(loader, { ...TEMPLATE_OPTIONS });
    env.addFilter('yaml', yamlValue);
    env.addFilter('quadlet', quadletValue);
    env.addFilter('arg', shellArg);
    env.addFilter('comment', commentText);
    env.addFilter('line', lineText);
    return env;
}
/** The options and the .njk texts by name, sorted: what compiled code depends on. */
function templatesHash(templates) {
    const sorted = Object.keys(templates)
        .filter((n) => n.endsWith('.njk'))
        .sort()
        .map((n) => [n, templates[n]]);
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([TEMPLATE_OPTIONS, sorted])).digest('hex');
}
/** Whether these are the templates src/generated/templates.cjs was compiled from, with these options. */
function isPrecompiled(templates) {
    return templatesHash(templates) === generated_templates/* __templatesHash */.o;
}
function cloudView(m) {
    return { ...m, api_key_ref: `os.environ/${m.requires_api_key}`, price_per_token: m.pricing && perToken(m.pricing) };
}
/** A local model as LiteLLM routes it: an OpenAI-compatible deployment on llama-swap. */
function localRoute(m) {
    return { ...m, litellm_model: `openai/${m.id}` };
}
/** LiteLLM prices per token, from prices per 1M tokens, without binary noise (1.25 -> 0.00000125). */
function perToken(p) {
    const shift = (n) => Number((n / 1e6).toPrecision(12));
    return { input: shift(p.input_per_1m), output: shift(p.output_per_1m), ...(p.cache_read_per_1m !== undefined && { cache_read: shift(p.cache_read_per_1m) }) };
}
/** Compiled templates, reused while the same TemplateSet renders several blueprints (a release). */
const environments = new WeakMap();
/** The oldest podman every rendered file works with: PodmanArgs= (4.6) when local models run. */
function minPodman(resolved) {
    return resolved.local.length ? '4.6' : '4.5';
}
/** Every output of a blueprint, in OUTPUTS order, plus required-secrets.json. */
function renderBlueprint(resolved, templates, options = {}) {
    guardMacros(resolved.local);
    for (const m of resolved.cloud)
        (0,environ_refs/* refuseEnvRefs */.iZ)(m, 'cloud');
    for (const m of resolved.local)
        (0,environ_refs/* refuseEnvRefs */.iZ)(m, 'local');
    const images = parseImagePins(templates[IMAGES_FILE], `templates ${IMAGES_FILE}`);
    let env = environments.get(templates);
    if (!env)
        environments.set(templates, (env = createEnvironment(templates)));
    // llama-swap's schema caps a display name at 128 characters; the store allows 200.
    const local = resolved.local.map((m) => ({ ...m, name: [...m.name].length > 128 ? `${[...m.name].slice(0, 127).join('')}…` : m.name, env: m.vulkan_driver ? [`AMD_VULKAN_ICD=${m.vulkan_driver}`] : [] }));
    const groups = llamaSwapGroups(resolved.local);
    const context = {
        ...render_taint({
            name: resolved.name,
            cloud: resolved.cloud.map(cloudView),
            local,
            local_routes: resolved.local.map(localRoute),
            groups,
            // Resident means loaded at start: llama-swap preloads them together, as one group.
            preload: groups.filter((g) => g.persistent).flatMap((g) => g.members),
            secrets: resolved.secrets.map((s) => ({ ...s, master: s.env === environ_refs/* MASTER_KEY_ENV */.b0 })),
            warnings: resolved.warnings,
            commit: options.commit ?? null,
            images,
            image_list: IMAGE_KEYS.filter((k) => k === 'litellm' || resolved.local.length).map((k) => ({ name: k, image: images[k] })),
        }),
        // The renderer's own constants: not model text.
        llama_swap_url: LLAMA_SWAP_URL,
        master_key_ref: `os.environ/${environ_refs/* MASTER_KEY_ENV */.b0}`,
        master_key_env: environ_refs/* MASTER_KEY_ENV */.b0,
        min_podman: minPodman(resolved),
        publish_llama_swap: resolved.publish_llama_swap === true,
        units: resolved.local.length ? ['litellm.service', 'llama-swap.service'] : ['litellm.service'],
    };
    const files = [];
    for (const out of OUTPUTS) {
        if (!out.when(resolved))
            continue;
        const content = renderOne(env, out.template, context);
        if (out.template === 'litellm/litellm.yaml.njk')
            guardLiteLLM(content, resolved);
        files.push({ path: out.path, content });
    }
    files.push({ path: SECRETS_FILE, content: secretsManifest(resolved) });
    return files;
}
/** The rendered litellm.yaml holds exactly the references meant: each api_key, the master key. */
function guardLiteLLM(content, resolved) {
    const allowed = new Map([['general_settings.master_key', `os.environ/${environ_refs/* MASTER_KEY_ENV */.b0}`]]);
    resolved.cloud.forEach((m, i) => allowed.set(`model_list[${i}].litellm_params.api_key`, `os.environ/${m.requires_api_key}`));
    const extra = (0,environ_refs/* unexpectedEnvRefs */.zE)((0,dist/* parse */.qg)(content), allowed);
    if (extra.length)
        throw new core_errors/* CurateError */.nK(`litellm.yaml would hold ${extra.length === 1 ? 'a string' : 'strings'} LiteLLM substitutes from the environment: ${extra.join('; ')}`, {
            hint: 'Only api_key and master_key may reference the environment; a template or model text put another there.',
        });
}
function renderOne(env, template, context) {
    pending = undefined;
    try {
        return env.render(template, context);
    }
    catch (err) {
        // nunjucks re-throws a filter's error as its own TemplateError: show ours, intact.
        const ours = pending ?? (err instanceof core_errors/* CurateError */.nK ? err : undefined);
        pending = undefined;
        if (ours)
            throw ours;
        throw new core_errors/* CurateError */.nK(`template ${template} failed: ${err.message}`, { cause: err });
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

// EXTERNAL MODULE: ./src/core/locate.ts
var locate = __webpack_require__(2617);
// EXTERNAL MODULE: ./src/core/model-limits.ts
var model_limits = __webpack_require__(6655);
// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
;// CONCATENATED MODULE: ./src/core/resolve.ts
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
    const parsed = (0,parse/* parseModelText */.ex)(file.path, file.text);
    if (!parsed.ok)
        return { findings: [{ ...parsed.finding, hint: parsed.finding.hint?.replace('Model files', 'Blueprints').replace('A model file', 'A blueprint') }] };
    const errors = schemas.errors(BLUEPRINT_SCHEMA, parsed.data);
    if (errors.length)
        return { findings: (0,schema/* schemaFindings */.I$)({ kind: 'cloud', ...file }, schemas, BLUEPRINT_SCHEMA, errors) };
    const data = parsed.data;
    const findings = [];
    const at = (path, severity, message, hint, where = 'value') => {
        const pos = (0,locate/* locatorFor */.qe)(file).at(path, where);
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
                // A file that could not be read as a model is not in the store: say so, not "unknown".
                const broken = options.invalid && brokenFile(options.invalid, kind, wanted.ref);
                if (broken)
                    findings.push(at(wanted.path, 'error', `${wanted.ref}: its model file ${broken.file} has errors: ${describeError(broken)}`, 'Run `leger-curate validate` and fix the model file first.'));
                else
                    findings.push(at(wanted.path, 'error', found.problem, found.hint));
                return;
            }
            const entry = found.entry;
            const id = (0,core_store/* idOf */.TH)(entry) ?? wanted.ref;
            if (entry.kind !== kind) {
                findings.push(at(wanted.path, 'error', `"${wanted.ref}" is a ${entry.kind} model, listed under models.${kind}`, `Move it to models.${entry.kind}.`));
                return;
            }
            const first = seen.get(entry);
            if (first) {
                const line = (0,locate/* locatorFor */.qe)(file).at(first.path, 'value').line;
                const ignored = Object.keys(wanted.overrides).length ? '; the overrides of this entry are ignored' : '';
                const message = `${id} is listed twice (first as "${first.ref}" on line ${line}); it is rendered once${ignored}`;
                findings.push(at(wanted.path, 'warning', message, 'Remove one of the entries.'));
                warnings.push(message);
                return;
            }
            seen.set(entry, wanted);
            const invalid = options.invalid?.get(entry.file.path);
            if (invalid) {
                findings.push(at(wanted.path, 'error', `${id}: its model file ${entry.file.path} has errors: ${describeError(invalid)}`, 'Run `leger-curate validate` and fix the model file first.'));
                return;
            }
            const made = kind === 'cloud' ? toCloud(entry, id, wanted.overrides) : toLocal(entry, id, wanted.overrides);
            if (typeof made === 'string') {
                findings.push(at(wanted.path, 'error', `${id}: ${made}`, 'Run `leger-curate validate` on the store.'));
                return;
            }
            const outOfRange = overrideProblems(made, wanted.overrides);
            for (const p of outOfRange)
                findings.push(at([...wanted.path.slice(0, -1), p.field], 'error', `${id}: ${p.message}`, p.hint));
            if (outOfRange.length)
                return;
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
        warnings.unshift(`You're using ${(0,core_text/* plural */.LS)(deprecated.length, 'deprecated model')}: ${deprecated.join(', ')}`);
    if (!cloud.length && !local.length && !findings.some((f) => f.severity === 'error'))
        findings.push(at(['models'], 'error', 'the blueprint lists no models', 'Add model ids to models.cloud or models.local.', 'key'));
    if (findings.some((f) => f.severity === 'error'))
        return { findings };
    const name = typeof data.name === 'string' ? data.name : (options.defaultName ?? 'blueprint');
    const publish = data.publish_llama_swap === true && local.length > 0;
    return { resolved: { name, cloud, local, secrets: detectRequiredSecrets(cloud), warnings, ...(publish && { publish_llama_swap: true }) }, findings };
}
/** A blueprint's override beyond the model's own limit: the deployment would ask for what the model cannot give. */
function overrideProblems(made, over) {
    const out = [];
    const fmt = (n) => n.toLocaleString('en-US');
    if ('litellm_model_name' in made) {
        const asked = (0,core_store/* num */.bu)(over.max_tokens);
        if (asked !== undefined && made.max_output !== undefined && asked > made.max_output)
            out.push({ field: 'max_tokens', message: `max_tokens ${fmt(asked)} is above the model's max_output ${fmt(made.max_output)}`, hint: `Use at most ${made.max_output}, or drop max_tokens to let each request choose.` });
    }
    else {
        const asked = (0,core_store/* num */.bu)(over.ctx_size);
        if (asked !== undefined && asked > made.context_window)
            out.push({ field: 'ctx_size', message: `ctx_size ${fmt(asked)} is above the model's context_window ${fmt(made.context_window)}`, hint: `Use at most ${made.context_window}.` });
    }
    return out;
}
/** Where the rendered files that use a secret live (render.ts writes them there). */
const SECRET_USERS = ['quadlet/litellm.container', 'quadlet/litellm.yaml'];
/**
 * The command that stores a secret from the operator's environment. It stops first, naming the
 * variable, when the variable is unset or empty (podman's own "secret data must be larger than 0"
 * names neither), and is re-runnable: `--replace` (podman >= 4.7) swaps an existing secret.
 */
function createSecretCommand(name, env, what) {
    return `: "\${${env}:?set ${env} to ${what}}" && printf %s "$${env}" | podman secret create --replace ${name} -`;
}
/**
 * The proxy's master key, then one secret per distinct requires_api_key: podman secret name =
 * the variable in lower case, env target = the variable. Only names: values are never read or written.
 */
function detectRequiredSecrets(cloud) {
    const vars = [...new Set(cloud.map((m) => m.requires_api_key))].sort();
    const secret = (env, what) => {
        const name = env.toLowerCase();
        return { name, env, type: 'env', used_by: SECRET_USERS, create: createSecretCommand(name, env, what) };
    };
    const keys = vars.map((env) => {
        if (!ENV_VAR.test(env) || env.length > 128)
            throw new core_errors/* CurateError */.nK(`"${env}" is not an environment variable name`, { hint: 'requires_api_key is uppercase letters, digits and "_", e.g. OPENAI_API_KEY.' });
        if (environ_refs/* RESERVED_ENV */.Tn.has(env))
            throw new core_errors/* CurateError */.nK(`requires_api_key "${env}" names a variable of the deployment itself`, { hint: `A provider key named ${env} would receive the proxy's own setting; fix the model file.`, exitCode: 1 });
        return secret(env, 'your provider API key');
    });
    return [secret(environ_refs/* MASTER_KEY_ENV */.b0, 'the key clients will send (e.g. sk- and random characters)'), ...keys];
}
/** The unreadable model file a name would be in: `<kind>/<name>.json`. */
function brokenFile(invalid, kind, ref) {
    const name = (ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref).toLowerCase();
    for (const [file, f] of invalid)
        if (file.toLowerCase().endsWith(`${kind}/${name}.json`))
            return f;
    return undefined;
}
function describeError(f) {
    return `${f.line ? `line ${f.line}: ` : ''}${f.message} (${f.rule})`;
}
/** An id, an alias, a LiteLLM name, or provider:model. */
function lookup(store, kind, ref) {
    const colon = ref.indexOf(':');
    const provider = colon >= 0 ? ref.slice(0, colon).toLowerCase() : undefined;
    const name = colon >= 0 ? ref.slice(colon + 1) : ref;
    let entry = store.find(name);
    if (!entry)
        entry = store.entries.find((e) => (0,core_store/* str */.gx)(e.data.litellm_model_name)?.toLowerCase() === (provider ? `${provider}/${name}` : name).toLowerCase());
    if (entry && provider !== undefined) {
        const actual = entry.kind === 'local' ? 'local' : (0,core_store/* str */.gx)(entry.data.provider);
        if (actual !== provider && !(entry.kind === 'local' && LOCAL_PROVIDERS.has(provider))) {
            const id = (0,core_store/* idOf */.TH)(entry) ?? name;
            return { problem: `"${ref}": ${id} is provided by ${actual ?? 'an unknown provider'}, not ${provider}`, hint: `Write "${actual}:${id}" or just "${id}".` };
        }
    }
    if (entry)
        return { entry };
    const sameKind = store.entries.filter((e) => e.kind === kind && (provider === undefined || kind === 'local' || (0,core_store/* str */.gx)(e.data.provider) === provider));
    const names = sameKind.flatMap((e) => [(0,core_store/* idOf */.TH)(e), ...(0,core_store/* aliasesOf */.QI)(e)]).filter((x) => x !== undefined);
    const guesses = (0,core_text/* closestAll */.rE)(name, names);
    const hint = guesses.length
        ? `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?`
        : `Known ${kind} ids are the file names in model-store/${kind}/ (${(0,core_text/* plural */.LS)(names.length, 'name')} known).`;
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
    const name = (0,core_store/* str */.gx)(d.name);
    const provider = (0,core_store/* str */.gx)(d.provider);
    const litellm = (0,core_store/* str */.gx)(d.litellm_model_name);
    const ctx = (0,core_store/* num */.bu)(d.context_window);
    const key = (0,core_store/* str */.gx)(d.requires_api_key);
    if (!name || !provider || !litellm || ctx === undefined || !key)
        return 'the model file lacks name, provider, litellm_model_name, context_window or requires_api_key';
    if (!ENV_VAR.test(key))
        return `requires_api_key "${key}" is not an environment variable name`;
    const p = d.pricing;
    const input = (0,core_store/* price */.q9)(p?.input_per_1m);
    const output = (0,core_store/* price */.q9)(p?.output_per_1m);
    const cache = (0,core_store/* price */.q9)(p?.cache_read_per_1m);
    const limits = (0,model_limits/* limitsOf */.Af)(d);
    const asked = (0,core_store/* num */.bu)(over.max_tokens);
    return {
        id,
        name,
        provider,
        litellm_model_name: litellm,
        context_window: ctx,
        max_input: limits.input ?? ctx,
        ...(limits.output !== undefined && { max_output: limits.output }),
        ...(asked !== undefined && { max_tokens: asked }),
        requires_api_key: key,
        ...((0,core_store/* str */.gx)(d.description) !== undefined && { description: (0,core_store/* str */.gx)(d.description) }),
        capabilities: strings(d.capabilities),
        ...(input !== undefined && output !== undefined && { pricing: { input_per_1m: input, output_per_1m: output, ...(cache !== undefined && { cache_read_per_1m: cache }) } }),
        deprecated: d.deprecated === true,
        ...((0,core_store/* str */.gx)(d.replacement) !== undefined && { replacement: (0,core_store/* str */.gx)(d.replacement) }),
        file: e.file.path,
    };
}
function toLocal(e, id, over) {
    const d = e.data;
    const name = (0,core_store/* str */.gx)(d.name);
    const quant = (0,core_store/* str */.gx)(d.quantization);
    const ctx = (0,core_store/* num */.bu)(d.context_window);
    const group = (0,core_store/* str */.gx)(d.group);
    if (!name || !quant || ctx === undefined || !group)
        return 'the model file lacks name, quantization, context_window or group';
    let repo = (0,core_store/* str */.gx)(d.hf_repo);
    let hfFile = (0,core_store/* str */.gx)(d.hf_file);
    if (!repo || !hfFile) {
        const uri = (0,model_uri/* parseModelUri */.Aj)((0,core_store/* str */.gx)(d.model_uri) ?? '');
        if (!uri.ok)
            return `model_uri ${uri.problem}`;
        repo = uri.uri.repoId;
        hfFile = uri.uri.file;
    }
    const capabilities = strings(d.capabilities);
    const pick = (key, read) => read(over[key]) ?? read(d[key]);
    const bool = (v) => (typeof v === 'boolean' ? v : undefined);
    const ctxSize = pick('ctx_size', core_store/* num */.bu);
    const ttl = pick('ttl', core_store/* num */.bu);
    const flash = pick('flash_attn', bool);
    const batch = pick('batch_size', core_store/* num */.bu);
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
        ...((0,core_store/* str */.gx)(d.pooling) !== undefined && { pooling: (0,core_store/* str */.gx)(d.pooling) }),
        aliases: (0,core_store/* aliasesOf */.QI)(e),
        ...((0,core_store/* str */.gx)(d.vulkan_driver) !== undefined && { vulkan_driver: (0,core_store/* str */.gx)(d.vulkan_driver) }),
        ...((0,core_store/* str */.gx)(d.description) !== undefined && { description: (0,core_store/* str */.gx)(d.description) }),
        capabilities,
        ...((0,core_store/* num */.bu)(d.ram_required_gb) !== undefined && { ram_required_gb: (0,core_store/* num */.bu)(d.ram_required_gb) }),
        deprecated: d.deprecated === true,
        ...((0,core_store/* str */.gx)(d.replacement) !== undefined && { replacement: (0,core_store/* str */.gx)(d.replacement) }),
        file: e.file.path,
    };
}

;// CONCATENATED MODULE: ./src/core/site/api.ts
/**
 * The static API beside the page: design document 003's GET /models, /models/{id} and
 * /categories as files, so any static host (GitHub Pages, a folder on disk) serves them.
 *   api/models.json             every model, as in index.json
 *   api/models/<id>.json        one model
 *   api/categories.json         kinds, providers, groups, capabilities: each value's count and ids
 *   api/blueprint.schema.json   the blueprint schema, self-contained (no $ref to other files)
 */

const api_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The store's id pattern (common.schema.json): also what makes `<id>.json` a safe file name. */
const SAFE_ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
const json = (v) => Buffer.from(JSON.stringify(v, null, 2) + '\n');
function categories(index) {
    const group = (keys) => {
        const by = new Map();
        for (const m of index.models)
            for (const k of new Set(keys(m)))
                by.set(k, [...(by.get(k) ?? []), m.id]);
        return Object.fromEntries([...by.entries()].sort(([a], [b]) => api_cmp(a, b)).map(([k, ids]) => [k, { count: ids.length, ids: [...ids].sort(api_cmp) }]));
    };
    const caps = (m) => {
        const c = m.definition.capabilities;
        return Array.isArray(c) ? c.filter((x) => typeof x === 'string') : [];
    };
    return {
        schema_version: index.schema_version,
        kinds: group((m) => [m.kind]),
        providers: group((m) => (m.provider ? [m.provider] : [])),
        groups: group((m) => (m.group ? [m.group] : [])),
        capabilities: group(caps),
    };
}
/** The API files, by path relative to site/. */
function apiFiles(index, blueprintSchema) {
    const files = new Map();
    files.set('api/models.json', json({ schema_version: index.schema_version, commit: index.commit, count: index.models.length, models: index.models }));
    const seen = new Set();
    for (const m of index.models) {
        // The store's gate has checked ids already; this keeps a path out of the file system even if it had not.
        if (!SAFE_ID.test(m.id) || seen.has(m.id))
            throw new core_errors/* CurateError */.nK(`model id "${m.id}" cannot name a file of the site's API${seen.has(m.id) ? ' (it is used twice)' : ''}`, {
                hint: 'Ids are lowercase letters, digits, dots and dashes, unique across cloud and local.',
                exitCode: 1,
            });
        seen.add(m.id);
        files.set(`api/models/${m.id}.json`, json(m));
    }
    files.set('api/categories.json', json(categories(index)));
    files.set('api/blueprint.schema.json', json(blueprintSchema));
    return files;
}
/**
 * A schema with every `<file>#/$defs/<name>` reference to another of `docs` copied into its own
 * $defs (as `<file-stem>.<name>`) and repointed there, so a client validates with this one file.
 * References inside a copied definition are followed the same way.
 */
function selfContained(name, docs) {
    const root = structuredClone(docs[name]);
    if (!root)
        throw new core_errors/* CurateError */.nK(`schema ${name} is missing`, { hint: 'Pass --schemas DIR, the folder holding blueprint.schema.json and common.schema.json.' });
    const defs = (root.$defs ?? {});
    const pending = [];
    const local = (file, def) => (file === name ? `#/$defs/${def}` : `#/$defs/${file.replace(/\.schema\.json$|\.json$/, '')}.${def}`);
    const rewrite = (node, file) => {
        if (Array.isArray(node))
            return node.map((x) => rewrite(x, file));
        if (!node || typeof node !== 'object')
            return node;
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (k === '$ref' && typeof v === 'string') {
                const m = /^([^#]*)#\/\$defs\/([^/]+)$/.exec(v);
                if (!m)
                    throw new core_errors/* CurateError */.nK(`schema ${file}: cannot bundle the reference "${v}"`);
                const target = m[1] || file;
                if (!docs[target])
                    throw new core_errors/* CurateError */.nK(`schema ${file} refers to ${target}, which is missing`);
                if (target !== name)
                    pending.push([target, m[2]]);
                out[k] = local(target, m[2]);
            }
            else
                out[k] = rewrite(v, file);
        }
        return out;
    };
    for (const [k, v] of Object.entries(root))
        if (k !== '$defs')
            root[k] = rewrite(v, name);
    for (const [k, v] of Object.entries(defs))
        defs[k] = rewrite(v, name);
    while (pending.length) {
        const [file, def] = pending.shift();
        const key = local(file, def).slice('#/$defs/'.length);
        if (key in defs)
            continue;
        const source = docs[file].$defs?.[def];
        if (source === undefined)
            throw new core_errors/* CurateError */.nK(`schema ${file} has no definition "${def}"`);
        defs[key] = rewrite(source, file);
    }
    root.$defs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => api_cmp(a, b)));
    return root;
}

;// CONCATENATED MODULE: ./src/core/site/cards.ts
const cards_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const s = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** 400000 -> "400,000": fixed separators, whatever the builder's locale. */
function thousands(x) {
    const [int, frac] = String(x).split('.');
    return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}
/** Bytes as decimal GB with one decimal (GGUF sizes on HuggingFace are decimal too). */
function gigabytes(bytes) {
    const gb = bytes / 1e9;
    return gb >= 10 ? `${thousands(Math.round(gb))} GB` : `${(Math.round(gb * 10) / 10).toFixed(1)} GB`;
}
function prices(p) {
    if (!p || typeof p !== 'object')
        return [];
    const o = p;
    const out = [];
    const input = s(o.input_per_1m);
    const output = s(o.output_per_1m);
    if (input || output)
        out.push(['Price per 1M tokens', `${input ?? '?'} in / ${output ?? '?'} out`]);
    const cache = s(o.cache_read_per_1m);
    if (cache)
        out.push(['Cached input per 1M', cache]);
    const tier = s(o.tier);
    if (tier)
        out.push(['Price tier', tier]);
    return out;
}
function cards_strings(v) {
    return Array.isArray(v) ? [...new Set(v.filter((x) => typeof x === 'string' && x !== ''))] : [];
}
function cardOf(m) {
    const d = m.definition;
    const facts = [];
    const ctx = n(d.context_window);
    if (ctx !== undefined)
        facts.push(['Context window', `${thousands(ctx)} tokens`]);
    if (m.kind === 'cloud') {
        const maxOut = n(d.max_output);
        if (maxOut !== undefined)
            facts.push(['Max output', `${thousands(maxOut)} tokens`]);
        facts.push(...prices(d.pricing));
    }
    else {
        const params = n(d.parameters_b);
        if (params !== undefined)
            facts.push(['Parameters', `${thousands(params)}B`]);
        const q = s(d.quantization);
        if (q)
            facts.push(['Quantization', q]);
        const size = n(d.size_bytes);
        if (size !== undefined)
            facts.push(['Size', gigabytes(size)]);
        const ram = n(d.ram_required_gb);
        if (ram !== undefined)
            facts.push(['RAM', `${thousands(ram)} GB`]);
        if (m.group)
            facts.push(['Group', m.group]);
    }
    const licence = s(d.license);
    if (licence)
        facts.push(['Licence', licence]);
    const benchmarks = d.benchmarks && typeof d.benchmarks === 'object' && !Array.isArray(d.benchmarks)
        ? Object.entries(d.benchmarks)
            .filter((e) => n(e[1]) !== undefined)
            .sort(([a], [b]) => cards_cmp(a, b))
            .map(([k, v]) => [k, String(v)])
        : [];
    const family = s(d.family);
    const card = {
        id: m.id,
        kind: m.kind,
        name: m.name,
        byLabel: m.kind === 'cloud' ? 'Provider' : 'Family',
        by: (m.kind === 'cloud' ? m.provider : family) ?? '',
        description: s(d.description) ?? '',
        capabilities: cards_strings(d.capabilities),
        facts,
        benchmarks,
        sources: cards_strings(d.sources).filter((u) => /^https?:\/\//i.test(u)),
        group: m.group ?? '',
        enabled: d.enabled === true,
        deprecated: m.deprecated,
    };
    if (m.deprecated) {
        const sunset = s(d.sunset_date);
        const reason = s(d.deprecation_reason);
        card.warning = [
            'Deprecated',
            m.replacement ? `: use ${m.replacement} instead` : '',
            sunset ? `. Sunset ${sunset}` : '. No sunset date set',
            reason ? `. ${reason}` : '',
            '.',
        ].join('').replace(/\.\.$/, '.');
        if (m.replacement)
            card.replacement = m.replacement;
        if (sunset)
            card.sunset = sunset;
    }
    return card;
}
/** Every card, in the index's order (kind, then id), and the values each filter offers. */
function galleryData(index) {
    const cards = index.models.map(cardOf);
    const values = (pick) => [...new Set(cards.flatMap(pick))].filter(Boolean).sort(cards_cmp);
    return {
        commit: index.commit,
        cards,
        filters: {
            kind: values((c) => [c.kind]),
            provider: values((c) => [c.by]),
            group: values((c) => [c.group]),
            capability: values((c) => c.capabilities),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/site/page.ts
/**
 * index.html: the page template with the gallery's data put in one place, as a JSON data block
 * (`<script type="application/json">`, which browsers never execute, so the CSP's script-src
 * stays the page's own app.js). The JSON is escaped so that no model text can end the block:
 * `<`, `>` and `&` become \u escapes, as do U+2028/U+2029.
 */

/** The template's one placeholder, replaced by the data block. */
const DATA_MARKER = '<!-- leger-curate:gallery-data -->';
function dataBlock(data) {
    const text = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `<script type="application/json" id="gallery-data">${text}</script>`;
}
function renderPage(template, data) {
    const at = template.indexOf(DATA_MARKER);
    if (at < 0 || template.indexOf(DATA_MARKER, at + 1) >= 0)
        throw new core_errors/* CurateError */.nK(`the site template index.html must hold ${DATA_MARKER} exactly once`, { hint: 'Restore templates/site/index.html, or pass --templates DIR with a site/ folder of your own.' });
    return template.slice(0, at) + dataBlock(data) + template.slice(at + DATA_MARKER.length);
}

;// CONCATENATED MODULE: ./src/core/site/index.ts
/**
 * The gallery: a static site built from the release's index, as bytes by path under site/.
 * Pure and deterministic: the same index, assets and schemas give the same bytes.
 *   index.html, app.js, app.css   the page (assets from templates/site/, data inlined)
 *   api/...                       the static API (see ./api.ts)
 */




/** The page's own files: index.html is rendered, the others are copied as they are. */
const SITE_ASSETS = ['index.html', 'app.js', 'app.css', 'icon.svg'];
function buildSite(index, assets, schemaDocs) {
    for (const name of SITE_ASSETS)
        if (typeof assets[name] !== 'string')
            throw new core_errors/* CurateError */.nK(`the site template ${name} is missing`, { hint: 'Restore templates/site/, or pass --templates DIR with a complete site/ folder.' });
    const files = new Map();
    files.set('index.html', Buffer.from(renderPage(assets['index.html'], galleryData(index))));
    for (const name of SITE_ASSETS.slice(1))
        files.set(name, Buffer.from(assets[name]));
    for (const [p, data] of apiFiles(index, selfContained('blueprint.schema.json', schemaDocs)))
        files.set(p, data);
    return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./src/core/release-index.ts
/** index.json: every model of the store with its definition, flagged deprecations and counts. */


const INDEX_SCHEMA_VERSION = 1;
const release_index_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Every model of the store, sorted by kind then id, with counts. */
function buildIndex(store, commit) {
    const models = [];
    for (const e of store.entries) {
        const id = (0,core_store/* idOf */.TH)(e);
        if (!id)
            continue;
        const definition = {};
        for (const [k, v] of Object.entries(e.data))
            if (k !== '$schema')
                definition[k] = v;
        const provider = (0,core_store/* str */.gx)(e.data.provider);
        const group = (0,core_store/* str */.gx)(e.data.group);
        const replacement = (0,core_store/* str */.gx)(e.data.replacement);
        models.push({
            id,
            kind: e.kind,
            name: (0,core_store/* str */.gx)(e.data.name) ?? id,
            file: e.file.path,
            ...(provider !== undefined && { provider }),
            ...(group !== undefined && { group }),
            deprecated: e.data.deprecated === true,
            ...(replacement !== undefined && { replacement }),
            definition,
        });
    }
    models.sort((a, b) => release_index_cmp(a.kind, b.kind) || release_index_cmp(a.id, b.id) || release_index_cmp(a.file, b.file));
    // A Map, not an object: a provider named "constructor" counts from 0, not from Object's function.
    const tally = (keys) => (0,own/* tally */.N)(models.flatMap(keys));
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
        throw new core_errors/* CurateError */.nK(`refusing to put "${p}" in an archive`);
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
            throw new core_errors/* CurateError */.nK(`path too long for a tar archive: ${path}`);
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
 * blueprints/<name>/ and packed as <name>.tar.gz, the gallery in site/ (packed as site.tar.gz),
 * CHANGES.md (what changed since the previous index), and SHA256SUMS over the published assets
 * (the top-level files). Each archive explains itself: the rendered deployment with its
 * DEPLOY.md, the blueprint it came from, the store commit, and its own SHA256SUMS inside.
 * A pure function of the store, the blueprints, the templates and the commit: two builds
 * of the same commit are byte-identical (no clock, sorted everything, fixed tar metadata).
 */








const release_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** `sha256sum`'s format: "<hex>  <path>", sorted by path. */
function sha256sums(files) {
    return ([...files.keys()]
        .sort(release_cmp)
        .map((p) => `${(0,external_node_crypto_.createHash)('sha256').update(files.get(p)).digest('hex')}  ${p}`)
        .join('\n') + '\n');
}
const CHECKSUMS_FILE = 'SHA256SUMS';
const BLUEPRINT_COPY = 'blueprint.json';
const COMMIT_FILE = 'STORE_COMMIT';
/**
 * What a release publishes: its top-level files, SHA256SUMS included. Folders (blueprints/<name>/)
 * are the unpacked copies, for inspection; they travel inside <name>.tar.gz. The publisher and
 * SHA256SUMS both read this list, so `sha256sum -c SHA256SUMS` passes over the downloaded assets.
 */
function publishedAssets(files) {
    return [...files.keys()].filter((p) => !p.includes('/')).sort(release_cmp);
}
/** SHA256SUMS over exactly the published assets but itself. */
function assetChecksums(files) {
    const covered = new Map(publishedAssets(files).filter((p) => p !== CHECKSUMS_FILE).map((p) => [p, files.get(p)]));
    return Buffer.from(sha256sums(covered));
}
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;
function buildRelease(input) {
    const files = new Map();
    const findings = [];
    const index = buildIndex(input.store, input.commit);
    files.set('index.json', Buffer.from(JSON.stringify(index, null, 2) + '\n'));
    const names = new Set();
    for (const bp of [...input.blueprints].sort((a, b) => release_cmp(a.name, b.name))) {
        if (!SAFE_NAME.test(bp.name) || bp.name === 'index' || names.has(bp.name))
            throw new core_errors/* CurateError */.nK(`sample blueprint name "${bp.name}" is not usable as a folder name`, { hint: 'Name sample blueprints with lowercase letters, digits and dashes, e.g. local-only.json.' });
        names.add(bp.name);
        const r = resolveBlueprint(bp, input.store, input.schemas, { defaultName: bp.name });
        findings.push(...r.findings);
        if (!r.resolved) {
            const first = r.findings.find((f) => f.severity === 'error');
            throw new core_errors/* CurateError */.nK(`sample blueprint ${bp.path} does not resolve against the store${first ? `: ${first.message}` : ''}`, {
                hint: first?.hint ?? 'Fix the sample blueprint or the store.',
                exitCode: 1,
            });
        }
        const rendered = renderBlueprint(r.resolved, input.templates, { commit: input.commit });
        const inside = new Map(rendered.map((f) => [f.path, Buffer.from(f.content)]));
        inside.set(BLUEPRINT_COPY, Buffer.from(bp.text));
        inside.set(COMMIT_FILE, Buffer.from(`${input.commit ?? 'unknown (built outside a git repository)'}\n`));
        // Checked from inside the unpacked folder: cd <name> && sha256sum -c SHA256SUMS.
        inside.set(CHECKSUMS_FILE, Buffer.from(sha256sums(inside)));
        const entries = [...inside].map(([p, data]) => ({ path: `${bp.name}/${p}`, data }));
        for (const e of entries)
            files.set(`blueprints/${e.path}`, e.data);
        files.set(`${bp.name}.tar.gz`, tarGz(entries));
    }
    // The gallery: site/ for GitHub Pages or any static host, and the same files as one asset.
    const site = [...buildSite(index, input.site, input.schemas.docs)].map(([p, data]) => ({ path: `site/${p}`, data }));
    for (const e of site)
        files.set(e.path, e.data);
    files.set('site.tar.gz', tarGz(site));
    files.set('CHANGES.md', Buffer.from(releaseNotes(input.previous, index, { noPreviousReason: input.noPreviousReason })));
    files.set(CHECKSUMS_FILE, assetChecksums(files));
    return { files, findings };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/io/assemble.ts + 34 modules
var assemble = __webpack_require__(5682);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __webpack_require__(6783);
;// CONCATENATED MODULE: ./src/io/site.ts
/**
 * The gallery's page assets, read from templates/site/ at run time (like the other templates,
 * so ncc does not copy them and a store can bring its own with --templates).
 */





/** The page must stay light (under 200 KB with the data): no asset comes near this. */
const MAX_ASSET_BYTES = 256 * 1024;
/** `templatesDir`/site/ when it exists, else the toolkit's own: a store's templates need not copy the page. */
function loadSiteAssets(templatesDir) {
    const own = external_node_path_default().join(templatesDir, 'site');
    const dir = (0,fs/* isDir */.Q7)(own) ? own : external_node_path_default().join((0,paths/* packageRoot */.Z)(), 'templates', 'site');
    const assets = {};
    for (const name of SITE_ASSETS)
        assets[name] = readAsset(external_node_path_default().join(dir, name));
    return assets;
}
function readAsset(file) {
    return (0,fs/* readTextFile */.Gu)(file, {
        limit: MAX_ASSET_BYTES,
        label: file,
        missing: () => new core_errors/* CurateError */.nK(`site template not found: ${file}`, { hint: 'Restore templates/site/, or give your --templates folder a complete site/.', exitCode: 2 }),
        limitHint: 'A page asset is a small text file.',
    });
}

;// CONCATENATED MODULE: ./src/io/bundle.ts
/**
 * The disk side of render and release: templates and sample blueprints read from the
 * toolkit's folder (found at run time, so ncc does not copy it), the store's git commit,
 * and output folders written whole or not at all.
 */












/** The largest template or blueprint we read: these are small text files. */
const MAX_TEXT_BYTES = 1024 * 1024;
function resolveTemplatesDir(asked, cwd) {
    return asked ? external_node_path_default().resolve(cwd, asked) : external_node_path_default().join((0,paths/* packageRoot */.Z)(), 'templates');
}
/** Every *.njk under litellm/, llama-swap/, quadlet/ and deploy/, by relative path, and the image pins (images.json). */
function loadTemplates(dir) {
    if (!(0,fs/* isDir */.Q7)(dir))
        throw new core_errors/* CurateError */.nK(`templates folder not found: ${dir}`, { hint: 'Pass --templates DIR, the folder holding litellm/, llama-swap/, quadlet/, deploy/ and images.json.' });
    const set = {};
    const images = external_node_path_default().join(dir, IMAGES_FILE);
    if ((0,external_node_fs_.existsSync)(images))
        set[IMAGES_FILE] = readText(images);
    for (const sub of ['litellm', 'llama-swap', 'quadlet', 'deploy']) {
        const d = external_node_path_default().join(dir, sub);
        if (!(0,fs/* isDir */.Q7)(d))
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
    if (!(0,fs/* isDir */.Q7)(dir))
        throw new core_errors/* CurateError */.nK(`sample blueprints folder not found: ${dir}`);
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => {
        const full = external_node_path_default().join(dir, n);
        return { name: n.slice(0, -'.json'.length), path: (0,paths/* displayPath */.G)(full, base), text: readText(full) };
    });
}
function readText(file, maxBytes = MAX_TEXT_BYTES) {
    return (0,fs/* readTextFile */.Gu)(file, { limit: maxBytes, label: file, missing: () => new core_errors/* CurateError */.nK(`file not found: ${file}`, { exitCode: 2 }) });
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
        throw new core_errors/* CurateError */.nK(`refusing to replace ${dir}: it is the root or holds the current folder`, { hint: 'Choose a new folder for --out, e.g. out/.', exitCode: 2 });
    recoverOutputDir(abs);
    if ((0,external_node_fs_.existsSync)(dir)) {
        if (!(0,fs/* isDir */.Q7)(dir))
            throw new core_errors/* CurateError */.nK(`${dir} exists and is not a folder`, { exitCode: 2 });
        if ((0,external_node_fs_.readdirSync)(dir).length && !(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, marker)))
            throw new core_errors/* CurateError */.nK(`${dir} is not empty and holds no ${marker}: refusing to replace it`, { hint: 'Choose an empty or new folder for --out.', exitCode: 2 });
    }
    const parent = external_node_path_default().dirname(external_node_path_default().resolve(dir));
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const name = external_node_path_default().basename(abs);
    const tmp = external_node_path_default().join(parent, `.${name}.${process.pid}.tmp`);
    const old = external_node_path_default().join(parent, `.${name}.${process.pid}.old`);
    (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    try {
        for (const [rel, content] of files) {
            const target = external_node_path_default().join(tmp, rel);
            if (!target.startsWith(tmp + (external_node_path_default()).sep))
                throw new core_errors/* CurateError */.nK(`refusing to write outside the output folder: ${rel}`);
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, content, { flag: 'wx' });
        }
        // Only now, with the new folder complete, is the old one moved aside; a process killed
        // between the two renames leaves the old one as .<name>.<pid>.old, which the next run restores.
        if ((0,external_node_fs_.existsSync)(abs))
            (0,external_node_fs_.renameSync)(abs, old);
        (0,external_node_fs_.renameSync)(tmp, abs);
    }
    catch (err) {
        // The old folder back in place if it was moved aside and the new one is not there.
        if (!(0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.existsSync)(old))
            (0,external_node_fs_.renameSync)(old, abs);
        throw err;
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
    }
}
/**
 * What a killed run left beside `dir`: its old folder moved aside (restored when `dir` is
 * missing: the old state, whole) and half-written new folders (removed).
 */
function recoverOutputDir(dir) {
    const abs = external_node_path_default().resolve(dir);
    const left = (0,fs/* deadLeftovers */.nt)(external_node_path_default().dirname(abs), external_node_path_default().basename(abs), ['old', 'tmp']);
    for (const l of left)
        if (l.suffix === 'old' && !(0,external_node_fs_.existsSync)(abs))
            (0,external_node_fs_.renameSync)(l.path, abs);
    for (const l of left)
        if ((0,external_node_fs_.existsSync)(l.path))
            (0,external_node_fs_.rmSync)(l.path, { recursive: true, force: true });
}
function previousIndex(options, schemas) {
    const p = options.previous;
    if (!p)
        return { noPreviousReason: options.noPreviousReason };
    try {
        return { previous: parseIndex(p.text, p.source, schemas) };
    }
    catch (err) {
        if (!(p.optional && err instanceof core_errors/* CurateError */.nK))
            throw err;
        return { noPreviousReason: `${err.message}: nothing to compare with.` };
    }
}
/** Judges the store (the same verdict as validate), then builds the release from it and the sample blueprints. */
async function prepareRelease(options) {
    const snapshot = (0,read_tree/* readWorkingTree */.c)({ base: options.base, store: options.store, schemas: options.schemas, policy: options.policy });
    const checked = await (0,assemble/* check */.z6)(snapshot, { env: options.env });
    const validation = checked.verdict;
    if (validation.summary.errors)
        return { validation };
    const templatesDir = resolveTemplatesDir(options.templates, options.base);
    const release = buildRelease({
        store: checked.store,
        schemas: checked.schemas,
        templates: loadTemplates(templatesDir),
        blueprints: loadSampleBlueprints(templatesDir, options.base),
        commit: gitCommit(external_node_path_default().resolve(options.base, snapshot.layout.store || '.')),
        site: loadSiteAssets(templatesDir),
        ...previousIndex(options, checked.schemas),
    });
    return { validation, release };
}

// EXTERNAL MODULE: ./src/io/github.ts
var github = __webpack_require__(6557);
;// CONCATENATED MODULE: ./src/io/github-release.ts


async function publishRelease(octokit, o) {
    const { owner, repo } = o;
    const names = new Set();
    for (const a of o.assets) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(a.name) || names.has(a.name))
            throw new core_errors/* CurateError */.nK(`asset name "${a.name}" is not usable`);
        names.add(a.name);
    }
    const existing = await call(`find release ${o.tag}`, async () => {
        try {
            return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: o.tag })).data;
        }
        catch (err) {
            if (statusOf(err) === 404)
                return undefined;
            throw err;
        }
    });
    const release = existing
        ? (await call(`update release ${o.tag}`, () => octokit.rest.repos.updateRelease({ owner, repo, release_id: existing.id, name: o.name, body: o.body }))).data
        : (await call(`create release ${o.tag}`, () => octokit.rest.repos.createRelease({ owner, repo, tag_name: o.tag, name: o.name, body: o.body, ...(o.targetCommitish && { target_commitish: o.targetCommitish }) }))).data;
    const assets = await call('list release assets', () => (0,github/* listAll */._w)('release assets', octokit.paginate.iterator(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100 })));
    const replaced = [];
    for (const a of assets) {
        if (!names.has(a.name))
            continue;
        await call(`delete asset ${a.name}`, () => octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: a.id }));
        replaced.push(a.name);
    }
    const uploaded = [];
    for (const a of o.assets) {
        await call(`upload ${a.name}`, () => octokit.request({
            method: 'POST',
            url: release.upload_url,
            name: a.name,
            data: a.data,
            headers: { 'content-type': a.contentType, 'content-length': a.data.length },
        }));
        uploaded.push(a.name);
    }
    return { id: release.id, url: release.html_url, created: !existing, uploaded, replaced };
}
function statusOf(err) {
    return typeof err === 'object' && err !== null && typeof err.status === 'number' ? err.status : undefined;
}
/** GitHub failures as CurateErrors saying what was being done and what usually fixes it. */
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof core_errors/* CurateError */.nK)
            throw err;
        const status = statusOf(err);
        const hint = status === 403 || status === 401
            ? 'The token cannot write releases: give the workflow `permissions: contents: write`.'
            : status === 422
                ? 'GitHub refused the request (an existing tag, a duplicate asset name?).'
                : undefined;
        throw new core_errors/* CurateError */.nK(`GitHub: could not ${what}${status ? ` (HTTP ${status})` : ''}: ${err.message}`, { hint, cause: err });
    }
}
/**
 * The named asset (e.g. index.json) of the newest published release other than `excludeTag`
 * that has one, as text; undefined when no release has it. Releases without it (a toolkit's
 * own v1.2.3 in the same repository) are passed over. The first page (newest 30) is enough:
 * a release is published on every store change, so the previous one is at the top.
 */
async function fetchPreviousAsset(octokit, o) {
    const { owner, repo } = o;
    const releases = (await call('list releases', () => octokit.rest.repos.listReleases({ owner, repo, per_page: 30 }))).data;
    for (const r of releases) {
        if (r.draft || r.tag_name === o.excludeTag)
            continue;
        const a = r.assets?.find((x) => x.name === o.asset);
        if (!a)
            continue;
        if ((a.size ?? 0) > o.maxBytes)
            throw new core_errors/* CurateError */.nK(`${o.asset} of release ${r.tag_name} is ${a.size} bytes, over the ${o.maxBytes}-byte limit`);
        // The API answers an asset's bytes for this media type (on github.com by a redirect, which fetch follows).
        const res = await call(`download ${o.asset} of release ${r.tag_name}`, () => octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: a.id, headers: { accept: 'application/octet-stream' } }));
        const data = res.data;
        const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
        return { tag: r.tag_name, text };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/release.ts
/**
 * The Action's `mode: release`: fetch the previous release's index.json (for CHANGES.md),
 * validate the store, build the bundle (index.json, sample blueprints, the gallery, CHANGES.md,
 * SHA256SUMS), and publish its top-level files as assets of a GitHub release whose body is the notes.
 * Wired into the Action's mode table by src/action/main.ts; inputs come from action.yml.
 */






const CONTENT_TYPES = { '.json': 'application/json', '.gz': 'application/gzip', '.md': 'text/markdown' };
/** The largest previous index.json read back (about 3 KB a model). */
const MAX_PREVIOUS_INDEX = 256 * 1024 * 1024;
function defaultTag(now) {
    return `store-${now.toISOString().slice(0, 10)}`;
}
async function runRelease(inputs, octokit, reporter) {
    const tag = inputs.tag || defaultTag(inputs.now ?? new Date());
    // The notes compare with the newest other release's index.json: a re-run on the same day
    // (same tag) still compares with the release before, so its notes do not change.
    const found = await fetchPreviousAsset(octokit, { owner: inputs.owner, repo: inputs.repo, excludeTag: tag, asset: 'index.json', maxBytes: MAX_PREVIOUS_INDEX });
    reporter.info(found ? `Release notes compare with index.json of release ${found.tag}` : 'No earlier release has an index.json: the notes compare with nothing');
    const prepared = await prepareRelease({
        base: inputs.workspace,
        store: inputs.store,
        schemas: inputs.schemas,
        templates: inputs.templates,
        previous: found && { text: found.text, source: `index.json of release ${found.tag}`, optional: true },
        noPreviousReason: 'No earlier release has an index.json: nothing to compare with.',
    });
    for (const f of prepared.validation.findings)
        reporter.annotate(f);
    if (!prepared.release)
        throw new core_errors/* CurateError */.nK(`release refused: the store has ${(0,core_text/* plural */.LS)(prepared.validation.summary.errors, 'error')}`, { hint: 'Fix the findings annotated above; nothing was published.', exitCode: 1 });
    for (const f of prepared.release.findings)
        reporter.annotate(f);
    const { files } = prepared.release;
    const outDir = external_node_path_default().resolve(inputs.workspace, inputs.outDir ?? 'out/release');
    writeOutputDir(outDir, files, 'SHA256SUMS');
    // The same list SHA256SUMS covers: blueprints/<name>/ travel inside <name>.tar.gz.
    const top = publishedAssets(files);
    const assets = top.map((name) => ({ name, data: files.get(name), contentType: CONTENT_TYPES[external_node_path_default().extname(name)] ?? 'text/plain' }));
    const body = releaseBody(files.get('CHANGES.md').toString(), top);
    reporter.info(`Publishing ${(0,core_text/* plural */.LS)(assets.length, 'asset')} to release ${tag} of ${inputs.owner}/${inputs.repo}`);
    const published = await publishRelease(octokit, { owner: inputs.owner, repo: inputs.repo, tag, name: `Model store ${tag.replace(/^store-/, '')}`, body, targetCommitish: inputs.sha, assets });
    reporter.info(`${published.created ? 'Created' : 'Updated'} ${published.url}${published.replaced.length ? ` (replaced ${published.replaced.join(', ')})` : ''}`);
    reporter.setOutput('release-url', published.url);
    reporter.setOutput('release-tag', tag);
    return { ...published, tag, assets: top };
}
/** The release's body: CHANGES.md (what the store holds and what changed), then the assets. */
function releaseBody(notes, assets) {
    const lines = [notes.trimEnd(), '', '## Assets', '', ...assets.map((a) => `- \`${a}\``), '', 'Check downloads with `sha256sum -c --ignore-missing SHA256SUMS`.'];
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   gJ: () => (/* binding */ mdTable),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/**
 * Text from model files and upstream lists, made inert in GitHub Markdown: no formatting,
 * no HTML, no links, no @mentions (a stranger's model id must not ping anyone), one line.
 */
function mdText(s) {
    return oneLine(s)
        .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '@&#8203;')
        .replace(/(https?):\/\//gi, '$1&#58;//');
}
/** A code span that no content can break out of. */
function mdCode(s) {
    const t = oneLine(s).replace(/`/g, "'");
    return `\`${t || ' '}\``;
}
/** One line, and never the start of an HTML comment (a code span would show it, a marker reader would not know). */
function oneLine(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/<!--/g, '<\u200b!--').trim();
}
function mdTable(head, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    // A "|" splits a table cell even inside a code span unless escaped.
    const cell = (c) => c.replace(/(?<!\\)\|/g, '\\|');
    return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n');
}


/***/ }),

/***/ 9639:
/***/ ((__unused_webpack_module, exports) => {

// Generated by scripts/gen-templates.mjs from templates/: do not edit.
exports.k = Object.create(null);
exports.k["litellm/litellm.yaml.njk"] = (function() {
function root(env, context, frame, runtime, cb) {
var lineno = 0;
var colno = 0;
var output = "";
try {
var parentTemplate = null;
output += "# LiteLLM proxy config for blueprint ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("comment").call(context, runtime.contextOrFrameLookup(context, frame, "name")),0,37), env.opts.autoescape);
output += ", rendered by leger-curate.\n# Re-render instead of editing. One endpoint for every model: cloud models call their\n# provider with a key from the environment (os.environ/...), local models are served by\n# llama-swap on the podman network. Clients send the master key; create the secrets\n# listed in required-secrets.json.\n";
frame = frame.push();
var t_3 = runtime.contextOrFrameLookup(context, frame, "warnings");
if(t_3) {t_3 = runtime.fromIterator(t_3);
var t_2 = t_3.length;
for(var t_1=0; t_1 < t_3.length; t_1++) {
var t_4 = t_3[t_1];
frame.set("w", t_4);
frame.set("loop.index", t_1 + 1);
frame.set("loop.index0", t_1);
frame.set("loop.revindex", t_2 - t_1);
frame.set("loop.revindex0", t_2 - t_1 - 1);
frame.set("loop.first", t_1 === 0);
frame.set("loop.last", t_1 === t_2 - 1);
frame.set("loop.length", t_2);
output += "# warning: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("comment").call(context, t_4),6,11), env.opts.autoescape);
output += "\n";
;
}
}
frame = frame.pop();
output += "model_list:\n";
frame = frame.push();
var t_7 = runtime.contextOrFrameLookup(context, frame, "cloud");
if(t_7) {t_7 = runtime.fromIterator(t_7);
var t_6 = t_7.length;
for(var t_5=0; t_5 < t_7.length; t_5++) {
var t_8 = t_7[t_5];
frame.set("m", t_8);
frame.set("loop.index", t_5 + 1);
frame.set("loop.index0", t_5);
frame.set("loop.revindex", t_6 - t_5);
frame.set("loop.revindex0", t_6 - t_5 - 1);
frame.set("loop.first", t_5 === 0);
frame.set("loop.last", t_5 === t_6 - 1);
frame.set("loop.length", t_6);
output += "  - model_name: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"id")),10,16), env.opts.autoescape);
output += "\n    litellm_params:\n      model: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"litellm_model_name")),12,13), env.opts.autoescape);
output += "\n      api_key: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"api_key_ref")),13,15), env.opts.autoescape);
output += "\n";
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"max_tokens")) === true) {
output += "      max_tokens: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"max_tokens")),15,18), env.opts.autoescape);
output += "\n";
;
}
output += "    model_info:\n      display_name: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"name")),18,20), env.opts.autoescape);
output += "\n      provider: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"provider")),19,16), env.opts.autoescape);
output += "\n      context_window: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"context_window")),20,22), env.opts.autoescape);
output += "\n      max_input_tokens: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"max_input")),21,24), env.opts.autoescape);
output += "\n";
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"max_output")) === true) {
output += "      max_output_tokens: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"max_output")),23,25), env.opts.autoescape);
output += "\n";
;
}
if(runtime.memberLookup((t_8),"price_per_token")) {
output += "      input_cost_per_token: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((runtime.memberLookup((t_8),"price_per_token")),"input")),26,28), env.opts.autoescape);
output += "\n      output_cost_per_token: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((runtime.memberLookup((t_8),"price_per_token")),"output")),27,29), env.opts.autoescape);
output += "\n";
if(env.getTest("defined").call(context, runtime.memberLookup((runtime.memberLookup((t_8),"price_per_token")),"cache_read")) === true) {
output += "      cache_read_input_token_cost: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((runtime.memberLookup((t_8),"price_per_token")),"cache_read")),29,35), env.opts.autoescape);
output += "\n";
;
}
;
}
if(runtime.memberLookup((runtime.memberLookup((t_8),"capabilities")),"length")) {
output += "      capabilities: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"capabilities")),33,20), env.opts.autoescape);
output += "\n";
;
}
if(runtime.memberLookup((t_8),"deprecated")) {
output += "      deprecated: true\n";
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"replacement")) === true) {
output += "      replacement: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"replacement")),38,19), env.opts.autoescape);
output += "\n";
;
}
;
}
;
}
}
frame = frame.pop();
frame = frame.push();
var t_11 = runtime.contextOrFrameLookup(context, frame, "local_routes");
if(t_11) {t_11 = runtime.fromIterator(t_11);
var t_10 = t_11.length;
for(var t_9=0; t_9 < t_11.length; t_9++) {
var t_12 = t_11[t_9];
frame.set("m", t_12);
frame.set("loop.index", t_9 + 1);
frame.set("loop.index0", t_9);
frame.set("loop.revindex", t_10 - t_9);
frame.set("loop.revindex0", t_10 - t_9 - 1);
frame.set("loop.first", t_9 === 0);
frame.set("loop.last", t_9 === t_10 - 1);
frame.set("loop.length", t_10);
output += "  - model_name: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_12),"id")),43,16), env.opts.autoescape);
output += "\n    litellm_params:\n      model: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_12),"litellm_model")),45,13), env.opts.autoescape);
output += "\n      api_base: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.contextOrFrameLookup(context, frame, "llama_swap_url")),46,16), env.opts.autoescape);
output += "\n      api_key: \"none\"\n    model_info:\n      display_name: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_12),"name")),49,20), env.opts.autoescape);
output += "\n      provider: \"local\"\n";
if(runtime.memberLookup((t_12),"embedding")) {
output += "      mode: \"embedding\"\n";
;
}
if(runtime.memberLookup((runtime.memberLookup((t_12),"capabilities")),"length")) {
output += "      capabilities: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_12),"capabilities")),55,20), env.opts.autoescape);
output += "\n";
;
}
if(runtime.memberLookup((t_12),"deprecated")) {
output += "      deprecated: true\n";
if(env.getTest("defined").call(context, runtime.memberLookup((t_12),"replacement")) === true) {
output += "      replacement: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_12),"replacement")),60,19), env.opts.autoescape);
output += "\n";
;
}
;
}
;
}
}
frame = frame.pop();
output += "general_settings:\n  master_key: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.contextOrFrameLookup(context, frame, "master_key_ref")),65,14), env.opts.autoescape);
output += "\n";
if(parentTemplate) {
parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
} else {
cb(null, output);
}
;
} catch (e) {
  cb(runtime.handleError(e, lineno, colno));
}
}
return {
root: root
};

})();
exports.k["llama-swap/config.yaml.njk"] = (function() {
function root(env, context, frame, runtime, cb) {
var lineno = 0;
var colno = 0;
var output = "";
try {
var parentTemplate = null;
output += "# llama-swap config for blueprint ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("comment").call(context, runtime.contextOrFrameLookup(context, frame, "name")),0,34), env.opts.autoescape);
output += ", rendered by leger-curate.\n# Re-render instead of editing. llama-server downloads each model from HuggingFace\n# on first use (-hf REPO --hf-file FILE) into LLAMA_CACHE, the volume of llama-swap.container.\n";
frame = frame.push();
var t_3 = runtime.contextOrFrameLookup(context, frame, "warnings");
if(t_3) {t_3 = runtime.fromIterator(t_3);
var t_2 = t_3.length;
for(var t_1=0; t_1 < t_3.length; t_1++) {
var t_4 = t_3[t_1];
frame.set("w", t_4);
frame.set("loop.index", t_1 + 1);
frame.set("loop.index0", t_1);
frame.set("loop.revindex", t_2 - t_1);
frame.set("loop.revindex0", t_2 - t_1 - 1);
frame.set("loop.first", t_1 === 0);
frame.set("loop.last", t_1 === t_2 - 1);
frame.set("loop.length", t_2);
output += "# warning: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("comment").call(context, t_4),4,11), env.opts.autoescape);
output += "\n";
;
}
}
frame = frame.pop();
output += "# A first download can take long: wait up to an hour for a model to become ready.\nhealthCheckTimeout: 3600\nmodels:\n";
frame = frame.push();
var t_7 = runtime.contextOrFrameLookup(context, frame, "local");
if(t_7) {t_7 = runtime.fromIterator(t_7);
var t_6 = t_7.length;
for(var t_5=0; t_5 < t_7.length; t_5++) {
var t_8 = t_7[t_5];
frame.set("m", t_8);
frame.set("loop.index", t_5 + 1);
frame.set("loop.index0", t_5);
frame.set("loop.revindex", t_6 - t_5);
frame.set("loop.revindex0", t_6 - t_5 - 1);
frame.set("loop.first", t_5 === 0);
frame.set("loop.last", t_5 === t_6 - 1);
frame.set("loop.length", t_6);
output += "  ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"id")),10,2), env.opts.autoescape);
output += ":\n    name: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"name")),11,10), env.opts.autoescape);
output += "\n";
var t_9;
t_9 = (function() {
var output = "";
output += "/usr/local/bin/llama-server --host 127.0.0.1 --port ${PORT} -hf ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("arg").call(context, runtime.memberLookup((t_8),"hf_repo")),12,77), env.opts.autoescape);
output += " --hf-file ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("arg").call(context, runtime.memberLookup((t_8),"hf_file")),12,109), env.opts.autoescape);
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"ctx_size")) === true) {
output += " --ctx-size ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("arg").call(context, runtime.memberLookup((t_8),"ctx_size")),12,172), env.opts.autoescape);
;
}
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"flash_attn")) === true) {
output += " --flash-attn ";
output += runtime.suppressValue(runtime.ensureDefined((runtime.memberLookup((t_8),"flash_attn")?"on":"off"),12,251), env.opts.autoescape);
;
}
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"batch_size")) === true) {
output += " --batch-size ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("arg").call(context, runtime.memberLookup((t_8),"batch_size")),12,345), env.opts.autoescape);
;
}
if(runtime.memberLookup((t_8),"embedding")) {
output += " --embedding";
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"pooling")) === true) {
output += " --pooling ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("arg").call(context, runtime.memberLookup((t_8),"pooling")),12,452), env.opts.autoescape);
;
}
;
}
;
return output;
})()
;
frame.set("cmd", t_9, true);
if(frame.topLevel) {
context.setVariable("cmd", t_9);
}
if(frame.topLevel) {
context.addExport("cmd", t_9);
}
output += "    cmd: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.contextOrFrameLookup(context, frame, "cmd")),13,9), env.opts.autoescape);
output += "\n";
if(env.getTest("defined").call(context, runtime.memberLookup((t_8),"ttl")) === true) {
output += "    ttl: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"ttl")),15,9), env.opts.autoescape);
output += "\n";
;
}
if(runtime.memberLookup((runtime.memberLookup((t_8),"aliases")),"length")) {
output += "    aliases: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"aliases")),18,13), env.opts.autoescape);
output += "\n";
;
}
if(runtime.memberLookup((runtime.memberLookup((t_8),"env")),"length")) {
output += "    env: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_8),"env")),21,9), env.opts.autoescape);
output += "\n";
;
}
;
}
}
frame = frame.pop();
output += "# Chat groups swap: loading a member unloads the others of its group and of every other\n# non-persistent group. The embeddings group is persistent: never unloaded by them.\ngroups:\n";
frame = frame.push();
var t_12 = runtime.contextOrFrameLookup(context, frame, "groups");
if(t_12) {t_12 = runtime.fromIterator(t_12);
var t_11 = t_12.length;
for(var t_10=0; t_10 < t_12.length; t_10++) {
var t_13 = t_12[t_10];
frame.set("g", t_13);
frame.set("loop.index", t_10 + 1);
frame.set("loop.index0", t_10);
frame.set("loop.revindex", t_11 - t_10);
frame.set("loop.revindex0", t_11 - t_10 - 1);
frame.set("loop.first", t_10 === 0);
frame.set("loop.last", t_10 === t_11 - 1);
frame.set("loop.length", t_11);
output += "  ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_13),"name")),28,2), env.opts.autoescape);
output += ":\n    swap: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_13),"swap")),29,10), env.opts.autoescape);
output += "\n    exclusive: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_13),"exclusive")),30,15), env.opts.autoescape);
output += "\n    persistent: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_13),"persistent")),31,16), env.opts.autoescape);
output += "\n    members: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.memberLookup((t_13),"members")),32,13), env.opts.autoescape);
output += "\n";
;
}
}
frame = frame.pop();
if(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "preload")),"length")) {
output += "# Resident models load at start, not on the first request.\nhooks:\n  on_startup:\n    preload: ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("yaml").call(context, runtime.contextOrFrameLookup(context, frame, "preload")),38,13), env.opts.autoescape);
output += "\n";
;
}
if(parentTemplate) {
parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
} else {
cb(null, output);
}
;
} catch (e) {
  cb(runtime.handleError(e, lineno, colno));
}
}
return {
root: root
};

})();
exports.k["quadlet/leger.network.njk"] = (function() {
function root(env, context, frame, runtime, cb) {
var lineno = 0;
var colno = 0;
var output = "";
try {
var parentTemplate = null;
output += "# Podman Quadlet network of blueprint ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.contextOrFrameLookup(context, frame, "name")),0,38), env.opts.autoescape);
output += ", rendered by leger-curate.\n# Needs podman >= 4.4 (.network units). litellm.container and llama-swap.container join it,\n# so LiteLLM reaches llama-swap by its container name; llama-swap publishes no host port.\n\n[Unit]\nDescription=leger-curate network (";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.contextOrFrameLookup(context, frame, "name")),5,34), env.opts.autoescape);
output += ")\n\n[Network]\n";
if(parentTemplate) {
parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
} else {
cb(null, output);
}
;
} catch (e) {
  cb(runtime.handleError(e, lineno, colno));
}
}
return {
root: root
};

})();
exports.k["quadlet/litellm.container.njk"] = (function() {
function root(env, context, frame, runtime, cb) {
var lineno = 0;
var colno = 0;
var output = "";
try {
var parentTemplate = null;
output += "# Podman Quadlet unit for the LiteLLM proxy of blueprint ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.contextOrFrameLookup(context, frame, "name")),0,57), env.opts.autoescape);
output += ",\n# rendered by leger-curate. Needs podman >= 4.5 (Secret=). The one endpoint for every\n# model: http://127.0.0.1:4000, authenticated with the master key (secret litellm_master_key).\n# Install this folder's files flat into ~/.config/containers/systemd/: see DEPLOY.md beside the quadlet/ folder.\n# Serves:\n";
frame = frame.push();
var t_3 = runtime.contextOrFrameLookup(context, frame, "cloud");
if(t_3) {t_3 = runtime.fromIterator(t_3);
var t_2 = t_3.length;
for(var t_1=0; t_1 < t_3.length; t_1++) {
var t_4 = t_3[t_1];
frame.set("m", t_4);
frame.set("loop.index", t_1 + 1);
frame.set("loop.index0", t_1);
frame.set("loop.revindex", t_2 - t_1);
frame.set("loop.revindex0", t_2 - t_1 - 1);
frame.set("loop.first", t_1 === 0);
frame.set("loop.last", t_1 === t_2 - 1);
frame.set("loop.length", t_2);
output += "#   ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_4),"id")),6,4), env.opts.autoescape);
output += ": ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_4),"name")),6,26), env.opts.autoescape);
output += "\n";
;
}
}
frame = frame.pop();
frame = frame.push();
var t_7 = runtime.contextOrFrameLookup(context, frame, "local_routes");
if(t_7) {t_7 = runtime.fromIterator(t_7);
var t_6 = t_7.length;
for(var t_5=0; t_5 < t_7.length; t_5++) {
var t_8 = t_7[t_5];
frame.set("m", t_8);
frame.set("loop.index", t_5 + 1);
frame.set("loop.index0", t_5);
frame.set("loop.revindex", t_6 - t_5);
frame.set("loop.revindex0", t_6 - t_5 - 1);
frame.set("loop.first", t_5 === 0);
frame.set("loop.last", t_5 === t_6 - 1);
frame.set("loop.length", t_6);
output += "#   ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_8),"id")),9,4), env.opts.autoescape);
output += ": ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_8),"name")),9,26), env.opts.autoescape);
output += " (local, through llama-swap)\n";
;
}
}
frame = frame.pop();
output += "\n[Unit]\nDescription=LiteLLM proxy (";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.contextOrFrameLookup(context, frame, "name")),13,27), env.opts.autoescape);
output += ")\n\n[Container]\nContainerName=litellm\nImage=";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "images")),"litellm")),17,6), env.opts.autoescape);
output += "\nExec=--config /app/config.yaml --port 4000\nPublishPort=127.0.0.1:4000:4000\nVolume=./litellm.yaml:/app/config.yaml:ro,Z\n";
if(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "local")),"length")) {
output += "Network=leger.network\n";
;
}
frame = frame.push();
var t_11 = runtime.contextOrFrameLookup(context, frame, "secrets");
if(t_11) {t_11 = runtime.fromIterator(t_11);
var t_10 = t_11.length;
for(var t_9=0; t_9 < t_11.length; t_9++) {
var t_12 = t_11[t_9];
frame.set("s", t_12);
frame.set("loop.index", t_9 + 1);
frame.set("loop.index0", t_9);
frame.set("loop.revindex", t_10 - t_9);
frame.set("loop.revindex0", t_10 - t_9 - 1);
frame.set("loop.first", t_9 === 0);
frame.set("loop.last", t_9 === t_10 - 1);
frame.set("loop.length", t_10);
output += "Secret=";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_12),"name")),25,7), env.opts.autoescape);
output += ",type=env,target=";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_12),"env")),25,46), env.opts.autoescape);
output += "\n";
;
}
}
frame = frame.pop();
output += "\n[Service]\nRestart=always\n# Image pulls can take longer than systemd's default 90 s.\nTimeoutStartSec=900\n\n[Install]\nWantedBy=default.target\n";
if(parentTemplate) {
parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
} else {
cb(null, output);
}
;
} catch (e) {
  cb(runtime.handleError(e, lineno, colno));
}
}
return {
root: root
};

})();
exports.k["quadlet/llama-swap.container.njk"] = (function() {
function root(env, context, frame, runtime, cb) {
var lineno = 0;
var colno = 0;
var output = "";
try {
var parentTemplate = null;
output += "# Podman Quadlet unit for llama-swap (local models) of blueprint ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.contextOrFrameLookup(context, frame, "name")),0,65), env.opts.autoescape);
output += ",\n# rendered by leger-curate. Needs podman >= 4.6 (PodmanArgs=). LiteLLM reaches it on\n# leger.network; no host port unless the blueprint asks. Install this folder's files flat:\n# see DEPLOY.md beside the quadlet/ folder.\n# Serves:\n";
frame = frame.push();
var t_3 = runtime.contextOrFrameLookup(context, frame, "local");
if(t_3) {t_3 = runtime.fromIterator(t_3);
var t_2 = t_3.length;
for(var t_1=0; t_1 < t_3.length; t_1++) {
var t_4 = t_3[t_1];
frame.set("m", t_4);
frame.set("loop.index", t_1 + 1);
frame.set("loop.index0", t_1);
frame.set("loop.revindex", t_2 - t_1);
frame.set("loop.revindex0", t_2 - t_1 - 1);
frame.set("loop.first", t_1 === 0);
frame.set("loop.last", t_1 === t_2 - 1);
frame.set("loop.length", t_2);
output += "#   ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_4),"id")),6,4), env.opts.autoescape);
output += ": ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((t_4),"name")),6,26), env.opts.autoescape);
output += "\n";
;
}
}
frame = frame.pop();
output += "\n[Unit]\nDescription=llama-swap (";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.contextOrFrameLookup(context, frame, "name")),10,24), env.opts.autoescape);
output += ")\n\n[Container]\nContainerName=llama-swap\nImage=";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("quadlet").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "images")),"llama-swap")),14,6), env.opts.autoescape);
output += "\nExec=-config /app/config.yaml -listen :8080\nNetwork=leger.network\n";
if(runtime.contextOrFrameLookup(context, frame, "publish_llama_swap")) {
output += "# The blueprint asks for llama-swap on the host too (publish_llama_swap): no key guards it.\nPublishPort=127.0.0.1:8080:8080\n";
;
}
output += "Volume=./llama-swap.yaml:/app/config.yaml:ro,Z\n# llama-server keeps -hf downloads in $LLAMA_CACHE, its first choice (else the Hugging Face hub\n# folder under HOME): set explicitly, on a named volume, they survive restarts of this --rm container.\nEnvironment=LLAMA_CACHE=/models\nVolume=llama-swap-models:/models\n# The GPU, for llama-server's Vulkan backend. /dev/dri/renderD* usually belongs to group render,\n# which a rootless container keeps only with --group-add keep-groups (crun; GroupAdd=keep-groups\n# says the same from podman 5.1).\nAddDevice=/dev/dri\nPodmanArgs=--group-add keep-groups\n\n[Service]\nRestart=always\n# A first start pulls the image; models download later, on first use or preload.\nTimeoutStartSec=900\n\n[Install]\nWantedBy=default.target\n";
if(parentTemplate) {
parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
} else {
cb(null, output);
}
;
} catch (e) {
  cb(runtime.handleError(e, lineno, colno));
}
}
return {
root: root
};

})();
exports.k["deploy/DEPLOY.md.njk"] = (function() {
function root(env, context, frame, runtime, cb) {
var lineno = 0;
var colno = 0;
var output = "";
try {
var parentTemplate = null;
output += "# Deploying blueprint ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.contextOrFrameLookup(context, frame, "name")),0,22), env.opts.autoescape);
output += "\n\nRendered by leger-curate";
if(runtime.contextOrFrameLookup(context, frame, "commit")) {
output += " from store commit `";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.contextOrFrameLookup(context, frame, "commit")),2,59), env.opts.autoescape);
output += "`";
;
}
output += ". Re-render instead of editing.\nOne endpoint serves every model of this blueprint: `http://127.0.0.1:4000` (OpenAI-compatible, LiteLLM),\nauthenticated with the master key you choose below.\n\n| model | kind | served by |\n|---|---|---|\n";
frame = frame.push();
var t_3 = runtime.contextOrFrameLookup(context, frame, "cloud");
if(t_3) {t_3 = runtime.fromIterator(t_3);
var t_2 = t_3.length;
for(var t_1=0; t_1 < t_3.length; t_1++) {
var t_4 = t_3[t_1];
frame.set("m", t_4);
frame.set("loop.index", t_1 + 1);
frame.set("loop.index0", t_1);
frame.set("loop.revindex", t_2 - t_1);
frame.set("loop.revindex0", t_2 - t_1 - 1);
frame.set("loop.first", t_1 === 0);
frame.set("loop.last", t_1 === t_2 - 1);
frame.set("loop.length", t_2);
output += "| `";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_4),"id")),9,3), env.opts.autoescape);
output += "` | cloud | ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_4),"provider")),9,32), env.opts.autoescape);
output += ", key `";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_4),"requires_api_key")),9,62), env.opts.autoescape);
output += "` |\n";
;
}
}
frame = frame.pop();
frame = frame.push();
var t_7 = runtime.contextOrFrameLookup(context, frame, "local_routes");
if(t_7) {t_7 = runtime.fromIterator(t_7);
var t_6 = t_7.length;
for(var t_5=0; t_5 < t_7.length; t_5++) {
var t_8 = t_7[t_5];
frame.set("m", t_8);
frame.set("loop.index", t_5 + 1);
frame.set("loop.index0", t_5);
frame.set("loop.revindex", t_6 - t_5);
frame.set("loop.revindex0", t_6 - t_5 - 1);
frame.set("loop.first", t_5 === 0);
frame.set("loop.last", t_5 === t_6 - 1);
frame.set("loop.length", t_6);
output += "| `";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_8),"id")),12,3), env.opts.autoescape);
output += "` | local ";
if(runtime.memberLookup((t_8),"embedding")) {
output += "embeddings (kept loaded, preloaded at start)";
;
}
else {
output += "chat (group ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_8),"group")),12,116), env.opts.autoescape);
output += ", swaps)";
;
}
output += " | llama-swap on `leger.network` |\n";
;
}
}
frame = frame.pop();
output += "\n## What you need\n\n- Podman >= ";
output += runtime.suppressValue(runtime.ensureDefined(runtime.contextOrFrameLookup(context, frame, "min_podman"),17,12), env.opts.autoescape);
output += " running rootless, with systemd user units (Quadlet).\n  These files install flat: podman 4.5 and 4.6 read no subfolders of the unit folder.\n";
if(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "local_routes")),"length")) {
output += "- For the local models: a GPU at `/dev/dri` with a Vulkan driver, your user in the group that owns\n  `/dev/dri/renderD*` (usually `render`: `id -nG`), and crun as the OCI runtime (the unit keeps your\n  groups with `--group-add keep-groups`). On SELinux hosts: `sudo setsebool -P container_use_devices 1`.\n- Disk for the models: they download on first use (or at start, for preloaded ones) into the\n  podman volume `llama-swap-models`, which survives restarts.\n";
;
}
output += "\n## Steps\n\nRun them as the user the services run as, from the folder holding this file.\n\n1. Choose the master key and enter each provider key (typed, not echoed, kept out of the shell\n   history), then create the secrets. Each create command stops with the variable's name when it\n   is unset or empty, and can be run again to replace a secret (`--replace` needs podman >= 4.7;\n   on 4.6, `podman secret rm NAME` first).\n\n   ```bash\n   ";
output += runtime.suppressValue(runtime.ensureDefined(runtime.contextOrFrameLookup(context, frame, "master_key_env"),37,3), env.opts.autoescape);
output += "=\"sk-$(openssl rand -hex 24)\"; echo \"$";
output += runtime.suppressValue(runtime.ensureDefined(runtime.contextOrFrameLookup(context, frame, "master_key_env"),37,61), env.opts.autoescape);
output += "\"   # the key clients send: keep it\n";
frame = frame.push();
var t_11 = runtime.contextOrFrameLookup(context, frame, "secrets");
if(t_11) {t_11 = runtime.fromIterator(t_11);
var t_10 = t_11.length;
for(var t_9=0; t_9 < t_11.length; t_9++) {
var t_12 = t_11[t_9];
frame.set("s", t_12);
frame.set("loop.index", t_9 + 1);
frame.set("loop.index0", t_9);
frame.set("loop.revindex", t_10 - t_9);
frame.set("loop.revindex0", t_10 - t_9 - 1);
frame.set("loop.first", t_9 === 0);
frame.set("loop.last", t_9 === t_10 - 1);
frame.set("loop.length", t_10);
if(!runtime.memberLookup((t_12),"master")) {
output += "   read -rsp '";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_12),"env")),40,14), env.opts.autoescape);
output += ": ' ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_12),"env")),40,36), env.opts.autoescape);
output += "; echo\n";
;
}
;
}
}
frame = frame.pop();
frame = frame.push();
var t_15 = runtime.contextOrFrameLookup(context, frame, "secrets");
if(t_15) {t_15 = runtime.fromIterator(t_15);
var t_14 = t_15.length;
for(var t_13=0; t_13 < t_15.length; t_13++) {
var t_16 = t_15[t_13];
frame.set("s", t_16);
frame.set("loop.index", t_13 + 1);
frame.set("loop.index0", t_13);
frame.set("loop.revindex", t_14 - t_13);
frame.set("loop.revindex0", t_14 - t_13 - 1);
frame.set("loop.first", t_13 === 0);
frame.set("loop.last", t_13 === t_14 - 1);
frame.set("loop.length", t_14);
output += "   ";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_16),"create")),44,3), env.opts.autoescape);
output += "\n";
;
}
}
frame = frame.pop();
output += "   ```\n\n   `required-secrets.json` lists the same secrets for scripts. A running container keeps the value it\n   started with: after replacing a secret, `systemctl --user restart litellm.service`.\n\n2. Install the units and their configs flat, then start them:\n\n   ```bash\n   mkdir -p ~/.config/containers/systemd\n   cp quadlet/* ~/.config/containers/systemd/\n   systemctl --user daemon-reload\n   systemctl --user start ";
frame = frame.push();
var t_19 = runtime.contextOrFrameLookup(context, frame, "units");
if(t_19) {t_19 = runtime.fromIterator(t_19);
var t_18 = t_19.length;
for(var t_17=0; t_17 < t_19.length; t_17++) {
var t_20 = t_19[t_17];
frame.set("u", t_20);
frame.set("loop.index", t_17 + 1);
frame.set("loop.index0", t_17);
frame.set("loop.revindex", t_18 - t_17);
frame.set("loop.revindex0", t_18 - t_17 - 1);
frame.set("loop.first", t_17 === 0);
frame.set("loop.last", t_17 === t_18 - 1);
frame.set("loop.length", t_18);
output += runtime.suppressValue(runtime.ensureDefined(t_20,57,46), env.opts.autoescape);
if(!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")),"last")) {
output += " ";
;
}
;
}
}
frame = frame.pop();
output += "\n   ```\n\n3. Keep the services running after you log out, and starting at boot:\n\n   ```bash\n   loginctl enable-linger \"$USER\"\n   ```\n\n4. Check the endpoint:\n\n   ```bash\n   curl -s -H \"Authorization: Bearer $";
output += runtime.suppressValue(runtime.ensureDefined(runtime.contextOrFrameLookup(context, frame, "master_key_env"),70,38), env.opts.autoescape);
output += "\" http://127.0.0.1:4000/v1/models\n   ```\n\n   Logs: `journalctl --user -u litellm";
if(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "local_routes")),"length")) {
output += " -u llama-swap";
;
}
output += "`.\n\n## Images\n\n";
frame = frame.push();
var t_23 = runtime.contextOrFrameLookup(context, frame, "image_list");
if(t_23) {t_23 = runtime.fromIterator(t_23);
var t_22 = t_23.length;
for(var t_21=0; t_21 < t_23.length; t_21++) {
var t_24 = t_23[t_21];
frame.set("i", t_24);
frame.set("loop.index", t_21 + 1);
frame.set("loop.index0", t_21);
frame.set("loop.revindex", t_22 - t_21);
frame.set("loop.revindex0", t_22 - t_21 - 1);
frame.set("loop.first", t_21 === 0);
frame.set("loop.last", t_21 === t_22 - 1);
frame.set("loop.length", t_22);
output += "- `";
output += runtime.suppressValue(runtime.ensureDefined(env.getFilter("line").call(context, runtime.memberLookup((t_24),"image")),78,3), env.opts.autoescape);
output += "`\n";
;
}
}
frame = frame.pop();
output += "\nThey are pinned in leger-curate's `templates/images.json`. To move a pin, change the tag there,\nre-render, and run steps 2 (the `cp` and `daemon-reload`) and `systemctl --user restart` again.\n";
if(parentTemplate) {
parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
} else {
cb(null, output);
}
;
} catch (e) {
  cb(runtime.handleError(e, lineno, colno));
}
}
return {
root: root
};

})();
exports.o = "41ec4c60f0623e1a621ec3d7ba453388435e874e68c95ff37e2387f3c2de558d";


/***/ })

};
