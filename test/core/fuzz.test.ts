/**
 * Property-based fuzzing (fast-check): valid store files mutated (structure, unicode, numbers,
 * prototype keys, truncation, nesting) through the one assembler (validate's verdict) and
 * render. No mutation may crash a door or reach "internal error" (anything but a CurateError);
 * the verdict on the mutated file is the same at every door; what the check accepts, render
 * accepts; rendered files re-parse. Bounded in time for CI.
 */
import path from 'node:path'
import fc from 'fast-check'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { CurateError } from '../../src/core/errors.js'
import { DEFAULT_LAYOUT } from '../../src/core/layout.js'
import { renderBlueprint } from '../../src/core/render.js'
import { resolveBlueprint } from '../../src/core/resolve.js'
import type { Snapshot } from '../../src/core/snapshot.js'
import type { ModelFile } from '../../src/core/types.js'
import { changeSetOf } from '../../src/core/changes.js'
import { check, checkDraft, filesWithErrors, prepare } from '../../src/io/assemble.js'
import { loadSchemaDocs, loadStoreDir } from '../../src/io/fs.js'
import { withPolicySchema } from '../../src/io/policy.js'
import { ROOT } from '../helpers.js'
import { FIXTURE_STORE, sample, schemas, templates } from '../render-helpers.js'

const base = loadStoreDir(path.join(FIXTURE_STORE, 'model-store'), FIXTURE_STORE).files
const schemaDocs = withPolicySchema(loadSchemaDocs(path.join(ROOT, 'schemas')))
const blueprints = ['minimal', 'multi-provider', 'local-only'].map(sample)
const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'id', 'name', 'provider', 'group', 'capabilities', 'pricing', 'aliases', 'context_window', 'max_output', 'ctx_size', 'model_uri']

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('os.environ/OPENAI_API_KEY', ' OS.ENVIRON/X', 'a\u2028b', 'a\u0085b', '\u202eevil', '{{ x }}', '{% raw %}', '"; rm -rf /', '\n- injected: true', '${HOME}', '%h', 'x'.repeat(5000), ''),
)
const hostileNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(9007199254740993, 1e309, -1, 0, 1e21, 0.1, 2 ** 31, -0))
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, true, [], {}, [null], { __proto__: 1 }))

/** One mutation of a file's text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...KEYS), value: hostileValue }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: hostileString }),
)

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'set': {
      const data = JSON.parse(text) as Record<string, unknown>
      // as JSON, so "__proto__" becomes an own key, exactly as a file would hold it
      const body = JSON.stringify(data, null, 2).replace(/^\{/, `{\n  ${JSON.stringify(m.key)}: ${JSON.stringify(m.value) ?? 'null'},`)
      return body + '\n'
    }
    case 'truncate':
      return text.slice(0, Math.floor(text.length * m.at))
    case 'nest':
      return text.replace(/"name": /, `"name": ${'['.repeat(m.depth)}0${']'.repeat(m.depth)}, "x": `)
    case 'splice': {
      const at = Math.floor(text.length * m.at)
      return text.slice(0, at) + m.text + text.slice(at)
    }
  }
}

const key = (f: { file: string; line?: number; column?: number; severity: string; rule: string; message: string }) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`

/**
 * One verdict on the mutated file, whichever door asks: validate PATH (a focus of that file), the
 * hook and the PR check (the file as a change), and add/deprecate (the file judged as a draft
 * beside the unmutated store).
 */
async function agree(files: ModelFile[], changed: ModelFile): Promise<void> {
  const snapshot: Snapshot = { source: 'fuzz', layout: DEFAULT_LAYOUT, files, refused: [], schemaDocs, dataDir: path.join(ROOT, 'data') }
  const onFile = (fs: Parameters<typeof key>[0][]) => fs.filter((f) => f.file === changed.path).map(key).sort()
  const asPath = onFile((await check(snapshot, { today: '2026-01-01', report: [changed.path] })).verdict.findings)
  const asChange = onFile((await check({ ...snapshot, changes: changeSetOf([{ path: changed.path, status: 'modified' }], DEFAULT_LAYOUT) }, { today: '2026-01-01' })).verdict.findings)
  const before = await prepare({ ...snapshot, files: base }, { today: '2026-01-01' })
  const asDraft = onFile(checkDraft(before, changed, { added: false }))
  expect(asChange).toEqual(asPath)
  expect(asDraft).toEqual(asPath)
}

async function door(files: ModelFile[]): Promise<void> {
  const snapshot: Snapshot = { source: 'fuzz', layout: DEFAULT_LAYOUT, files, refused: [], schemaDocs, dataDir: path.join(ROOT, 'data') }
  const { verdict, store } = await check(snapshot, { today: '2026-01-01' })
  for (const f of verdict.findings) {
    expect(typeof f.message).toBe('string')
    expect(f.message.length).toBeLessThanOrEqual(1000)
  }
  const invalid = filesWithErrors(verdict.findings)
  for (const bp of blueprints) {
    const r = resolveBlueprint(bp, store, schemas, { invalid, defaultName: bp.name })
    if (!r.resolved) continue
    let rendered
    try {
      rendered = renderBlueprint(r.resolved, templates)
    } catch (err) {
      // What the check accepted, render accepts: a refusal here is only for files with errors.
      if (err instanceof CurateError && invalid.size) continue
      throw err
    }
    for (const f of rendered) {
      if (f.path.endsWith('.yaml') || f.path.endsWith('.yml')) expect(() => parseYaml(f.content), f.path).not.toThrow()
      if (f.path.endsWith('.json')) expect(() => JSON.parse(f.content), f.path).not.toThrow()
    }
  }
}

describe('fuzz: mutated store files through validate and render', () => {
  it('never crash, never an internal error, rendered outputs re-parse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: base.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, ms) => {
        const files = base.map((f, i) => {
          if (i !== which) return f
          let text = f.text
          for (const m of ms) {
            try {
              text = mutate(text, m)
            } catch {
              // an earlier mutation broke the JSON: later 'set's splice text instead
              text = text + JSON.stringify(m)
            }
          }
          return { ...f, text }
        })
        // No door throws on data: a verdict holds what is wrong, the same at every door.
        await door(files)
        await agree(files, files[which])
      }),
      { numRuns: 400, interruptAfterTimeLimit: 6000, seed: Number(process.env.FUZZ_SEED ?? 12) },
    )
  }, 30_000)
})
