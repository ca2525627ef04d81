/**
 * The one error type every door knows how to print: an expected failure with a message
 * in the user's terms, an optional hint, and the exit code it maps to.
 */
export declare class CurateError extends Error {
    readonly hint?: string;
    readonly exitCode: number;
    constructor(message: string, options?: {
        hint?: string;
        exitCode?: number;
        cause?: unknown;
    });
}
/** The user cancelled at a prompt (Ctrl-C): nothing was written. */
export declare class Cancelled extends CurateError {
    constructor();
}
/**
 * A file-system fault (read-only folder, full disk, permissions, a missing folder) as the
 * CurateError every door prints: what failed and where, with a hint, exit 2. The one place errno
 * codes are mapped; anything else stays a bug.
 */
export declare function asFault(err: unknown): CurateError | undefined;
