export const id = 639;
export const ids = [639];
export const modules = {

/***/ 1020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitFile: () => (/* binding */ commitFile)
/* harmony export */ });
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4724);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** Staging and committing one new file with simple-git, so the repository's hooks run. */


/**
 * simple-git 4 strips GIT_* variables from its children: when this runs inside a hook (or a
 * worktree set up through GIT_DIR), git must still see the same repository and index.
 */
const ALLOW = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE'];
async function commitFile(cwd, file, message) {
    const git = (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({ baseDir: cwd, allowEnvironment: ALLOW });
    let inRepo = false;
    try {
        inRepo = await git.checkIsRepo();
    }
    catch {
        inRepo = false;
    }
    if (!inRepo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`cannot commit: ${cwd} is not inside a git repository`, { hint: 'The file is written; commit it yourself, or run add without --commit.', exitCode: 2 });
    try {
        await git.add(['--', file]);
        // Only this path: whatever else the user has staged stays staged, not committed.
        const res = await git.commit(message, [file]);
        return res.commit;
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`git commit failed: ${err.message.trim()}`, {
            hint: `The file is written and staged; fix what the hooks report, then: git commit -m ${JSON.stringify(message)}`,
            exitCode: 1,
            cause: err,
        });
    }
}


/***/ })

};
