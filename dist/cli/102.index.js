export const id = 102;
export const ids = [102,721];
export const modules = {

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ POLICY_FILE),
/* harmony export */   C_: () => (/* binding */ compilePolicy),
/* harmony export */   DEFAULT_POLICY: () => (/* binding */ DEFAULT_POLICY),
/* harmony export */   Tf: () => (/* binding */ PROTECTED_RULES),
/* harmony export */   U9: () => (/* binding */ policyFinding),
/* harmony export */   d_: () => (/* binding */ UNUSED_EXCEPTION),
/* harmony export */   readPolicy: () => (/* binding */ readPolicy),
/* harmony export */   tD: () => (/* binding */ POLICY_SCHEMA)
/* harmony export */ });
/* unused harmony exports POLICY_RULE, mergePolicy */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8201);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2032);
/**
 * The curation policy: what the quality rules accept, configurable without code
 * (curation.config.json at the repo root, validated by schemas/policy.schema.json).
 *
 * Merge rules, explicit and shallow: `thresholds` and `severity` merge field by field over
 * the built-in defaults (so a store can move one threshold); every other key, when present,
 * replaces its default whole (so a store can narrow the providers or licences).
 */




const POLICY_FILE = 'curation.config.json';
const POLICY_SCHEMA = 'policy.schema.json';
/** The rule id of findings about the policy file itself. */
const POLICY_RULE = 'policy';
const UNUSED_EXCEPTION = 'policy/unused-exception';
/**
 * Licences HuggingFace names that let anyone run the weights locally: the permissive ones
 * and the model makers' community licences of the established families.
 */
const DEFAULT_LICENSES = ['apache-2.0', 'mit', 'bsd-3-clause', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'cc-by-4.0'];
const DEFAULT_POLICY = Object.freeze({
    providers: Object.fromEntries(Object.entries(_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_PROVIDERS */ .j).map(([p, env]) => [p, { api_key_env: env }])),
    licenses: DEFAULT_LICENSES,
    thresholds: { min_downloads: 1000, min_quantizations: 2, ram_min_gb: 1, ram_max_gb: 128, stale_after_days: 180 },
    // Word-bounded so "expert" or "betamax" do not match; "-latest" is a moving alias, not a model.
    preview_patterns: ['\\bpreview\\b', '\\bbeta\\b', '\\balpha\\b', '\\bexp(erimental)?\\b', '-latest\\b'],
    allow: { providers: [], ids: [] },
    deny: { providers: [], ids: [] },
    severity: {},
    exceptions: [],
});
/**
 * Rules no policy may silence or soften: they keep hostile or broken files out, and a
 * network failure must never become a silent pass.
 */
const PROTECTED_RULES = new Set([
    'json-syntax',
    'file-read',
    'schema',
    'file-name',
    'duplicate-id',
    'duplicate-target',
    'uri-format',
    'upstream-unreachable',
    POLICY_RULE,
]);
/** Reads a policy file's text: findings for what is wrong, and the defaults where it is unusable. */
function readPolicy(file, schemas) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelText */ .e)(file.path, file.text);
    if (!parsed.ok) {
        const f = parsed.finding;
        return { policy: DEFAULT_POLICY, findings: [{ ...f, rule: POLICY_RULE, hint: 'The curation policy is strict JSON; until it parses, the built-in defaults apply.' }] };
    }
    const errors = schemas.errors(POLICY_SCHEMA, parsed.data);
    if (errors.length) {
        const findings = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__.schemaFindings)({ kind: 'cloud', path: file.path, text: file.text }, schemas, POLICY_SCHEMA, errors).map((f) => ({ ...f, rule: POLICY_RULE }));
        return { policy: DEFAULT_POLICY, findings };
    }
    const policy = mergePolicy(parsed.data, file);
    return { policy, findings: patternFindings(policy) };
}
/** The defaults with a (schema-valid) policy document laid over them. */
function mergePolicy(doc, origin) {
    const d = DEFAULT_POLICY;
    const filter = (f, def) => (f ? { providers: f.providers ?? [], ids: f.ids ?? [] } : def);
    return {
        providers: doc.providers ?? d.providers,
        licenses: doc.licenses ?? d.licenses,
        thresholds: { ...d.thresholds, ...doc.thresholds },
        preview_patterns: doc.preview_patterns ?? d.preview_patterns,
        allow: filter(doc.allow, d.allow),
        deny: filter(doc.deny, d.deny),
        severity: { ...d.severity, ...doc.severity },
        exceptions: doc.exceptions ?? d.exceptions,
        origin,
    };
}
function patternFindings(policy) {
    const out = [];
    policy.preview_patterns.forEach((p, i) => {
        try {
            new RegExp(p, 'i');
        }
        catch (err) {
            out.push(policyFinding(policy, 'error', ['preview_patterns', i], `preview pattern ${JSON.stringify(p)} is not a valid regular expression: ${err.message}`, 'Write a JavaScript regular expression; escape backslashes in JSON ("\\\\b").', 'value'));
        }
    });
    const t = policy.thresholds;
    if (t.ram_min_gb > t.ram_max_gb)
        out.push(policyFinding(policy, 'error', ['thresholds', 'ram_min_gb'], `thresholds.ram_min_gb ${t.ram_min_gb} is above ram_max_gb ${t.ram_max_gb}`, 'No model could pass: swap the two.', 'value'));
    return out;
}
/** A finding on a field of the policy file (at line 1 when the policy is the built-in one). */
function policyFinding(policy, severity, path, message, hint, at = 'key') {
    const origin = policy.origin;
    if (!origin)
        return { rule: POLICY_RULE, severity, file: POLICY_FILE, message, hint };
    const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locatorFor */ .qe)(origin).at(path, at);
    return { rule: POLICY_RULE, severity, file: origin.path, line: pos.line, column: pos.column, message, hint };
}
const compiled = new WeakMap();
function compilePolicy(policy) {
    const hit = compiled.get(policy);
    if (hit)
        return hit;
    const previews = [];
    for (const p of policy.preview_patterns) {
        try {
            previews.push({ re: new RegExp(p, 'i'), source: p });
        }
        catch {
            // reported by readPolicy; an invalid pattern matches nothing
        }
    }
    const lower = (xs) => new Set(xs.map((x) => x.toLowerCase()));
    const denyProviders = lower(policy.deny.providers);
    const allowProviders = lower(policy.allow.providers);
    const denyIds = policy.deny.ids.map(glob);
    const allowIds = policy.allow.ids.map(glob);
    const allowAny = allowProviders.size > 0 || allowIds.length > 0;
    const c = {
        policy,
        preview: (text) => previews.find((p) => p.re.test(text))?.source,
        refusal(id, provider) {
            const prov = provider?.toLowerCase();
            if (prov && denyProviders.has(prov))
                return `provider "${provider}" is on the policy's deny list`;
            const denied = denyIds.find((g) => g.re.test(id));
            if (denied)
                return `id matches "${denied.source}" on the policy's deny list`;
            if (allowAny && !(prov && allowProviders.has(prov)) && !allowIds.some((g) => g.re.test(id)))
                return 'the policy has an allow list and this model is not on it';
            return undefined;
        },
        licenses: lower(policy.licenses),
    };
    compiled.set(policy, c);
    return c;
}
/** A glob of ids: `*` matches any run of characters; everything else is literal. */
function glob(pattern) {
    const body = pattern
        .split('*')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return { re: new RegExp(`^${body}$`, 'i'), source: pattern };
}


/***/ }),

/***/ 8201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ KNOWN_PROVIDERS)
/* harmony export */ });
/**
 * Providers the store knows, with the environment variable each one's API key lives in
 * (LiteLLM's own names for them). The curation policy can extend or narrow this list.
 */
const KNOWN_PROVIDERS = {
    openai: 'OPENAI_API_KEY',
    anthropic: 'ANTHROPIC_API_KEY',
    gemini: 'GEMINI_API_KEY',
    openrouter: 'OPENROUTER_API_KEY',
    groq: 'GROQ_API_KEY',
    xai: 'XAI_API_KEY',
    mistral: 'MISTRAL_API_KEY',
    deepseek: 'DEEPSEEK_API_KEY',
};


/***/ })

};
