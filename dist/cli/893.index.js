export const id = 893;
export const ids = [893,336];
export const modules = {

/***/ 5893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_INFO_FILE: () => (/* binding */ BUILD_INFO_FILE),
/* harmony export */   readBuildInfo: () => (/* binding */ readBuildInfo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/**
 * Which build of leger-curate is running. In a checkout of leger-curate itself (development),
 * its git HEAD: a stamp left by an earlier `npm pack` there would be stale. Installed (inside its
 * user's repository, or anywhere else), dist/build-info.json, written when the package was packed.
 */




const BUILD_INFO_FILE = 'dist/build-info.json';
const SHA = /^[0-9a-f]{40}$/;
function readBuildInfo(root = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.packageRoot)()) {
    return fromCheckout(root) ?? fromStamp(root);
}
function fromStamp(root) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, BUILD_INFO_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return undefined;
    try {
        const info = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
        if (typeof info.version === 'string' && typeof info.commit === 'string' && SHA.test(info.commit) && typeof info.action === 'string' && typeof info.tag === 'string')
            return { name: info.name ?? 'leger-curate', version: info.version, tag: info.tag, commit: info.commit, action: info.action, dirty: info.dirty === true };
    }
    catch {
        // an unreadable stamp is no stamp
    }
    return undefined;
}
/** The same facts from git, when root is the top of its own work tree (a checkout of leger-curate). */
function fromCheckout(root) {
    try {
        const git = (...args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        // An installed copy sits inside its user's repository: that repository's HEAD is not ours.
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(git('rev-parse', '--show-toplevel')) !== node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root))
            return undefined;
        const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'package.json'), 'utf8'));
        const action = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1];
        const commit = git('rev-parse', 'HEAD^{commit}');
        if (!action || !SHA.test(commit))
            return undefined;
        return { name: pkg.name, version: pkg.version, tag: `v${pkg.version}`, commit, action, dirty: git('status', '--porcelain', '--', 'action.yml', 'dist/action') !== '' };
    }
    catch {
        return undefined;
    }
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
