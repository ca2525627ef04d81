/**
 * leger-curate add: the command (flags, usage, entry). The order of the questions, the preview
 * and the write are the flow's (cli/add/flow.ts), answering one field is cli/add/answers.ts,
 * and the fields it fills are defined in cli/add/fields.ts.
 * With --yes every value comes from a flag or a prefill, and a missing one is an error.
 */
import path from 'node:path'
import { CurateError } from '../../core/errors.js'
import { prepare } from '../../io/assemble.js'
import { readWorkingTree } from '../../io/read-tree.js'
import { Flow } from '../add/flow.js'
import { parse } from '../args.js'
import type { Io } from '../io.js'

const USAGE = `Usage: leger-curate add [options]

Scaffolds a new model file: asks for what it cannot prefill (from LiteLLM's list for cloud
models, from the HuggingFace API for local ones with --online) and for what the curation
policy requires (benchmarks and a licence for local models, prices for cloud), checks every
answer with the same rules and policy as validate and the hook, shows the file, and writes
<store>/<kind>/<id>.json. It never overwrites a file. Non-interactive with --yes: every value
from a flag or a prefill.

  leger-curate add --kind cloud --litellm-model openai/gpt-5-nano-2025-08-07 --id gpt-5-nano --yes
  leger-curate add --kind local --hf Qwen/Qwen3-4B-GGUF --file Qwen3-4B-Q4_K_M.gguf --online \\
    --benchmark mmlu_redux=83.7 --source https://arxiv.org/abs/2505.09388 --yes

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
  --tier TIER             frontier, premium, mid, budget or free (asked when the store uses tiers)
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
  --benchmark NAME=SCORE  a published score, e.g. mmlu=83.7 (repeatable; its page in --source)
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
  benchmark: { type: 'string', multiple: true },
  online: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  commit: { type: 'boolean' },
  store: { type: 'string' },
  schemas: { type: 'string' },
  policy: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

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
  const ws = { ...(await prepare(snapshot, { env: io.env })), storeDir: path.resolve(io.cwd, values.store ?? 'model-store') }
  return new Flow(io, ws, { values, enabled: taken.enabled, yes }).run()
}
