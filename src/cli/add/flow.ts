/**
 * The add flow: the order of the questions for each kind, the prefills, the preview, the
 * write and the commit. Every answer, and the draft as a whole, is judged as validate and the
 * hook judge the written file (the full policy, the new-submission tier), so what the flow
 * asks for is what the policy requires, and nothing is written that would not pass.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  buildModel,
  checkAnswer,
  checkDraft,
  idProblem,
  lastVerifiedOf,
  policyRequires,
  schemaNameOf,
  serializeModel,
  storeUsesTier,
  withValue,
} from '../../core/draft.js'
import { summarize } from '../../core/engine.js'
import { CurateError } from '../../core/errors.js'
import { ggufFiles, type HfModelInfo } from '../../core/hf.js'
import { parseModelUri } from '../../core/model-uri.js'
import { pinsFromHub } from '../../core/pins.js'
import { lookupLiteLLM, providerModels, type LiteLLMList } from '../../core/litellm.js'
import { cloudFacts, localFacts, pickableFiles, suggestCtxSize, suggestLocal } from '../../core/prefill.js'
import { KNOWN_PROVIDERS } from '../../core/providers.js'
import { RULE as BENCHMARKS } from '../../core/rules/local/benchmarks-present.js'
import { RULE as LICENCE } from '../../core/rules/local/licence.js'
import { RULE as PRICING } from '../../core/rules/cloud/pricing-present.js'
import { shellQuote } from '../../core/text.js'
import { KINDS, type Finding, type Kind } from '../../core/types.js'
import { checkDraft as judgeDraft, type Prepared } from '../../io/assemble.js'
import { Git } from '../../io/git.js'
import { createHfClient } from '../../io/huggingface.js'
import { fetchLiteLLMList, loadLiteLLMSnapshot } from '../../io/litellm.js'
import { newModelPath, writeNewModel } from '../../io/model-write.js'
import { displayPath } from '../../io/paths.js'
import { clean, formatText } from '../../report/text.js'
import * as ask from '../ask.js'
import { useColor, type Io } from '../io.js'
import { Answers, ofForm, type Ask } from './answers.js'
import { FIELDS, GROUPS, type Field } from './fields.js'

/** The store add writes into, prepared for judging drafts. */
export interface Workspace extends Prepared {
  storeDir: string
}

/** What the command line gave: flag values by flag name (without "--"), plus the repeatable ones. */
export interface Given {
  values: Record<string, string | boolean | string[] | undefined>
  enabled?: boolean
  yes: boolean
}

export class Flow {
  /** The draft and how each field is answered. */
  private readonly answers: Answers
  private kind!: Kind
  /** The sources facts were prefilled from: last_verified is today when the file names one. */
  private prefilledFrom: string[] = []
  /** Sources the curator named while answering (the benchmarks' page), offered again with the rest. */
  private named: string[] = []
  private readonly storePath: string
  private readonly yes: boolean

  constructor(
    private readonly io: Io,
    private readonly ws: Workspace,
    private readonly given: Given,
  ) {
    this.storePath = displayPath(ws.storeDir, io.cwd)
    this.yes = given.yes
    this.answers = new Answers(given.yes)
  }

  async run(): Promise<number> {
    this.kind = await this.chooseKind()
    this.answers.ctx = { store: this.ws.store, schemas: this.ws.schemas, kind: this.kind, storePath: this.storePath, judge: (file) => judgeDraft(this.ws, file, { added: true }) }
    if (this.kind === 'cloud') await this.cloud()
    else await this.local()
    return this.finish()
  }

  private flag(name: string): string | undefined {
    const v = this.given.values[name]
    return typeof v === 'string' ? v : undefined
  }

  /** A field with its flag's value. */
  private from<T = string>(f: Field, more: Partial<Ask<T>> = {}): Ask<T> {
    return { ...f, given: this.flag(f.flag.slice(2)) as T | undefined, ...more }
  }

  /** Required by the policy for this draft (an error without it): asked until given, interactively. */
  private requires(rule: string): boolean {
    return policyRequires(this.answers.ctx, this.answers.draft, rule)
  }

  // ---- the two flows ------------------------------------------------------------------

  private async chooseKind(): Promise<Kind> {
    const given = this.flag('kind')
    if (given !== undefined) {
      if (!(KINDS as readonly string[]).includes(given)) throw new CurateError(`--kind must be cloud or local; got "${given}"`, { exitCode: 2 })
      return given as Kind
    }
    if (this.yes) throw this.answers.missing('--kind', 'the kind of model (cloud or local)')
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
    this.prefilledFrom = facts.sources
    const provider = this.flag('provider') ?? facts.provider
    this.answers.draft.provider = provider
    this.answers.draft.litellm_model_name = facts.litellm_model_name
    if (this.flag('provider') !== undefined) await this.answers.assertValid(['provider'], '--provider')
    await this.answers.text(this.from(FIELDS.id, { prefill: this.freeId(facts.id) }))
    await this.answers.text(this.from(FIELDS.name, { prefill: facts.name }))
    await this.answers.text(this.from(FIELDS.description))
    await this.answers.numeric(this.from<string | number>(FIELDS.contextWindow, { prefill: facts.context_window }))
    await this.answers.numeric(this.from<string | number>(FIELDS.maxOutput, { prefill: facts.max_output }))
    const envVar = Object.hasOwn(KNOWN_PROVIDERS, provider) ? KNOWN_PROVIDERS[provider] : facts.requires_api_key
    await this.answers.text(this.from(FIELDS.apiKeyEnv, { prefill: envVar }))
    const p = facts.pricing
    // The policy wants prices (cloud/pricing-present): asked for until given when it does.
    await this.answers.text(this.from(FIELDS.inputPrice, { prefill: p?.input_per_1m, required: !this.yes && this.requires(PRICING) }))
    if (this.answers.draft.pricing) await this.answers.text(this.from(FIELDS.outputPrice, { prefill: p?.output_per_1m }))
    else if (this.flag('output-price') !== undefined) throw new CurateError('--output-price needs --input-price too', { exitCode: 2 })
    if (this.answers.draft.pricing) {
      await this.answers.text(this.from(FIELDS.cacheReadPrice, { prefill: p?.cache_read_per_1m }))
      await this.tier()
    }
    await this.answers.text(this.from(FIELDS.capabilities, { prefill: facts.capabilities?.join(', ') }))
    await this.answers.bool({ ...FIELDS.enabled, given: this.given.enabled, prefill: true })
    await this.sources()
  }

  private async local(): Promise<void> {
    const info = await this.hfRepo()
    const repo = this.answers.draft.hf_repo as string
    const file = await this.hfFile(repo, info)
    const r = localFacts(repo, file, info)
    // The hint lists file names the Hub sent: cleaned like any upstream text shown on a terminal.
    if (!r.ok) throw new CurateError(r.problem, { hint: r.hint && clean(r.hint), exitCode: 2 })
    const facts = r.facts
    this.prefilledFrom = facts.sources
    this.answers.draft.model_uri = facts.model_uri
    this.answers.draft.hf_file = facts.hf_file
    // Online, pin the file: its sha256 (every shard's) and the revision the Hub described.
    const uri = parseModelUri(facts.model_uri)
    if (info && uri.ok) Object.assign(this.answers.draft, pinsFromHub(info, uri.uri))
    await this.answers.assertValid(['hf_file'], '--file', [['model_uri']])
    await this.answers.text(this.from(FIELDS.quantization, { prefill: facts.quantization }))
    const quant = typeof this.answers.draft.quantization === 'string' ? this.answers.draft.quantization.toLowerCase().replace(/_/g, '-') : undefined
    await this.answers.text(this.from(FIELDS.id, { prefill: this.freeId(facts.id, quant) }))
    await this.answers.text(this.from(FIELDS.name, { prefill: facts.name }))
    await this.answers.text(this.from(FIELDS.description))
    const windowLabel = facts.context_window ? 'Native context window (tokens; prefilled from the GGUF header, check the model card)' : 'Native context window (tokens, as the model card states it)'
    await this.answers.numeric(this.from<string | number>(FIELDS.contextWindow, { label: windowLabel, prefill: facts.context_window }))
    const window = this.answers.draft.context_window as number
    await this.answers.numeric(this.from<string | number>(FIELDS.ctxSize, { prefill: suggestCtxSize(window) }))
    await this.answers.numeric(this.from<string | number>(FIELDS.sizeBytes, { prefill: facts.size_bytes }))
    const size = this.answers.draft.size_bytes as number | undefined
    const s = suggestLocal(size, this.answers.draft.ctx_size as number, facts.embeddings)
    await this.answers.choice(this.from(FIELDS.group, { prefill: s.group, missing: 'missing --group: no file size to suggest one from (pass --group, --size-bytes, or --online)' }), GROUPS)
    await this.answers.numeric(this.from<string | number>(FIELDS.ramGb, { prefill: s.ram_required_gb, missing: 'missing --ram-gb: no file size to suggest it from (pass --ram-gb, --size-bytes, or --online)' }), false)
    // The policy wants a licence it allows and published scores (local/licence,
    // local/benchmarks-present); with --yes a missing one is the final check's finding.
    await this.answers.text(this.from(FIELDS.license, { prefill: facts.license, required: !this.yes && this.requires(LICENCE) }))
    await this.benchmarks()
    await this.answers.text(this.from(FIELDS.capabilities, { prefill: this.answers.draft.group === 'embeddings' ? 'embeddings' : undefined }))
    await this.answers.bool({ ...FIELDS.enabled, given: this.given.enabled, prefill: true })
    await this.sources()
  }

  /** pricing.tier: asked, with the schema's tiers, when the store's cloud models record one; else only --tier. */
  private async tier(): Promise<void> {
    const given = this.flag('tier')
    if (given === undefined && (this.yes || !storeUsesTier(this.ws.store))) return
    const tiers = (this.ws.schemas.enumOf(schemaNameOf('cloud'), ['pricing', 'tier']) ?? []).map(String)
    if (given !== undefined || !tiers.length) return this.answers.text({ ...FIELDS.tier, given })
    const choices = tiers.map((t) => ({ value: t }))
    await this.answers.choice({ ...FIELDS.tier, required: true }, choices)
  }

  /** Published scores, name=score pairs, and the page they are from (which joins the sources). */
  private async benchmarks(): Promise<void> {
    const flags = this.given.values.benchmark
    const given = Array.isArray(flags) && flags.length ? flags.join(', ') : undefined
    if (given !== undefined || this.yes) return this.answers.text({ ...FIELDS.benchmarks, given })
    const required = this.requires(BENCHMARKS)
    await this.answers.text({ ...FIELDS.benchmarks, required })
    if (this.answers.draft.benchmarks === undefined) return
    const known = this.sourcesSoFar()
    const url = await ask.input({
      message: FIELDS.benchmarkSource.label,
      required: true,
      validate: async (s) => {
        const t = s.trim()
        if (!t) return 'Where the scores are published is required: every fact names its source'
        return checkAnswer(this.answers.ctx, withValue(this.answers.draft, ['sources'], [...new Set([...known, t])]), ['sources'])
      },
    })
    this.named.push(url.trim())
  }

  private sourcesSoFar(): string[] {
    const flags = this.given.values.source
    return [...new Set([...this.prefilledFrom, ...this.named, ...(Array.isArray(flags) ? flags : [])])]
  }

  private async sources(): Promise<void> {
    const flags = this.given.values.source
    const all = this.sourcesSoFar()
    if (this.yes || Array.isArray(flags)) {
      await this.answers.settle({ ...FIELDS.sources, given: all.length ? all : undefined })
      return
    }
    await this.answers.text({ ...FIELDS.sources, prefill: all.length ? all.join(', ') : undefined })
  }

  // ---- upstream facts -------------------------------------------------------------------

  private async litellmList(): Promise<LiteLLMList> {
    if (!this.given.values.online) return loadLiteLLMSnapshot(this.ws.snapshot.dataDir).list
    return (await fetchLiteLLMList(this.io.env)).list
  }

  private async litellmModel(list: LiteLLMList): Promise<string> {
    const given = this.flag('litellm-model')
    const check = async (name: string, keep?: (f: Finding) => boolean) => {
      this.answers.draft = { litellm_model_name: cloudFacts(list, name).litellm_model_name }
      return checkAnswer(this.answers.ctx, this.answers.draft, ['litellm_model_name'], [], keep)
    }
    if (given !== undefined) {
      const ok = await check(given, this.yes ? ofForm : undefined)
      if (ok !== true) throw new CurateError(`--litellm-model: ${ok}`, { exitCode: 2 })
      // The live list has it, the store's snapshot (what the hook and validate read) does not yet.
      if (this.given.values.online && lookupLiteLLM(list, given) && !lookupLiteLLM(loadLiteLLMSnapshot(this.ws.snapshot.dataDir).list, given))
        this.note(`${given} is in the live LiteLLM list but not in the store's snapshot, which validate and the hook read: run leger-curate refresh-upstream first.`)
      return given
    }
    if (this.yes) throw this.answers.missing('--litellm-model', 'the LiteLLM model, provider/model')
    const provider =
      this.flag('provider') ??
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
    const client = this.given.values.online ? createHfClient(this.io.env) : undefined
    let info: HfModelInfo | undefined
    const check = async (repo: string): Promise<true | string> => {
      this.answers.draft.hf_repo = repo.trim()
      const ok = await checkAnswer(this.answers.ctx, this.answers.draft, ['hf_repo'])
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
    const given = this.flag('hf')
    if (given !== undefined) {
      const ok = await check(given)
      if (ok !== true) throw new CurateError(`--hf: ${ok}`, { exitCode: 2 })
    } else if (this.yes) throw this.answers.missing('--hf', 'the HuggingFace repository, org/repo')
    else await ask.input({ message: 'HuggingFace repository (org/repo)', required: true, validate: check })
    return info
  }

  private async hfFile(repo: string, info: HfModelInfo | undefined): Promise<string> {
    const given = this.flag('file')
    if (given !== undefined) return given
    if (this.yes) throw this.answers.missing('--file', `the .gguf file in ${repo}`)
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
        const draft = { ...this.answers.draft, model_uri: r.facts.model_uri, hf_file: r.facts.hf_file }
        return checkAnswer(this.answers.ctx, draft, ['hf_file'], [['model_uri']])
      },
    })
  }

  // ---- asking one field -----------------------------------------------------------------

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

  private note(text: string): void {
    this.io.err(`${clean(text)}\n`)
  }

  // ---- preview, write, validate, commit -------------------------------------------------

  private async finish(): Promise<number> {
    this.answers.set(['last_verified'], lastVerifiedOf(this.prefilledFrom, this.answers.draft.sources, this.ws.today))
    const data = buildModel(this.kind, this.answers.draft, this.ws.schemas.keyOrder(schemaNameOf(this.kind)))
    const text = serializeModel(data)
    const id = String(data.id)
    const target = newModelPath(this.ws.storeDir, this.kind, id)
    const shown = displayPath(target, this.io.cwd)
    const before = checkDraft(this.answers.ctx, this.answers.draft).filter((f) => f.severity === 'error')
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
    if (this.given.values.commit) {
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

function describeEntry(e: { max_input_tokens?: number; input_cost_per_token?: number; output_cost_per_token?: number; mode?: string }): string {
  const parts: string[] = []
  if (typeof e.max_input_tokens === 'number') parts.push(`${e.max_input_tokens.toLocaleString('en-US')} input tokens`)
  if (typeof e.input_cost_per_token === 'number' && typeof e.output_cost_per_token === 'number')
    parts.push(`$${+(e.input_cost_per_token * 1e6).toFixed(6)} / $${+(e.output_cost_per_token * 1e6).toFixed(6)} per 1M`)
  if (e.mode) parts.push(e.mode)
  return parts.join(' · ')
}
