export const id = 993;
export const ids = [993];
export const modules = {

/***/ 2701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ ggufFiles),
/* harmony export */   L3: () => (/* binding */ licenseOf),
/* harmony export */   c5: () => (/* binding */ siblingSize),
/* harmony export */   dA: () => (/* binding */ quantizations)
/* harmony export */ });
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

/***/ 6169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qL: () => (/* binding */ CORE_RULES),
  Iu: () => (/* binding */ RULE_IDS),
  ar: () => (/* binding */ STRUCTURE_RULES)
});

// UNUSED EXPORTS: NEW_RULES, ONLINE_RULES, QUALITY_RULES

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/rules/cloud/established-provider.ts



const RULE = 'cloud/established-provider';
const establishedProviderRule = {
    id: RULE,
    description: "A cloud model's provider is one the policy names, and requires_api_key is that provider's key variable.",
    check({ store, focus, policy }) {
        const out = [];
        const providers = policy.policy.providers;
        const known = Object.keys(providers);
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'cloud')
                continue;
            const provider = (0,core_store.str)(e.data.provider);
            if (!provider)
                continue;
            if (!Object.hasOwn(providers, provider)) {
                const guess = (0,core_text/* closest */.kp)(provider, known);
                out.push((0,rule/* findingAt */.dz)(e, RULE, 'error', ['provider'], `provider "${provider}" is not an established provider of this store`, guess ? `Did you mean "${guess}"? Known: ${known.join(', ')}.` : `Known: ${known.join(', ')}. A new provider is added to "providers" in curation.config.json, by a curator.`, 'value'));
                continue;
            }
            const want = providers[provider].api_key_env;
            const key = (0,core_store.str)(e.data.requires_api_key);
            if (key !== undefined && key !== want)
                out.push((0,rule/* findingAt */.dz)(e, RULE, 'warning', ['requires_api_key'], `requires_api_key "${key}" is not ${provider}'s key variable "${want}"`, `LiteLLM reads ${provider}'s key from ${want}: use it, or change the provider's entry in curation.config.json.`, 'value'));
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/litellm.ts
var core_litellm = __webpack_require__(8076);
;// CONCATENATED MODULE: ./src/core/rules/cloud/facts-match-upstream.ts



const facts_match_upstream_RULE = 'cloud/facts-match-upstream';
const PRICES = [
    ['input_per_1m', 'input_cost_per_token'],
    ['output_per_1m', 'output_cost_per_token'],
    ['cache_read_per_1m', 'cache_read_input_token_cost'],
];
const factsMatchUpstreamRule = {
    id: facts_match_upstream_RULE,
    description: "context_window, max_output and prices agree with LiteLLM's entry (OpenAI's window may be input + output; prices compare as numbers, \"$1.25\" = 1.25).",
    check({ store, focus, litellm }) {
        const out = [];
        const src = litellm.origin;
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'cloud')
                continue;
            const name = (0,core_store.str)(e.data.litellm_model_name);
            const hit = name ? (0,core_litellm/* lookupLiteLLM */.Sb)(litellm.list, name) : undefined;
            if (!hit)
                continue; // cloud/litellm-listed reports it
            const windows = (0,core_litellm/* contextWindowsOf */.m0)(hit.entry);
            const window = (0,core_store.num)(e.data.context_window);
            if (window !== undefined && windows.length && !windows.includes(window)) {
                const how = windows.length > 1 ? `${windows[0]} (max_input_tokens) or ${windows[1]} (max_input_tokens + max_output_tokens)` : `${windows[0]}`;
                out.push((0,rule/* findingAt */.dz)(e, facts_match_upstream_RULE, 'warning', ['context_window'], `context_window ${window} differs from LiteLLM's ${how} for "${hit.key}"`, `Check the provider's documentation and ${src}; fix whichever is wrong.`, 'value'));
            }
            const maxOut = (0,core_store.num)(e.data.max_output);
            const upstreamOut = (0,core_store.num)(hit.entry.max_output_tokens);
            if (maxOut !== undefined && upstreamOut !== undefined && maxOut !== upstreamOut)
                out.push((0,rule/* findingAt */.dz)(e, facts_match_upstream_RULE, 'warning', ['max_output'], `max_output ${maxOut} differs from LiteLLM's max_output_tokens ${upstreamOut} for "${hit.key}"`, `Check the provider's documentation and ${src}.`, 'value'));
            const pricing = e.data.pricing;
            if (!pricing || typeof pricing !== 'object' || Array.isArray(pricing))
                continue;
            for (const [field, upstreamField] of PRICES) {
                const ours = (0,core_store.price)(pricing[field]);
                const theirs = (0,core_litellm/* perMillion */.SI)((0,core_store.num)(hit.entry[upstreamField]));
                if (ours === undefined || theirs === undefined)
                    continue;
                if (Math.abs(ours - theirs) > 1e-9)
                    out.push((0,rule/* findingAt */.dz)(e, facts_match_upstream_RULE, 'warning', ['pricing', field], `pricing.${field} ${(0,core_litellm/* formatPrice */.$g)(ours)} differs from LiteLLM's ${(0,core_litellm/* formatPrice */.$g)(theirs)} per 1M tokens for "${hit.key}"`, `Check the provider's pricing page and ${src}.`, 'value'));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/cloud/litellm-listed.ts




const litellm_listed_RULE = 'cloud/litellm-listed';
/** Did-you-mean costs a scan of the provider's names: only the first misses get one, so a huge store stays fast. */
const MAX_SUGGESTIONS = 10;
const litellmListedRule = {
    id: litellm_listed_RULE,
    description: "A cloud model's litellm_model_name is in LiteLLM's price list (OpenAI and Anthropic keys are looked up with and without the prefix).",
    check({ store, focus, litellm }) {
        const out = [];
        const names = new Map();
        let suggested = 0;
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'cloud')
                continue;
            const name = (0,core_store.str)(e.data.litellm_model_name);
            if (!name || (0,core_litellm/* lookupLiteLLM */.Sb)(litellm.list, name))
                continue;
            const provider = name.split('/')[0];
            let hint = `LiteLLM cannot route a name its list does not hold (${litellm.origin}). Use the name LiteLLM lists, e.g. provider/model-id.`;
            if (suggested++ < MAX_SUGGESTIONS) {
                const guesses = (0,core_text/* closestAll */.rE)(name, namesOf(litellm, provider, names));
                if (guesses.length)
                    hint = `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}? (${litellm.origin})`;
            }
            out.push((0,rule/* findingAt */.dz)(e, litellm_listed_RULE, 'error', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is not in LiteLLM's price list`, hint, 'value'));
        }
        return out;
    },
};
function namesOf(litellm, provider, cache) {
    let list = cache.get(provider);
    if (!list)
        cache.set(provider, (list = (0,core_litellm/* providerModels */.Gx)(litellm.list, provider).map((m) => m.name)));
    return list;
}

;// CONCATENATED MODULE: ./src/core/rules/cloud/not-preview.ts


const not_preview_RULE = 'cloud/not-preview';
const FIELDS = ['id', 'name', 'litellm_model_name'];
const notPreviewRule = {
    id: not_preview_RULE,
    description: 'Cloud models are generally available: no preview, beta, experimental or -latest names (patterns from the policy).',
    check({ store, focus, policy }) {
        const out = [];
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'cloud')
                continue;
            for (const field of FIELDS) {
                const v = (0,core_store.str)(e.data[field]);
                const pattern = v === undefined ? undefined : policy.preview(v);
                if (pattern === undefined)
                    continue;
                out.push((0,rule/* findingAt */.dz)(e, not_preview_RULE, 'error', [field], `${field} ${JSON.stringify(v)} names a preview, beta or experimental model (matches /${pattern}/i)`, 'The store lists generally available models only: use the stable, dated model name. A "-latest" alias changes under users\' feet.', 'value'));
                break; // one finding per model: the first field that shows it
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/cloud/pricing-present.ts

const pricing_present_RULE = 'cloud/pricing-present';
const pricingPresentRule = {
    id: pricing_present_RULE,
    description: 'A cloud model states its published prices (pricing.input_per_1m and output_per_1m).',
    check({ store, focus }) {
        const out = [];
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'cloud' || e.data.deprecated === true)
                continue;
            // A pricing object without both prices is a schema error; only its absence is this rule's.
            if (e.data.pricing === undefined)
                out.push((0,rule/* findingAt */.dz)(e, pricing_present_RULE, 'error', [], 'cloud model has no pricing', 'Add "pricing": { "input_per_1m": "$1.25", "output_per_1m": "$10.00" } from the provider\'s pricing page (leger-curate add prefills it from LiteLLM).'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/deprecation.ts


const deprecation_RULE = 'deprecation';
const deprecationRule = {
    id: deprecation_RULE,
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
                out.push((0,rule/* findingAt */.dz)(e, deprecation_RULE, 'error', ['deprecated'], 'deprecated model names no replacement', 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).'));
            }
            if (!deprecated && replacement !== undefined) {
                out.push((0,rule/* findingAt */.dz)(e, deprecation_RULE, 'warning', ['replacement'], 'replacement is set but the model is not deprecated', 'Set "deprecated": true, or remove "replacement".'));
            }
            if (replacement !== undefined)
                out.push(...checkReplacement(store, e, id, replacement));
            if (deprecated && e.data.enabled === true)
                out.push((0,rule/* findingAt */.dz)(e, deprecation_RULE, 'warning', ['enabled'], 'deprecated model is still enabled by default', 'Set "enabled": false so new blueprints do not pick it.', 'value'));
            const sunset = (0,core_store.str)(e.data.sunset_date);
            const release = (0,core_store.str)(e.data.release_date);
            if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
                out.push((0,rule/* findingAt */.dz)(e, deprecation_RULE, 'error', ['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, 'A model is sunset after it is released: check both dates.', 'value'));
            if (sunset && !deprecated)
                out.push((0,rule/* findingAt */.dz)(e, deprecation_RULE, 'warning', ['sunset_date'], 'sunset_date is set but the model is not deprecated', 'Set "deprecated": true with a replacement, or remove sunset_date.'));
        }
        return out;
    },
};
function checkReplacement(store, e, id, replacement) {
    const target = store.find(replacement);
    if (!target) {
        const hint = `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`;
        return [(0,rule/* findingAt */.dz)(e, deprecation_RULE, 'error', ['replacement'], `replacement "${replacement}" does not exist in the store`, hint, 'value')];
    }
    if (target === e)
        return [(0,rule/* findingAt */.dz)(e, deprecation_RULE, 'error', ['replacement'], 'a model cannot replace itself', 'Name a different model as the replacement.', 'value')];
    // Follow the chain: a cycle means no model in it is usable.
    const seen = new Set([e]);
    const chain = [id ?? e.file.path];
    let cur = target;
    while (cur && cur.data.deprecated === true) {
        chain.push((0,core_store.idOf)(cur) ?? cur.file.path);
        if (seen.has(cur))
            return [(0,rule/* findingAt */.dz)(e, deprecation_RULE, 'error', ['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, 'Point the chain at a model that is not deprecated.', 'value')];
        seen.add(cur);
        const next = (0,core_store.str)(cur.data.replacement);
        cur = next ? store.find(next) : undefined;
    }
    if (target.data.deprecated === true)
        return [(0,rule/* findingAt */.dz)(e, deprecation_RULE, 'warning', ['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, `Point replacement at the end of the chain${cur ? `: "${(0,core_store.idOf)(cur)}"` : ''}.`, 'value')];
    if (target.kind !== e.kind)
        return [(0,rule/* findingAt */.dz)(e, deprecation_RULE, 'warning', ['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', 'value')];
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
                out.push((0,rule/* findingAt */.dz)(c.entry, 'duplicate-id', 'error', c.path, msg, 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', 'value'));
            }
        }
        return out;
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
    description: 'No two models share a litellm_model_name or a model_uri.',
    check({ store }) {
        const out = [];
        for (const { field, norm } of duplicate_target_FIELDS) {
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
                    out.push((0,rule/* findingAt */.dz)(e, 'duplicate-target', 'error', [field], `${field} ${JSON.stringify(e.data[field])} is also used by ${others.join(', ')}`, 'Two files describe the same model: keep one, and put the other name in its aliases.', 'value'));
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
                out.push((0,rule/* findingAt */.dz)(e, 'file-name', 'error', ['id'], `file name "${base}" does not match id "${id}"`, `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, 'value'));
            const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data);
            const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data);
            if (e.kind === 'local' && looksCloud)
                out.push((0,rule/* findingAt */.dz)(e, 'file-name', 'error', [], 'a cloud model (it has litellm_model_name) sits in local/', `Move it to the cloud/ folder of the store.`));
            if (e.kind === 'cloud' && looksLocal)
                out.push((0,rule/* findingAt */.dz)(e, 'file-name', 'error', [], 'a local model (it has model_uri) sits in cloud/', `Move it to the local/ folder of the store.`));
            return out;
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/limits.ts


const limits_RULE = 'limits';
const limitsRule = {
    id: limits_RULE,
    description: 'max_input, max_output and ctx_size fit inside context_window.',
    check({ store, focus }) {
        const out = [];
        for (const e of store.entries) {
            if (focus && !focus.has(e.file.path))
                continue;
            const window = (0,core_store.num)(e.data.context_window);
            if (window === undefined)
                continue;
            for (const field of ['max_input', 'max_output', 'ctx_size']) {
                const v = (0,core_store.num)(e.data[field]);
                if (v !== undefined && v > window)
                    out.push((0,rule/* findingAt */.dz)(e, limits_RULE, 'error', [field], `${field} ${v} is larger than context_window ${window}`, `${field} must fit inside the context window; check both against the model's documentation.`, 'value'));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/benchmarks-present.ts

const benchmarks_present_RULE = 'local/benchmarks-present';
const benchmarksPresentRule = {
    id: benchmarks_present_RULE,
    description: 'A local model records published benchmark scores (MMLU, HumanEval, ...), each from a source.',
    check({ store, focus }) {
        const out = [];
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'local' || e.data.deprecated === true)
                continue;
            const b = e.data.benchmarks;
            if (b === undefined)
                out.push((0,rule/* findingAt */.dz)(e, benchmarks_present_RULE, 'error', [], 'local model has no published benchmarks', 'Add "benchmarks": { "mmlu": 85.3 } with the scores the model card or paper publishes, and that page in "sources". If none are published, a curator may add a policy exception with the reason.'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/gguf-on-hf.ts



const gguf_on_hf_RULE = 'local/gguf-on-hf';
/** GGUF files that ride along with a model but are not one: llama-server cannot serve them alone. */
const NOT_A_MODEL = /(^|[^a-z])(mmproj|imatrix|lora)([^a-z]|$)/i;
const ggufOnHfRule = {
    id: gguf_on_hf_RULE,
    description: "A local model is a GGUF model file on HuggingFace: model_uri's grammar (reported by uri-format), and a file that is the model, not a projector, imatrix or LoRA.",
    check({ store, focus }) {
        const out = [];
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'local')
                continue;
            const value = (0,core_store.str)(e.data.model_uri);
            if (value === undefined)
                continue;
            const parsed = (0,model_uri/* parseModelUri */.Aj)(value);
            if (!parsed.ok)
                continue; // uri-format reports the grammar, at the same place
            const base = parsed.uri.file.split('/').pop() ?? '';
            const m = NOT_A_MODEL.exec(base);
            if (m)
                out.push((0,rule/* findingAt */.dz)(e, gguf_on_hf_RULE, 'error', ['model_uri'], `model_uri names "${base}", a ${m[2].toLowerCase()} file, not the model's weights`, 'Point model_uri at the model GGUF itself (e.g. <Model>-Q4_K_M.gguf); projectors and adapters are loaded beside it.', 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/licence.ts


const licence_RULE = 'local/licence';
const licenceRule = {
    id: licence_RULE,
    description: "A local model states its licence, and the policy's licence list allows it.",
    check({ store, focus, policy }) {
        const out = [];
        const allowed = policy.policy.licenses;
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'local')
                continue;
            const licence = (0,core_store.str)(e.data.license);
            if (licence === undefined) {
                if (e.data.license === undefined)
                    out.push((0,rule/* findingAt */.dz)(e, licence_RULE, 'error', [], 'local model states no licence', 'Add "license" as the HuggingFace repo names it (cardData.license), e.g. "apache-2.0".'));
                continue;
            }
            if (!policy.licenses.has(licence.toLowerCase()))
                out.push((0,rule/* findingAt */.dz)(e, licence_RULE, 'error', ['license'], `licence "${licence}" is not one the policy allows`, `Allowed: ${allowed.join(', ')} (licenses in curation.config.json).`, 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/ram-range.ts


const ram_range_RULE = 'local/ram-range';
const ramRangeRule = {
    id: ram_range_RULE,
    description: 'ram_required_gb is inside the policy range (1-128 GB by default) and can hold the weights (size_bytes).',
    check({ store, focus, policy }) {
        const { ram_min_gb: min, ram_max_gb: max } = policy.policy.thresholds;
        const out = [];
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            if (e.kind !== 'local')
                continue;
            const ram = (0,core_store.num)(e.data.ram_required_gb);
            if (ram === undefined)
                continue;
            if (ram < min || ram > max) {
                out.push((0,rule/* findingAt */.dz)(e, ram_range_RULE, 'error', ['ram_required_gb'], `ram_required_gb ${ram} is outside the store's range of ${min}-${max} GB`, `The store serves models that fit in ${min}-${max} GB of RAM (thresholds in curation.config.json).`, 'value'));
                continue;
            }
            const size = (0,core_store.num)(e.data.size_bytes);
            if (size !== undefined && size / 1e9 > ram)
                out.push((0,rule/* findingAt */.dz)(e, ram_range_RULE, 'error', ['ram_required_gb'], `ram_required_gb ${ram} cannot hold the ${(size / 1e9).toFixed(2)} GB of weights (size_bytes ${size})`, 'RAM needed is the file size plus the KV cache at ctx_size plus overhead: leger-curate add computes it.', 'value'));
        }
        return out;
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
    const v = (0,core_store.str)(e.data.model_uri);
    const p = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    return p?.ok ? p.uri.repoId.toLowerCase() : undefined;
}
const redundantVariantRule = {
    id: redundant_variant_RULE,
    tier: 'new',
    description: 'A new local model is not the same model as one already in the store with only a different quant or a -v2 style suffix ("we have Qwen3-4B, don\'t need Qwen3-4B-v2").',
    check(ctx) {
        const { store, added } = ctx;
        if (!added)
            return [];
        // Index the existing (not added, not deprecated) local models once.
        const byStem = new Map();
        const byRepo = new Map();
        for (const e of store.entries) {
            if (e.kind !== 'local' || added.has(e.file.path) || e.data.deprecated === true)
                continue;
            const id = (0,core_store.idOf)(e);
            if (id && !byStem.has(variantStem(id)))
                byStem.set(variantStem(id), e);
            const repo = repoOf(e);
            if (repo && !byRepo.has(repo))
                byRepo.set(repo, e);
        }
        const out = [];
        for (const e of store.entries) {
            if (e.kind !== 'local' || !added.has(e.file.path) || !(0,rule/* inScope */.SB)(ctx, e))
                continue;
            const id = (0,core_store.idOf)(e);
            const repo = repoOf(e);
            const sameRepo = repo ? byRepo.get(repo) : undefined;
            if (sameRepo) {
                const theirs = (0,model_uri/* quantFromFileName */.fX)((0,core_store.str)(sameRepo.data.model_uri) ?? '') ?? (0,core_store.str)(sameRepo.data.quantization) ?? 'another file';
                out.push((0,rule/* findingAt */.dz)(e, redundant_variant_RULE, 'error', ['model_uri'], `the store already has this model from the same repository: "${(0,core_store.idOf)(sameRepo)}" (${theirs})`, `One quantization per model: users pick other quants in their blueprint. Improve "${(0,core_store.idOf)(sameRepo)}" instead, or deprecate it in favour of this one.`, 'value'));
                continue;
            }
            const same = id ? byStem.get(variantStem(id)) : undefined;
            if (same)
                out.push((0,rule/* findingAt */.dz)(e, redundant_variant_RULE, 'error', ['id'], `"${id}" is a variant of "${(0,core_store.idOf)(same)}", already in the store`, `Only a different quant or a version suffix sets them apart: update "${(0,core_store.idOf)(same)}" instead of adding a variant.`, 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-entries.ts



function hfEntries(ctx) {
    const out = [];
    if (!ctx.hf)
        return out;
    for (const e of ctx.store.entries) {
        if (e.kind !== 'local' || !(0,rule/* inScope */.SB)(ctx, e))
            continue;
        const v = (0,core_store.str)(e.data.model_uri);
        const parsed = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
        if (!parsed?.ok)
            continue;
        const result = ctx.hf.get(parsed.uri.repoId);
        if (result)
            out.push({ entry: e, uri: parsed.uri, result });
    }
    return out;
}
/** Only the entries whose repo the Hub described. */
function hfInfos(ctx) {
    return hfEntries(ctx).flatMap((h) => (h.result.status === 'ok' ? [{ ...h, info: h.result.info }] : []));
}

;// CONCATENATED MODULE: ./src/core/rules/online/hf-downloads.ts


const hf_downloads_RULE = 'local/downloads';
const hfDownloadsRule = {
    id: hf_downloads_RULE,
    tier: 'online',
    description: "The repository has at least the policy's downloads (1,000 in the last 30 days by default): community validated.",
    check(ctx) {
        const min = ctx.policy.policy.thresholds.min_downloads;
        const out = [];
        for (const { entry, uri, info } of hfInfos(ctx))
            if (typeof info.downloads === 'number' && info.downloads < min)
                out.push((0,rule/* findingAt */.dz)(entry, hf_downloads_RULE, 'error', ['model_uri'], `repository "${uri.repoId}" has ${info.downloads} downloads in the last 30 days; the store wants ${min}`, 'Prefer the model maker\'s own GGUF repository or a widely used one (ggml-org, unsloth, bartowski).', 'value'));
        return out;
    },
};

// EXTERNAL MODULE: ./src/core/hf.ts
var hf = __webpack_require__(2701);
;// CONCATENATED MODULE: ./src/core/rules/online/hf-facts.ts





const hf_facts_RULE = 'local/facts-match-hf';
const hfFactsRule = {
    id: hf_facts_RULE,
    tier: 'online',
    description: "size_bytes, context_window and license agree with the repository (file sizes, the GGUF header's context length, the card's licence).",
    check(ctx) {
        const out = [];
        for (const { entry, uri, info } of hfInfos(ctx)) {
            const size = (0,core_store.num)(entry.data.size_bytes);
            if (size !== undefined && Array.isArray(info.siblings)) {
                const byName = new Map(info.siblings.map((s) => [s.rfilename, s]));
                const sizes = (0,model_uri/* shardFiles */.wq)(uri).map((f) => {
                    const s = byName.get(f);
                    return s ? (0,hf/* siblingSize */.c5)(s) : undefined;
                });
                if (sizes.every((s) => typeof s === 'number')) {
                    const total = sizes.reduce((a, b) => a + b, 0);
                    if (total !== size)
                        out.push((0,rule/* findingAt */.dz)(entry, hf_facts_RULE, 'warning', ['size_bytes'], `size_bytes ${size} differs from the repository's ${total}${sizes.length > 1 ? ` (${sizes.length} shards summed)` : ''}`, 'Copy the size the Hub states for the file (all shards summed); a different size may mean the file was re-uploaded.', 'value'));
                }
            }
            const window = (0,core_store.num)(entry.data.context_window);
            const header = (0,core_store.num)(info.gguf?.context_length);
            // The card's native window is often smaller than the header's (Qwen3: 32,768 vs 40,960); larger cannot be served.
            if (window !== undefined && header !== undefined && window > header)
                out.push((0,rule/* findingAt */.dz)(entry, hf_facts_RULE, 'warning', ['context_window'], `context_window ${window} is larger than the GGUF header's context length ${header}`, 'Use the native window the model card states; extended (YaRN) windows go in notes.', 'value'));
            const ours = (0,core_store.str)(entry.data.license);
            const theirs = (0,hf/* licenseOf */.L3)(info);
            if (ours && theirs && ours.toLowerCase() !== theirs.toLowerCase())
                out.push((0,rule/* findingAt */.dz)(entry, hf_facts_RULE, 'warning', ['license'], `license "${ours}" differs from the repository's "${theirs}"`, 'Use the licence identifier the repository card states.', 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-file.ts



const hf_file_RULE = 'local/hf-file';
const hfFileRule = {
    id: hf_file_RULE,
    tier: 'online',
    description: "The GGUF file, and every shard of a split model, is among the repository's files.",
    check(ctx) {
        const out = [];
        for (const { entry, uri, info } of hfInfos(ctx)) {
            if (!Array.isArray(info.siblings))
                continue;
            const files = new Set(info.siblings.map((s) => s.rfilename));
            const missing = (0,model_uri/* shardFiles */.wq)(uri).filter((f) => !files.has(f));
            if (!missing.length)
                continue;
            const what = uri.shard ? `${missing.length} of its ${uri.shard.total} shards: ${missing.join(', ')}` : `"${uri.file}"`;
            const near = [...files].filter((f) => f.endsWith('.gguf')).slice(0, 8);
            out.push((0,rule/* findingAt */.dz)(entry, hf_file_RULE, 'error', ['model_uri'], `repository "${uri.repoId}" does not hold ${what}`, near.length ? `Its GGUF files include: ${near.join(', ')}.` : 'The repository holds no .gguf file.', 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-gated.ts


const hf_gated_RULE = 'local/gated';
const hfGatedRule = {
    id: hf_gated_RULE,
    tier: 'online',
    description: 'A gated repository (users must accept terms and use a token) is reported.',
    check(ctx) {
        const out = [];
        for (const { entry, uri, info } of hfInfos(ctx))
            if (info.gated)
                out.push((0,rule/* findingAt */.dz)(entry, hf_gated_RULE, 'notice', ['model_uri'], `repository "${uri.repoId}" is gated (${info.gated}): users must accept its terms and download with a token`, 'Say so in notes, or prefer an ungated mirror of the same weights.', 'value'));
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-quantizations.ts



const hf_quantizations_RULE = 'local/quantizations';
const hfQuantizationsRule = {
    id: hf_quantizations_RULE,
    tier: 'online',
    description: "The repository offers at least the policy's number of distinct quantizations (2 by default), so users can pick another.",
    check(ctx) {
        const min = ctx.policy.policy.thresholds.min_quantizations;
        const out = [];
        for (const { entry, uri, info } of hfInfos(ctx)) {
            if (!Array.isArray(info.siblings))
                continue;
            const qs = (0,hf/* quantizations */.dA)(info);
            if (qs.length < min)
                out.push((0,rule/* findingAt */.dz)(entry, hf_quantizations_RULE, 'error', ['model_uri'], `repository "${uri.repoId}" offers ${qs.length === 0 ? 'no recognisable quantization' : `only ${qs.join(', ')}`}; the store wants ${min} or more`, 'Pick a repository that publishes several quantizations of the model.', 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-repo.ts


const hf_repo_RULE = 'local/hf-repo';
const hfRepoRule = {
    id: hf_repo_RULE,
    tier: 'online',
    description: "The model's HuggingFace repository exists and is not disabled.",
    check(ctx) {
        const out = [];
        for (const { entry, uri, result } of hfEntries(ctx)) {
            if (result.status === 'not-found')
                out.push((0,rule/* findingAt */.dz)(entry, hf_repo_RULE, 'error', ['model_uri'], `HuggingFace repository "${uri.repoId}" does not exist: ${result.message}`, 'Check the <org>/<repo> part of model_uri on huggingface.co; private repositories cannot be served to users.', 'value'));
            else if (result.status === 'ok' && result.info.disabled === true)
                out.push((0,rule/* findingAt */.dz)(entry, hf_repo_RULE, 'error', ['model_uri'], `HuggingFace repository "${uri.repoId}" is disabled`, 'A disabled repository serves no files: pick another source for this model.', 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/upstream-unreachable.ts


const upstream_unreachable_RULE = 'upstream-unreachable';
const upstreamUnreachableRule = {
    id: upstream_unreachable_RULE,
    tier: 'online',
    description: 'An online check that could not reach its upstream is an error, never a silent pass.',
    check(ctx) {
        const out = [];
        const hint = 'The check did not run. Retry later, or check the network and HF_ENDPOINT / LITELLM_PRICES_URL / HF_TOKEN.';
        for (const { entry, result } of hfEntries(ctx))
            if (result.status === 'unreachable')
                out.push((0,rule/* findingAt */.dz)(entry, upstream_unreachable_RULE, 'error', ['model_uri'], `could not check the HuggingFace repository: ${result.message}`, hint, 'value'));
        if (ctx.litellmProblem)
            for (const e of ctx.store.entries)
                if (e.kind === 'cloud' && (0,rule/* inScope */.SB)(ctx, e))
                    out.push((0,rule/* findingAt */.dz)(e, upstream_unreachable_RULE, 'error', ['litellm_model_name'], `could not fetch LiteLLM's live price list (checked against ${ctx.litellm.origin} instead): ${ctx.litellmProblem}`, hint, 'value'));
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/policy-denied.ts



const policy_denied_RULE = 'policy/denied';
const policyDeniedRule = {
    id: policy_denied_RULE,
    description: "No model the policy's deny list names (a provider, a HuggingFace organisation or an id pattern), and with an allow list, only models on it. Deny wins.",
    check({ store, focus, policy }) {
        const out = [];
        const p = policy.policy;
        if (!p.deny.providers.length && !p.deny.ids.length && !p.allow.providers.length && !p.allow.ids.length)
            return out;
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            const id = (0,core_store.idOf)(e);
            if (!id)
                continue;
            let provider = (0,core_store.str)(e.data.provider);
            let field = 'provider';
            if (e.kind === 'local') {
                const u = (0,core_store.str)(e.data.model_uri);
                const parsed = u ? (0,model_uri/* parseModelUri */.Aj)(u) : undefined;
                provider = parsed?.ok ? parsed.uri.org : undefined;
                field = 'model_uri';
            }
            const why = policy.refusal(id, provider);
            if (why)
                out.push((0,rule/* findingAt */.dz)(e, policy_denied_RULE, 'error', why.startsWith('provider') ? [field] : ['id'], `the curation policy refuses this model: ${why}`, 'The allow and deny lists are in curation.config.json; a curator changes them.', 'value'));
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

;// CONCATENATED MODULE: ./src/core/rules/sources-present.ts

const sources_present_RULE = 'sources-present';
const sourcesPresentRule = {
    id: sources_present_RULE,
    description: 'Every model names the sources its facts come from.',
    check({ store, focus }) {
        const out = [];
        for (const e of (0,rule/* inFocus */.Um)(store, focus))
            if (e.data.sources === undefined)
                out.push((0,rule/* findingAt */.dz)(e, sources_present_RULE, 'warning', [], 'model names no sources', 'Add "sources": [ URLs of the pages every fact here comes from: the provider\'s docs, the model card, LiteLLM\'s list ].'));
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/stale-verification.ts


const stale_verification_RULE = 'stale-verification';
const DAY = 86_400_000;
const staleVerificationRule = {
    id: stale_verification_RULE,
    description: "last_verified is within the policy's staleness window (a notice in checks, a warning in the audit).",
    check({ store, focus, policy, today, audit }) {
        const days = policy.policy.thresholds.stale_after_days;
        const now = Date.parse(today);
        const out = [];
        if (Number.isNaN(now))
            return out;
        for (const e of (0,rule/* inFocus */.Um)(store, focus)) {
            const v = (0,core_store.str)(e.data.last_verified);
            const t = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(v) : NaN;
            if (Number.isNaN(t))
                continue;
            const age = Math.floor((now - t) / DAY);
            if (age > days)
                out.push((0,rule/* findingAt */.dz)(e, stale_verification_RULE, audit ? 'warning' : 'notice', ['last_verified'], `last verified ${age} days ago (${v}); the policy wants every ${days} days`, 'Re-check the facts against their sources (leger-curate validate --online helps) and set last_verified to today.', 'value'));
            else if (age < -1)
                out.push((0,rule/* findingAt */.dz)(e, stale_verification_RULE, 'warning', ['last_verified'], `last_verified ${v} is in the future`, 'Set last_verified to the day the facts were checked.', 'value'));
        }
        return out;
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
                    out.push((0,rule/* findingAt */.dz)(e, uri_format_RULE, 'warning', ['litellm_model_name'], `litellm_model_name ${JSON.stringify(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`, 'value'));
                continue;
            }
            const value = (0,core_store.str)(e.data.model_uri);
            if (value === undefined)
                continue;
            const parsed = (0,model_uri/* parseModelUri */.Aj)(value);
            if (!parsed.ok) {
                out.push((0,rule/* findingAt */.dz)(e, uri_format_RULE, 'error', ['model_uri'], `model_uri ${parsed.problem}`, parsed.hint, 'value'));
                continue;
            }
            const { uri } = parsed;
            const repo = (0,core_store.str)(e.data.hf_repo);
            if (repo !== undefined && repo !== uri.repoId)
                out.push((0,rule/* findingAt */.dz)(e, uri_format_RULE, 'error', ['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', 'value'));
            const file = (0,core_store.str)(e.data.hf_file);
            if (file !== undefined && file !== uri.file)
                out.push((0,rule/* findingAt */.dz)(e, uri_format_RULE, 'error', ['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', 'value'));
            const quant = (0,core_store.str)(e.data.quantization);
            const stated = (0,model_uri/* quantFromFileName */.fX)(uri.file);
            if (quant && stated && quant.toUpperCase() !== stated)
                out.push((0,rule/* findingAt */.dz)(e, uri_format_RULE, 'error', ['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, 'value'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts



























/** Shape and integrity: what makes a file usable at all. No policy can silence these. */
const STRUCTURE_RULES = [schemaRule, fileNameRule, duplicateIdRule, duplicateTargetRule, uriFormatRule, deprecationRule, limitsRule];
/** The store's quality bar (its README's criteria), offline: from the file, the policy and the LiteLLM snapshot. */
const QUALITY_RULES = [
    policyDeniedRule,
    litellmListedRule,
    factsMatchUpstreamRule,
    pricingPresentRule,
    establishedProviderRule,
    notPreviewRule,
    ggufOnHfRule,
    benchmarksPresentRule,
    ramRangeRule,
    licenceRule,
    sourcesPresentRule,
    staleVerificationRule,
];
/** Checks meant for new submissions: only on added files. */
const NEW_RULES = [redundantVariantRule];
/** Checks against the HuggingFace Hub (prefetched by the I/O layer): only with --online. */
const ONLINE_RULES = [upstreamUnreachableRule, hfRepoRule, hfFileRule, hfDownloadsRule, hfQuantizationsRule, hfGatedRule, hfFactsRule];
/** Every rule; validateStore skips the tiers a run does not ask for. */
const CORE_RULES = [...STRUCTURE_RULES, ...QUALITY_RULES, ...NEW_RULES, ...ONLINE_RULES];
/** Rule ids, for checking the policy's severity overrides and exceptions. */
const RULE_IDS = new Set(CORE_RULES.map((r) => r.id));


/***/ }),

/***/ 993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sortFindings: () => (/* binding */ sortFindings),
/* harmony export */   summarize: () => (/* binding */ summarize),
/* harmony export */   validateStore: () => (/* binding */ validateStore)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2721);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6169);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4230);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);




async function validateStore(store, schemas, options = {}) {
    const policy = options.policy ?? _policy_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_POLICY;
    const online = options.online === true;
    const scope = options.added ?? options.only;
    const ctx = {
        store,
        schemas,
        policy: (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePolicy */ .C_)(policy),
        litellm: options.litellm ?? (await defaultLiteLLM(store)),
        litellmProblem: options.litellmProblem,
        hf: options.hf,
        online,
        added: options.added,
        scope,
        today: options.today ?? new Date().toISOString().slice(0, 10),
        audit: options.audit === true,
        focus: options.only,
    };
    const rules = (options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CORE_RULES */ .qL).filter((r) => !r.tier || (r.tier === 'online' ? online : options.added !== undefined));
    const raw = [...store.syntax];
    for (const rule of rules)
        raw.push(...(await rule.check(ctx)));
    const applied = applyPolicy(store, policy, raw, new Set(rules.map((r) => r.id)), rules, scope);
    let findings = options.only ? applied.findings.filter((f) => options.only.has(f.file)) : applied.findings;
    // Problems with the policy file: errors always, the rest when the whole store (or the policy itself) is checked.
    const policyPath = policy.origin?.path ?? _policy_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_FILE */ .CX;
    const showPolicyNotes = !options.only || options.only.has(policyPath);
    findings.push(...(options.policyFindings ?? []), ...applied.policyNotes.filter((f) => f.severity === 'error' || showPolicyNotes));
    if (options.strict)
        findings = findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
    findings = sortFindings(findings);
    return { findings, summary: summarize(findings, options.only ? options.only.size : store.files.length) };
}
/** The shipped snapshot, read only when a cloud model needs it (the one read behind validateStore's defaults). */
async function defaultLiteLLM(store) {
    if (!store.entries.some((e) => e.kind === 'cloud'))
        return { list: Object.create(null), origin: 'no LiteLLM list (no cloud models)', offline: true };
    const { loadLiteLLMSnapshot } = await __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 9995));
    return loadLiteLLMSnapshot();
}
/**
 * Exceptions silence one rule for one model; severity overrides re-grade or ("off") drop a
 * rule's findings. Protected rules are never touched. Exceptions that silenced nothing,
 * where their rule ran on their model, are reported on the policy file.
 */
function applyPolicy(store, policy, raw, ran, rules, scope) {
    const fileOf = new Map();
    const idByFile = new Map();
    for (const e of store.entries) {
        const id = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__.idOf)(e);
        if (!id)
            continue;
        idByFile.set(e.file.path, id);
        if (!fileOf.has(id))
            fileOf.set(id, e.file.path);
    }
    const exceptions = new Map();
    policy.exceptions.forEach((x, index) => {
        const key = `${x.rule}\u0000${x.id}`;
        if (!exceptions.has(key))
            exceptions.set(key, { index, used: false });
    });
    const findings = [];
    for (const f of raw) {
        if (_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PROTECTED_RULES */ .Tf.has(f.rule)) {
            findings.push(f);
            continue;
        }
        const id = idByFile.get(f.file);
        const ex = id === undefined ? undefined : exceptions.get(`${f.rule}\u0000${id}`);
        if (ex) {
            ex.used = true;
            continue;
        }
        const override = Object.hasOwn(policy.severity, f.rule) ? policy.severity[f.rule] : undefined;
        if (override === 'off')
            continue;
        findings.push(override ? { ...f, severity: override } : f);
    }
    const notes = [];
    const tierOf = new Map(rules.map((r) => [r.id, r.tier]));
    const known = [..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu];
    const unknownRule = (rule) => {
        const guess = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(rule, known);
        return guess ? `Did you mean "${guess}"?` : `Rule ids: ${known.join(', ')}.`;
    };
    for (const rule of Object.keys(policy.severity)) {
        if (_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PROTECTED_RULES */ .Tf.has(rule))
            notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFinding */ .U9)(policy, 'warning', ['severity', rule], `rule "${rule}" cannot be re-graded: it keeps broken or hostile files out`, 'Remove this override; fix the files instead.'));
        else if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu.has(rule))
            notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFinding */ .U9)(policy, 'warning', ['severity', rule], `severity override for unknown rule "${rule}"`, unknownRule(rule)));
    }
    policy.exceptions.forEach((x, i) => {
        const at = ['exceptions', i];
        if (_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .PROTECTED_RULES */ .Tf.has(x.rule))
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFinding */ .U9)(policy, 'warning', [...at, 'rule'], `rule "${x.rule}" cannot have exceptions: it keeps broken or hostile files out`, 'Remove this exception; fix the file instead.', 'value'));
        if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu.has(x.rule))
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFinding */ .U9)(policy, 'warning', [...at, 'rule'], `exception for unknown rule "${x.rule}"`, unknownRule(x.rule), 'value'));
        const file = fileOf.get(x.id);
        if (!file)
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFinding */ .U9)(policy, 'warning', [...at, 'id'], `exception for "${x.id}", which no model in the store has as its id`, 'Remove the exception, or fix the id.', 'value'));
        const state = exceptions.get(`${x.rule}\u0000${x.id}`);
        if (state && state.index !== i)
            return notes.push((0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFinding */ .U9)(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" repeats entry ${state.index + 1}`, 'Keep one.'));
        // Judge only where the rule actually looked: it ran, and (for tiered rules) this model was in scope.
        const looked = ran.has(x.rule) && (!tierOf.get(x.rule) || !scope || scope.has(file));
        if (looked && state && !state.used)
            notes.push({ ...(0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyFinding */ .U9)(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" no longer matches anything: the model passes the rule`, 'Remove the exception so the rule guards this model again.'), rule: _policy_js__WEBPACK_IMPORTED_MODULE_0__/* .UNUSED_EXCEPTION */ .d_ });
    });
    return { findings, policyNotes: notes };
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
