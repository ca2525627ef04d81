/**
 * The hook's kept answers from the LiteLLM snapshot (src/io/litellm-lookups.ts): served only
 * for the list they came from (by its hash), through the same checks as parsed entries, and
 * never when the file is corrupt; questions about the whole list read the list.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lookupLiteLLM, type LiteLLMList } from '../../src/core/litellm.js'
import { loadLiteLLMSnapshot, SNAPSHOT_FILE } from '../../src/io/litellm.js'
import { cachedSnapshot } from '../../src/io/litellm-lookups.js'
import { tempDir } from '../helpers.js'

const entry = (max: number) => ({ litellm_provider: 'openai', mode: 'chat', max_output_tokens: max })

function dataDir(list: Record<string, unknown>): string {
  const dir = tempDir()
  writeFileSync(path.join(dir, SNAPSHOT_FILE), JSON.stringify(list, null, 4))
  return dir
}

/** One run of the hook: look `names` up, then keep the answers. */
function run(data: string, cache: string, names: string[]) {
  const source = cachedSnapshot(data, cache)
  const hits = names.map((n) => lookupLiteLLM(source.list, n)?.entry.max_output_tokens)
  source.save()
  return hits
}

const keptFile = (cache: string) => path.join(cache, 'litellm.json')

describe('cachedSnapshot', () => {
  it('answers as the parsed list does, then from the kept answers while the list is the same', () => {
    const data = dataDir({ 'gpt-x': entry(100), 'gpt-y': entry(200) })
    const cache = path.join(tempDir(), 'leger-curate')
    expect(run(data, cache, ['openai/gpt-x', 'openai/none'])).toEqual([100, undefined])
    // The kept answers are what a second run reads: edited here, they show through.
    const kept = JSON.parse(readFileSync(keptFile(cache), 'utf8')) as { names: [string, unknown][] }
    expect(kept.names.map(([n]) => n)).toEqual(['openai/gpt-x', 'gpt-x', 'openai/none', 'none'])
    kept.names = kept.names.map(([n, e]) => [n, n === 'gpt-x' ? entry(7) : e])
    writeFileSync(keptFile(cache), JSON.stringify(kept))
    expect(run(data, cache, ['openai/gpt-x', 'openai/none'])).toEqual([7, undefined])
    // A name not kept is read from the list.
    expect(run(data, cache, ['openai/gpt-y'])).toEqual([200])
  })

  it('reads the list again when it changed, and never trusts a kept value the checks refuse', () => {
    const cache = path.join(tempDir(), 'leger-curate')
    const data = dataDir({ 'gpt-x': entry(100) })
    run(data, cache, ['openai/gpt-x'])
    writeFileSync(path.join(data, SNAPSHOT_FILE), JSON.stringify({ 'gpt-x': entry(300) }))
    expect(run(data, cache, ['openai/gpt-x'])).toEqual([300])
    const kept = JSON.parse(readFileSync(keptFile(cache), 'utf8')) as { names: [string, unknown][] }
    writeFileSync(keptFile(cache), JSON.stringify({ ...kept, names: [['gpt-x', { ...entry(1), max_output_tokens: -5 }]] }))
    expect(run(data, cache, ['openai/gpt-x'])).toEqual([undefined])
  })

  it('ignores a corrupt or foreign file, and reads the whole list for its keys', () => {
    const data = dataDir({ 'gpt-x': entry(100), 'gpt-y': entry(200), sample_spec: { mode: 'chat' } })
    const cache = path.join(tempDir(), 'leger-curate')
    mkdirSync(cache)
    for (const text of ['{not json', '[]', JSON.stringify({ format: 'other', names: [['gpt-x', entry(1)]] })]) {
      writeFileSync(keptFile(cache), text)
      expect(run(data, cache, ['openai/gpt-x'])).toEqual([100])
    }
    const source = cachedSnapshot(data, cache)
    expect(Object.keys(source.list)).toEqual(['gpt-x', 'gpt-y'])
    // Keys are data, kept or parsed: a name like a prototype's is answered as the parsed list answers it.
    const odd = dataDir(JSON.parse('{"__proto__": {"litellm_provider": "openai", "max_output_tokens": 5}, "constructor": {"mode": "chat"}}'))
    const names = ['openai/__proto__', 'constructor', 'toString']
    const hits = (list: LiteLLMList) => names.map((n) => lookupLiteLLM(list, n)).map((h) => h && [h.key, h.entry.max_output_tokens ?? h.entry.mode])
    const asParsed = hits(loadLiteLLMSnapshot(odd).list)
    expect(asParsed).toEqual([['__proto__', 5], ['constructor', 'chat'], undefined])
    for (const _ of [1, 2]) {
      const s = cachedSnapshot(odd, cache)
      expect(hits(s.list)).toEqual(asParsed)
      s.save()
    }
    expect(source.origin).toBe(loadLiteLLMSnapshot(data).origin)
  })
})
