export const id = 336;
export const ids = [336];
export const modules = {

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
