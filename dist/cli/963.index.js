export const id = 963;
export const ids = [963,336];
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

/***/ 5264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/commit-message.ts
const CONVENTION = ['feat: add <Name> model', 'chore: update <Name> <what changed, e.g. pricing>', 'chore: deprecate <Name>', 'fix: <what was wrong>'];
/**
 * The subject line as git will record it: comment lines dropped, everything below the
 * scissors line (`git commit -v`) ignored, surrounding blank lines skipped.
 */
function subjectOf(message, commentChar = '#') {
    for (const raw of message.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (commentChar && line.startsWith(commentChar)) {
            if (/^.\s*-+ >8 -+\s*$/.test(line))
                break;
            continue;
        }
        if (line.trim())
            return line.trim();
    }
    return '';
}
/**
 * Messages git or a workflow writes, which the convention does not govern: merges, reverts,
 * and fixup/squash/amend commits that an autosquash rebase folds into a judged one.
 */
function isExempt(subject) {
    return /^(Merge |Revert "|Reapply "|(fixup|squash|amend)! )/.test(subject);
}
const HEADER = /^(feat|chore|fix)(\([^()\s]+\))?(!)?: (\S.*)$/;
function judgeSubject(subject, changes) {
    const m = HEADER.exec(subject);
    if (!m)
        return { ok: false, problem: 'the subject does not start with "feat: ", "chore: " or "fix: "' };
    const [, type, , , rest] = m;
    if (type === 'fix')
        return { ok: true };
    const added = changes.filter((c) => c.status === 'added');
    const modified = changes.filter((c) => c.status === 'modified');
    if (type === 'feat') {
        const add = /^add (.+) models?$/i.exec(rest);
        if (!add)
            return { ok: false, problem: 'a "feat:" commit of the store reads "feat: add <Name> model"' };
        if (!added.length)
            return { ok: false, problem: 'the commit adds no model file, so it is not "feat: add"' };
        if (!added.some((c) => mentions(add[1], c)))
            return { ok: false, problem: `"${add[1]}" names no model this commit adds (it adds ${names(added)})` };
        return { ok: true };
    }
    const update = /^update (.+)$/i.exec(rest);
    if (update) {
        if (!modified.length)
            return { ok: false, problem: 'the commit changes no existing model file, so it is not "chore: update"' };
        const lower = update[1].toLowerCase();
        const named = modified.some((c) => labels(c).some((l) => lower.startsWith(`${l} `) && lower.slice(l.length).trim() !== ''));
        if (!named)
            return { ok: false, problem: `"chore: update" is followed by the name of a model it changes (${names(modified)}), then what changed` };
        return { ok: true };
    }
    const deprecate = /^deprecate (.+)$/i.exec(rest);
    if (deprecate) {
        const target = modified.filter((c) => mentions(deprecate[1], c));
        if (!target.length)
            return { ok: false, problem: `"${deprecate[1]}" names no model this commit changes${modified.length ? ` (it changes ${names(modified)})` : ''}` };
        if (!target.some((c) => c.after?.deprecated === true))
            return { ok: false, problem: `the commit does not mark ${names(target)} deprecated ("deprecated": true)` };
        return { ok: true };
    }
    return { ok: false, problem: 'a "chore:" commit of the store reads "chore: update <Name> <what>" or "chore: deprecate <Name>"' };
}
/** The message the convention expects for these changes (undefined when only deletions). */
function suggestSubject(changes) {
    const added = changes.filter((c) => c.status === 'added');
    if (added.length)
        return `feat: add ${names(added)} model${added.length > 1 ? 's' : ''}`;
    const modified = changes.filter((c) => c.status === 'modified');
    const deprecating = modified.filter((c) => c.after?.deprecated === true && c.before?.deprecated !== true);
    if (deprecating.length)
        return `chore: deprecate ${names(deprecating)}`;
    if (modified.length)
        return `chore: update ${names(modified)} ${describeFields(modified)}`;
    return undefined;
}
/** The fields the changes touch, as words: "pricing", "pricing and context window". */
function describeFields(changes) {
    const keys = [];
    for (const c of changes) {
        const before = c.before ?? {};
        const after = c.after ?? {};
        for (const k of new Set([...Object.keys(after), ...Object.keys(before)])) {
            if (k === '$schema' || keys.includes(k))
                continue;
            if (JSON.stringify(before[k]) !== JSON.stringify(after[k]))
                keys.push(k);
        }
    }
    if (!keys.length)
        return 'formatting';
    const words = keys.map((k) => k.replace(/_/g, ' '));
    return words.length > 3 ? `${list(words.slice(0, 3).concat('other fields'))}` : list(words);
}
/** The display name for messages: `name` when it is one clean line, else the id, else the file name. */
function displayName(c) {
    const data = c.after ?? c.before;
    const plain = (v) => (typeof v === 'string' && /^[^\u0000-\u001f\u007f-\u009f]{1,80}$/.test(v.trim()) ? v.trim() : undefined);
    return plain(data?.name) ?? plain(data?.id) ?? (c.path.split('/').pop() ?? c.path).replace(/\.json$/, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** The lowercase names a message may use for a model: its display name and id, before or after the change. */
function labels(c) {
    const out = new Set([displayName(c).toLowerCase()]);
    for (const data of [c.before, c.after]) {
        if (!data)
            continue;
        out.add(displayName({ ...c, before: data, after: data }).toLowerCase());
        if (typeof data.id === 'string' && data.id)
            out.add(data.id.toLowerCase());
    }
    return [...out];
}
function mentions(text, c) {
    const lower = text.toLowerCase();
    return labels(c).some((l) => lower.includes(l));
}
function names(changes) {
    return list([...new Set(changes.map(displayName))]);
}
function list(words) {
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/staged.ts
var core_staged = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/staged.ts + 1 modules
var io_staged = __webpack_require__(800);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/commit-msg.ts
/** leger-curate commit-msg FILE [--store DIR]: the commit-msg hook. */










const USAGE = `Usage: leger-curate commit-msg FILE [options]

The commit-msg hook. When the commit adds, changes or deletes model files, its subject must
follow the store's convention:
${CONVENTION.map((c) => `  ${c}`).join('\n')}
A message that does not is refused with a suggestion built from what is staged. Other
commits, merges, reverts and fixup!/squash! commits are not judged.

Options:
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  -h, --help          show this help

Exit codes: 0 accepted, 1 refused, 2 usage or I/O failure.
`;
/** A commit message larger than this is not a message. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.q)(argv, { store: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* CurateError */.nK('commit-msg takes one FILE: the message file git passes to the hook', { hint: USAGE, exitCode: 2 });
    const message = readMessage(external_node_path_default().resolve(io.cwd, positionals[0]));
    const repo = await (0,io_staged.openStagedRepo)(io.cwd, { store: values.store });
    const staged = (await repo.git.stagedChanges((0,core_staged.modelPaths)(repo.layout))).filter((c) => (0,core_staged.roleOf)(c.path, repo.layout).role === 'model');
    if (!staged.length)
        return 0;
    if (await repo.git.pendingOperation())
        return 0;
    const subject = subjectOf(message, await repo.git.commentChar());
    // An empty message: git aborts the commit itself, with its own words.
    if (!subject || isExempt(subject))
        return 0;
    const blobs = await repo.git.readBlobs(staged.flatMap((c) => [c.oldOid, c.newOid].filter((o) => o !== undefined)), fs.MAX_MODEL_BYTES);
    const data = (oid, p) => {
        const blob = oid === undefined ? undefined : blobs.get(oid);
        if (!blob?.ok)
            return undefined;
        const parsed = (0,parse/* parseModelText */.e)(p, blob.text);
        return parsed.ok ? parsed.data : undefined;
    };
    const changes = staged.map((c) => ({
        status: c.status === 'A' ? 'added' : c.status === 'D' ? 'deleted' : 'modified',
        path: c.path,
        before: data(c.oldOid, c.path),
        after: data(c.newOid, c.path),
    }));
    const verdict = judgeSubject(subject, changes);
    if (verdict.ok)
        return 0;
    const suggested = suggestSubject(changes);
    const lines = [
        "leger-curate: this commit changes model files, so its message must follow the store's convention.",
        `  problem:    ${verdict.problem}`,
        `  message:    ${subject}`,
        `  convention: ${CONVENTION.join(' | ')}`,
    ];
    if (suggested)
        lines.push(`  suggested:  ${suggested}`);
    lines.push(`Commit again with a message in that form (your message is in ${positionals[0]}), or commit anyway with \`git commit -n\` (--no-verify).`);
    io.err(lines.map(report_text/* clean */.uH).join('\n') + '\n');
    return 1;
}
function readMessage(file) {
    let size;
    try {
        const st = (0,external_node_fs_.lstatSync)(file);
        if (!st.isFile())
            throw new errors/* CurateError */.nK(`${file} is not a regular file`, { exitCode: 2 });
        size = st.size;
    }
    catch (err) {
        if (err instanceof errors/* CurateError */.nK)
            throw err;
        throw new errors/* CurateError */.nK(`cannot read the commit message file ${file}: ${err.message}`, { exitCode: 2 });
    }
    if (size > MAX_MESSAGE_BYTES)
        throw new errors/* CurateError */.nK(`the commit message file ${file} is ${size} bytes, over the ${MAX_MESSAGE_BYTES}-byte limit`, { exitCode: 2 });
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
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
