#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2957);


process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .processIo */ .W)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIo),
/* harmony export */   b: () => (/* binding */ useColor)
/* harmony export */ });
function processIo() {
    return {
        cwd: process.cwd(),
        env: process.env,
        out: (t) => void process.stdout.write(t),
        err: (t) => void process.stderr.write(t),
        isTTY: Boolean(process.stdout.isTTY),
        stdinTTY: Boolean(process.stdin.isTTY),
    };
}
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColor(io) {
    return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony exports USAGE, report */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5655);
/** The CLI: one dispatcher, one error handler. Commands load lazily so `validate` (the hook) starts fast. */


const COMMANDS = {
    init: { summary: 'scaffold a store repository: folders, policy, guide, hooks, pinned workflows', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(883), __nccwpck_require__.e(729)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3967)) },
    validate: { summary: 'check model files against the schemas and rules', load: () => __nccwpck_require__.e(/* import() */ 911).then(__nccwpck_require__.bind(__nccwpck_require__, 5911)) },
    add: { summary: 'scaffold a new model file (interactive, or --yes with flags)', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(263), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(908)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5908)) },
    deprecate: { summary: 'mark a model deprecated in favour of another', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(161)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2658)) },
    'refresh-upstream': { summary: "update the shipped snapshot of LiteLLM's price list", load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(302)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7302)) },
    check: { summary: 'check a blueprint against the store: ids, deprecations, overrides, --ram fit', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(650), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(641), __nccwpck_require__.e(115)]).then(__nccwpck_require__.bind(__nccwpck_require__, 115)) },
    render: { summary: 'turn a blueprint into LiteLLM, llama-swap and Quadlet configs', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(650), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(641), __nccwpck_require__.e(33)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4033)) },
    release: { summary: 'build the release bundle: index.json, sample blueprints, checksums', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(650), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(641), __nccwpck_require__.e(436)]).then(__nccwpck_require__.bind(__nccwpck_require__, 436)) },
    audit: { summary: 'check the store against LiteLLM and HuggingFace: drift, sunsets, candidates', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(892), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(181)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2030)) },
    list: { summary: 'list the models, filtered by kind, provider, group, capability or status', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(892), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(846)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3673)) },
    show: { summary: 'show a model, its replacement chain and the blueprints that use it', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(892), __nccwpck_require__.e(650), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(641), __nccwpck_require__.e(240)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4240)) },
    select: { summary: 'pick the first allowed model with the capabilities asked for (exit 1: no match)', load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(892), __nccwpck_require__.e(595), __nccwpck_require__.e(763), __nccwpck_require__.e(883), __nccwpck_require__.e(811), __nccwpck_require__.e(782)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6761)) },
    'commit-msg': { summary: "check a commit message against the store's convention (the hook)", load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5264)) },
};
const USAGE = `Usage: leger-curate <command> [options]

Commands:
${Object.entries(COMMANDS)
    .map(([name, e]) => `  ${name.padEnd(18)}${e.summary}`)
    .join('\n')}

Run leger-curate <command> --help for a command's options.
`;
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.out(USAGE);
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        // The installed package's own version (and the commit it was packed from, when it records one).
        const [{ readFileSync }, { join }, { packageRoot }, { readBuildInfo }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23)), __nccwpck_require__.e(/* import() */ 336).then(__nccwpck_require__.bind(__nccwpck_require__, 7336)), __nccwpck_require__.e(/* import() */ 893).then(__nccwpck_require__.bind(__nccwpck_require__, 5893))]);
        const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
        const build = readBuildInfo();
        io.out(`leger-curate ${version}${build ? ` (${build.commit.slice(0, 12)}${build.dirty ? ', dirty' : ''})` : ''}\n`);
        return 0;
    }
    const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!entry) {
        io.err(`leger-curate: unknown command "${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(name)}"\n\n${USAGE}`);
        return 2;
    }
    try {
        return await (await entry.load()).run(rest, io);
    }
    catch (err) {
        return report(err, io);
    }
}
/** The one place errors become output: expected ones plainly, bugs with a pointer to report them. */
function report(err, io) {
    // A file-system fault (read-only, full disk, permissions) is the user's to fix, not a bug.
    err = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asFault */ .Ps)(err) ?? err;
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK) {
        if (err.exitCode === 130) {
            io.err('cancelled\n');
            return 130;
        }
        io.err(`leger-curate: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(err.message)}\n`);
        if (err.hint)
            io.err(`${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanLines */ .v3)(err.hint)}\n`);
        return err.exitCode;
    }
    if (err instanceof Error && err.name === 'ExitPromptError') {
        io.err('cancelled\n');
        return 130;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`leger-curate: internal error: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(message)}\nThis is a bug in leger-curate; please report it with the command you ran.\n`);
    if (io.env.LEGER_DEBUG && err instanceof Error && err.stack)
        io.err(`${err.stack}\n`);
    return 2;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ps: () => (/* binding */ asFault),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   nK: () => (/* binding */ CurateError)
/* harmony export */ });
/**
 * The one error type every door knows how to print: an expected failure with a message
 * in the user's terms, an optional hint, and the exit code it maps to.
 */
class CurateError extends Error {
    hint;
    exitCode;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'CurateError';
        this.hint = options.hint;
        this.exitCode = options.exitCode ?? 2;
    }
}
/** The user cancelled at a prompt (Ctrl-C): nothing was written. */
class Cancelled extends CurateError {
    constructor() {
        super('cancelled', { exitCode: 130 });
        this.name = 'Cancelled';
    }
}
/** What each file-system fault means to the user, and what to do about it. */
const FAULTS = {
    EROFS: ['the file system is read-only', 'Run it where the folder can be written, or point the output elsewhere (e.g. --out, --data).'],
    ENOSPC: ['the disk is full', 'Free some space and run it again; nothing half-written was kept.'],
    EDQUOT: ['the disk quota is exceeded', 'Free some space and run it again; nothing half-written was kept.'],
    EACCES: ['permission denied', 'Check the folder\'s owner and permissions, or run it as a user who may write there.'],
    EPERM: ['the operation is not permitted', 'Check the folder\'s owner and permissions (and that no other program holds the file).'],
    ENOENT: ['no such file or folder', 'Check the path: a folder on the way to it is missing or was removed meanwhile.'],
    EEXIST: ['it already exists', 'Remove or rename what is in the way, then run it again.'],
    ENOTDIR: ['a part of the path is a file, not a folder', 'Check the path: something on the way to it is a file.'],
    EISDIR: ['it is a folder, not a file', 'Check the path: a folder sits where a file is expected.'],
    ENOTEMPTY: ['the folder is not empty', 'Remove what is in the way, then run it again.'],
    EMFILE: ['too many files are open', 'Run it again with fewer other programs running.'],
    EBUSY: ['the file or folder is busy', 'Close the program that holds it, then run it again.'],
    EXDEV: ['the paths are on different file systems', 'Keep the output folder on one file system.'],
    ENAMETOOLONG: ['the path is too long', 'Use a shorter path.'],
    ELOOP: ['the path holds a loop of symbolic links', 'Check the links on the way to it.'],
};
/**
 * A file-system fault (read-only folder, full disk, permissions, a missing folder) as the
 * CurateError every door prints: what failed and where, with a hint, exit 2. The one place errno
 * codes are mapped; anything else stays a bug.
 */
function asFault(err) {
    if (err instanceof CurateError || !(err instanceof Error))
        return undefined;
    const e = err;
    const code = e.code;
    if (!code || !Object.hasOwn(FAULTS, code))
        return undefined;
    const [what, hint] = FAULTS[code];
    const verb = e.syscall ? (VERBS[e.syscall] ?? e.syscall) : 'use';
    const where = e.path ? ` ${e.path}${e.dest ? ` -> ${e.dest}` : ''}` : '';
    return new CurateError(`cannot ${verb}${where}: ${what} (${code})`, { hint, exitCode: 2, cause: err });
}
const VERBS = {
    open: 'open',
    write: 'write',
    read: 'read',
    rename: 'rename',
    mkdir: 'create the folder',
    rmdir: 'remove the folder',
    rm: 'remove',
    unlink: 'remove',
    scandir: 'list the folder',
    stat: 'look at',
    lstat: 'look at',
    copyfile: 'copy',
    symlink: 'link',
    chmod: 'change the mode of',
    fsync: 'flush',
};


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   rE: () => (/* binding */ closestAll)
/* harmony export */ });
/* unused harmony exports distance, MAX_QUOTED */
/** Small text helpers shared by rules and doors. */
/** Levenshtein distance, for did-you-mean suggestions. */
function distance(a, b) {
    if (a === b)
        return 0;
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The candidates closest to `word` (case-insensitive), if close enough to be a likely typo. */
function closestAll(word, candidates, max = 3) {
    const w = word.toLowerCase();
    const limit = Math.max(2, Math.floor(w.length / 3));
    return [...new Set(candidates)]
        .map((c) => ({ c, d: distance(w, c.toLowerCase()) }))
        .filter(({ c, d }) => d <= limit || c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase()))
        .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
        .slice(0, max)
        .map(({ c }) => c);
}
function closest(word, candidates) {
    return closestAll(word, candidates, 1)[0];
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** A word as a POSIX shell reads it: plain when safe, else single-quoted. */
function shellQuote(s) {
    return /^[A-Za-z0-9._/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The bytes as text, or undefined when they are not UTF-8 (never a silent U+FFFD). A BOM is kept, for json-syntax to name. */
function decodeUtf8(bytes) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** How much of a value a message quotes: enough to recognise it, never a wall of text. */
const MAX_QUOTED = 200;
/**
 * A value as messages quote it (findings, annotations, summaries, comments, issue bodies): JSON
 * string form, cut to MAX_QUOTED characters (by code point, never half a pair) with an ellipsis.
 */
function quote(value, max = MAX_QUOTED) {
    return JSON.stringify(clip(typeof value === 'string' ? value : String(JSON.stringify(value)), max));
}
/** A text cut to `max` characters (by code point) with an ellipsis: upstream names shown as they are. */
function clip(s, max = MAX_QUOTED) {
    const chars = [...s];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ painter),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   v3: () => (/* binding */ cleanLines),
/* harmony export */   vX: () => (/* binding */ formatText)
/* harmony export */ });
/* unused harmony export countLine */
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2020);
/** Findings for a terminal: `path:line:col severity rule message`, a hint line, a count. */

const CODES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, green: 32 };
function painter(color) {
    return color ? (c, s) => `\u001b[${CODES[c]}m${s}\u001b[0m` : (_c, s) => s;
}
const TONE = { error: 'red', warning: 'yellow', notice: 'blue' };
/**
 * Any model text printed to a terminal loses its control characters first: a hostile
 * file must not move the cursor or forge a line of output.
 */
function clean(s) {
    return cleanLines(s).replace(/\n/g, '\\n');
}
/** As clean(), for text whose line breaks are its own (usage, multi-line hints). */
function cleanLines(s) {
    return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}
function formatLocation(f) {
    return `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}`;
}
function formatText(findings, summary, options) {
    const paint = painter(options.color);
    const lines = [];
    for (const f of findings) {
        lines.push(`${paint('bold', clean(formatLocation(f)))} ${paint(TONE[f.severity], f.severity)} ${paint('dim', f.rule)} ${clean(f.message)}`);
        if (f.hint)
            lines.push(`  ${paint('dim', 'hint:')} ${clean(f.hint)}`);
    }
    if (lines.length)
        lines.push('');
    lines.push(countLine(summary, paint));
    return lines.join('\n') + '\n';
}
function countLine(summary, paint = painter(false)) {
    const files = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.files, 'file');
    if (!summary.errors && !summary.warnings && !summary.notices)
        return paint('green', `✔ ${files} checked, no problems`);
    const parts = [(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.errors, 'error'), (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.warnings, 'warning')];
    if (summary.notices)
        parts.push((0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.notices, 'notice'));
    const mark = summary.errors ? paint('red', '✖') : paint('yellow', '⚠');
    return `${mark} ${parts.join(', ')} in ${files} checked`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("domain");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
