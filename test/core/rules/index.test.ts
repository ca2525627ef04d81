/** Rule tests mirror the rules: a rule without its test file fails here. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../../src/core/rules/index.js'

const testFile = (id: string) => path.join(import.meta.dirname, `${id.replaceAll('/', '-')}.test.ts`)

describe('RULES', () => {
  it('have unique ids', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
  it.each(RULES.map((r) => [r.id]))('%s has its mirrored test file', (id) => {
    expect(existsSync(testFile(id)), `${path.relative(process.cwd(), testFile(id))} is missing`).toBe(true)
  })
  it('declare what they judge', () => {
    for (const r of RULES) {
      expect(['file', 'store', 'change'], r.id).toContain(r.scope)
      expect(['error', 'warning', 'notice'], r.id).toContain(r.severity)
    }
  })
})
