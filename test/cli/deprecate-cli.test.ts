/** deprecate through the built CLI, on a copy of a store: formatting kept, refusals write nothing. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cloudModel, localModel, makeStore, runCli } from '../helpers.js'

// A hand-formatted file: 4-space indent, a compact array, spacing the re-serialiser would not keep.
const OLD = `{
    "$schema": "../../schemas/cloud.schema.json",
    "id": "gpt-4o",
    "name": "GPT-4o",
    "provider": "openai",
    "litellm_model_name": "openai/gpt-4o",
    "context_window": 128000,
    "requires_api_key": "OPENAI_API_KEY",
    "capabilities": ["chat", "vision"],
    "release_date": "2024-05-13",
    "enabled": true,
    "sources": [ "https://platform.openai.com/docs/models/gpt-4o" ]
}
`

function store(extra: Record<string, unknown> = {}): string {
  return makeStore({
    'cloud/gpt-4o.json': OLD,
    'cloud/gpt-5.json': cloudModel({ id: 'gpt-5' }),
    'cloud/gpt-4.json': cloudModel({ id: 'gpt-4', litellm_model_name: 'openai/gpt-4', deprecated: true, replacement: 'gpt-5', enabled: false }),
    'local/qwen3-4b.json': localModel({ id: 'qwen3-4b' }),
    ...extra,
  })
}

const oldText = (dir: string) => readFileSync(path.join(dir, 'model-store/cloud/gpt-4o.json'), 'utf8')

describe('deprecate (built CLI)', () => {
  it('edits in place: only the deprecation fields change, byte for byte', () => {
    const dir = store()
    const r = runCli(['deprecate', 'gpt-4o', '--replacement', 'gpt-5', '--reason', 'Superseded by GPT-5', '--sunset', '2027-01-01'], { cwd: dir })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Deprecated gpt-4o in model-store/cloud/gpt-4o.json: use gpt-5 instead.')
    const added = ['    "deprecated": true,', '    "replacement": "gpt-5",', '    "deprecation_reason": "Superseded by GPT-5",', '    "sunset_date": "2027-01-01",']
    const expected = OLD.replace('    "enabled": true,\n', `    "enabled": false,\n${added.join('\n')}\n`)
    expect(oldText(dir)).toBe(expected)
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0)
  })

  it('accepts an alias as the replacement and writes the real id', () => {
    const dir = store({ 'cloud/gpt-5.json': cloudModel({ id: 'gpt-5', aliases: ['gpt5'] }) })
    expect(runCli(['deprecate', 'gpt-4o', '--replacement', 'gpt5'], { cwd: dir }).code).toBe(0)
    expect(JSON.parse(oldText(dir))).toMatchObject({ deprecated: true, replacement: 'gpt-5', enabled: false })
  })

  const refusals: [string, string[], number, RegExp][] = [
    ['no replacement', ['gpt-4o'], 2, /missing --replacement/],
    ['an unknown model', ['gpt-4x', '--replacement', 'gpt-5'], 2, /no model has id "gpt-4x"\nDid you mean "gpt-4", "gpt-4o"/],
    ['an unknown replacement', ['gpt-4o', '--replacement', 'gpt-6'], 2, /--replacement: no model has id "gpt-6"/],
    ['a deprecated replacement', ['gpt-4o', '--replacement', 'gpt-4'], 2, /--replacement "gpt-4" is itself deprecated\nPoint at the model that replaces it: --replacement gpt-5/],
    ['itself as replacement', ['gpt-4o', '--replacement', 'gpt-4o'], 2, /cannot replace itself/],
    ['an impossible date', ['gpt-4o', '--replacement', 'gpt-5', '--sunset', '2027-02-30'], 2, /--sunset must be a calendar date, YYYY-MM-DD; got "2027-02-30"/],
    ['a sunset before the release', ['gpt-4o', '--replacement', 'gpt-5', '--sunset', '2024-01-01'], 1, /sunset_date 2024-01-01 is not after release_date 2024-05-13[\s\S]*Nothing written/],
    ['a control character in the reason', ['gpt-4o', '--replacement', 'gpt-5', '--reason', 'bell\u0007'], 1, /deprecation_reason .* is not in the expected form[\s\S]*Nothing written/],
  ]
  for (const [what, args, code, message] of refusals) {
    it(`refuses ${what} and writes nothing`, () => {
      const dir = store()
      const r = runCli(['deprecate', ...args], { cwd: dir })
      expect(r.stderr).toMatch(message)
      expect(r.code).toBe(code)
      expect(oldText(dir)).toBe(OLD)
    })
  }
})
