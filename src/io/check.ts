/**
 * One check of a workspace, as every door runs it: the policy file, the LiteLLM snapshot
 * (or the live upstream with `online`), then validateStore.
 */
import { validateStore, type ValidateResult } from '../core/validate.js'
import type { HfClient } from '../core/hf.js'
import { resolveDataDir, loadLiteLLMSnapshot } from './litellm.js'
import { gatherUpstream } from './upstream.js'
import type { Workspace } from './workspace.js'

export interface CheckOptions {
  only?: ReadonlySet<string>
  strict?: boolean
  /** Query HuggingFace and LiteLLM's live list (for `added` files only, when given). */
  online?: boolean
  /** Files added in this change: the new-submission tier runs on them. */
  added?: ReadonlySet<string>
  audit?: boolean
  today?: string
  env?: NodeJS.ProcessEnv
  hfClient?: HfClient
}

export async function checkWorkspace(ws: Workspace, options: CheckOptions = {}): Promise<ValidateResult> {
  const env = options.env ?? process.env
  const loaded = ws.policy
  const dataDir = resolveDataDir(ws.base)
  const needsList = ws.store.entries.some((e) => e.kind === 'cloud')
  const upstream = options.online
    ? await gatherUpstream(ws.store, { env, dataDir, scope: options.added ?? options.only, hfClient: options.hfClient })
    : needsList
      ? { litellm: loadLiteLLMSnapshot(dataDir) }
      : {}
  return validateStore(ws.store, ws.schemas, {
    only: options.only,
    strict: options.strict,
    policy: loaded.policy,
    policyFindings: loaded.findings,
    ...upstream,
    online: options.online,
    added: options.added,
    audit: options.audit,
    today: options.today,
  })
}
