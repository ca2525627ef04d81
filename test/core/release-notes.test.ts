import { describe, expect, it } from 'vitest'
import { CurateError } from '../../src/core/errors.js'
import { diffIndexes, fieldChanges, parseIndex, releaseNotes } from '../../src/core/release-notes.js'
import { buildIndex, type IndexModel, type ReleaseIndex } from '../../src/core/release-index.js'
import { buildRelease } from '../../src/core/release.js'
import { fixtureStore, schemas, site } from '../render-helpers.js'

const base = () => buildIndex(fixtureStore(), 'a'.repeat(40))
const edit = (index: ReleaseIndex, id: string, change: (m: IndexModel) => IndexModel): ReleaseIndex => ({ ...index, models: index.models.map((m) => (m.id === id ? change(m) : m)) })
const def = (over: Record<string, unknown>) => (m: IndexModel): IndexModel => ({ ...m, definition: { ...m.definition, ...over } })

/** A previous index and this one: one added, one repriced, one deprecated, one disabled, one removed. */
function history(): { previous: ReleaseIndex; next: ReleaseIndex } {
  const next = base()
  let previous = edit(next, 'gpt-5', (m) => def({ pricing: { ...(m.definition.pricing as object), input_per_1m: '$2.00' }, enabled: true })(m))
  previous = edit(previous, 'gemini-2.5-pro', (m) => ({ ...m, deprecated: false, definition: { ...m.definition } }))
  previous = edit(previous, 'qwen3-4b', def({ enabled: true }))
  const deprecated = edit(next, 'gemini-2.5-pro', (m) => ({ ...m, deprecated: true, replacement: 'gpt-5', definition: { ...m.definition, deprecated: true, replacement: 'gpt-5', sunset_date: '2026-09-01', context_window: 2000000 } }))
  const old = { ...previous.models.find((m) => m.id === 'gpt-5')!, id: 'gpt-3-legacy', name: 'GPT-3 Legacy' }
  previous = { ...previous, models: [...previous.models.filter((m) => m.id !== 'deepseek-chat'), old] }
  return { previous, next: deprecated }
}

describe('release notes', () => {
  it('list models added, changed field by field, deprecated, and removed from blueprints', () => {
    const { previous, next } = history()
    const d = diffIndexes(previous, next)
    expect(d.added.map((m) => m.id)).toEqual(['deepseek-chat'])
    expect(d.deprecated.map((m) => m.id)).toEqual(['gemini-2.5-pro'])
    expect(d.changed.map((c) => [c.model.id, c.fields.map((f) => f.field)])).toEqual([
      // The deprecation's own fields are in the Deprecated section, not repeated here.
      ['gemini-2.5-pro', ['context_window']],
      ['gpt-5', ['enabled', 'pricing.input_per_1m']],
      ['qwen3-4b', ['enabled']],
    ])
    expect(d.removed.map((r) => `${r.model.id} ${r.why}`)).toEqual(['gpt-3-legacy removed', 'gpt-5 disabled', 'qwen3-4b disabled'])
    const notes = releaseNotes(previous, next)
    expect(notes).toContain('## Added (1)\n\n- `deepseek-chat` DeepSeek')
    expect(notes).toContain('- `gpt-5` GPT-5\n  - `enabled`: `true` -> (none)\n  - `pricing.input_per_1m`: `"$2.00"` -> `"$1.25"`')
    expect(notes).toContain('## Deprecated (1)\n\n- `gemini-2.5-pro` Gemini 2.5 Pro: use `gpt-5` instead; sunset 2026-09-01')
    expect(notes).toContain('- `gpt-3-legacy` GPT-3 Legacy: removed from the store; blueprints that name it no longer resolve')
    expect(notes).toContain('- `qwen3-4b` Qwen3 4B: no longer enabled by default')
    expect(notes).toMatch(/^# Model store changes\n\n8 models \(5 cloud, 3 local\), 1 deprecated\.\n/)
  })

  it('are the same for the same two indexes, and say when nothing changed or nothing was compared', () => {
    const { previous, next } = history()
    expect(releaseNotes(previous, next)).toBe(releaseNotes(structuredClone(previous), structuredClone(next)))
    expect(releaseNotes(base(), base())).toContain('No model changed.')
    expect(releaseNotes(undefined, base(), { noPreviousReason: 'First release.' })).toContain('\nFirst release.\n')
  })

  it('make model text inert Markdown', () => {
    const next = edit(base(), 'gpt-5', (m) => ({ ...m, name: '<img src=x> **@team** [x](https://e.vil)', definition: { ...m.definition, description: '`code` </details>' } }))
    const notes = releaseNotes(base(), next)
    expect(notes).not.toContain('<img')
    expect(notes).not.toContain('@team')
    expect(notes).not.toContain('](https://')
    expect(notes).toContain("`\"'code' </details>\"`")
  })

  it('walk objects and compare lists whole', () => {
    expect(fieldChanges({ a: { b: 1, c: [1] } }, { a: { b: 2, c: [1] }, d: 'x' })).toEqual([{ field: 'a.b', old: 1, new: 2 }, { field: 'd', new: 'x' }])
  })

  it('check a previous index before comparing', () => {
    expect(parseIndex(JSON.stringify(base()), 'old.json', schemas).models).toHaveLength(8)
    expect(() => parseIndex('{', 'old.json', schemas)).toThrow(/old.json is not JSON/)
    const err = (() => {
      try {
        parseIndex('{"models": []}', 'old.json', schemas)
      } catch (e) {
        return e
      }
    })() as CurateError
    expect(err).toBeInstanceOf(CurateError)
    expect(err.message).toMatch(/^old.json is not a release index: /)
    expect(err.hint).toContain('index.json of a previous release')
  })

  it('land in the bundle as CHANGES.md', () => {
    const { previous } = history()
    const { files } = buildRelease({ store: fixtureStore(), schemas, templates: {}, blueprints: [], commit: 'a'.repeat(40), site, previous })
    expect(files.get('CHANGES.md')!.toString()).toContain('## Added (1)')
  })
})
