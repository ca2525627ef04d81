/**
 * The library's one door to the verdict: every check and every gate of the library goes through
 * here, so re-pointing this module at the toolkit's single assembler re-points the library whole.
 * Today it opens the workspace and runs checkWorkspace, as `leger-curate validate` does.
 */
import { checkWorkspace } from '../io/check.js'
import { openWorkspace } from '../io/workspace.js'
import type { CheckOptions, CheckResult, OpenStoreOptions } from './types.js'

export async function checkStore(where: Required<Pick<OpenStoreOptions, 'dir'>> & OpenStoreOptions, options: CheckOptions = {}): Promise<CheckResult> {
  const ws = openWorkspace({ base: where.dir, store: where.store, schemas: where.schemas, policy: where.policy })
  const { findings, summary } = await checkWorkspace(ws, { strict: options.strict, online: options.online, only: options.only ? new Set(options.only) : undefined })
  return { ok: summary.errors === 0, findings, summary }
}

/** The model files a blueprint may not use: those with errors in the verdict. */
export async function filesWithErrors(where: Required<Pick<OpenStoreOptions, 'dir'>> & OpenStoreOptions): Promise<Set<string>> {
  const { findings } = await checkStore(where)
  return new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file))
}
