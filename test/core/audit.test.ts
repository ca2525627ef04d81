/** The audit's pure core: findings, their positions and fingerprints, from a store and upstream facts. */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { audit, auditExitCode, type AuditFacts, type AuditOptions } from '../../src/core/audit/index.js'
import { dateInKey, generationInKey } from '../../src/core/audit/candidates.js'
import { fingerprintIn, markerFor } from '../../src/core/audit/fingerprint.js'
import type { HfModelInfo, HfRepoResult } from '../../src/core/hf.js'
import { asLiteLLMList } from '../../src/core/litellm.js'
import { mergePolicy } from '../../src/core/policy.js'
import { Store } from '../../src/core/store.js'
import type { ModelFile } from '../../src/core/types.js'
import { auditStore, hfRepos, prices, sibling, TODAY, trending } from '../audit-fixtures.js'
import { cloudModel, localModel, ROOT } from '../helpers.js'

function storeOf(files: Record<string, unknown>): Store {
  const list: ModelFile[] = Object.entries(files).map(([rel, v]) => ({ kind: rel.startsWith('cloud/') ? 'cloud' : 'local', path: `model-store/${rel}`, text: typeof v === 'string' ? v : JSON.stringify(v, null, 2) + '\n' }))
  return new Store(list)
}

const facts = (over: Partial<AuditFacts> = {}): AuditFacts => ({
  litellm: { list: asLiteLLMList(prices()), origin: 'test list', offline: false },
  hf: new Map<string, HfRepoResult>(hfRepos().map(([k, info]) => [k, { status: 'ok', info }])),
  trending: trending(),
  ...over,
})

const run = (files: Record<string, unknown>, f: AuditFacts = facts(), o: Partial<AuditOptions> = {}) => audit({ store: storeOf(files), facts: f }, { today: TODAY, ...o })
const rules = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule} ${f.model ?? '*'}`)

describe('upstream drift', () => {
  it('reports a context window that differs, old -> new, on the value, fingerprinted by the upstream value', () => {
    const r = run(auditStore())
    const f = r.findings.find((x) => x.rule === 'audit/context-window')!
    expect(f).toMatchObject({ severity: 'warning', file: 'model-store/cloud/claude-y.json', line: 7, column: 21, model: 'claude-y', fingerprint: 'audit/context-window|claude-y|1000000', sync: true })
    expect(f.message).toBe("context_window differs from LiteLLM's max_input_tokens: 200,000 -> 1,000,000 (claude-y-20260101)")
  })

  it('reads a window one way: the input limit (max_input, else the window) against max_input_tokens; bare keys found through the provider', () => {
    // gpt-x: a 400,000 window with a 272,000 input cap, as stored; keyed without "openai/".
    expect(rules(run(auditStore())).filter((x) => x.endsWith('gpt-x'))).toEqual([])
    // Never "400,000 -> 528,000": the sum of input and output is no provider's window.
    const pro = { 'cloud/gpt-x.json': cloudModel({ id: 'gpt-x', litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, max_output: 128000, pricing: { input_per_1m: '$1.25', output_per_1m: '$10.00' } }) }
    const list = { ...prices(), 'gpt-x-2026-01-01': { litellm_provider: 'openai', mode: 'responses', max_input_tokens: 400000, max_output_tokens: 128000, input_cost_per_token: 1.25e-6, output_cost_per_token: 1e-5 } }
    expect(run(pro, facts({ litellm: { list: asLiteLLMList(list), origin: 'x', offline: false } })).findings.filter((f) => f.model === 'gpt-x')).toEqual([])
    const capped = { 'cloud/gpt-x.json': cloudModel({ id: 'gpt-x', litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, max_input: 200000, max_output: 128000, pricing: { input_per_1m: '$1.25', output_per_1m: '$10.00' } }) }
    expect(run(capped).findings.filter((f) => f.model === 'gpt-x').map((f) => [f.rule, f.fingerprint, f.message])).toEqual([
      ['audit/max-input', 'audit/max-input|gpt-x|272000', "max_input differs from LiteLLM's max_input_tokens: 200,000 -> 272,000 (gpt-x-2026-01-01)"],
    ])
  })

  it('reports max output and each price that differs, with the human price form', () => {
    const files = { 'cloud/gpt-x.json': cloudModel({ id: 'gpt-x', litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, max_input: 272000, max_output: 100000, pricing: { input_per_1m: '$1.50', output_per_1m: 10 } }) }
    const r = run(files)
    expect(r.findings.filter((f) => f.model === 'gpt-x').map((f) => [f.rule, f.fingerprint, f.message])).toEqual([
      ['audit/max-output', 'audit/max-output|gpt-x|128000', "max_output differs from LiteLLM's max_output_tokens: 100,000 -> 128,000 (gpt-x-2026-01-01)"],
      ['audit/price', 'audit/price|gpt-x|input_per_1m=1.25', 'input price differs from LiteLLM: $1.50 -> $1.25 per 1M tokens (gpt-x-2026-01-01)'],
    ])
  })

  it('reports a model no longer listed, and a LiteLLM deprecation date unless the store deprecated it', () => {
    const list = prices()
    ;(list['claude-y-20260101'] as Record<string, unknown>).deprecation_date = '2026-09-30'
    const r = run(auditStore(), facts({ litellm: { list: asLiteLLMList(list), origin: 'test list', offline: false } }))
    expect(r.findings.find((f) => f.rule === 'audit/litellm-deprecation')).toMatchObject({ model: 'claude-y', fingerprint: 'audit/litellm-deprecation|claude-y|2026-09-30', message: 'LiteLLM marks claude-y-20260101 for deprecation on 2026-09-30' })
    expect(r.findings.find((f) => f.rule === 'audit/unlisted')).toMatchObject({ model: 'old-one', message: "openai/old-one is no longer in LiteLLM's list (test list)" })
    const deprecated = { ...auditStore(), 'cloud/claude-y.json': cloudModel({ id: 'claude-y', provider: 'anthropic', litellm_model_name: 'anthropic/claude-y-20260101', context_window: 1000000, deprecated: true, replacement: 'gpt-x' }) }
    expect(rules(run(deprecated, facts({ litellm: { list: asLiteLLMList(list), origin: 'x', offline: false } })))).not.toContain('audit/litellm-deprecation claude-y')
  })

  it('keeps a fingerprint while the problem stays, changes it when upstream changes again, drops it when fixed', () => {
    const fp = (w: number, stored = 200000) => {
      const files = { ...auditStore(), 'cloud/claude-y.json': cloudModel({ id: 'claude-y', provider: 'anthropic', litellm_model_name: 'anthropic/claude-y-20260101', context_window: stored }) }
      return run(files, facts({ litellm: { list: asLiteLLMList(prices(w)), origin: 'x', offline: false } })).findings.filter((f) => f.rule === 'audit/context-window').map((f) => f.fingerprint)
    }
    expect(fp(1_000_000)).toEqual(fp(1_000_000))
    expect(fp(2_000_000)).toEqual(['audit/context-window|claude-y|2000000'])
    expect(fp(1_000_000, 1_000_000)).toEqual([])
  })
})

describe('local repo health', () => {
  const withRepo = (info: HfModelInfo | 'gone' | 'down', file = 'A-Q4_K_M.gguf') => {
    const hf = new Map<string, HfRepoResult>(hfRepos().map(([k, i]) => [k, { status: 'ok', info: i }]))
    hf.set('Qwen/A-GGUF', info === 'gone' ? { status: 'not-found', message: 'HTTP 401' } : info === 'down' ? { status: 'unreachable', message: 'HTTP 503 (after 4 attempts)' } : { status: 'ok', info })
    const files = { 'local/qwen-a.json': localModel({ id: 'qwen-a', model_uri: `huggingface://Qwen/A-GGUF/${file}` }) }
    return run(files, facts({ hf })).findings.filter((f) => f.check === 'local-health')
  }
  const base = (): HfModelInfo => ({ id: 'Qwen/A-GGUF', downloads: 50000, gated: false, siblings: [sibling('A-Q4_K_M.gguf'), sibling('A-Q8_0.gguf')] })

  it('is quiet for a healthy repo', () => {
    expect(withRepo(base())).toEqual([])
  })

  it('reports a repo that is gone, disabled or gated', () => {
    expect(withRepo('gone').map((f) => [f.rule, f.severity, f.fingerprint])).toEqual([['audit/hf-gone', 'error', 'audit/hf-gone|qwen-a|Qwen/A-GGUF']])
    expect(withRepo({ ...base(), disabled: true }).map((f) => f.rule)).toEqual(['audit/hf-disabled'])
    expect(withRepo({ ...base(), gated: 'auto' }).map((f) => [f.rule, f.fingerprint])).toEqual([['audit/hf-gated', 'audit/hf-gated|qwen-a|gated=auto']])
  })

  it('reports a missing file, and every missing shard of a split model', () => {
    expect(withRepo({ ...base(), siblings: [sibling('A-Q8_0.gguf'), sibling('A-Q5_K_M.gguf')] }).map((f) => f.message)).toEqual(['Qwen/A-GGUF: A-Q4_K_M.gguf is missing'])
    const split = 'Q4_K_M/A-Q4_K_M-00001-of-00003.gguf'
    const shards = withRepo({ ...base(), siblings: [sibling(split), sibling('Q4_K_M/A-Q4_K_M-00003-of-00003.gguf'), sibling('A-Q8_0.gguf')] }, split)
    expect(shards.map((f) => [f.rule, f.message, f.line, f.column])).toEqual([['audit/hf-file-missing', 'Qwen/A-GGUF: 1 of 3 shards missing: Q4_K_M/A-Q4_K_M-00002-of-00003.gguf', 5, 16]])
  })

  it('reports downloads below the policy with the threshold, not the count, in the fingerprint', () => {
    const low = withRepo({ ...base(), downloads: 420 })
    expect(low.map((f) => [f.rule, f.fingerprint, f.message])).toEqual([['audit/hf-downloads', 'audit/hf-downloads|qwen-a|below=1000', 'Qwen/A-GGUF had 420 downloads in the last 30 days, below the policy\'s 1,000']])
    expect(withRepo({ ...base(), downloads: 17 })[0].fingerprint).toBe(low[0].fingerprint)
    const files = { 'local/qwen-a.json': localModel({ id: 'qwen-a', model_uri: 'huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf' }) }
    const hf = new Map<string, HfRepoResult>([['Qwen/A-GGUF', { status: 'ok', info: { ...base(), downloads: 420 } }]])
    expect(run(files, facts({ hf }), { minDownloads: 100 }).findings.filter((f) => f.check === 'local-health')).toEqual([])
  })

  it('reports a repo left with only the tracked quantization', () => {
    expect(withRepo({ ...base(), siblings: [sibling('A-Q4_K_M.gguf'), sibling('README.md')] }).map((f) => [f.rule, f.severity, f.fingerprint])).toEqual([['audit/hf-quantizations', 'notice', 'audit/hf-quantizations|qwen-a|only=Q4_K_M']])
  })

  it('reports a pinned file whose hash changed upstream as an error, and a pinned revision that is gone as a warning', () => {
    const pinned = { 'local/qwen-a.json': localModel({ id: 'qwen-a', model_uri: 'huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf', sha256: 'a'.repeat(64), revision: '1'.repeat(40) }) }
    const info: HfModelInfo = { ...base(), siblings: [{ rfilename: 'A-Q4_K_M.gguf', lfs: { sha256: 'b'.repeat(64), size: 1000 } }, sibling('A-Q8_0.gguf')] }
    const hf = new Map<string, HfRepoResult>([['Qwen/A-GGUF', { status: 'ok', info, revisions: { ['1'.repeat(40)]: 'not-found' } }]])
    const r = run(pinned, facts({ hf }))
    expect(r.findings.filter((f) => f.check === 'local-health').map((f) => [f.rule, f.severity, f.fingerprint])).toEqual([
      ['audit/hf-file-replaced', 'error', `audit/hf-file-replaced|qwen-a|${'b'.repeat(64)}`],
      ['audit/hf-revision-gone', 'warning', `audit/hf-revision-gone|qwen-a|${'1'.repeat(40)}`],
    ])
    const same = new Map<string, HfRepoResult>([['Qwen/A-GGUF', { status: 'ok', info: { ...info, siblings: [{ rfilename: 'A-Q4_K_M.gguf', lfs: { sha256: 'a'.repeat(64), size: 1000 } }, sibling('A-Q8_0.gguf')] }, revisions: { ['1'.repeat(40)]: 'ok' } }]])
    expect(run(pinned, facts({ hf: same })).findings.filter((f) => f.check === 'local-health')).toEqual([])
  })

  it('an unreachable repo is reported, never synced, and leaves the model unchecked, while the Hub answers for others', () => {
    const files = { 'local/qwen-a.json': localModel({ id: 'qwen-a', model_uri: 'huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf' }), 'local/gated-b.json': localModel({ id: 'gated-b', model_uri: 'huggingface://meta/B-GGUF/B-Q4_K_M.gguf' }) }
    const hf = new Map<string, HfRepoResult>([['Qwen/A-GGUF', { status: 'unreachable', message: 'HTTP 503 (after 4 attempts)' }], ['meta/B-GGUF', { status: 'ok', info: hfRepos()[1][1] }]])
    const r = run(files, facts({ hf }))
    expect(r.findings.filter((f) => f.check === 'local-health').map((f) => [f.rule, f.model, f.sync])).toEqual([['audit/hf-gated', 'gated-b', true], ['audit/hf-unreachable', 'qwen-a', false]])
    expect([r.unchecked, r.unreachable, r.notChecked]).toEqual([['qwen-a'], [], [{ check: 'local-health', why: 'not checked: qwen-a (their repositories did not answer)' }]])
  })

  it('a Hub that answers 404 for everything is unreachable, not ten repositories gone: nothing concluded, exit 2', () => {
    const files = { 'local/qwen-a.json': localModel({ id: 'qwen-a', model_uri: 'huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf' }), 'local/gated-b.json': localModel({ id: 'gated-b', model_uri: 'huggingface://meta/B-GGUF/B-Q4_K_M.gguf' }) }
    const gone = (repo: string): HfRepoResult => ({ status: 'not-found', message: `${repo} not found on http://hub (HTTP 404)` })
    const hf = new Map<string, HfRepoResult>([['Qwen/A-GGUF', gone('Qwen/A-GGUF')], ['meta/B-GGUF', gone('meta/B-GGUF')]])
    const r = run(files, facts({ hf, trending: undefined, trendingProblem: 'HTTP 404, expected a JSON array of models', hfEndpoint: 'http://hub' }))
    expect(r.findings.filter((f) => f.model === 'qwen-a' || f.model === 'gated-b')).toEqual([])
    expect(r.checked).not.toContain('local-health')
    expect(r.unchecked.sort()).toEqual(['gated-b', 'qwen-a'])
    expect(r.unreachable).toEqual(['http://hub did not describe any of the 2 repositories the store names (first answer: Qwen/A-GGUF not found on http://hub (HTTP 404))'])
    expect(r.notChecked.map((x) => x.check)).toEqual(['local-health', 'candidates-hf'])
    expect(auditExitCode(r)).toBe(2)
    // The same 404s from a Hub whose trending list answers: the repositories really are gone.
    const real = run(files, facts({ hf }))
    expect(real.findings.filter((f) => f.check === 'local-health').map((f) => f.rule)).toEqual(['audit/hf-gone', 'audit/hf-gone'])
    expect(auditExitCode(real)).toBe(1)
  })

  it('answers that do not have the Hub\'s shape, or no answer at all, are unreachable too', () => {
    const files = { 'local/qwen-a.json': localModel({ id: 'qwen-a', model_uri: 'huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf' }) }
    for (const message of ['Qwen/A-GGUF: http://hub answered with something that is not a model description', 'connect ECONNREFUSED 127.0.0.1:9']) {
      const r = run(files, facts({ hf: new Map([['Qwen/A-GGUF', { status: 'unreachable', message }]]), trending: undefined, trendingProblem: message }))
      expect([r.findings.filter((f) => f.model === 'qwen-a'), r.unreachable.length, auditExitCode(r)]).toEqual([[], 1, 2])
    }
  })
})

describe('the policy applies', () => {
  it("an exception silences the audit's finding of the same criterion for that model only", () => {
    const files = { 'local/qwen-a.json': localModel({ id: 'qwen-a', model_uri: 'huggingface://Qwen/A-GGUF/A-Q4_K_M.gguf' }), 'local/qwen-c.json': localModel({ id: 'qwen-c', model_uri: 'huggingface://Qwen/C-GGUF/C-Q4_K_M.gguf' }) }
    const one = (id: string): HfModelInfo => ({ id, downloads: 50000, gated: false, siblings: [sibling(`${id.split('/')[1].split('-')[0]}-Q4_K_M.gguf`)] })
    const hf = new Map<string, HfRepoResult>([['Qwen/A-GGUF', { status: 'ok', info: one('Qwen/A-GGUF') }], ['Qwen/C-GGUF', { status: 'ok', info: one('Qwen/C-GGUF') }]])
    const policy = mergePolicy({ exceptions: [{ rule: 'local/quantizations', id: 'qwen-a', reason: 'the repo never had others' }] })
    const r = run(files, facts({ hf }), { policy })
    expect(r.findings.filter((f) => f.check === 'local-health').map((f) => [f.rule, f.model])).toEqual([['audit/hf-quantizations', 'qwen-c']])
    expect(r.excepted).toEqual([{ rule: 'audit/hf-quantizations', model: 'qwen-a', criterion: 'local/quantizations' }])
  })

  it('the bundled policy exempts gpt-oss-20b, gpt-oss-120b and qwen3-0.6b from the single-quantization finding', () => {
    const policy = mergePolicy(JSON.parse(readFileSync(path.join(ROOT, 'curation.config.json'), 'utf8')))
    const repos: [string, string, string, string][] = [['gpt-oss-20b', 'ggml-org/gpt-oss-20b-GGUF', 'gpt-oss-20b-mxfp4.gguf', 'MXFP4'], ['qwen3-0.6b', 'Qwen/Qwen3-0.6B-GGUF', 'Qwen3-0.6B-Q8_0.gguf', 'Q8_0']]
    const files = Object.fromEntries(repos.map(([id, repo, file, quantization]) => [`local/${id}.json`, localModel({ id, model_uri: `huggingface://${repo}/${file}`, quantization })]))
    const hf = new Map<string, HfRepoResult>(repos.map(([, repo, file]) => [repo, { status: 'ok', info: { id: repo, downloads: 90000, gated: false, siblings: [sibling(file)] } }]))
    const r = run(files, facts({ hf }), { policy })
    expect(r.findings.filter((f) => f.check === 'local-health')).toEqual([])
    expect(r.excepted.map((x) => x.model).sort()).toEqual(['gpt-oss-20b', 'qwen3-0.6b'])
  })
})

describe('lifecycle', () => {
  const files = () => ({
    'cloud/new.json': cloudModel({ id: 'new', litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, last_verified: '2025-11-01' }),
    'cloud/mid.json': cloudModel({ id: 'mid', litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, deprecated: true, replacement: 'new', sunset_date: '2026-05-20' }),
    'cloud/old.json': cloudModel({ id: 'old', litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, deprecated: true, replacement: 'mid', sunset_date: '2026-12-31' }),
  })

  it('reports a sunset that passed, a deprecated replacement and stale verification, with the numbers', () => {
    const r = run(files(), {})
    expect(r.findings.map((f) => [f.rule, f.model, f.fingerprint, f.message])).toEqual([
      ['audit/stale', undefined, 'audit/stale|*|rolling', '1 model last verified more than 180 days ago: new'],
      ['audit/past-sunset', 'mid', 'audit/past-sunset|mid|2026-05-20', 'mid is deprecated and its sunset_date 2026-05-20 passed 12 days ago'],
      ['audit/replacement-deprecated', 'old', 'audit/replacement-deprecated|old|mid', 'the replacement of old, mid, is itself deprecated'],
    ])
    expect(r.findings[0].items).toEqual([{ name: 'new', detail: 'last_verified 2025-11-01 is 212 days old; the policy allows 180' }])
    expect(r.findings.find((f) => f.rule === 'audit/replacement-deprecated')!.hint).toBe('Point replacement at "new" (the replacement\'s own replacement).')
    expect(r.checked).toEqual(['lifecycle'])
  })

  it('rolls every stale model into one finding, oldest first, with its age; none stale, no finding', () => {
    const stale = (id: string, date: string) => [`cloud/${id}.json`, cloudModel({ id, litellm_model_name: 'openai/gpt-x-2026-01-01', context_window: 400000, last_verified: date })]
    const r = run(Object.fromEntries([stale('bb', '2025-10-01'), stale('aa', '2025-09-01'), stale('cc', '2026-05-01')]), {})
    const f = r.findings.filter((x) => x.rule === 'audit/stale')
    expect(f.map((x) => [x.file, x.line, x.severity, x.fingerprint, x.sync])).toEqual([['model-store', undefined, 'notice', 'audit/stale|*|rolling', true]])
    expect(f[0].items!.map((i) => i.name)).toEqual(['aa', 'bb'])
    expect(f[0].message).toBe('2 models last verified more than 180 days ago: aa, bb')
    expect(run(Object.fromEntries([stale('cc', '2026-05-01')]), {}).findings).toEqual([])
    // An exception for stale-verification takes the model out of the roll.
    const policy = mergePolicy({ exceptions: [{ rule: 'stale-verification', id: 'aa', reason: 'checked by hand elsewhere' }] })
    expect(run(Object.fromEntries([stale('bb', '2025-10-01'), stale('aa', '2025-09-01')]), {}, { policy }).findings[0].items!.map((i) => i.name)).toEqual(['bb'])
  })

  it('takes the staleness threshold from the options', () => {
    expect(run(files(), {}, { staleDays: 365 }).findings.map((f) => f.rule)).not.toContain('audit/stale')
  })
})

describe('candidates', () => {
  it('lists new chat models of tracked providers, newest generation first within each provider, with window and prices', () => {
    const list = asLiteLLMList({
      ...prices(),
      'claude-new-4-7-20260420': { litellm_provider: 'anthropic', mode: 'chat', max_input_tokens: 1000000, input_cost_per_token: 5e-6, output_cost_per_token: 2.5e-5 },
      'claude-new-4-7': { litellm_provider: 'anthropic', mode: 'chat' },
      'claude-new-5': { litellm_provider: 'anthropic', mode: 'chat' },
      'claude-y': { litellm_provider: 'anthropic', mode: 'chat' },
      'claude-gone-20240101': { litellm_provider: 'anthropic', mode: 'chat', deprecation_date: '2026-01-01' },
      'gpt-x-2026-01-01': { litellm_provider: 'openai', mode: 'chat', max_input_tokens: 272000, max_output_tokens: 128000, input_cost_per_token: 1.25e-6, output_cost_per_token: 1e-5 },
      'gpt-x': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-x-latest': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-6-preview': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-5.5-audio': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-5.5-search-api': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-5.5-realtime': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-image-2': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-5.5': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-5.10-mini': { litellm_provider: 'openai', mode: 'chat' },
      'old-one-2023-01-01': { litellm_provider: 'openai', mode: 'chat' },
      'mistral/mistral-big': { litellm_provider: 'mistral', mode: 'chat' },
    })
    const baseline = asLiteLLMList({ ...prices(), 'old-one-2023-01-01': { litellm_provider: 'openai', mode: 'chat' } })
    const r = run(auditStore(), facts({ litellm: { list, origin: 'x', offline: false }, baseline: { list: baseline, origin: 'snapshot' } }))
    const c = r.findings.filter((f) => f.rule === 'audit/candidates-litellm')
    expect(c).toHaveLength(1)
    expect(c[0]).toMatchObject({ severity: 'notice', file: 'model-store/cloud', fingerprint: 'audit/candidates-litellm|*|rolling' })
    // Providers in order; one candidate per snapshot and alias (the dated one); twins, aliases, previews, audio, search, realtime, image and old models out.
    expect(c[0].candidates!.map((x) => x.name)).toEqual(['anthropic/claude-new-5', 'anthropic/claude-new-4-7-20260420', 'openai/gpt-5.10-mini', 'openai/gpt-5.5'])
    expect(c[0].candidates![1]).toEqual({ name: 'anthropic/claude-new-4-7-20260420', provider: 'anthropic', detail: '1,000,000-token input, $5.00 in / $25.00 out per 1M' })
    expect(c[0].message).toBe('4 LiteLLM chat models new since the shipped snapshot qualify (anthropic 2, openai 2); newest of each provider: anthropic/claude-new-5, anthropic/claude-new-4-7-20260420, openai/gpt-5.10-mini, openai/gpt-5.5')
    const few = run(auditStore(), facts({ litellm: { list, origin: 'x', offline: false }, baseline: { list: baseline, origin: 's' } }), { candidateLimit: 1, trackedProviders: ['openai', 'mistral'] })
    expect(few.findings.find((f) => f.rule === 'audit/candidates-litellm')!.candidates!.map((x) => x.name)).toEqual(['openai/gpt-5.10-mini', 'mistral/mistral-big'])
  })

  it('reads the generation in a name', () => {
    expect(['claude-opus-4-7-20260416', 'claude-opus-5', 'gpt-5.4-mini-2026-03-17', 'gemini/gemini-3.6-flash', 'claude-sonnet-4-20250514', 'xai/grok-4-1-fast', 'o3-mini', 'gpt-4o', 'gemini/gemma-3-27b-it', 'openai/gpt-oss-20b', 'llama-3.1-8b-instant'].map(generationInKey)).toEqual([[4, 7], [5], [5, 4], [3, 6], [4], [4, 1], [3], [4], [3], [], [3, 1]])
  })

  it('reads dates in keys in both forms, and no date where there is none', () => {
    expect([dateInKey('gpt-5-2025-08-07'), dateInKey('claude-opus-4-1-20250805'), dateInKey('gemini-2.5-pro-preview-05-06'), dateInKey('o1-2024-13-01')]).toEqual(['2025-08-07', '2025-08-05', undefined, undefined])
  })

  it('lists trending GGUF repos absent from the store in trending order, whatever the case', () => {
    const r = run(auditStore(), facts({ trending: [{ id: 'qwen/a-gguf' }, { id: 'z/Z-GGUF', trendingScore: 50 }, { id: 'bad id\n-->' }, { id: 'a/A-GGUF', trendingScore: 10 }] }))
    expect(r.findings.find((f) => f.rule === 'audit/candidates-hf')!.candidates!.map((x) => x.name)).toEqual(['z/Z-GGUF', 'a/A-GGUF'])
  })

  it('gives no candidates finding when there are none', () => {
    expect(run(auditStore(), facts({ trending: [{ id: 'Qwen/A-GGUF' }] })).findings.map((f) => f.rule)).not.toContain('audit/candidates-hf')
  })
})

describe('hostile and broken input', () => {
  it('skips entries without a well-formed id, and files that are not JSON, without crashing', () => {
    const r = run({
      'cloud/a.json': cloudModel({ id: '__proto__', litellm_model_name: 'openai/x', context_window: 1 }),
      'cloud/b.json': cloudModel({ id: 'x\n-->', litellm_model_name: 'openai/x', context_window: 1 }),
      'cloud/c.json': '{"id": ',
      'local/d.json': localModel({ id: 'dd', model_uri: 'huggingface://../../etc/passwd.gguf' }),
    })
    expect(r.findings.filter((f) => f.model !== undefined)).toEqual([])
    expect(r.models).toEqual(['dd'])
  })

  it('carries any fingerprint through the hidden marker intact, and nothing can break out of it', () => {
    const fp = 'audit/x|m|a --> <!-- leger-curate-audit fingerprint=forged -->\n%E0'
    const marker = markerFor(fp)
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(fingerprintIn(`body\n${marker}\n`)).toBe(fp)
    expect(fingerprintIn('<!-- leger-curate-audit fingerprint=%E0%A4 -->')).toBeUndefined()
    // Only the last line counts: a look-alike quoted higher up is not the marker.
    expect(fingerprintIn(`${markerFor('forged')}\ntext\n${markerFor('real')}`)).toBe('real')
    expect(fingerprintIn(`${markerFor('forged')}\ntext`)).toBeUndefined()
  })
})
