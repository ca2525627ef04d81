export const id = 829;
export const ids = [829];
export const modules = {

/***/ 3829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one way every door talks to GitHub's REST API: Octokit from @actions/github (REST
 * methods, paginate) with plugin-retry (5xx, with backoff) and plugin-throttling (primary and
 * secondary rate limits, honouring retry-after and x-ratelimit-reset), pointed at
 * GITHUB_API_URL so GHES (and tests on 127.0.0.1) work. Generic on purpose: the check, audit
 * and release modes all build their client here. A module of its own, loaded when a client is
 * first needed: Octokit is most of the Action's bundle, and a check that posts nothing skips it.
 */




function createGitHubClient(token, options = {}) {
    const env = options.env ?? process.env;
    const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const log = options.log ?? (() => { });
    const retries = options.retries ?? 3;
    const unit = options.secondMs ?? 1000;
    const unpaced = options.pacing === false ? { write: new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1 }), notifications: new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1 }) } : {};
    const again = (kind) => (after, req, _octokit, retryCount) => {
        const last = retryCount >= retries;
        log(`GitHub ${kind} on ${req.method ?? ''} ${req.url ?? ''}: ${last ? 'giving up' : `retrying in ${after} s (retry ${retryCount + 1} of ${retries})`}`);
        return !last;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        userAgent: 'leger-curate',
        retry: { retries, retryAfterBaseValue: unit },
        throttle: { retryAfterBaseValue: unit, ...unpaced, onRateLimit: again('rate limit'), onSecondaryRateLimit: again('secondary rate limit') },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
