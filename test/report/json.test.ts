/** The JSON report (src/report/json.ts): in pieces, byte for byte the one JSON.stringify would write. */
import { describe, expect, it } from 'vitest'
import { jsonChunks } from '../../src/report/json.js'
import type { Finding } from '../../src/core/types.js'

const finding = (i: number): Finding => ({
  rule: i % 2 ? 'schema' : 'deprecation',
  severity: i % 3 ? 'error' : 'warning',
  file: `model-store/cloud/m-${i}.json`,
  line: i % 5 ? i : undefined,
  column: i % 5 ? 3 : undefined,
  message: `line\nbreak "quoted" \u2028 ${'é'.repeat(i % 4)} \\ ${i}`,
  hint: i % 7 ? `hint ${i}` : undefined,
})

function whole(findings: Finding[], files: number): string {
  const report = {
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, file: f.file, line: f.line ?? null, column: f.column ?? null, message: f.message, hint: f.hint ?? null })),
    summary: { files, errors: 2, warnings: 1 },
  }
  return JSON.stringify(report, null, 2) + '\n'
}

describe('the JSON report', () => {
  it.each([0, 1, 2, 499, 500, 501, 1203])('with %i findings is, joined, exactly the whole report, in pieces of at most 500', (n) => {
    const findings = Array.from({ length: n }, (_, i) => finding(i))
    const summary = { files: n + 1, errors: 2, warnings: 1, notices: 5 }
    const chunks = [...jsonChunks(findings, summary)]
    expect(chunks.join('')).toBe(whole(findings, n + 1))
    expect([...jsonChunks(findings, summary, Number.MAX_SAFE_INTEGER)]).toEqual([whole(findings, n + 1)])
    expect(chunks.length).toBe(Math.floor(n / 500) + 1)
    expect(JSON.parse(chunks.join('')).findings).toHaveLength(n)
  })
})
