<<<<<<<< HEAD:dist/cli/599.index.js
export const id = 599;
export const ids = [599];
========
export const id = 141;
export const ids = [141,336,995];
>>>>>>>> package:dist/cli/141.index.js
export const modules = {

/***/ 6599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  today: () => (/* binding */ today)
});

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/litellm.ts
var litellm = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
;// CONCATENATED MODULE: ./src/core/audit/fingerprint.ts
/**
 * Fingerprints, and the hidden marker that carries one in an issue body. The marker is an
 * HTML comment GitHub does not render; its value is URI-encoded so no model id or upstream
 * string can close the comment early ("-->") or forge a second marker.
 */
function fingerprint(rule, model, fact) {
    return [rule, model ?? '*', fact].join('|');
}
// The marker is the body's last line: a look-alike quoted earlier in the body is not it.
const MARKER = /<!--\s*leger-curate-audit fingerprint=([A-Za-z0-9%._~!*'()-]+)\s*-->\s*$/;
function fingerprint_markerFor(fp) {
    return `<!-- leger-curate-audit fingerprint=${encodeURIComponent(fp)} -->`;
}
/** The fingerprint an issue body carries on its last line, if it carries a well-formed one. */
function fingerprint_fingerprintIn(body) {
    const m = body ? MARKER.exec(body) : null;
    if (!m)
        return undefined;
    try {
        return decodeURIComponent(m[1]);
    }
    catch {
        return undefined;
    }
}
/** The rule and model a fingerprint names (for close comments). */
function fingerprint_parseFingerprint(fp) {
    const [rule = '', model = '*', ...fact] = fp.split('|');
    return { rule, model: model === '*' ? undefined : model, fact: fact.join('|') };
}

// EXTERNAL MODULE: ./src/core/hf.ts
var core_hf = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/core/audit/common.ts
/** Helpers the audit's checks share. */



const ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
/** The id of an entry the audit can speak about: a well-formed id (validate reports the rest). */
function auditId(e) {
    const id = (0,core_store/* idOf */.TH)(e);
    return id && id.length <= 100 && ID.test(id) ? id : undefined;
}
/** A finding on one field of a model file, with its fingerprint. */
function auditFinding(at, rule, severity, path, fact, message, hint, sync = true) {
    return { ...(0,core_rule/* findingAt */.d)(at.entry, rule, severity, path, message, { hint, at: 'value' }), check: at.check, fingerprint: fingerprint(rule, at.id, fact), model: at.id, sync };
}
/** Whole days from `from` to `to` (YYYY-MM-DD each). */
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
function isDate(s) {
    return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}
/** Numbers as people read them: 1000000 -> "1,000,000". */
function n(v) {
    return v.toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/core/audit/local-health.ts
/**
 * Health of local models' HuggingFace repositories, from prefetched GET /api/models/{repo}
 * results: gone, disabled, gated, a file or shard missing, downloads below the policy, and
 * a repo that no longer offers other quantizations. An unreachable repo is reported but
 * never becomes an issue, and keeps the model's open issues as they are.
 */




/** The repo and file a local entry points at, when its model_uri is well-formed. */
function uriOf(e) {
    const v = (0,core_store/* str */.gx)(e.data.model_uri);
    const r = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    return r?.ok ? r.uri : undefined;
}
/** Every HF repo the store's local models live in, for the I/O layer to fetch. */
function reposToCheck(store) {
    const repos = new Set();
    for (const e of store.entries) {
        if (e.kind !== 'local' || !auditId(e))
            continue;
        const uri = uriOf(e);
        if (uri)
            repos.add(uri.repoId);
    }
    return [...repos].sort();
}
function localHealthFindings(store, hf, minDownloads) {
    const findings = [];
    const unchecked = [];
    for (const entry of store.entries) {
        if (entry.kind !== 'local')
            continue;
        const id = auditId(entry);
        const uri = uriOf(entry);
        if (!id || !uri)
            continue;
        const at = { entry, id, check: 'local-health' };
        const result = hf.get(uri.repoId);
        if (!result || result.status === 'unreachable') {
            unchecked.push(id);
            const why = result?.message ?? 'not fetched';
            findings.push(auditFinding(at, 'audit/hf-unreachable', 'warning', ['model_uri'], uri.repoId, `could not check ${uri.repoId} on HuggingFace: ${why}`, 'Nothing is concluded about this model this run; its issues stay as they are. Rerun the audit later.', false));
            continue;
        }
        if (result.status === 'not-found') {
            findings.push(auditFinding(at, 'audit/hf-gone', 'error', ['model_uri'], uri.repoId, `the HuggingFace repository ${uri.repoId} is gone (${result.message})`, 'Find where the model moved and update model_uri, or deprecate the model with a replacement.'));
            continue;
        }
        const info = result.info;
        if (info.disabled === true) {
            findings.push(auditFinding(at, 'audit/hf-disabled', 'error', ['model_uri'], uri.repoId, `the HuggingFace repository ${uri.repoId} is disabled`, 'Disabled repos cannot be downloaded: point model_uri at another repo, or deprecate the model.'));
            continue;
        }
        if (info.gated === 'auto' || info.gated === 'manual' || info.gated === true)
            findings.push(auditFinding(at, 'audit/hf-gated', 'warning', ['model_uri'], `gated=${String(info.gated)}`, `the HuggingFace repository ${uri.repoId} is now gated (${String(info.gated)} approval): downloads need an accepted licence and a token`, 'Prefer an ungated mirror of the same GGUF, or document the HF_TOKEN requirement in notes.'));
        if (info.siblings) {
            const present = new Set(info.siblings.map((s) => s.rfilename));
            const missing = (0,model_uri/* shardFiles */.wq)(uri).filter((f) => !present.has(f));
            if (missing.length) {
                const what = uri.shard ? `${missing.length} of ${uri.shard.total} shards missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}` : `${uri.file} is missing`;
                findings.push(auditFinding(at, 'audit/hf-file-missing', 'error', ['model_uri'], missing.join(','), `${uri.repoId}: ${what}`, 'The file was renamed or removed upstream: pick the current file name from the repo and update model_uri (and size_bytes).'));
            }
            const quants = (0,core_hf/* quantizations */.dA)(info);
            const own = (0,core_store/* str */.gx)(entry.data.quantization)?.toUpperCase();
            if (quants.length === 1 && (!own || quants[0] === own))
                findings.push(auditFinding(at, 'audit/hf-quantizations', 'notice', ['quantization'], `only=${quants[0]}`, `${uri.repoId} now offers only ${quants[0]}: the other quantizations are gone`, 'Users with less memory have no smaller file here: consider a repo that still offers several quantizations.'));
        }
        if (typeof info.downloads === 'number' && info.downloads < minDownloads)
            // The fact is the threshold, not the count: the count moves every month, the problem does not.
            findings.push(auditFinding(at, 'audit/hf-downloads', 'notice', ['model_uri'], `below=${minDownloads}`, `${uri.repoId} had ${n(info.downloads)} downloads in the last 30 days, below the policy's ${n(minDownloads)}`, 'A little-used repo may be abandoned: prefer the maker\'s own GGUF repo or a widely used mirror.'));
    }
    return { findings, unchecked };
}

;// CONCATENATED MODULE: ./src/core/audit/candidates.ts





/** The providers the store's cloud models use. */
function storeProviders(store) {
    const ps = new Set();
    for (const e of store.entries) {
        const p = e.kind === 'cloud' ? (0,core_store/* str */.gx)(e.data.provider) : undefined;
        if (p && /^[a-z0-9][a-z0-9_-]*$/.test(p))
            ps.add(p);
    }
    return [...ps].sort();
}
/**
 * The release date a LiteLLM key states, as YYYY-MM-DD: "-2025-08-07", "-20250514",
 * or the "-MMDD" of Google's previews ("-05-20"/"-0520" need a year, so they are not used).
 */
function dateInKey(key) {
    const dashed = /(?:^|[^0-9])(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(key);
    if (dashed)
        return `${dashed[1]}-${dashed[2]}-${dashed[3]}`;
    const packed = /(?:^|[^0-9])(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(key);
    if (packed)
        return `${packed[1]}-${packed[2]}-${packed[3]}`;
    return undefined;
}
/**
 * Newest first. The list has no release dates, so the order uses what it has: a date in the
 * key first (newest date first); then keys without one, those LiteLLM gives a later
 * deprecation_date first (a later sunset means a later model); then by name.
 */
function newestFirst(a, b) {
    const da = dateInKey(a.key);
    const db = dateInKey(b.key);
    if (da && db && da !== db)
        return da < db ? 1 : -1;
    if (da && !db)
        return -1;
    if (!da && db)
        return 1;
    const xa = isDate(a.entry.deprecation_date) ? a.entry.deprecation_date : '';
    const xb = isDate(b.entry.deprecation_date) ? b.entry.deprecation_date : '';
    if (xa !== xb)
        return xa < xb ? 1 : -1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function litellmCandidates(store, list, providers, today, limit, file) {
    const tracked = new Set();
    for (const e of store.entries) {
        const name = e.kind === 'cloud' ? (0,core_store/* str */.gx)(e.data.litellm_model_name) : undefined;
        const hit = name ? (0,litellm/* lookupLiteLLM */.Sb)(list, name) : undefined;
        if (hit)
            tracked.add(hit.key);
    }
    const all = providers
        .flatMap((p) => (0,litellm/* providerModels */.Gx)(list, p))
        .filter((m) => !tracked.has(m.key))
        // fine-tunes and models LiteLLM already dates for removal are not worth adding
        .filter((m) => !m.key.startsWith('ft:') && !(isDate(m.entry.deprecation_date) && m.entry.deprecation_date <= today))
        .sort(newestFirst);
    if (!all.length)
        return undefined;
    const items = all.slice(0, limit).map((m) => {
        const d = dateInKey(m.key);
        return { name: m.name, detail: d ? `dated ${d} in its name` : isDate(m.entry.deprecation_date) ? `LiteLLM deprecation_date ${m.entry.deprecation_date}` : 'undated' };
    });
    return {
        rule: 'audit/candidates-litellm',
        severity: 'notice',
        file,
        check: 'candidates-litellm',
        fingerprint: fingerprint('audit/candidates-litellm', undefined, 'rolling'),
        sync: true,
        candidates: items,
        message: `${all.length} LiteLLM chat model${all.length === 1 ? '' : 's'} of ${providers.join(', ')} not in the store; newest first: ${items.map((i) => i.name).join(', ')}${all.length > items.length ? ', …' : ''}`,
        hint: 'Suggestions only: add the ones worth curating with leger-curate add. Order: the date in the model name, then the later LiteLLM deprecation_date, then by name.',
    };
}
function hfCandidates(store, trending, limit, file) {
    const have = new Set();
    for (const e of store.entries) {
        if (e.kind !== 'local')
            continue;
        const uri = uriOf(e);
        if (uri)
            have.add(uri.repoId.toLowerCase());
        const repo = (0,core_store/* str */.gx)(e.data.hf_repo);
        if (repo)
            have.add(repo.toLowerCase());
    }
    const REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
    const fresh = trending.filter((m) => REPO.test(m.id) && m.id.length <= 200 && !have.has(m.id.toLowerCase()));
    if (!fresh.length)
        return undefined;
    const items = fresh.slice(0, limit).map((m) => ({
        name: m.id,
        detail: [typeof m.trendingScore === 'number' ? `trending score ${m.trendingScore}` : '', typeof m.downloads === 'number' ? `${m.downloads.toLocaleString('en-US')} downloads` : '']
            .filter(Boolean)
            .join(', ') || 'trending',
    }));
    return {
        rule: 'audit/candidates-hf',
        severity: 'notice',
        file,
        check: 'candidates-hf',
        fingerprint: fingerprint('audit/candidates-hf', undefined, 'rolling'),
        sync: true,
        candidates: items,
        message: `${fresh.length} trending GGUF repositor${fresh.length === 1 ? 'y' : 'ies'} on HuggingFace not in the store: ${items.map((i) => i.name).join(', ')}${fresh.length > items.length ? ', …' : ''}`,
        hint: 'Suggestions only, in HuggingFace\'s trending order: check the licence, the maker and the quantizations before adding one with leger-curate add.',
    };
}

;// CONCATENATED MODULE: ./src/core/audit/drift.ts
/**
 * Upstream drift of cloud models against LiteLLM's list: context window, max output and
 * prices that differ (old -> new), models no longer listed, and LiteLLM deprecation dates.
 * The fingerprint's fact is the upstream value, so fixing the file closes the issue and a
 * further upstream change is a new finding.
 */



const PRICES = [
    { field: 'input_per_1m', cost: 'input_cost_per_token', label: 'input price' },
    { field: 'output_per_1m', cost: 'output_cost_per_token', label: 'output price' },
    { field: 'cache_read_per_1m', cost: 'cache_read_input_token_cost', label: 'cache-read price' },
];
function driftFindings(store, list, origin) {
    const out = [];
    for (const entry of store.entries) {
        if (entry.kind !== 'cloud')
            continue;
        const id = auditId(entry);
        const name = (0,core_store/* str */.gx)(entry.data.litellm_model_name);
        if (!id || !name)
            continue;
        const at = { entry, id, check: 'drift' };
        const hit = (0,litellm/* lookupLiteLLM */.Sb)(list, name);
        if (!hit) {
            out.push(auditFinding(at, 'audit/unlisted', 'warning', ['litellm_model_name'], name, `${name} is no longer in LiteLLM's list (${origin})`, entry.data.deprecated === true
                ? 'The model is deprecated: remove it from blueprints and, after its sunset, from the store.'
                : 'Check the provider: if the model was retired, deprecate it (leger-curate deprecate ID --replacement NEW); if it was renamed, update litellm_model_name.'));
            continue;
        }
        const e = hit.entry;
        const window = (0,litellm/* contextWindowOf */.D5)(e);
        const storedWindow = (0,core_store/* num */.bu)(entry.data.context_window);
        if (window !== undefined && storedWindow !== undefined && window !== storedWindow)
            out.push(auditFinding(at, 'audit/context-window', 'warning', ['context_window'], String(window), `context_window differs from LiteLLM: ${n(storedWindow)} -> ${n(window)} (${hit.key})`, `Check the provider's documentation and set "context_window": ${window} if it agrees.`));
        const maxOut = (0,core_store/* num */.bu)(e.max_output_tokens);
        const storedMax = (0,core_store/* num */.bu)(entry.data.max_output);
        if (maxOut !== undefined && storedMax !== undefined && maxOut !== storedMax)
            out.push(auditFinding(at, 'audit/max-output', 'warning', ['max_output'], String(maxOut), `max_output differs from LiteLLM: ${n(storedMax)} -> ${n(maxOut)} (${hit.key})`, `Check the provider's documentation and set "max_output": ${maxOut} if it agrees.`));
        const pricing = entry.data.pricing;
        if (pricing && typeof pricing === 'object' && !Array.isArray(pricing)) {
            for (const p of PRICES) {
                const stored = (0,core_store/* price */.q9)(pricing[p.field]);
                const upstream = (0,litellm/* perMillion */.SI)((0,core_store/* num */.bu)(e[p.cost]));
                if (stored === undefined || upstream === undefined || Math.abs(stored - upstream) < 1e-9)
                    continue;
                out.push(auditFinding(at, 'audit/price', 'warning', ['pricing', p.field], `${p.field}=${upstream}`, `${p.label} differs from LiteLLM: ${(0,litellm/* formatPrice */.$g)(stored)} -> ${(0,litellm/* formatPrice */.$g)(upstream)} per 1M tokens (${hit.key})`, `Check the provider's price page and set "${p.field}": "${(0,litellm/* formatPrice */.$g)(upstream)}" if it agrees.`));
            }
        }
        const date = e.deprecation_date;
        if (isDate(date) && entry.data.deprecated !== true)
            out.push(auditFinding(at, 'audit/litellm-deprecation', 'warning', ['litellm_model_name'], date, `LiteLLM marks ${hit.key} for deprecation on ${date}`, `Deprecate it: leger-curate deprecate ${id} --replacement NEW, with "sunset_date": "${date}".`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/audit/lifecycle.ts
/** Lifecycle: deprecated models past their sunset, replacements that are deprecated, stale verification. */



function lifecycleFindings(store, today, staleDays) {
    const out = [];
    for (const entry of store.entries) {
        const id = auditId(entry);
        if (!id)
            continue;
        const at = { entry, id, check: 'lifecycle' };
        const deprecated = entry.data.deprecated === true;
        const sunset = entry.data.sunset_date;
        if (deprecated && isDate(sunset) && sunset < today) {
            const days = daysBetween(sunset, today);
            out.push(auditFinding(at, 'audit/past-sunset', 'warning', ['sunset_date'], sunset, `${id} is deprecated and its sunset_date ${sunset} passed ${(0,core_text/* plural */.LS)(days, 'day')} ago`, `Remove ${id} from blueprints${(0,core_store/* str */.gx)(entry.data.replacement) ? ` in favour of ${(0,core_store/* str */.gx)(entry.data.replacement)}` : ''}, then from the store.`));
        }
        const replacement = (0,core_store/* str */.gx)(entry.data.replacement);
        if (replacement) {
            const target = store.find(replacement);
            if (target && target !== entry && target.data.deprecated === true) {
                const next = (0,core_store/* str */.gx)(target.data.replacement);
                out.push(auditFinding(at, 'audit/replacement-deprecated', 'warning', ['replacement'], replacement, `the replacement of ${id}, ${replacement}, is itself deprecated`, next ? `Point replacement at "${next}" (the replacement's own replacement).` : 'Point replacement at a model that is not deprecated.'));
            }
        }
        const verified = entry.data.last_verified;
        if (isDate(verified) && verified <= today) {
            const age = daysBetween(verified, today);
            if (age > staleDays)
                out.push(auditFinding(at, 'audit/stale', 'notice', ['last_verified'], verified, `last_verified ${verified} is ${(0,core_text/* plural */.LS)(age, 'day')} old; the policy allows ${staleDays}`, 'Check every fact against the sources, fix what changed, and set last_verified to today.'));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/audit/types.ts
/** Which check family each audit rule belongs to (a fingerprint names its rule). */
const types_RULE_CHECK = {
    'audit/unlisted': 'drift',
    'audit/context-window': 'drift',
    'audit/max-output': 'drift',
    'audit/price': 'drift',
    'audit/litellm-deprecation': 'drift',
    'audit/hf-unreachable': 'local-health',
    'audit/hf-gone': 'local-health',
    'audit/hf-disabled': 'local-health',
    'audit/hf-gated': 'local-health',
    'audit/hf-file-missing': 'local-health',
    'audit/hf-quantizations': 'local-health',
    'audit/hf-downloads': 'local-health',
    'audit/past-sunset': 'lifecycle',
    'audit/replacement-deprecated': 'lifecycle',
    'audit/stale': 'lifecycle',
    'audit/candidates-litellm': 'candidates-litellm',
    'audit/candidates-hf': 'candidates-hf',
};
/** The thresholds the curation policy sets for the audit. */
function auditOptionsFromPolicy(policy) {
    return { minDownloads: policy.thresholds.min_downloads, staleDays: policy.thresholds.stale_after_days };
}

;// CONCATENATED MODULE: ./src/core/audit/index.ts
/** The audit: the store against upstream facts, as findings with fingerprints. Pure. */









const AUDIT_DEFAULTS = { minDownloads: 1000, staleDays: 180, candidateLimit: 15, storePath: 'model-store' };
const SEVERITY = { error: 0, warning: 1, notice: 2 };
function audit({ store, facts }, options) {
    const o = { ...AUDIT_DEFAULTS, ...options };
    const findings = [];
    const checked = ['lifecycle'];
    const unchecked = [];
    const sources = [];
    findings.push(...lifecycleFindings(store, o.today, o.staleDays));
    if (facts.litellm) {
        sources.push(facts.litellm.origin);
        checked.push('drift', 'candidates-litellm');
        findings.push(...driftFindings(store, facts.litellm.list, facts.litellm.origin));
        const providers = options.trackedProviders ?? storeProviders(store);
        const c = litellmCandidates(store, facts.litellm.list, providers, o.today, o.candidateLimit, `${o.storePath}/cloud`);
        if (c)
            findings.push(c);
    }
    if (facts.hf) {
        checked.push('local-health');
        const r = localHealthFindings(store, facts.hf, o.minDownloads);
        findings.push(...r.findings);
        unchecked.push(...r.unchecked);
    }
    if (facts.trending) {
        checked.push('candidates-hf');
        const c = hfCandidates(store, facts.trending, o.candidateLimit, `${o.storePath}/local`);
        if (c)
            findings.push(c);
    }
    findings.sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || SEVERITY[a.severity] - SEVERITY[b.severity] || cmp(a.fingerprint, b.fingerprint));
    const models = store.entries.map(auditId).filter((x) => x !== undefined);
    return { findings, checked, unchecked, models, sources };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function auditSummaryLine(r) {
    const count = (s) => r.findings.filter((f) => f.severity === s).length;
    return `${(0,core_text/* plural */.LS)(r.findings.length, 'audit finding')} (${(0,core_text/* plural */.LS)(count('error'), 'error')}, ${(0,core_text/* plural */.LS)(count('warning'), 'warning')}, ${(0,core_text/* plural */.LS)(count('notice'), 'notice')}) over ${(0,core_text/* plural */.LS)(r.models.length, 'model')}`;
}

// EXTERNAL MODULE: ./src/io/huggingface.ts
var huggingface = __webpack_require__(1658);
// EXTERNAL MODULE: ./src/io/litellm.ts
var io_litellm = __webpack_require__(9995);
;// CONCATENATED MODULE: ./src/io/audit-facts.ts
/**
 * The upstream facts an audit reads, fetched up front so the audit itself stays pure.
 * Offline: the shipped LiteLLM snapshot only. Online: the live list (LITELLM_PRICES_URL),
 * every local model's HF repo and the trending GGUF listing (HF_ENDPOINT, HF_TOKEN).
 */



async function fetchAuditFacts(store, options) {
    const env = options.env ?? process.env;
    if (!options.online)
        return { facts: { litellm: (0,io_litellm/* loadLiteLLMSnapshot */.Ez)() }, notes: [] };
    const notes = [];
    const hf = (0,huggingface/* createHfClient */.c)(env, options.http);
    const endpoint = (env.HF_ENDPOINT ?? huggingface/* DEFAULT_HF_ENDPOINT */.p).replace(/\/+$/, '');
    const repos = reposToCheck(store);
    const [litellm, results, trending] = await Promise.all([
        (0,io_litellm/* fetchLiteLLMList */._3)(env, options.http),
        Promise.all(repos.map(async (r) => [r, await hf.modelInfo(r)])),
        hf.listModels({ filter: 'gguf', sort: 'trendingScore', direction: -1, limit: options.trendingLimit ?? 30 }).catch((err) => {
            notes.push(`trending GGUF repositories not checked: ${err.message}`);
            return undefined;
        }),
    ]);
    const facts = { litellm: { list: litellm.list, origin: litellm.origin, offline: false }, hf: new Map(results), trending };
    notes.unshift(`HuggingFace: ${endpoint} (${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'})`);
    return { facts, notes };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/assemble.ts + 1 modules
var assemble = __webpack_require__(2354);
// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __webpack_require__(6783);
;// CONCATENATED MODULE: ./src/io/workspace.ts
/**
 * The working tree opened for doors that read the store without judging it first (the audit,
 * add's prefills, deprecate's edit): the same reader and the same assembler as validate.
 */



function openWorkspace(options) {
    const snapshot = (0,read_tree.readWorkingTree)(options);
    const opened = (0,assemble/* open */.ho)(snapshot);
    return {
        base: options.base,
        storeDir: external_node_path_default().resolve(options.base, options.store ?? 'model-store'),
        snapshot,
        store: opened.store,
        schemas: opened.schemas,
        policy: { policy: opened.policy, findings: opened.policyFindings },
    };
}

// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
;// CONCATENATED MODULE: ./src/core/audit/issue-plan.ts
/**
 * The GitHub issue sync, decided: given this run's findings and the existing `model-audit`
 * issues (found by the fingerprint hidden in their bodies), what to open, update, reopen,
 * close or leave. Pure: the renderer (report layer) writes the text, the I/O layer acts.
 */


const AUDIT_LABEL = 'model-audit';
/** Both kinds of candidates share one rolling issue. */
const issue_plan_CANDIDATES_FINGERPRINT = 'audit/candidates|*|rolling';
/** Bodies compare as GitHub returns them: line endings and trailing space may differ. */
function sameText(a, b) {
    const norm = (s) => s.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
    return norm(a) === norm(b);
}
const ORDER = { close: 0, reopen: 1, update: 2, open: 3, unchanged: 4, kept: 5 };
function planIssues(result, existing, render) {
    // What this run wants, by fingerprint.
    const wanted = new Map();
    for (const f of result.findings) {
        if (!f.sync)
            continue;
        const fp = f.check.startsWith('candidates') ? issue_plan_CANDIDATES_FINGERPRINT : f.fingerprint;
        wanted.set(fp, [...(wanted.get(fp) ?? []), f]);
    }
    const draftFor = (fp, fs) => (fp === issue_plan_CANDIDATES_FINGERPRINT ? render.candidates(fs, result) : render.issue(fs[0]));
    // What exists, by fingerprint: issues without a well-formed marker are people's, not ours.
    const byFp = new Map();
    for (const issue of existing) {
        const fp = fingerprintIn(issue.body);
        if (fp)
            byFp.set(fp, [...(byFp.get(fp) ?? []), issue]);
    }
    const actions = [];
    const checked = new Set(result.checked);
    const unchecked = new Set(result.unchecked);
    const models = new Set(result.models);
    for (const [fp, findings] of wanted) {
        const issues = byFp.get(fp) ?? [];
        const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
        const draft = draftFor(fp, findings);
        if (open.length) {
            const [keep, ...dupes] = open;
            actions.push(sameText(keep.title, draft.title) && sameText(keep.body, draft.body) ? { kind: 'unchanged', fingerprint: fp, issue: keep, findings } : { kind: 'update', fingerprint: fp, issue: keep, draft, findings });
            for (const d of dupes)
                actions.push({ kind: 'close', fingerprint: fp, issue: d, reason: { kind: 'duplicate', of: keep.number }, comment: render.closeComment(d, { kind: 'duplicate', of: keep.number }) });
            continue;
        }
        const last = [...issues].sort((a, b) => b.number - a.number)[0];
        if (!last)
            actions.push({ kind: 'open', fingerprint: fp, draft, findings });
        else if (last.stateReason === 'not_planned')
            actions.push({ kind: 'kept', fingerprint: fp, issue: last, why: `#${last.number} was closed as not planned; the audit respects that`, findings });
        else
            actions.push({ kind: 'reopen', fingerprint: fp, issue: last, draft, comment: render.reopenComment(last, findings), findings });
    }
    for (const [fp, issues] of byFp) {
        if (wanted.has(fp))
            continue;
        const { rule, model } = parseFingerprint(fp);
        const families = fp === issue_plan_CANDIDATES_FINGERPRINT ? ['candidates-litellm', 'candidates-hf'] : RULE_CHECK[rule] ? [RULE_CHECK[rule]] : [];
        for (const issue of issues.filter((i) => i.state === 'open')) {
            if (!families.some((c) => checked.has(c))) {
                actions.push({ kind: 'kept', fingerprint: fp, issue, why: families.length ? `not checked this run (${families.join(', ')})` : `unknown audit rule "${rule}"`, findings: [] });
                continue;
            }
            if (model && unchecked.has(model)) {
                actions.push({ kind: 'kept', fingerprint: fp, issue, why: `${model} could not be checked this run`, findings: [] });
                continue;
            }
            let reason;
            if (model && !models.has(model))
                reason = { kind: 'removed', model };
            else {
                const by = model ? result.findings.filter((f) => f.sync && f.model === model && f.rule === rule) : [];
                reason = by.length ? { kind: 'superseded', by } : { kind: 'resolved' };
            }
            actions.push({ kind: 'close', fingerprint: fp, issue, reason, comment: render.closeComment(issue, reason) });
        }
    }
    return actions.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Text from model files and upstream lists, made inert in GitHub Markdown: no formatting,
 * no HTML, no links, no @mentions (a stranger's model id must not ping anyone), one line.
 */
function markdown_mdText(s) {
    return markdown_oneLine(s)
        .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '@&#8203;')
        .replace(/(https?):\/\//gi, '$1&#58;//');
}
/** A code span that no content can break out of. */
function markdown_mdCode(s) {
    const t = markdown_oneLine(s).replace(/`/g, "'");
    return `\`${t || ' '}\``;
}
/** One line, and never the start of an HTML comment (a code span would show it, a marker reader would not know). */
function markdown_oneLine(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/<!--/g, '<\u200b!--').trim();
}
function markdown_mdTable(head, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    // A "|" splits a table cell even inside a code span unless escaped.
    const cell = (c) => c.replace(/(?<!\\)\|/g, '\\|');
    return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n');
}

;// CONCATENATED MODULE: ./src/report/audit.ts
/** The audit's reports: terminal text, JSON, Markdown, and the text of its GitHub issues. */




const TONE = { error: 'red', warning: 'yellow', notice: 'blue' };
/** One line saying what the audit read, and what it did not. */
function sourcesLine(r, offline) {
    const parts = [`Audited against ${r.sources.join(' and ') || 'the store alone'}`];
    if (offline)
        parts.push('offline: used the shipped LiteLLM snapshot; HuggingFace not checked (pass --online to fetch both)');
    return parts.join('; ');
}
function formatAuditText(r, offline, color) {
    const paint = (0,report_text/* painter */.C2)(color);
    const lines = [paint('dim', (0,report_text/* clean */.uH)(sourcesLine(r, offline))), ''];
    for (const f of r.findings) {
        lines.push(`${paint('bold', (0,report_text/* clean */.uH)((0,report_text/* formatLocation */.j$)(f)))} ${paint(TONE[f.severity], f.severity)} ${paint('dim', f.rule)} ${(0,report_text/* clean */.uH)(f.message)}`);
        for (const c of f.candidates ?? [])
            lines.push(`  - ${(0,report_text/* clean */.uH)(c.name)} ${paint('dim', `(${(0,report_text/* clean */.uH)(c.detail)})`)}`);
        if (f.hint)
            lines.push(`  ${paint('dim', 'hint:')} ${(0,report_text/* clean */.uH)(f.hint)}`);
    }
    if (r.findings.length)
        lines.push('');
    lines.push(r.findings.length ? auditSummaryLine(r) : paint('green', `✔ no audit findings over ${r.models.length} models`));
    return lines.join('\n') + '\n';
}
function formatAuditJson(r, offline) {
    const count = (s) => r.findings.filter((f) => f.severity === s).length;
    const out = {
        offline,
        sources: r.sources,
        checked: r.checked,
        unchecked: r.unchecked,
        findings: r.findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            file: f.file,
            line: f.line ?? null,
            column: f.column ?? null,
            model: f.model ?? null,
            fingerprint: f.fingerprint,
            message: f.message,
            hint: f.hint ?? null,
            ...(f.candidates ? { candidates: f.candidates } : {}),
        })),
        summary: { models: r.models.length, findings: r.findings.length, errors: count('error'), warnings: count('warning'), notices: count('notice') },
    };
    return JSON.stringify(out, null, 2) + '\n';
}
function formatAuditMarkdown(r, offline) {
    const out = ['## Model audit', '', markdown_mdText(sourcesLine(r, offline)), ''];
    const issues = r.findings.filter((f) => !f.candidates);
    if (issues.length) {
        out.push(markdown_mdTable(['Severity', 'Model', 'Rule', 'Finding', 'Where'], issues.map((f) => [f.severity, f.model ? markdown_mdCode(f.model) : '', markdown_mdCode(f.rule), markdown_mdText(f.message), markdown_mdCode((0,report_text/* formatLocation */.j$)(f))])), '');
    }
    for (const f of r.findings.filter((x) => x.candidates))
        out.push(candidatesSection(f), '');
    out.push(markdown_mdText(r.findings.length ? auditSummaryLine(r) : `No audit findings over ${r.models.length} models`));
    return out.join('\n') + '\n';
}
function candidatesSection(f) {
    const title = f.rule === 'audit/candidates-hf' ? 'Trending GGUF repositories on HuggingFace not in the store' : 'LiteLLM models of tracked providers not in the store (newest first)';
    return [`### ${title}`, '', markdown_mdText(f.hint ?? ''), '', markdown_mdTable(['Candidate', 'Why here'], (f.candidates ?? []).map((c) => [markdown_mdCode(c.name), markdown_mdText(c.detail)]))].join('\n');
}
const FOOTER = '<sub>Kept up to date by the monthly model audit (leger-curate): it rewrites this description while the finding holds (comment rather than edit it) and closes the issue, with a comment, when the finding no longer holds.</sub>';
/** What no longer holding means, rule by rule, for the close comment. */
const RESOLVED = {
    'audit/unlisted': "LiteLLM's list has the model again (or litellm_model_name was updated)",
    'audit/context-window': "the store's context_window and LiteLLM's agree now",
    'audit/max-output': "the store's max_output and LiteLLM's agree now",
    'audit/price': "the store's price and LiteLLM's agree now",
    'audit/litellm-deprecation': 'the model is deprecated in the store now (or LiteLLM dropped the date)',
    'audit/hf-gone': 'the repository answers again (or model_uri points elsewhere)',
    'audit/hf-disabled': 'the repository is no longer disabled (or model_uri points elsewhere)',
    'audit/hf-gated': 'the repository is no longer gated (or model_uri points elsewhere)',
    'audit/hf-file-missing': 'every file model_uri needs is in the repository now',
    'audit/hf-quantizations': 'the repository offers several quantizations again (or model_uri points elsewhere)',
    'audit/hf-downloads': "the repository's downloads are back above the policy's threshold",
    'audit/past-sunset': 'the model is no longer deprecated past its sunset_date',
    'audit/replacement-deprecated': 'the replacement is no longer a deprecated model',
    'audit/stale': 'last_verified is recent enough now',
};
function issueTitle(f) {
    const t = oneLine(`[model audit] ${f.model ? `${f.model}: ` : ''}${f.message}`);
    return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}
function issueRenderer(options = {}) {
    const where = (f) => {
        const loc = mdCode(formatLocation(f));
        // Only a path the store layout produces goes into a link.
        if (!options.repoUrl || !/^[A-Za-z0-9._/-]+$/.test(f.file) || f.file.includes('..'))
            return loc;
        return `[${loc}](${options.repoUrl}/blob/HEAD/${f.file}${f.line ? `#L${f.line}` : ''})`;
    };
    return {
        issue(f) {
            const body = [
                `**${mdText(f.message)}**`,
                '',
                mdTable(['', ''], [
                    ['Model', f.model ? mdCode(f.model) : ''],
                    ['Where', where(f)],
                    ['Rule', `${mdCode(f.rule)} (${f.severity})`],
                    ['Fingerprint', mdCode(f.fingerprint)],
                ]),
                '',
                f.hint ? `**What to do:** ${mdText(f.hint)}` : '',
                '',
                FOOTER,
                '',
                markerFor(f.fingerprint),
            ];
            return { title: issueTitle(f), body: body.join('\n') };
        },
        candidates(fs, result) {
            const parts = ['Suggestions from the monthly model audit: models upstream lists that the store does not have. Nothing here is an error; add the ones worth curating with `leger-curate add`.', ''];
            for (const f of fs)
                parts.push(candidatesSection(f), '');
            const missing = ['candidates-litellm', 'candidates-hf'].filter((c) => !result.checked.includes(c));
            if (missing.length)
                parts.push(`_Not checked in this run: ${missing.join(', ')}._`, '');
            parts.push(FOOTER, '', markerFor(CANDIDATES_FINGERPRINT));
            return { title: '[model audit] Candidates for the store', body: parts.join('\n') };
        },
        closeComment(_issue, reason) {
            if (reason.kind === 'duplicate')
                return `Closing as a duplicate of #${reason.of}, which tracks the same finding.`;
            if (reason.kind === 'removed')
                return `The monthly audit no longer finds this: ${mdCode(reason.model)} is no longer in the store. Closing.`;
            if (reason.kind === 'superseded')
                return [`The monthly audit no longer finds this as stated: the upstream fact changed again.`, '', ...reason.by.map((f) => `- ${mdText(f.message)}`), '', 'That is tracked in its own issue. Closing this one.'].join('\n');
            return resolvedComment(fingerprintIn(_issue.body) ?? '');
        },
        reopenComment(_issue, fs) {
            return [`The monthly audit finds this again, so it is reopened rather than filed twice:`, '', ...fs.map((f) => `- ${mdText(f.message)}`)].join('\n');
        },
    };
}
/** The resolved close comment, specific to the rule (kept apart so the renderer stays small). */
function resolvedComment(fingerprint) {
    if (fingerprint === CANDIDATES_FINGERPRINT)
        return 'The monthly audit finds no candidates this time: the store has every model the upstream lists suggested. Closing.';
    const { rule } = parseFingerprint(fingerprint);
    const what = Object.hasOwn(RESOLVED, rule) ? RESOLVED[rule] : undefined;
    return what ? `The monthly audit no longer finds this: ${what}. Closing.` : 'The monthly audit no longer finds this. Closing.';
}
const VERB = {
    open: ['opened', 'would open'],
    update: ['updated', 'would update'],
    reopen: ['reopened', 'would reopen'],
    close: ['closed', 'would close'],
    unchanged: ['unchanged', 'unchanged'],
    kept: ['left as is', 'left as is'],
};
function what(o) {
    const ref = o.number ? ` #${o.number}` : '';
    const [done, planned] = VERB[o.action.kind] ?? [o.action.kind, o.action.kind];
    if (o.status === 'failed')
        return `**failed** to ${o.action.kind}${ref}: ${mdText(o.error ?? '')}`;
    if (o.status === 'skipped')
        return `not attempted (${o.action.kind}${ref}) after an earlier failure`;
    const verb = o.status === 'planned' ? planned : done;
    return `${verb}${ref}${o.action.why ? ` (${mdText(o.action.why)})` : ''}`;
}
function formatAuditSummary(r, outcomes, options) {
    const out = [`## Model audit${options.dryRun ? ' (dry run: nothing written)' : ''}`, '', mdText(sourcesLine(r, options.offline)), ''];
    for (const n of options.notes ?? [])
        out.push(`- ${mdText(n)}`);
    if (options.notes?.length)
        out.push('');
    if (options.failure)
        out.push(`> [!CAUTION]`, `> The issue sync stopped: ${mdText(options.failure)}`, '');
    const byFinding = new Map();
    for (const o of outcomes)
        for (const f of o.action.findings ?? [])
            byFinding.set(f, o);
    const rows = r.findings.map((f) => {
        const o = byFinding.get(f);
        const done = !f.sync ? 'reported only: nothing concluded' : o ? what(o) : 'not synced';
        return [f.severity, f.model ? mdCode(f.model) : '', mdCode(f.rule), mdText(f.message), done];
    });
    out.push(`### Findings (${r.findings.length})`, '');
    out.push(rows.length ? mdTable(['Severity', 'Model', 'Rule', 'Finding', 'Issue'], rows) : 'No findings.', '');
    const gone = outcomes.filter((o) => o.action.kind === 'close' || (o.action.kind === 'kept' && !(o.action.findings ?? []).length));
    if (gone.length) {
        out.push(`### Existing issues with no finding this run (${gone.length})`, '');
        out.push(mdTable(['Issue', 'Fingerprint', 'Done'], gone.map((o) => [o.number ? `#${o.number}` : '', mdCode(o.action.fingerprint), what(o)])), '');
    }
    const count = (k) => outcomes.filter((o) => o.action.kind === k && o.status !== 'skipped' && o.status !== 'failed').length;
    out.push(`${options.dryRun ? 'Planned' : 'Done'}: ${count('open')} opened, ${count('update')} updated, ${count('reopen')} reopened, ${count('close')} closed, ${count('unchanged')} unchanged.`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/audit.ts
/** leger-curate audit [--online] [--format text|json|markdown] [--store DIR] */








const USAGE = `Usage: leger-curate audit [options]

Checks the store against upstream facts: context windows, max output and prices against
LiteLLM's list, deprecation dates, sunsets, stale last_verified dates, the health of local
models' HuggingFace repositories, and candidates the store lacks.

Options:
  --online            fetch LiteLLM's list (LITELLM_PRICES_URL) and ask HuggingFace
                      (HF_ENDPOINT, HF_TOKEN); without it, the shipped snapshot only
  --format FORMAT     text (default), json, or markdown
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  -h, --help          show this help

Exit codes: 0 no error findings, 1 error findings, 2 usage, I/O or upstream failure.
`;
const FORMATS = ['text', 'json', 'markdown'];
async function run(argv, io) {
    const { values } = (0,args/* parse */.q)(argv, { online: { type: 'boolean' }, format: { type: 'string' }, store: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const format = (0,args/* oneOf */.y)(values.format, FORMATS, '--format', 'text');
    const ws = openWorkspace({ base: io.cwd, store: values.store });
    const online = values.online === true;
    const { facts, notes } = await fetchAuditFacts(ws.store, { online, env: io.env });
    const options = { today: today(io.env), storePath: (0,paths.displayPath)(ws.storeDir, io.cwd), ...auditOptionsFromPolicy(ws.policy.policy) };
    const result = audit({ store: ws.store, facts }, options);
    for (const n of notes)
        io.err(`${(0,report_text/* clean */.uH)(n)}\n`);
    if (format === 'json')
        io.out(formatAuditJson(result, !online));
    else if (format === 'markdown')
        io.out(formatAuditMarkdown(result, !online));
    else
        io.out(formatAuditText(result, !online, (0,cli_io/* useColor */.b)(io)));
    return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
/** Today in UTC; LEGER_TODAY pins it (reproducible reports, tests). */
function today(env) {
    const pinned = env.LEGER_TODAY;
    if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned))
        return pinned;
    return new Date().toISOString().slice(0, 10);
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ MAX_MODEL_BYTES),
/* harmony export */   DD: () => (/* binding */ loadStoreDir),
/* harmony export */   Q7: () => (/* binding */ isDir),
/* harmony export */   Td: () => (/* binding */ loadSchemaDocs),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   as: () => (/* binding */ resolveSchemasDir),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
<<<<<<<< HEAD:dist/cli/599.index.js
/* unused harmony export readBounded */
========
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9285);
/** The parts of HuggingFace Hub's model API the toolkit reads (shape: local-models.md section 2). */

/** The .gguf files of a repo. */
function ggufFiles(info) {
    return (info.siblings ?? []).filter((s) => s.rfilename.endsWith('.gguf'));
}
/** Distinct quantizations among a repo's .gguf files. */
function quantizations(info) {
    const qs = new Set();
    for (const s of ggufFiles(info)) {
        const q = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .quantFromFileName */ .fX)(s.rfilename);
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


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ formatPrice),
/* harmony export */   D5: () => (/* binding */ contextWindowOf),
/* harmony export */   Gx: () => (/* binding */ providerModels),
/* harmony export */   SF: () => (/* binding */ capabilitiesOf),
/* harmony export */   SI: () => (/* binding */ perMillion),
/* harmony export */   Sb: () => (/* binding */ lookupLiteLLM),
/* harmony export */   m0: () => (/* binding */ contextWindowsOf),
/* harmony export */   qo: () => (/* binding */ asLiteLLMList),
/* harmony export */   zA: () => (/* binding */ litellmName)
/* harmony export */ });
/**
 * LiteLLM's model price and context window list, as upstream facts for cloud models.
 * OpenAI and Anthropic models are keyed without their provider prefix there
 * ("gpt-5-2025-08-07"), others with it ("gemini/gemini-2.5-pro"): lookups try both.
 */
/** Keeps only object entries (drops `sample_spec`'s documentation strings and anything malformed). */
function asLiteLLMList(raw) {
    const out = Object.create(null);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return out;
    for (const [k, v] of Object.entries(raw)) {
        if (k === 'sample_spec' || !v || typeof v !== 'object' || Array.isArray(v))
            continue;
        out[k] = v;
    }
    return out;
}
/** The entry a LiteLLM model name (`provider/model`) routes to, if the list has it. */
function lookupLiteLLM(list, name) {
    if (Object.hasOwn(list, name))
        return { key: name, entry: list[name] };
    const slash = name.indexOf('/');
    if (slash <= 0)
        return undefined;
    const provider = name.slice(0, slash);
    const bare = name.slice(slash + 1);
    if (Object.hasOwn(list, bare) && list[bare].litellm_provider === provider)
        return { key: bare, entry: list[bare] };
    return undefined;
}
/** The routable name of a list key: `provider/key` unless the key already carries the prefix. */
function litellmName(key, entry) {
    const p = entry.litellm_provider;
    return p && !key.startsWith(`${p}/`) ? `${p}/${key}` : key;
}
/** Every chat-capable model LiteLLM lists for a provider, as routable names. */
function providerModels(list, provider) {
    return Object.entries(list)
        .filter(([, e]) => e.litellm_provider === provider && (e.mode === undefined || e.mode === 'chat' || e.mode === 'responses'))
        .map(([key, entry]) => ({ name: litellmName(key, entry), key, entry }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Per-token cost -> per-1M price, rounded to kill float noise (1.25e-06 * 1e6 = 1.2499999999999998). */
function perMillion(costPerToken) {
    return typeof costPerToken === 'number' && Number.isFinite(costPerToken) ? Math.round(costPerToken * 1e6 * 1e6) / 1e6 : undefined;
}
/** The human price form the store uses: 1.25 -> "$1.25", 10 -> "$10.00", 0.05 -> "$0.05". */
function formatPrice(perM) {
    const s = perM.toFixed(Math.max(2, (perM.toString().split('.')[1] ?? '').length));
    return `$${s}`;
}
/**
 * The whole context window as the store records it: OpenAI documents input + output
 * (400,000 = 272,000 + 128,000); other providers' max_input_tokens is the window.
 */
function contextWindowOf(entry) {
    const input = entry.max_input_tokens;
    if (typeof input !== 'number')
        return undefined;
    if (entry.litellm_provider === 'openai' && typeof entry.max_output_tokens === 'number')
        return input + entry.max_output_tokens;
    return input;
}
/**
 * Every window a provider may document for this entry: max_input_tokens, and for OpenAI also
 * input + output (gpt-5 documents 400,000 = 272,000 + 128,000, gpt-4o 128,000 = its max input).
 */
function contextWindowsOf(entry) {
    const input = entry.max_input_tokens;
    if (typeof input !== 'number')
        return [];
    const sum = contextWindowOf(entry);
    return sum !== undefined && sum !== input ? [input, sum] : [input];
}
/** Capabilities the list's supports_* flags state, in the store's vocabulary. */
function capabilitiesOf(entry) {
    const caps = [];
    if (entry.mode === 'chat' || entry.mode === 'responses')
        caps.push('chat');
    const flag = (f) => entry[f] === true;
    if (flag('supports_vision'))
        caps.push('vision');
    if (flag('supports_reasoning'))
        caps.push('reasoning');
    if (flag('supports_function_calling'))
        caps.push('tools');
    if (flag('supports_response_schema'))
        caps.push('structured-output');
    if (flag('supports_web_search'))
        caps.push('web-search');
    if (flag('supports_prompt_caching'))
        caps.push('prompt-caching');
    if (flag('supports_audio_input') || flag('supports_audio_output'))
        caps.push('audio');
    if (flag('supports_pdf_input') || (caps.includes('vision') && caps.includes('audio')))
        caps.push('multimodal');
    if (entry.mode === 'embedding')
        caps.push('embeddings');
    return caps;
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
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   Um: () => (/* binding */ inFocus),
/* harmony export */   dz: () => (/* binding */ findingAt)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2617);

/** Whether a tiered rule looks at this entry. */
function inScope(ctx, e) {
    return !ctx.scope || ctx.scope.has(e.file.path);
}
/**
 * A finding about one field of one model file, placed on that field's key
 * (or its value with `at: 'value'`); a path that does not exist falls back to its parent.
 */
function findingAt(entry, rule, severity, path, message, hint, at = 'key') {
    const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locatorFor */ .qe)(entry.file).at(path, at);
    return { rule, severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint };
}
/**
 * The entries a per-file rule judges: those in focus (the files being reported on, e.g. the
 * staged ones), else all. Cross-file rules read store.entries whole.
 */
function inFocus(store, focus) {
    return focus ? store.entries.filter((e) => focus.has(e.file.path)) : store.entries;
}


/***/ }),

/***/ 742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TA: () => (/* binding */ limiter),
/* harmony export */   Tt: () => (/* binding */ getJson),
/* harmony export */   gA: () => (/* binding */ UpstreamError),
/* harmony export */   yM: () => (/* binding */ httpOptionsFromEnv)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * JSON over HTTP for upstream facts: a timeout on every request, retries with backoff on
 * 429 and 5xx (honouring Retry-After), and a cap on requests in flight. Failures come back
 * as values or an UpstreamError (a CurateError), never as an unhandled rejection.
 */

/** Network failure, timeout, or retries exhausted. */
class UpstreamError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK {
    url;
    constructor(url, message) {
        super(`${redact(url)}: ${message}`, { hint: 'Check the network, or the endpoint variable (HF_ENDPOINT, LITELLM_PRICES_URL, GITHUB_API_URL).' });
        this.url = url;
        this.name = 'UpstreamError';
    }
}
const DEFAULTS = { timeoutMs: 15_000, retries: 3, backoffMs: 500, maxWaitMs: 60_000 };
/**
 * LEGER_HTTP_TIMEOUT_MS, LEGER_HTTP_RETRIES and LEGER_HTTP_BACKOFF_MS, for slow links
 * (and for tests, which cannot wait minutes for a hanging server).
 */
function httpOptionsFromEnv(env) {
    const n = (v) => (v !== undefined && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : undefined);
    const o = {};
    const timeout = n(env.LEGER_HTTP_TIMEOUT_MS);
    const retries = n(env.LEGER_HTTP_RETRIES);
    const backoff = n(env.LEGER_HTTP_BACKOFF_MS);
    if (timeout)
        o.timeoutMs = timeout;
    if (retries !== undefined)
        o.retries = Math.min(retries, 10);
    if (backoff !== undefined)
        o.backoffMs = backoff;
    return o;
}
async function getJson(url, options = {}) {
    const o = { ...DEFAULTS, ...options };
    let lastProblem = '';
    for (let attempt = 0; attempt <= o.retries; attempt++) {
        let wait = o.backoffMs * 2 ** attempt;
        try {
            const res = await fetch(url, { headers: { accept: 'application/json', ...o.headers }, signal: AbortSignal.timeout(o.timeoutMs), redirect: 'follow' });
            const text = await res.text();
            if (res.status === 429 || res.status >= 500) {
                lastProblem = `HTTP ${res.status}`;
                const after = retryAfterMs(res.headers.get('retry-after'));
                if (after !== undefined) {
                    if (after > o.maxWaitMs)
                        throw new UpstreamError(url, `HTTP ${res.status}, asked to retry after ${Math.ceil(after / 1000)} s`);
                    wait = after;
                }
            }
            else {
                let json;
                try {
                    json = text ? JSON.parse(text) : undefined;
                }
                catch {
                    json = undefined;
                }
                return { status: res.status, headers: res.headers, json, text };
            }
        }
        catch (err) {
            if (err instanceof UpstreamError)
                throw err;
            const e = err;
            // A URL fetch refuses outright (credentials in it, a bad scheme) will not improve with retries.
            if (e.name === 'TypeError' && !e.cause)
                throw new UpstreamError(url, redactAll(e.message));
            lastProblem = e.name === 'TimeoutError' ? `no answer within ${o.timeoutMs} ms` : redactAll(e.cause?.code ?? e.message);
        }
        if (attempt < o.retries)
            await sleep(wait);
    }
    throw new UpstreamError(url, `${lastProblem} (after ${o.retries + 1} attempts)`);
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}
/** Runs at most `n` tasks at once. */
function limiter(n) {
    let active = 0;
    const queue = [];
    return async (task) => {
        if (active >= n)
            await new Promise((resolve) => queue.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            queue.shift()?.();
        }
    };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** URLs in messages lose their credentials. */
function redact(url) {
    return url.replace(/\/\/[^/@]*@/, '//***@');
}
/** Every URL inside a message loses its credentials (undici quotes the URL it refused). */
function redactAll(message) {
    return message.replace(/\/\/[^/@\s]*@/g, '//***@');
}


/***/ }),

/***/ 1658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ createHfClient),
/* harmony export */   p: () => (/* binding */ DEFAULT_HF_ENDPOINT)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(742);

const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function createHfClient(env = process.env, options = {}) {
    const endpoint = (options.endpoint ?? (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT)).replace(/\/+$/, '');
    const token = options.token ?? (env.HF_TOKEN || undefined);
    const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    const http = { ...(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .httpOptionsFromEnv */ .yM)(env), ...options, headers };
    const run = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .limiter */ .TA)(options.concurrency ?? 4);
    const cache = new Map();
    async function fetchInfo(repo) {
        if (!REPO.test(repo) || repo.includes('..'))
            return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` };
        const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`;
        try {
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(url, http));
            const says = hubMessage(res.headers, res.json);
            // A rejected token is the caller's problem, not a missing repo: the check did not run.
            if (res.status === 401 && token && /invalid credentials/i.test(says))
                return { status: 'unreachable', message: `${endpoint} rejected HF_TOKEN (HTTP 401: ${says})` };
            // The Hub answers 401 for missing (and private) repos when unauthenticated (huggingface_hub treats it as not found).
            if (res.status === 404 || res.status === 401)
                return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status}${says ? `: ${says}` : ''})` };
            if (res.status !== 200)
                return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` };
            const info = res.json;
            if (!info || typeof info !== 'object' || typeof info.id !== 'string')
                return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description` };
            return { status: 'ok', info };
        }
        catch (err) {
            return { status: 'unreachable', message: err instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .UpstreamError */ .gA ? err.message : String(err) };
        }
    }
    return {
        modelInfo(repo) {
            let p = cache.get(repo);
            if (!p)
                cache.set(repo, (p = fetchInfo(repo)));
            return p;
        },
        async listModels(query) {
            const qs = new URLSearchParams();
            for (const [k, v] of Object.entries(query))
                qs.set(k, String(v));
            const url = `${endpoint}/api/models?${qs}`;
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(url, http));
            if (res.status !== 200 || !Array.isArray(res.json))
                throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .UpstreamError */ .gA(url, `HTTP ${res.status}, expected a JSON array of models`);
            return res.json.filter((m) => m && typeof m.id === 'string');
        },
    };
}
/** The Hub's own words for an error: X-Error-Message, else the JSON body's "error" (one line, bounded). */
function hubMessage(headers, json) {
    const body = json && typeof json === 'object' && !Array.isArray(json) ? json.error : undefined;
    const raw = headers.get('x-error-message') ?? (typeof body === 'string' ? body : '');
    return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
}


/***/ }),

/***/ 9995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ resolveDataDir),
/* harmony export */   QX: () => (/* binding */ SNAPSHOT_FILE),
/* harmony export */   _3: () => (/* binding */ fetchLiteLLMList),
/* harmony export */   e$: () => (/* binding */ SNAPSHOT_META_FILE),
/* harmony export */   jI: () => (/* binding */ DEFAULT_LITELLM_PRICES_URL),
/* harmony export */   loadLiteLLMSnapshot: () => (/* binding */ loadLiteLLMSnapshot)
/* harmony export */ });
/* unused harmony export snapshotPath */
>>>>>>>> package:dist/cli/141.index.js
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3054);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/** Reading the store and the schemas from disk; writing files atomically. */





<<<<<<<< HEAD:dist/cli/599.index.js
/** Model files larger than this are refused unread: no model needs a megabyte of JSON. */
const MAX_MODEL_BYTES = 1024 * 1024;
/** Reads `<storeDir>/cloud/*.json` and `<storeDir>/local/*.json`; paths shown relative to `base`. */
function loadStoreDir(storeDir, base) {
    if (!isDir(storeDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' });
    const files = [];
    const refused = [];
    for (const kind of _core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .KINDS */ .G) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(storeDir, kind);
        if (!isDir(dir))
            continue;
        // Dirents tell links from files without a stat per file; the size is checked on the open
        // descriptor before reading, so a huge file is refused without being read.
        const shownDir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(dir, base);
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (!entry.name.endsWith('.json'))
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            const shown = `${shownDir}/${entry.name}`;
            if (!entry.isFile()) {
                refused.push(refusal(shown, entry.isSymbolicLink() ? 'link' : 'not-a-file'));
                continue;
            }
            const text = readBounded(full, MAX_MODEL_BYTES);
            if (typeof text === 'number') {
                refused.push(refusal(shown, text));
                continue;
            }
            files.push({ kind, path: shown, text });
        }
    }
    return { files, refused };
}
/**
 * The finding for a model file a reader will not read: a link, something that is not a file,
 * a blob missing from the repository, or a file of `why` bytes, over the limit.
 */
function refusal(file, why) {
    const [message, hint] = typeof why === 'number'
        ? [`model file is ${why} bytes, over the ${MAX_MODEL_BYTES}-byte limit`, 'A model file describes one model in a few dozen lines; this one is not a model file.']
        : why === 'link'
            ? ['model file is a symbolic link', 'Model files are plain files inside the store; replace the link with the file itself.']
            : why === 'missing'
                ? ['model file cannot be read: its blob is missing from the repository', 'Stage the file again (git add).']
                : ['model file is not a regular file (a submodule?)', 'Model files are plain files inside the store; replace it with the file itself.'];
    return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint };
}
/** A file's text, or its size when that is over `limit` (then it is not read). */
function readBounded(file, limit) {
    let fd;
========

const DEFAULT_LITELLM_PRICES_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';
const SNAPSHOT_FILE = 'litellm-model-prices.json';
const SNAPSHOT_META_FILE = 'litellm-model-prices.source.json';
/** The snapshot file in a data folder (default: the toolkit's own data/). */
function snapshotPath(dataDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'data')) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dataDir, SNAPSHOT_FILE);
}
/** The data folder a run reads the snapshot from: <base>/data when it holds one, else the toolkit's. */
function resolveDataDir(base) {
    if (base && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, 'data', SNAPSHOT_FILE)))
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, 'data');
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'data');
}
const snapshots = new Map();
/** The shipped snapshot (parsed once per folder per process: 1.4 MB of JSON). */
function loadLiteLLMSnapshot(dataDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'data')) {
    const hit = snapshots.get(dataDir);
    if (hit)
        return hit;
>>>>>>>> package:dist/cli/141.index.js
    try {
        // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
    }
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        return size > limit ? size : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The schemas folder: the one asked for, else ./schemas, else the toolkit's own. */
function resolveSchemasDir(asked, cwd) {
    if (asked)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, asked);
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, 'schemas');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(local, 'cloud.schema.json')) ? local : node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .packageRoot */ .Z)(), 'schemas');
}
function loadSchemaDocs(dir) {
    if (!isDir(dir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`schemas folder not found: ${dir}`, { hint: 'Pass --schemas DIR, the folder holding cloud.schema.json and local.schema.json.' });
    const docs = {};
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        if (!name.endsWith('.schema.json'))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            docs[name] = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8'));
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`cannot read schema ${full}: ${err.message}`, { cause: err });
        }
    }
    return docs;
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
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
    if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${target} already exists; nothing was written`, { exitCode: 2 });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, content, { flag: 'wx' });
        if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`${target} already exists; nothing was written`, { exitCode: 2 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
}


/***/ }),

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
<<<<<<<< HEAD:dist/cli/599.index.js
/* harmony export */   AR: () => (/* binding */ withPolicySchema),
/* harmony export */   BK: () => (/* binding */ readPolicyFile)
========
/* harmony export */   displayPath: () => (/* binding */ displayPath),
/* harmony export */   packageRoot: () => (/* binding */ packageRoot)
>>>>>>>> package:dist/cli/141.index.js
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, policyPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2721);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7336);
/** Finding and reading the curation policy file: --policy FILE, else curation.config.json at the root or beside the store folder. */





/** No policy needs a megabyte; a larger file is refused unread. */
const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * Where the policy is: `asked` (relative to base), else curation.config.json in base, else
 * beside the store folder (the store's repository root, when --store points into another
 * checkout); undefined: none (the built-in policy applies).
 */
function policyPath(base, asked, storeDir) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, asked ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || asked)
        return full;
    const beside = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, storeDir)), _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : undefined;
}
/** The policy file's text, or undefined for the built-in policy. */
function readPolicyFile(base, asked, storeDir) {
    const full = policyPath(base, asked, storeDir);
    if (!full)
        return undefined;
    const shown = asked ?? _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX;
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`policy file not found: ${shown}`, { hint: `Pass --policy FILE, or put ${_core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX} at the repository root (it is optional: the built-in policy applies without it).` });
    }
    if (!st.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`policy ${shown} is not a regular file`, { hint: 'The policy is a plain JSON file; replace a link with the file itself.' });
    if (st.size > MAX_POLICY_BYTES)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .n(`policy ${shown} is ${st.size} bytes, over the ${MAX_POLICY_BYTES}-byte limit`, { hint: 'A curation policy is a few dozen lines of JSON.' });
    return { path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(full, base), text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8') };
}
let toolkitPolicySchema;
/** The schemas with the policy schema among them: the store's own when it ships one, else the toolkit's. */
function withPolicySchema(docs) {
    if (Object.hasOwn(docs, _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD))
        return docs;
    toolkitPolicySchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .packageRoot */ .Z)(), 'schemas', _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD), 'utf8'));
    return { ...docs, [_core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD]: toolkitPolicySchema };
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkingTree: () => (/* binding */ readWorkingTree)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(665);
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9995);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4888);
/** The working tree as a snapshot: the store folder, the schemas, the policy and the data folder on disk. */





function readWorkingTree(options) {
    const storeDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.base, options.store ?? 'model-store');
    const schemasDir = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSchemasDir */ .as)(options.schemas, options.base);
    const { files, refused } = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadStoreDir */ .DD)(storeDir, options.base);
    const policy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .readPolicyFile */ .BK)(options.base, options.policy, storeDir);
    const layout = {
        store: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(storeDir, options.base),
        schemas: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(schemasDir, options.base),
        policy: policy?.path ?? 'curation.config.json',
    };
    return {
        source: 'the working tree',
        layout,
        files,
        refused,
        schemaDocs: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .withPolicySchema */ .AR)((0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSchemaDocs */ .Td)(schemasDir)),
        policy,
        dataDir: (0,_litellm_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDataDir */ .HG)(options.base, storeDir),
    };
}


/***/ })

};
