/**
 * leger-curate add: the scaffolder. Asks only what it cannot fill itself, checks every answer
 * with the rules validate runs, shows the file, and writes it atomically, never over another.
 * With --yes every value comes from a flag or a prefill, and a missing one is an error.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import { ggufFiles, type HfModelInfo } from '../../core/hf.js'
import { providerModels, type LiteLLMList } from '../../core/litellm.js'
import type { PathSegment } from '../../core/locate.js'
import { KNOWN_PROVIDERS } from '../../core/providers.js'
import { parseModelUri } from '../../core/model-uri.js'
import { pinsFromHub } from '../../core/pins.js'
import {
  buildModel,
  checkAnswer,
  checkDraft,
  cloudFacts,
  idProblem,
  localFacts,
  normalizePrice,
  parseList,
  pickableFiles,
  schemaNameOf,
  serializeModel,
  suggestCtxSize,
  suggestLocal,
  type DraftContext,
} from '../../core/scaffold.js'
import { KINDS, type Finding, type Kind, type ModelData } from '../../core/types.js'
import { summarize } from '../../core/engine.js'
import { shellQuote } from '../../core/text.js'
import { checkDraft as judgeDraft, prepare, type Prepared } from '../../io/assemble.js'
import { Git } from '../../io/git.js'
import { createHfClient } from '../../io/huggingface.js'
import { fetchLiteLLMList, loadLiteLLMSnapshot } from '../../io/litellm.js'
import { newModelPath, writeNewModel } from '../../io/model-write.js'
import { displayPath } from '../../io/paths.js'
import { readWorkingTree } from '../../io/read-tree.js'
import { clean, formatText } from '../../report/text.js'
import { parse } from '../args.js'
import * as ask from '../ask.js'
import { useColor, type Io } from '../io.js'

const USAGE = `Usage: leger-curate add [options]

Scaffolds a new model file: asks for what it cannot prefill (from LiteLLM's list for cloud
models, from the HuggingFace API for local ones with --online), checks every answer with the
same rules as validate, shows the file, and writes <store>/<kind>/<id>.json. It never
overwrites a file. Non-interactive with --yes: every value from a flag or a prefill.

  leger-curate add --kind cloud --litellm-model openai/gpt-5-nano-2025-08-07 --id gpt-5-nano --yes
  leger-curate add --kind local --hf Qwen/Qwen3-4B-GGUF --file Qwen3-4B-Q4_K_M.gguf --online --yes

Options:
  --kind cloud|local      the kind of model
  --id ID                 the model id (suggested from the model name)
  --name TEXT             the display name
  --description TEXT      a description
  --enabled, --no-enabled whether blueprints include it by default (default: enabled;
                          also --enabled=false)
  --capabilities LIST     comma-separated, e.g. chat,vision,tools
  --source URL            a source of the facts (repeatable)
  cloud:
  --litellm-model NAME    provider/model as LiteLLM names it
  --provider NAME         the provider (default: the prefix of --litellm-model)
  --context-window N      tokens (prefilled from LiteLLM)
  --max-output N          tokens (prefilled from LiteLLM)
  --api-key-env NAME      the variable holding the API key (prefilled for known providers)
  --input-price P         US dollars per 1M input tokens, e.g. 1.25 (prefilled)
  --output-price P        US dollars per 1M output tokens (prefilled)
  --cache-read-price P    US dollars per 1M cached input tokens (prefilled)
  --tier TIER             frontier, premium, mid, budget or free
  local:
  --hf ORG/REPO           the HuggingFace repository
  --file FILE             the .gguf file in it (shard 1 of a split model)
  --quantization Q        e.g. Q4_K_M (from the file name)
  --context-window N      the model's native window (from the HF API with --online)
  --ctx-size N            the context llama-server starts with (default 8192)
  --size-bytes N          the file size (from the HF API with --online)
  --group G               task, balanced, heavy or embeddings (suggested from the size)
  --ram-gb N              memory needed at ctx-size (suggested from the size)
  --license ID            e.g. apache-2.0 (from the HF API with --online)
  general:
  --online                ask HuggingFace (HF_ENDPOINT) / the live LiteLLM list (LITELLM_PRICES_URL)
  -y, --yes               no questions: flags and prefills only; a missing value is an error
  --commit                stage and commit the new file (the hooks run)
  --store DIR             the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR           the folder holding the schemas
  --policy FILE           the curation policy (default: curation.config.json if present, else built in)
  -h, --help              show this help

Exit codes: 0 written, 1 the file would not validate (nothing written) or the commit failed,
2 usage error or refusal (nothing written), 130 cancelled (nothing written).
`

const OPTIONS = {
  kind: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  description: { type: 'string' },
  capabilities: { type: 'string' },
  source: { type: 'string', multiple: true },
  'litellm-model': { type: 'string' },
  provider: { type: 'string' },
  'context-window': { type: 'string' },
  'max-output': { type: 'string' },
  'api-key-env': { type: 'string' },
  'input-price': { type: 'string' },
  'output-price': { type: 'string' },
  'cache-read-price': { type: 'string' },
  tier: { type: 'string' },
  hf: { type: 'string' },
  file: { type: 'string' },
  quantization: { type: 'string' },
  'ctx-size': { type: 'string' },
  'size-bytes': { type: 'string' },
  group: { type: 'string' },
  'ram-gb': { type: 'string' },
  license: { type: 'string' },
  online: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  commit: { type: 'boolean' },
  store: { type: 'string' },
  schemas: { type: 'string' },
  policy: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

type Values = ReturnType<typeof parse<typeof OPTIONS>>['values']

const GROUPS = [
  { value: 'task', description: 'small models, under 4 GB' },
  { value: 'balanced', description: '4 to 16 GB' },
  { value: 'heavy', description: 'over 16 GB' },
  { value: 'embeddings', description: 'embedding models' },
]

/** "--enabled=false" and "--no-enabled" are read here: node's parseArgs takes neither on a boolean. */
function takeEnabled(argv: string[]): { argv: string[]; enabled?: boolean } {
  let enabled: boolean | undefined
  const rest: string[] = []
  for (const a of argv) {
    const m = /^--(no-)?enabled(?:=(.*))?$/.exec(a)
    if (!m) {
      rest.push(a)
      continue
    }
    if (m[1] && m[2] !== undefined) throw new CurateError(`${a}: --no-enabled takes no value`, { exitCode: 2 })
    if (m[2] === undefined) enabled = !m[1]
    else if (/^(true|yes|1)$/i.test(m[2])) enabled = true
    else if (/^(false|no|0)$/i.test(m[2])) enabled = false
    else throw new CurateError(`--enabled must be true or false; got "${m[2]}"`, { exitCode: 2 })
  }
  return { argv: rest, enabled }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const taken = takeEnabled(argv)
  const { values, positionals } = parse(taken.argv, OPTIONS, USAGE)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length) throw new CurateError(`add takes no positional arguments; got "${positionals[0]}"`, { hint: 'Pass values as flags, e.g. --id ID (see leger-curate add --help).', exitCode: 2 })
  const yes = Boolean(values.yes)
  if (!yes && !io.stdinTTY)
    throw new CurateError('add asks questions, but stdin is not a terminal', {
      hint: 'Run it in a terminal, or pass --yes with the values as flags (leger-curate add --help lists them).',
      exitCode: 2,
    })
  // The store as validate reads it (policy, schemas, the repository's data/): every answer is judged by it.
  const snapshot = readWorkingTree({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy })
  const ws: Workspace = { ...(await prepare(snapshot, { env: io.env })), storeDir: path.resolve(io.cwd, values.store ?? 'model-store') }
  const flow = new Flow(io, ws, values, yes, taken.enabled)
  return flow.run()
}

/** The store add writes into, prepared for judging drafts. */
interface Workspace extends Prepared {
  storeDir: string
}

/** A value a field may take from a flag, a prefill, or an answer. */
interface FieldSpec<T> {
  path: PathSegment[]
  flag: string
  label: string
  given?: T
  prefill?: T
  required?: boolean
  /** Fields derived from this one whose findings also belong to this answer. */
  linked?: PathSegment[][]
  /** What --yes says when the value is missing (defaults to naming the flag). */
  missing?: string
}

class Flow {
  private ctx!: DraftContext
  private draft: ModelData = {}
  private kind!: Kind
  private readonly storePath: string

  constructor(
    private readonly io: Io,
    private readonly ws: Workspace,
    private readonly v: Values,
    private readonly yes: boolean,
    private readonly enabled: boolean | undefined,
  ) {
    this.storePath = displayPath(ws.storeDir, io.cwd)
  }

  async run(): Promise<number> {
    this.kind = await this.chooseKind()
    this.ctx = { store: this.ws.store, schemas: this.ws.schemas, kind: this.kind, storePath: this.storePath, judge: (file) => judgeDraft(this.ws, file, { added: true }) }
    if (this.kind === 'cloud') await this.cloud()
    else await this.local()
    return this.finish()
  }

  // ---- the two flows ------------------------------------------------------------------

  private async chooseKind(): Promise<Kind> {
    const given = this.v.kind
    if (given !== undefined) {
      if (!(KINDS as readonly string[]).includes(given)) throw new CurateError(`--kind must be cloud or local; got "${given}"`, { exitCode: 2 })
      return given as Kind
    }
    if (this.yes) throw this.missing('--kind', 'the kind of model (cloud or local)')
    return ask.select<Kind>({
      message: 'Kind of model',
      choices: [
        { value: 'cloud', name: 'cloud', description: 'an API model reached through LiteLLM' },
        { value: 'local', name: 'local', description: 'a GGUF file on HuggingFace, served by llama-server' },
      ],
    })
  }

  private async cloud(): Promise<void> {
    const list = await this.litellmList()
    const name = await this.litellmModel(list)
    const facts = cloudFacts(list, name)
    if (!facts.listed) this.note(`${name} is not in the LiteLLM list: nothing can be prefilled.`)
    const provider = this.v.provider ?? facts.provider
    this.draft.provider = provider
    this.draft.litellm_model_name = facts.litellm_model_name
    if (this.v.provider !== undefined) await this.assertValid(['provider'], '--provider')
    await this.text({ path: ['id'], flag: '--id', label: 'Id', given: this.v.id, prefill: this.freeId(facts.id), required: true })
    await this.text({ path: ['name'], flag: '--name', label: 'Display name', given: this.v.name, prefill: facts.name, required: true })
    await this.text({ path: ['description'], flag: '--description', label: 'Description', given: this.v.description })
    await this.int({ path: ['context_window'], flag: '--context-window', label: 'Context window (tokens)', given: this.v['context-window'], prefill: facts.context_window, required: true })
    await this.int({ path: ['max_output'], flag: '--max-output', label: 'Max output (tokens)', given: this.v['max-output'], prefill: facts.max_output })
    const envVar = Object.hasOwn(KNOWN_PROVIDERS, provider) ? KNOWN_PROVIDERS[provider] : facts.requires_api_key
    await this.text({ path: ['requires_api_key'], flag: '--api-key-env', label: 'API key variable', given: this.v['api-key-env'], prefill: envVar, required: true })
    const p = facts.pricing
    await this.text({ path: ['pricing', 'input_per_1m'], flag: '--input-price', label: 'Input price, $ per 1M tokens', given: this.v['input-price'], prefill: p?.input_per_1m, map: normalizePrice })
    if (this.draft.pricing)
      await this.text({ path: ['pricing', 'output_per_1m'], flag: '--output-price', label: 'Output price, $ per 1M tokens', given: this.v['output-price'], prefill: p?.output_per_1m, required: true, map: normalizePrice })
    else if (this.v['output-price'] !== undefined) throw new CurateError('--output-price needs --input-price too', { exitCode: 2 })
    if (this.draft.pricing) {
      await this.text({ path: ['pricing', 'cache_read_per_1m'], flag: '--cache-read-price', label: 'Cached input price, $ per 1M tokens', given: this.v['cache-read-price'], prefill: p?.cache_read_per_1m, map: normalizePrice })
      if (this.v.tier !== undefined) await this.text({ path: ['pricing', 'tier'], flag: '--tier', label: 'Price tier', given: this.v.tier })
    }
    await this.list({ path: ['capabilities'], flag: '--capabilities', label: 'Capabilities', given: this.v.capabilities, prefill: facts.capabilities })
    await this.bool({ path: ['enabled'], flag: '--enabled', label: 'Enabled by default in blueprints?', given: this.enabled, prefill: true })
    await this.sources(facts.sources)
  }

  private async local(): Promise<void> {
    const info = await this.hfRepo()
    const repo = this.draft.hf_repo as string
    const file = await this.hfFile(repo, info)
    const r = localFacts(repo, file, info)
    // The hint lists file names the Hub sent: cleaned like any upstream text shown on a terminal.
    if (!r.ok) throw new CurateError(r.problem, { hint: r.hint && clean(r.hint), exitCode: 2 })
    const facts = r.facts
    this.draft.model_uri = facts.model_uri
    this.draft.hf_file = facts.hf_file
    // Online, pin the file: its sha256 (every shard's) and the revision the Hub described.
    const uri = parseModelUri(facts.model_uri)
    if (info && uri.ok) Object.assign(this.draft, pinsFromHub(info, uri.uri))
    await this.assertValid(['hf_file'], '--file', [['model_uri']])
    await this.text({ path: ['quantization'], flag: '--quantization', label: 'Quantization', given: this.v.quantization, prefill: facts.quantization, required: true })
    const quant = typeof this.draft.quantization === 'string' ? this.draft.quantization.toLowerCase().replace(/_/g, '-') : undefined
    await this.text({ path: ['id'], flag: '--id', label: 'Id', given: this.v.id, prefill: this.freeId(facts.id, quant), required: true })
    await this.text({ path: ['name'], flag: '--name', label: 'Display name', given: this.v.name, prefill: facts.name, required: true })
    await this.text({ path: ['description'], flag: '--description', label: 'Description', given: this.v.description })
    await this.int({ path: ['context_window'], flag: '--context-window', label: facts.context_window ? 'Native context window (tokens; prefilled from the GGUF header, check the model card)' : 'Native context window (tokens, as the model card states it)', given: this.v['context-window'], prefill: facts.context_window, required: true })
    const window = this.draft.context_window as number
    await this.int({ path: ['ctx_size'], flag: '--ctx-size', label: 'Context llama-server starts with (ctx_size)', given: this.v['ctx-size'], prefill: suggestCtxSize(window), required: true })
    await this.int({ path: ['size_bytes'], flag: '--size-bytes', label: 'File size in bytes (empty if unknown)', given: this.v['size-bytes'], prefill: facts.size_bytes })
    const size = this.draft.size_bytes as number | undefined
    const s = suggestLocal(size, this.draft.ctx_size as number, facts.embeddings)
    await this.choice({ path: ['group'], flag: '--group', label: 'Group', given: this.v.group, prefill: s.group, choices: GROUPS, required: true, missing: 'missing --group: no file size to suggest one from (pass --group, --size-bytes, or --online)' })
    await this.num({ path: ['ram_required_gb'], flag: '--ram-gb', label: 'RAM required at ctx_size (GB)', given: this.v['ram-gb'], prefill: s.ram_required_gb, required: true, missing: 'missing --ram-gb: no file size to suggest it from (pass --ram-gb, --size-bytes, or --online)' })
    await this.text({ path: ['license'], flag: '--license', label: 'Licence (as HuggingFace names it)', given: this.v.license, prefill: facts.license })
    await this.list({ path: ['capabilities'], flag: '--capabilities', label: 'Capabilities', given: this.v.capabilities, prefill: this.draft.group === 'embeddings' ? ['embeddings'] : undefined })
    await this.bool({ path: ['enabled'], flag: '--enabled', label: 'Enabled by default in blueprints?', given: this.enabled, prefill: true })
    await this.sources(facts.sources)
  }

  // ---- upstream facts -------------------------------------------------------------------

  private async litellmList(): Promise<LiteLLMList> {
    if (!this.v.online) return loadLiteLLMSnapshot(this.ws.snapshot.dataDir).list
    return (await fetchLiteLLMList(this.io.env)).list
  }

  private async litellmModel(list: LiteLLMList): Promise<string> {
    const given = this.v['litellm-model']
    const check = async (name: string) => {
      this.draft = { litellm_model_name: cloudFacts(list, name).litellm_model_name }
      return checkAnswer(this.ctx, this.draft, ['litellm_model_name'])
    }
    if (given !== undefined) {
      const ok = await check(given)
      if (ok !== true) throw new CurateError(`--litellm-model: ${ok}`, { exitCode: 2 })
      return given
    }
    if (this.yes) throw this.missing('--litellm-model', 'the LiteLLM model, provider/model')
    const provider =
      this.v.provider ??
      (await ask.select<string>({
        message: 'Provider',
        choices: Object.entries(KNOWN_PROVIDERS).map(([p, env]) => ({ value: p, name: p, description: `API key in ${env}` })),
      }))
    const models = providerModels(list, provider)
    return ask.search<string>({
      message: `LiteLLM model (${models.length} listed for ${provider}; type to filter)`,
      source: (term) => {
        const t = (term ?? '').trim().toLowerCase()
        const hits = models.filter((m) => m.name.toLowerCase().includes(t)).slice(0, 200)
        const choices = hits.map((m) => ({ value: m.name, name: m.name, description: describeEntry(m.entry) }))
        if (t && !hits.some((m) => m.name.toLowerCase() === t || m.key.toLowerCase() === t)) {
          const typed = term!.trim().includes('/') ? term!.trim() : `${provider}/${term!.trim()}`
          choices.push({ value: typed, name: `${typed} (as typed: not in the LiteLLM list)`, description: 'nothing can be prefilled' })
        }
        return choices
      },
      validate: check,
    })
  }

  private async hfRepo(): Promise<HfModelInfo | undefined> {
    const client = this.v.online ? createHfClient(this.io.env) : undefined
    let info: HfModelInfo | undefined
    const check = async (repo: string): Promise<true | string> => {
      this.draft.hf_repo = repo.trim()
      const ok = await checkAnswer(this.ctx, this.draft, ['hf_repo'])
      if (ok !== true || !client) return ok
      const res = await client.modelInfo(repo.trim())
      if (res.status === 'ok') {
        info = res.info
        return ggufFiles(res.info).length ? true : `${repo} holds no .gguf file`
      }
      if (res.status === 'not-found') return res.message
      // Unreachable: go on without the facts rather than block the curator.
      this.note(`cannot reach HuggingFace (${res.message}); going on without its facts.`)
      return true
    }
    const given = this.v.hf
    if (given !== undefined) {
      const ok = await check(given)
      if (ok !== true) throw new CurateError(`--hf: ${ok}`, { exitCode: 2 })
    } else if (this.yes) throw this.missing('--hf', 'the HuggingFace repository, org/repo')
    else await ask.input({ message: 'HuggingFace repository (org/repo)', required: true, validate: check })
    return info
  }

  private async hfFile(repo: string, info: HfModelInfo | undefined): Promise<string> {
    const given = this.v.file
    if (given !== undefined) return given
    if (this.yes) throw this.missing('--file', `the .gguf file in ${repo}`)
    if (info) {
      const files = pickableFiles(info)
      if (!files.length) throw new CurateError(`${repo} holds no .gguf file`, { exitCode: 2 })
      return ask.select<string>({
        message: `GGUF file in ${repo}`,
        choices: files.map((f) => ({ value: f.file, name: `${f.file}${f.size ? `  (${(f.size / 1e9).toFixed(2)} GB)` : ''}`, description: f.quantization })),
      })
    }
    return ask.input({
      message: `GGUF file in ${repo} (e.g. Model-Q4_K_M.gguf)`,
      required: true,
      validate: async (file) => {
        const r = localFacts(repo, file.trim())
        if (!r.ok) return r.problem
        const draft = { ...this.draft, model_uri: r.facts.model_uri, hf_file: r.facts.hf_file }
        return checkAnswer(this.ctx, draft, ['hf_file'], [['model_uri']])
      },
    })
  }

  // ---- fields -------------------------------------------------------------------------------

  /** The suggested id, or with a suffix when the plain one is taken. */
  private freeId(id: string | undefined, suffix?: string): string | undefined {
    if (!id) return undefined
    if (!idProblem(this.ws.store, id)) return id
    if (suffix) {
      const alt = `${id}-${suffix}`
      if (!idProblem(this.ws.store, alt)) return alt
    }
    return undefined
  }

  private async text(spec: FieldSpec<string> & { map?: (s: string) => string | undefined }): Promise<void> {
    const map = spec.map ?? ((s: string) => (s.trim() === '' ? undefined : s.trim()))
    await this.field(spec, map, async (def, validate) =>
      ask.input({ message: spec.required ? spec.label : `${spec.label} (optional${def !== undefined ? ', "-" to leave out' : ''})`, default: def, required: spec.required, validate }),
    )
  }

  private async list(spec: Omit<FieldSpec<string>, 'prefill'> & { prefill?: string[] }): Promise<void> {
    const prefill = spec.prefill?.join(', ')
    await this.field({ ...spec, prefill }, (s) => (s.trim() === '' ? undefined : parseList(s)), async (def, validate) =>
      ask.input({ message: `${spec.label}, comma-separated (optional${def !== undefined ? ', "-" to leave out' : ''})`, default: def, validate }),
    )
  }

  private async int(spec: FieldSpec<string | number>): Promise<void> {
    await this.numeric(spec, true)
  }

  private async num(spec: FieldSpec<string | number>): Promise<void> {
    await this.numeric(spec, false)
  }

  private async numeric(spec: FieldSpec<string | number>, integer: boolean): Promise<void> {
    const toNumber = (v: string | number): number | undefined => {
      if (typeof v === 'number') return v
      if (v.trim() === '') return undefined
      const n = Number(v.trim())
      if (!Number.isFinite(n)) throw new CurateError(`${spec.flag} must be a number; got "${v}"`, { exitCode: 2 })
      return n
    }
    const given = spec.given !== undefined ? toNumber(spec.given) : undefined
    const prefill = spec.prefill !== undefined ? toNumber(spec.prefill) : undefined
    if (given !== undefined || this.yes) {
      await this.settle({ ...spec, given, prefill })
      return
    }
    const validate = async (n: number | undefined) => {
      if (n === undefined) return spec.required ? `${spec.label} is required` : true
      return checkAnswer(this.ctx, withValue(this.draft, spec.path, n), spec.path, spec.linked)
    }
    const n = await ask.number({ message: spec.required ? spec.label : `${spec.label}`, default: prefill, required: spec.required, integer, validate })
    this.set(spec.path, n)
  }

  private async bool(spec: FieldSpec<boolean>): Promise<void> {
    if (spec.given !== undefined || this.yes) {
      this.set(spec.path, spec.given ?? spec.prefill)
      return
    }
    this.set(spec.path, await ask.confirm({ message: spec.label, default: spec.prefill }))
  }

  private async choice(spec: FieldSpec<string> & { choices: { value: string; description?: string }[] }): Promise<void> {
    if (spec.given !== undefined || this.yes) {
      await this.settle(spec)
      return
    }
    this.set(spec.path, await ask.select<string>({ message: spec.label, choices: spec.choices.map((c) => ({ ...c, name: c.value })), default: spec.prefill }))
  }

  private async sources(prefill: string[]): Promise<void> {
    const given = this.v.source
    const all = [...new Set([...prefill, ...(given ?? [])])]
    if (this.yes || given !== undefined) {
      await this.settle({ path: ['sources'], flag: '--source', label: 'Sources', given: all.length ? all : undefined })
      return
    }
    await this.list({ path: ['sources'], flag: '--source', label: 'Sources of these facts (URLs)', prefill: all.length ? all : undefined })
  }

  /** A text-typed field: flag, else (with --yes) prefill, else a prompt with the prefill as default. */
  private async field<T>(
    spec: FieldSpec<string>,
    map: (s: string) => T | undefined,
    prompt: (def: string | undefined, validate: (s: string) => Promise<true | string>) => Promise<string>,
  ): Promise<void> {
    if (spec.given !== undefined || this.yes) {
      await this.settle({ ...spec, given: spec.given !== undefined ? map(spec.given) : undefined, prefill: spec.prefill !== undefined ? map(spec.prefill) : undefined })
      return
    }
    const leaveOut = (s: string) => !spec.required && s.trim() === '-'
    const validate = async (s: string): Promise<true | string> => {
      if (leaveOut(s)) return true
      const value = map(s)
      if (value === undefined) return spec.required ? `${spec.label} is required` : true
      return checkAnswer(this.ctx, withValue(this.draft, spec.path, value), spec.path, spec.linked)
    }
    const answer = await prompt(spec.prefill, validate)
    this.set(spec.path, leaveOut(answer) ? undefined : map(answer))
  }

  /** Non-interactive: the flag's value, else the prefill; checked; missing and required is exit 2. */
  private async settle<T>(spec: FieldSpec<T>): Promise<void> {
    const value = spec.given ?? spec.prefill
    if (value === undefined) {
      if (spec.required) throw spec.missing ? new CurateError(spec.missing, { exitCode: 2 }) : this.missing(spec.flag, spec.label)
      return
    }
    this.set(spec.path, value)
    await this.assertValid(spec.path, spec.flag, spec.linked, spec.given === undefined)
  }

  private async assertValid(p: PathSegment[], flag: string, linked?: PathSegment[][], prefilled = false): Promise<void> {
    const ok = await checkAnswer(this.ctx, this.draft, p, linked)
    if (ok !== true) throw new CurateError(`${flag}: ${ok}`, { hint: prefilled ? `The prefilled value does not pass; give ${flag} yourself.` : undefined, exitCode: 2 })
  }

  private set(p: PathSegment[], value: unknown): void {
    this.draft = withValue(this.draft, p, value)
  }

  private missing(flag: string, what: string): CurateError {
    return new CurateError(`missing ${flag}: ${what} cannot be prefilled`, { hint: `With --yes every value comes from a flag or a prefill: pass ${flag}.`, exitCode: 2 })
  }

  private note(text: string): void {
    this.io.err(`${clean(text)}\n`)
  }

  // ---- preview, write, validate, commit -------------------------------------------------

  private async finish(): Promise<number> {
    const data = buildModel(this.kind, this.draft, this.ws.schemas.keyOrder(schemaNameOf(this.kind)))
    const text = serializeModel(data)
    const id = String(data.id)
    const target = newModelPath(this.ws.storeDir, this.kind, id)
    const shown = displayPath(target, this.io.cwd)
    const before = checkDraft(this.ctx, this.draft).filter((f) => f.severity === 'error')
    this.io.out(`\n${shown}:\n${text.split('\n').map(clean).join('\n')}`)
    if (before.length) {
      this.io.err(this.findings(before))
      this.io.err('Nothing written: the file would not validate.\n')
      return 1
    }
    if (!this.yes && !(await ask.confirm({ message: `Write ${shown}?`, default: true }))) {
      this.io.err('Nothing written.\n')
      return 0
    }
    writeNewModel(target, text)
    this.io.out(`Wrote ${shown}\n`)
    // Judge what is on disk now, as validate and the hook will (one schema compile per run).
    const written = { kind: this.kind, path: shown, text: readFileSync(target, 'utf8') }
    const findings = judgeDraft(this.ws, written, { added: true })
    const summary = summarize(findings, 1)
    this.io.out(formatText(findings, summary, { color: useColor(this.io) }))
    const message = `feat: add ${String(data.name)} model`
    if (this.v.commit) {
      const git = new Git(this.io.cwd)
      if (!git.isRepo()) throw new CurateError(`cannot commit: ${this.io.cwd} is not inside a git repository`, { hint: 'The file is written; commit it yourself, or run add without --commit.' })
      try {
        git.commitFile(path.relative(this.io.cwd, target), message)
      } catch (err) {
        throw new CurateError(`git commit failed: ${(err as Error).message}`, { hint: `The file is written and staged; fix what the hooks report, then: git commit -m ${shellQuote(message)}`, exitCode: 1, cause: err })
      }
      this.io.out(`Committed ${git.head()?.slice(0, 12) ?? ''}: ${clean(message)}\n`)
    } else {
      this.io.out(`Suggested commit:\n  git add ${shown} && git commit -m ${shellQuote(message)}\n`)
    }
    return summary.errors > 0 ? 1 : 0
  }

  private findings(list: Finding[]): string {
    return formatText(list, summarize(list, 1), { color: useColor(this.io) })
  }
}

function withValue(draft: ModelData, p: PathSegment[], value: unknown): ModelData {
  const [head, ...rest] = p as string[]
  if (!rest.length) {
    const next = { ...draft }
    if (value === undefined) delete next[head]
    else next[head] = value
    return next
  }
  const inner = draft[head] && typeof draft[head] === 'object' ? (draft[head] as ModelData) : {}
  const child = withValue(inner, rest, value)
  const next = { ...draft }
  if (Object.keys(child).length) next[head] = child
  else delete next[head]
  return next
}

function describeEntry(e: { max_input_tokens?: number; input_cost_per_token?: number; output_cost_per_token?: number; mode?: string }): string {
  const parts: string[] = []
  if (typeof e.max_input_tokens === 'number') parts.push(`${e.max_input_tokens.toLocaleString('en-US')} input tokens`)
  if (typeof e.input_cost_per_token === 'number' && typeof e.output_cost_per_token === 'number')
    parts.push(`$${+(e.input_cost_per_token * 1e6).toFixed(6)} / $${+(e.output_cost_per_token * 1e6).toFixed(6)} per 1M`)
  if (e.mode) parts.push(e.mode)
  return parts.join(' · ')
}

