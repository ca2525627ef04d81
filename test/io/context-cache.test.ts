/**
 * The hook's cache of context facts (src/io/context-cache.ts), and the verdict of `validate
 * --staged` with it: the same findings at the same lines whether the cache is cold, warm,
 * corrupt or foreign, for a duplicate found through an untouched file and for a broken link
 * reported on an untouched file whose replacement the commit deletes.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContextCache } from '../../src/io/context-cache.js'
import { cli, gitOk, makeHookedRepo, writeModel } from '../git-helpers.js'
import { cloudModel, localModel, tempDir } from '../helpers.js'

const OID_A = 'a'.repeat(40)
const OID_B = 'b'.repeat(40)

describe('ContextCache', () => {
  it('keeps only the context facts, and only the blobs of the last index read', () => {
    const dir = tempDir()
    const cache = ContextCache.open(dir)
    cache.set(OID_A, { id: 'a', aliases: ['x'], context_window: 1000, pricing: { input_per_1m: 1 } })
    cache.set(OID_B, { id: 'b' })
    cache.save(new Set([OID_A]))
    const again = ContextCache.open(dir)
    expect(again.get(OID_A)).toEqual({ id: 'a', aliases: ['x'] })
    expect(again.get(OID_B)).toBeUndefined()
  })

  it('ignores a file that is corrupt, of another format, or not keyed by blob ids', () => {
    const dir = tempDir()
    const file = path.join(dir, 'leger-curate', 'context.json')
    ContextCache.open(dir).save(new Set())
    for (const text of ['{not json', '[]', JSON.stringify({ format: 'other', models: { [OID_A]: { id: 'a' } } }), JSON.stringify({ format: readFormat(dir), models: { 'not-an-oid': { id: 'a' }, [OID_B]: 'x' } })]) {
      writeFileSync(file, text)
      const cache = ContextCache.open(dir)
      expect(cache.get(OID_A)).toBeUndefined()
      expect(cache.get(OID_B)).toBeUndefined()
      expect(cache.get('not-an-oid')).toBeUndefined()
    }
  })
})

function readFormat(dir: string): string {
  const cache = ContextCache.open(dir)
  cache.set(OID_A, { id: 'a' })
  cache.save(new Set([OID_A]))
  return (JSON.parse(readFileSync(path.join(dir, 'leger-curate', 'context.json'), 'utf8')) as { format: string }).format
}

describe('validate --staged with the context cache', () => {
  const verdict = (repo: string) => {
    const r = cli(repo, ['validate', '--staged', '--format', 'json'])
    const out = JSON.parse(r.stdout) as { findings: { file: string; line: number; column: number; rule: string; severity: string }[] }
    return { code: r.code, findings: out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`) }
  }

  it('gives one verdict cold, warm, corrupt and deleted', () => {
    const repo = makeHookedRepo({
      'cloud/test-cloud.json': cloudModel(),
      'local/old-local.json': localModel({ id: 'old-local', model_uri: 'huggingface://Org/Old-GGUF/old-Q4_K_M.gguf', deprecated: true, enabled: true, replacement: 'test-local', sunset_date: '2026-06-01' }),
      'local/test-local.json': localModel(),
    })
    const cacheFile = path.join(repo, '.git', 'leger-curate', 'context.json')
    // A staged model whose alias is the untouched cloud model's id: found through that file's facts.
    writeModel(repo, 'local/dup.json', localModel({ id: 'dup', aliases: ['test-cloud'], model_uri: 'huggingface://Org/Dup-GGUF/dup-Q4_K_M.gguf' }))
    // Deleting the replacement breaks the untouched deprecated model's link, reported at its line.
    gitOk(repo, ['rm', '-q', 'model-store/local/test-local.json'])
    gitOk(repo, ['add', '-A'])
    expect(existsSync(cacheFile)).toBe(false)
    const cold = verdict(repo)
    expect(cold.code).toBe(1)
    expect(cold.findings).toEqual(expect.arrayContaining([expect.stringMatching(/^model-store\/local\/dup\.json:\d+:\d+ error duplicate-id$/), expect.stringMatching(/^model-store\/local\/old-local\.json:\d+:\d+ error deprecation$/)]))
    expect(cold.findings.find((f) => f.includes('old-local.json'))).not.toMatch(/:1:1 /)
    expect(existsSync(cacheFile)).toBe(true)
    expect(verdict(repo)).toEqual(cold)
    writeFileSync(cacheFile, '{"format": "tampered"')
    expect(verdict(repo)).toEqual(cold)
    rmSync(path.join(repo, '.git', 'leger-curate'), { recursive: true })
    expect(verdict(repo)).toEqual(cold)
  })

  it("keeps the LiteLLM snapshot's answers by the list's hash: one verdict warm, and a changed list read again", () => {
    const repo = makeHookedRepo({ 'cloud/test-cloud.json': cloudModel() })
    const lookups = path.join(repo, '.git', 'leger-curate', 'litellm.json')
    // 100,000 against LiteLLM's 128,000 for gpt-5-2025-08-07: a facts-match-upstream warning.
    writeModel(repo, 'cloud/test-cloud.json', cloudModel({ max_output: 100000 }))
    gitOk(repo, ['add', '-A'])
    const cold = verdict(repo)
    expect(cold.findings).toEqual([expect.stringMatching(/^model-store\/cloud\/test-cloud\.json:\d+:\d+ warning cloud\/facts-match-upstream$/)])
    expect(existsSync(lookups)).toBe(true)
    expect(verdict(repo)).toEqual(cold)
    const listFile = path.join(repo, 'data', 'litellm-model-prices.json')
    const list = JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, { max_output_tokens?: number }>
    list['gpt-5-2025-08-07'].max_output_tokens = 100000
    writeFileSync(listFile, JSON.stringify(list))
    expect(verdict(repo)).toEqual({ code: 0, findings: [] })
  })
})
