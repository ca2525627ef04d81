/** LiteLLM's price list: the shipped snapshot (offline, the default) or the live list (--online). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CurateError } from '../core/errors.js'
import { asLiteLLMList, type LiteLLMList } from '../core/litellm.js'
import { getJson, type HttpOptions } from './http.js'
import { packageRoot } from './paths.js'

export const DEFAULT_LITELLM_PRICES_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json'

export interface LiteLLMSource {
  list: LiteLLMList
  /** Where the facts came from, for messages: "snapshot 2026-03-03" or the URL. */
  origin: string
  offline: boolean
}

export function snapshotPath(): string {
  return path.join(packageRoot(), 'data', 'litellm-model-prices.json')
}

let snapshot: LiteLLMSource | undefined

export function loadLiteLLMSnapshot(): LiteLLMSource {
  if (snapshot) return snapshot
  try {
    const list = asLiteLLMList(JSON.parse(readFileSync(snapshotPath(), 'utf8')))
    const meta = JSON.parse(readFileSync(path.join(packageRoot(), 'data', 'litellm-model-prices.source.json'), 'utf8')) as { date?: string }
    return (snapshot = { list, origin: `LiteLLM snapshot of ${meta.date ?? 'unknown date'}`, offline: true })
  } catch (err) {
    throw new CurateError(`cannot read the LiteLLM snapshot: ${(err as Error).message}`, { cause: err })
  }
}

export async function fetchLiteLLMList(env: NodeJS.ProcessEnv = process.env, options: HttpOptions = {}): Promise<LiteLLMSource & { raw: string }> {
  const url = env.LITELLM_PRICES_URL ?? DEFAULT_LITELLM_PRICES_URL
  const res = await getJson(url, options)
  if (res.status !== 200 || !res.json || typeof res.json !== 'object' || Array.isArray(res.json))
    throw new CurateError(`${url}: expected LiteLLM's price list (a JSON object), got HTTP ${res.status}${res.json === undefined ? ' with a body that is not JSON' : ''}`)
  return { list: asLiteLLMList(res.json), origin: url, offline: false, raw: res.text }
}
