/**
 * The library's one door to the verdict: every check and every gate of the library goes through
 * the toolkit's single assembler, as `leger-curate validate` does.
 */
import type { Finding } from '../core/types.js'
import { check, filesWithErrors as erroneous } from '../io/assemble.js'
import { readWorkingTree } from '../io/read-tree.js'
import type { CheckOptions, CheckResult, OpenStoreOptions } from './types.js'

export async function checkStore(where: Required<Pick<OpenStoreOptions, 'dir'>> & OpenStoreOptions, options: CheckOptions = {}): Promise<CheckResult> {
  const snapshot = readWorkingTree({ base: where.dir, store: where.store, schemas: where.schemas, policy: where.policy })
  const { verdict } = await check(snapshot, { strict: options.strict, online: options.online, report: options.only })
  return { ok: verdict.summary.errors === 0, findings: verdict.findings, summary: verdict.summary }
}

/** The model files a blueprint may not use: those with errors in the verdict, each with its first. */
export async function filesWithErrors(where: Required<Pick<OpenStoreOptions, 'dir'>> & OpenStoreOptions): Promise<Map<string, Finding>> {
  return erroneous((await checkStore(where)).findings)
}
