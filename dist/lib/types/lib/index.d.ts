import { CurateError } from '../core/errors.js';
import type { BlueprintInput, BlueprintResult, CheckOptions, CheckResult, ListFilter, Model, ModelStore, OpenStoreOptions, RenderedFile, RenderOptions, Resolution, ResolvedBlueprint, SelectOptions, SpecResult } from './types.js';
export type * from './types.js';
export { CurateError };
/** Reads the store's model files, its schemas and its curation policy, once. */
export declare function openStore(options?: OpenStoreOptions): ModelStore;
/** The verdict on the store as it is on disk now: the same findings `leger-curate validate` prints. */
export declare function check(store: ModelStore, options?: CheckOptions): Promise<CheckResult>;
/** The models matching every filter given, in file order. */
export declare function listModels(store: ModelStore, filter?: ListFilter): Model[];
/** A model by id, alias or `provider:model` spec; undefined when the store has none. */
export declare function getModel(store: ModelStore, idOrSpec: string): Model | undefined;
/** `"openai:gpt-5"` -> { provider: "openai", id: "gpt-5" }; a bare id has no provider. */
export declare function parseSpec(spec: string): SpecResult;
/** A spec or id to its model, or why not (unknown, with a did-you-mean; or served by another provider). */
export declare function resolve(store: ModelStore, spec: string): Resolution;
/**
 * The first model that may be used (enabled, not deprecated, admitted by the policy's allow and
 * deny lists: deny wins) with every required and no forbidden capability, preferred providers
 * first. undefined is "no match".
 */
export declare function select(store: ModelStore, options?: SelectOptions): Model | undefined;
/** The models a model's replacement links lead through: ["gpt-4o", "gpt-5"]. */
export declare function replacementChain(store: ModelStore, id: string): string[];
/**
 * A blueprint (model ids, aliases or specs) with every fact filled in from the store. A model
 * whose file has errors in the verdict is refused; findings point at the blueprint's lines.
 */
export declare function resolveBlueprint(store: ModelStore, blueprint: BlueprintInput): Promise<BlueprintResult>;
/** The deployable files of a resolved blueprint: LiteLLM, llama-swap and Quadlet configs, required-secrets.json. */
export declare function renderBlueprint(blueprint: ResolvedBlueprint, options?: RenderOptions): RenderedFile[];
