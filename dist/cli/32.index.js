export const id = 32;
export const ids = [32];
export const modules = {

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ajvCompiler: () => (/* binding */ ajvCompiler)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * ajv, for schemas other than the prebuilt ones (a store's own schemas, a change to them):
 * draft 2020-12, strict, allErrors, the same options as scripts/gen-validators.mjs. Loaded
 * only when such schemas are in play, so the usual check never pays for ajv's start-up.
 */



const ajvCompiler = (docs, { checkSchemas }) => {
    // verbose: errors carry parentSchema, whose description and examples become hints.
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, validateSchema: checkSchemas });
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
    for (const [name, doc] of Object.entries(docs)) {
        try {
            ajv.addSchema(doc, name);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} is invalid: ${err.message}`, { cause: err });
        }
    }
    return (name) => ajv.getSchema(name);
};


/***/ })

};
