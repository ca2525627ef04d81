/**
 * The audit on the store as it stood before the 2026-07-24 refresh, against that list and a Hub
 * served from 127.0.0.1: every real drift once and nothing else; a Hub answering 404 for
 * everything, or not answering, is upstream unreachable.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { audit, auditExitCode, auditOptionsFromPolicy, type AuditResult } from '../../src/core/audit/index.js'
import type { HfModelInfo } from '../../src/core/hf.js'
import { fetchAuditFacts } from '../../src/io/audit-facts.js'
import { openWorkspace } from '../../src/io/workspace.js'
import { ROOT } from '../helpers.js'
import { startUpstream, type FakeUpstream } from '../servers/upstream.js'

const FIX = path.join(ROOT, 'test/fixtures/audit')
const TODAY = '2026-12-01'
const FAST = { LEGER_HTTP_TIMEOUT_MS: '2000', LEGER_HTTP_RETRIES: '1', LEGER_HTTP_BACKOFF_MS: '5' }

/** The Hub's answer for each local repo: the files and quantizations local-models.md records (downloads constructed). */
const GGUF: Record<string, string[]> = {
  'Qwen/Qwen3-0.6B-GGUF': ['Qwen3-0.6B-Q8_0.gguf'],
  'Qwen/Qwen3-4B-GGUF': ['Qwen3-4B-Q4_K_M.gguf', 'Qwen3-4B-Q5_0.gguf', 'Qwen3-4B-Q5_K_M.gguf', 'Qwen3-4B-Q6_K.gguf', 'Qwen3-4B-Q8_0.gguf'],
  'Qwen/Qwen3-14B-GGUF': ['Qwen3-14B-Q4_K_M.gguf', 'Qwen3-14B-Q8_0.gguf'],
  'ibm-granite/granite-4.0-h-micro-GGUF': ['granite-4.0-h-micro-Q2_K.gguf', 'granite-4.0-h-micro-Q3_K_M.gguf', 'granite-4.0-h-micro-Q4_K_M.gguf', 'granite-4.0-h-micro-Q5_K_M.gguf', 'granite-4.0-h-micro-Q8_0.gguf'],
  'ggml-org/gpt-oss-20b-GGUF': ['gpt-oss-20b-mxfp4.gguf'],
  'ggml-org/gpt-oss-120b-GGUF': ['gpt-oss-120b-mxfp4-00001-of-00003.gguf', 'gpt-oss-120b-mxfp4-00002-of-00003.gguf', 'gpt-oss-120b-mxfp4-00003-of-00003.gguf'],
  'Qwen/Qwen3-235B-A22B-GGUF': [1, 2, 3, 4, 5].map((i) => `Q4_K_M/Qwen3-235B-A22B-Q4_K_M-0000${i}-of-00005.gguf`).concat(['Q8_0/Qwen3-235B-A22B-Q8_0-00001-of-00009.gguf']),
  'ggml-org/Llama-4-Scout-17B-16E-Instruct-GGUF': ['Llama-4-Scout-17B-16E-Instruct-Q4_K_M-00001-of-00002.gguf', 'Llama-4-Scout-17B-16E-Instruct-Q4_K_M-00002-of-00002.gguf', 'Llama-4-Scout-17B-16E-Instruct-Q8_0-00001-of-00003.gguf'],
  'unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF': ['Qwen3-Coder-30B-A3B-Instruct-Q3_K_M.gguf', 'Qwen3-Coder-30B-A3B-Instruct-Q4_K_M.gguf', 'Qwen3-Coder-30B-A3B-Instruct-Q8_0.gguf'],
  'Qwen/Qwen3-Embedding-8B-GGUF': ['Qwen3-Embedding-8B-Q4_K_M.gguf', 'Qwen3-Embedding-8B-Q8_0.gguf', 'Qwen3-Embedding-8B-f16.gguf'],
}
const hubInfo = (repo: string): HfModelInfo => ({ id: repo, sha: 'e'.repeat(40), private: false, gated: false, disabled: false, downloads: 50000, tags: ['gguf'], siblings: [{ rfilename: 'README.md' }, ...GGUF[repo].map((rfilename) => ({ rfilename, size: 1000, lfs: { size: 1000 } }))] })

let up: FakeUpstream
beforeEach(async () => {
  up = await startUpstream()
  up.prices = JSON.parse(readFileSync(path.join(FIX, 'litellm-2026-07-24-trimmed.json'), 'utf8'))
  up.trending = [{ id: 'Qwen/Qwen3-4B-GGUF', trendingScore: 99 }, { id: 'unsloth/gemma-4-GGUF', trendingScore: 80, downloads: 20000 }]
  for (const repo of Object.keys(GGUF)) up.repos.set(repo, hubInfo(repo))
})
afterEach(() => up.close())

async function auditOldStore(env: NodeJS.ProcessEnv): Promise<AuditResult> {
  const ws = openWorkspace({ base: path.join(FIX, 'store-2026-03-03') })
  const { facts } = await fetchAuditFacts(ws.store, { online: true, env: { ...FAST, ...env }, dataDir: path.join(FIX, 'data-2026-03-03') })
  return audit({ store: ws.store, facts }, { today: TODAY, ...auditOptionsFromPolicy(ws.policy.policy) })
}

describe('the audit of the store before the refresh, against the 2026-07-24 list', () => {
  it('finds each real drift once and nothing else', async () => {
    const r = await auditOldStore(up.env())
    expect(r.findings.map((f) => f.fingerprint)).toEqual([
      'audit/stale|*|rolling',
      'audit/candidates-litellm|*|rolling',
      'audit/litellm-deprecation|claude-opus-4-1|2026-08-05',
      'audit/context-window|gpt-5-mini|272000',
      'audit/context-window|gpt-5-nano|272000',
      'audit/max-output|gpt-5-pro|128000',
      'audit/context-window|gpt-5|272000',
      'audit/litellm-deprecation|grok-4-fast|2026-05-15',
      'audit/candidates-hf|*|rolling',
    ])
    expect(r.findings.find((f) => f.model === 'gpt-5-pro')!.message).toBe("max_output differs from LiteLLM's max_output_tokens: 272,000 -> 128,000 (gpt-5-pro-2025-10-06)")
    // The store recorded gpt-5's whole window without its input cap: one reading, and the hint says to add max_input.
    expect(r.findings.find((f) => f.model === 'gpt-5')!.hint).toContain('"max_input": 272000')
    // The policy's exceptions: the three single-quantization repos are not reported.
    expect(r.excepted.map((x) => `${x.rule} ${x.model}`).sort()).toEqual(['audit/hf-quantizations gpt-oss-120b', 'audit/hf-quantizations gpt-oss-20b', 'audit/hf-quantizations qwen3-0.6b'])
    const stale = r.findings.find((f) => f.rule === 'audit/stale')!
    expect(stale.items!.map((i) => i.name)).toEqual(['claude-opus-4-1', 'claude-sonnet-4-5', 'deepseek-chat-v3.1', 'gemini-2.5-flash', 'gemini-2.5-pro', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-pro', 'gpt-oss-120b-groq', 'grok-4-fast'])
    expect(stale.items![0].detail).toBe('last_verified 2026-03-03 is 273 days old; the policy allows 180')
    expect([r.unreachable, r.notChecked, auditExitCode(r)]).toEqual([[], [], 0])
  })

  it('suggests the new generations, newest first within each provider, and no alias, preview, audio or search model', async () => {
    const r = await auditOldStore(up.env())
    const c = r.findings.find((f) => f.rule === 'audit/candidates-litellm')!
    expect(c.candidates!.map((x) => x.name)).toEqual([
      'anthropic/claude-opus-5',
      'anthropic/claude-sonnet-5',
      'anthropic/claude-opus-4-8',
      'gemini/gemini-3.6-flash',
      'gemini/gemini-3.5-flash-lite',
      'openai/gpt-5.6',
      'openai/gpt-5.5-2026-04-23',
      'openai/gpt-5.4-mini-2026-03-17',
      'xai/grok-4.20-0309-reasoning',
      'xai/grok-4.5',
      'xai/grok-4.3',
    ])
    expect(c.message).toMatch(/^12 LiteLLM chat models new since the shipped snapshot qualify \(anthropic 4, gemini 2, openai 3, xai 3\)/)
    expect(c.candidates![0].detail).toBe('1,000,000-token input, $5.00 in / $25.00 out per 1M')
  })

  it('a Hub answering 404 for everything is upstream unreachable: no local finding, exit 2, what was not checked said', async () => {
    up.repos.clear()
    up.trending = []
    const env = { ...up.env(), HF_ENDPOINT: `${up.url}/nothing` }
    const r = await auditOldStore(env)
    expect(r.findings.filter((f) => f.check === 'local-health' || f.check === 'candidates-hf')).toEqual([])
    expect(r.unreachable).toHaveLength(1)
    expect(r.unreachable[0]).toMatch(/did not describe any of the 10 repositories the store names \(first answer: .* \(HTTP 404/)
    expect(r.notChecked.map((x) => x.check)).toEqual(['local-health', 'candidates-hf'])
    expect(r.unchecked).toHaveLength(10)
    expect(auditExitCode(r)).toBe(2)
    // Cloud drift is still checked against the list.
    expect(r.findings.some((f) => f.rule === 'audit/max-output')).toBe(true)
  })

  it('a Hub that does not answer at all is unreachable too', async () => {
    const r = await auditOldStore({ ...up.env(), HF_ENDPOINT: 'http://127.0.0.1:9' })
    expect([r.unreachable.length, r.checked.includes('local-health'), auditExitCode(r)]).toEqual([1, false, 2])
    expect(r.findings.filter((f) => f.check === 'local-health')).toEqual([])
  })
})
