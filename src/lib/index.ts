/**
 * leger-curate as a library: open a store, check it (the one verdict), list and select models,
 * resolve a blueprint and render it. In the spirit of design document 004 (list_models,
 * get_model, select, parse_spec, resolve), on this store's files.
 *
 *   import { openStore, select, check } from 'leger-curate'
 *   const store = openStore({ dir: '.' })
 *   const model = select(store, { require: ['tools', 'vision'], prefer: ['openai', 'anthropic'] })
 *
 * Expected failures (no store folder, an unreadable file) throw a CurateError with a hint.
 */
import path from 'node:path'
import * as catalog from '../core/catalog.js'
import { CurateError } from '../core/errors.js'
import { compilePolicy, type CompiledPolicy } from '../core/policy.js'
import { renderBlueprint as renderWith } from '../core/render.js'
import { resolveBlueprint as resolveWith } from '../core/resolve.js'
import type { Store } from '../core/store.js'
import { loadTemplates, resolveTemplatesDir } from '../io/bundle.js'
import { openWorkspace } from '../io/workspace.js'
import { checkStore, filesWithErrors } from './check.js'
import type {
  BlueprintInput,
  BlueprintResult,
  CheckOptions,
  CheckResult,
  ListFilter,
  Model,
  ModelStore,
  OpenStoreOptions,
  RenderedFile,
  RenderOptions,
  Resolution,
  ResolvedBlueprint,
  SelectOptions,
  SpecResult,
} from './types.js'

export type * from './types.js'
export { CurateError }

interface Opened {
  where: Required<Pick<OpenStoreOptions, 'dir'>> & OpenStoreOptions
  store: Store
  schemas: ReturnType<typeof openWorkspace>['schemas']
  policy: CompiledPolicy
}

// What a ModelStore handle stands for, kept out of its public shape.
const opened = new WeakMap<ModelStore, Opened>()
// The blueprints resolveBlueprint made: render takes no hand-built object (its public type is a view).
const resolvedByUs = new WeakSet<object>()

function inner(store: ModelStore): Opened {
  const o = opened.get(store)
  if (!o) throw new CurateError('not a store opened by openStore()', { hint: 'Pass the value openStore() returned.' })
  return o
}

/** A spec from a JavaScript caller may be anything: say so plainly rather than fail inside. */
function specText(spec: unknown): string {
  if (typeof spec !== 'string') throw new CurateError(`a model spec is a string like "openai:gpt-5" or "gpt-5"; got ${spec === null ? 'null' : typeof spec}`)
  return spec
}

/** Reads the store's model files, its schemas and its curation policy, once. */
export function openStore(options: OpenStoreOptions = {}): ModelStore {
  const where = { ...options, dir: path.resolve(options.dir ?? '.') }
  const ws = openWorkspace({ base: where.dir, store: where.store, schemas: where.schemas, policy: where.policy })
  const handle: ModelStore = Object.freeze({ dir: where.dir, storeDir: ws.storeDir, models: Object.freeze(catalog.catalogModels(ws.store)) })
  opened.set(handle, { where, store: ws.store, schemas: ws.schemas, policy: compilePolicy(ws.policy.policy) })
  return handle
}

/** The verdict on the store as it is on disk now: the same findings `leger-curate validate` prints. */
export function check(store: ModelStore, options: CheckOptions = {}): Promise<CheckResult> {
  return checkStore(inner(store).where, options)
}

/** The models matching every filter given, in file order. */
export function listModels(store: ModelStore, filter: ListFilter = {}): Model[] {
  return catalog.listModels(inner(store).store, filter)
}

/** A model by id, alias or `provider:model` spec; undefined when the store has none. */
export function getModel(store: ModelStore, idOrSpec: string): Model | undefined {
  const r = catalog.resolveSpec(inner(store).store, specText(idOrSpec))
  return r.ok ? r.model : undefined
}

/** `"openai:gpt-5"` -> { provider: "openai", id: "gpt-5" }; a bare id has no provider. */
export function parseSpec(spec: string): SpecResult {
  return catalog.parseSpec(specText(spec))
}

/** A spec or id to its model, or why not (unknown, with a did-you-mean; or served by another provider). */
export function resolve(store: ModelStore, spec: string): Resolution {
  return catalog.resolveSpec(inner(store).store, specText(spec))
}

/**
 * The first model that may be used (enabled, not deprecated, admitted by the policy's allow and
 * deny lists: deny wins) with every required and no forbidden capability, preferred providers
 * first. undefined is "no match".
 */
export function select(store: ModelStore, options: SelectOptions = {}): Model | undefined {
  const o = inner(store)
  return catalog.selectModel(o.store, { ...options, policy: o.policy })
}

/** The models a model's replacement links lead through: ["gpt-4o", "gpt-5"]. */
export function replacementChain(store: ModelStore, id: string): string[] {
  return catalog.replacementChain(inner(store).store, id)
}

/**
 * A blueprint (model ids, aliases or specs) with every fact filled in from the store. A model
 * whose file has errors in the verdict is refused; findings point at the blueprint's lines.
 */
export async function resolveBlueprint(store: ModelStore, blueprint: BlueprintInput): Promise<BlueprintResult> {
  const o = inner(store)
  const file = 'text' in blueprint ? { path: blueprint.path ?? 'blueprint.json', text: blueprint.text } : { path: 'blueprint.json', text: JSON.stringify(blueprint, null, 2) }
  const { resolved, findings } = resolveWith(file, o.store, o.schemas, { invalid: await filesWithErrors(o.where), defaultName: path.basename(file.path, '.json') })
  if (!resolved) return { findings }
  resolvedByUs.add(resolved)
  const view: ResolvedBlueprint = resolved
  return { blueprint: view, findings }
}

/** The deployable files of a resolved blueprint: LiteLLM, llama-swap and Quadlet configs, required-secrets.json. */
export function renderBlueprint(blueprint: ResolvedBlueprint, options: RenderOptions = {}): RenderedFile[] {
  if (!resolvedByUs.has(blueprint)) throw new CurateError('renderBlueprint takes a blueprint resolveBlueprint returned', { hint: 'Resolve it first: const { blueprint } = await resolveBlueprint(store, { path, text })' })
  return renderWith(blueprint as Parameters<typeof renderWith>[0], loadTemplates(resolveTemplatesDir(options.templates, process.cwd())))
}
