/**
 * The assembler: the only place that turns a snapshot into a Store, Schemas, the compiled
 * policy and the upstream facts, and runs the rules. Every door (validate, the hook, the
 * Action, add, deprecate, render, release) calls it, so two doors that read the same tree
 * reach the same verdict; doors differ only in the snapshot they read and what they report.
 */
import { focusOf, focusOn, type ChangeSet, type Focus } from '../core/changes.js'
import { runRules, sortFindings, strictly, summarize } from '../core/engine.js'
import type { HfClient, HfRepoResult } from '../core/hf.js'
import type { LiteLLMSource } from '../core/litellm.js'
import { DEFAULT_POLICY, readPolicy, type Policy } from '../core/policy.js'
import { isPrebuilt, Schemas, type SchemaCompiler, type SchemaDocs } from '../core/schema.js'
import type { PolicyText, Snapshot } from '../core/snapshot.js'
import { Store } from '../core/store.js'
import type { Finding, ModelFile, Summary } from '../core/types.js'
import { loadLiteLLMSnapshot } from './litellm.js'
import { cachedSnapshot, isCached } from './litellm-lookups.js'

/** A snapshot made usable: parsed once, with its schemas and policy. */
export interface Opened {
  snapshot: Snapshot
  store: Store
  schemas: Schemas
  policy: Policy
  /** What is wrong with the policy file itself (the defaults apply where it is unusable). */
  policyFindings: Finding[]
  /** ajv, when some schema in play is not prebuilt. */
  compiler?: SchemaCompiler
}

export interface CheckRequest {
  /** Report only on these files (validate PATH..., a draft); default: what the change touches, else everything. */
  report?: Iterable<string>
  /** Also run the online tier (the Hub, LiteLLM's live list) on the files reported on. */
  online?: boolean
  /** Warnings count as errors. */
  strict?: boolean
  /** YYYY-MM-DD; default today (UTC), or LEGER_TODAY. */
  today?: string
  env?: NodeJS.ProcessEnv
  hfClient?: HfClient
}

/** What every door prints: the findings it reports and their count. */
export interface Verdict {
  findings: Finding[]
  summary: Summary
  /** The files reported on (undefined: all). */
  focus?: Focus
}

/** A snapshot opened, with the upstream facts its rules read: ready to judge it or a draft beside it. */
export interface Prepared extends Opened {
  litellm: LiteLLMSource
  litellmProblem?: string
  hf?: ReadonlyMap<string, HfRepoResult>
  today: string
}

export interface Checked extends Prepared {
  verdict: Verdict
}

/**
 * Parses the files, builds the schemas and reads the policy. `compiler` (ajv) is needed only
 * when the snapshot's schemas, or its base's, are not the prebuilt ones: see compilerFor.
 */
export function open(snapshot: Snapshot, compiler?: SchemaCompiler): Opened {
  const changes = snapshot.changes
  // Outside a change's files, a plain JSON.parse serves cross-file rules (see Store).
  const quick = changes && !changes.everything ? new Set([...changes.added, ...changes.modified]) : undefined
  const store = new Store(snapshot.files, snapshot.refused, { focus: quick })
  return { snapshot, store, compiler, ...configure(snapshot, snapshot, compiler) }
}

/** ajv's compiler when some schema in play is not prebuilt, loaded then (about 20 ms of start-up otherwise spent for nothing). */
export async function compilerFor(snapshot: Snapshot): Promise<SchemaCompiler | undefined> {
  const docs = [snapshot.schemaDocs, snapshot.base?.schemaDocs].filter((d): d is SchemaDocs => d !== undefined)
  return docs.every(isPrebuilt) ? undefined : (await import('../core/schema-compiler.js')).ajvCompiler
}

/** The schemas and the policy of a config (the snapshot's own, or its base's). */
function configure(snapshot: Snapshot, config: { schemaDocs: SchemaDocs; policy?: PolicyText }, compiler?: SchemaCompiler): Pick<Opened, 'schemas' | 'policy' | 'policyFindings'> {
  // Checking the schemas themselves costs the meta-schema's compile: only when they are in question.
  const schemas = new Schemas(config.schemaDocs, { checkSchemas: !snapshot.changes || Boolean(snapshot.changes.everything), compiler })
  const read = config.policy ? readPolicy(config.policy, schemas) : { policy: DEFAULT_POLICY, findings: [] }
  return { schemas, policy: read.policy, policyFindings: read.findings }
}

/** Opens the snapshot and gathers the upstream facts for the files in `focus` (all when undefined). */
export async function prepare(snapshot: Snapshot, request: CheckRequest = {}, focus?: Focus): Promise<Prepared> {
  const env = request.env ?? process.env
  const opened = open(snapshot, await compilerFor(snapshot))
  const { store } = opened
  // The HTTP clients load only for an online check: the hook and the usual check never use them.
  const upstream = request.online
    ? await (await import('./upstream.js')).gatherUpstream(store, { env, dataDir: snapshot.dataDir, scope: focus?.files, hfClient: request.hfClient })
    : { litellm: snapshot.lookups ? cachedSnapshot(snapshot.dataDir, snapshot.lookups) : lazySnapshot(snapshot.dataDir) }
  return { ...opened, ...upstream, today: request.today ?? todayOf(env) }
}

/** The verdict on a snapshot, with everything it was computed from. */
export async function check(snapshot: Snapshot, request: CheckRequest = {}): Promise<Checked> {
  // The focus needs the parsed store (replacement chains); the store is parsed once, in prepare.
  let focus: Focus | undefined = request.report ? focusOn(request.report) : undefined
  const prepared = await prepare(snapshot, request, focus ?? (snapshot.changes && !snapshot.changes.everything ? focusOn([...snapshot.changes.added, ...snapshot.changes.modified]) : undefined))
  const { store, today } = prepared
  if (!focus && snapshot.changes) focus = focusOf(store, snapshot.changes)
  const facts = { litellm: prepared.litellm, litellmProblem: prepared.litellmProblem, hf: prepared.hf, changes: snapshot.changes, focus, online: request.online, today }

  let findings: Finding[]
  if (snapshot.base?.missing) {
    // Without the base's policy the change could loosen its own check: refuse it rather than trust it.
    findings = [...runRules({ ...prepared, ...facts }), ...prepared.policyFindings, ...configRefusal(snapshot, snapshot.base.missing)]
  } else if (snapshot.base && configDiffers(snapshot, snapshot.base)) {
    // The change's model files are judged under the base's policy and schemas (the verdict); what
    // the new policy or schemas would do to the whole store is reported as notices on the change.
    const base: Opened = { ...prepared, ...configure(snapshot, snapshot.base, prepared.compiler) }
    const whole = (o: Opened) => runRules({ ...o, ...facts, focus: undefined })
    focus = request.report ? focus : focusOf(store, { ...snapshot.changes!, everything: undefined })
    const verdict = runRules({ ...base, ...facts, focus })
    findings = [...verdict, ...prepared.policyFindings, ...effectOf(whole(base), whole(prepared), snapshot)]
  } else {
    findings = [...runRules({ ...prepared, ...facts }), ...prepared.policyFindings]
  }
  if (request.strict) findings = strictly(findings)
  findings = sortFindings(findings)
  // The hook keeps the snapshot's answers for its next commit.
  if (isCached(prepared.litellm)) prepared.litellm.save()
  const files = focus ? focus.files.size : store.files.length + snapshot.refused.length
  return { ...prepared, verdict: { findings, summary: summarize(findings, files), focus } }
}

/**
 * One new or edited model file judged as `validate` would judge it once written: the store
 * with this file, the full policy, the new-submission tier when `added`, the same upstream
 * facts. The scaffolder calls this for every answer, so it re-parses only the one file.
 */
export function checkDraft(prepared: Prepared, file: ModelFile, options: { added: boolean }): Finding[] {
  const store = prepared.store.withFile(file)
  const only = new Set([file.path])
  const none = new Set<string>()
  const changes: ChangeSet = { added: options.added ? only : none, modified: options.added ? none : only, deleted: none, before: new Map(), config: none }
  return sortFindings(runRules({ ...prepared, store, changes, focus: focusOn(only), online: false }))
}

/**
 * The data folder's LiteLLM snapshot, read (1.5 MB of JSON) the first time a rule looks at it:
 * only a cloud model in focus does, so a commit of local models never pays for the list.
 */
function lazySnapshot(dataDir: string): LiteLLMSource {
  let source: LiteLLMSource | undefined
  const read = () => (source ??= loadLiteLLMSnapshot(dataDir))
  return {
    get list() {
      return read().list
    },
    get origin() {
      return read().origin
    },
    offline: true,
  }
}

function todayOf(env: NodeJS.ProcessEnv): string {
  const pinned = env.LEGER_TODAY
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : new Date().toISOString().slice(0, 10)
}

function configDiffers(snapshot: Snapshot, base: { schemaDocs: SchemaDocs; policy?: PolicyText }): boolean {
  return snapshot.policy?.text !== base.policy?.text || JSON.stringify(snapshot.schemaDocs) !== JSON.stringify(base.schemaDocs)
}

/** Where a change to the policy or the schemas shows: the first line that differs, in the first file the change touches. */
function changedLine(snapshot: Snapshot): { file: string; line: number } {
  const policy = snapshot.policy
  const basePolicy = snapshot.base?.policy
  if (policy && policy.text !== basePolicy?.text) {
    const a = policy.text.split('\n')
    const b = basePolicy?.text.split('\n') ?? []
    let i = 0
    while (i < a.length && a[i] === b[i]) i++
    return { file: policy.path, line: Math.min(i, a.length - 1) + 1 }
  }
  return { file: [...(snapshot.changes?.config ?? [])].sort()[0] ?? snapshot.layout.policy, line: 1 }
}

const EFFECT = 'config-effect'

/**
 * What the change to the policy or schemas would do to the verdict, as notices on its first
 * changed line: each finding it would add, and each it would silence.
 */
function effectOf(base: Finding[], head: Finding[], snapshot: Snapshot): Finding[] {
  const key = (f: Finding) => [f.rule, f.severity, f.file, f.line, f.column, f.message].join('\u0000')
  const before = new Set(base.map(key))
  const after = new Set(head.map(key))
  const at = changedLine(snapshot)
  const ref = snapshot.base!.ref
  const hint = `Model files are judged under the policy and schemas of ${ref}; this change applies once it is merged.`
  const note = (f: Finding, verb: string): Finding => ({
    rule: EFFECT,
    severity: 'notice',
    file: at.file,
    line: at.line,
    column: 1,
    message: `this change would ${verb} ${f.severity} ${f.rule} at ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`,
    hint,
  })
  return [...head.filter((f) => !before.has(key(f))).map((f) => note(f, 'add')), ...base.filter((f) => !after.has(key(f))).map((f) => note(f, 'silence'))]
}

function configRefusal(snapshot: Snapshot, why: string): Finding[] {
  const at = changedLine(snapshot)
  return [
    {
      rule: EFFECT,
      severity: 'error',
      file: at.file,
      line: at.line,
      column: 1,
      message: `this change touches the policy or the schemas, and the base commit's cannot be read (${why}): it cannot be judged without them`,
      hint: 'Check out the full history (actions/checkout with fetch-depth: 0) so the change is judged under the base commit\'s policy and schemas.',
    },
  ]
}

/** Each model file with errors, and its first error: what render and release refuse to use. */
export function filesWithErrors(findings: Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>()
  for (const f of findings) if (f.severity === 'error' && !out.has(f.file)) out.set(f.file, f)
  return out
}
