import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/core/types.js'
import { summarize } from '../../src/core/engine.js'
import { COMMENT_LIMIT, COMMENT_MARKER, formatComment, formatResolvedComment, formatSummary, md, SUMMARY_LIMIT, type CheckReport } from '../../src/report/github-markdown.js'

const finding = (i: number, over: Partial<Finding> = {}): Finding => ({
  rule: 'schema',
  severity: 'error',
  file: `model-store/cloud/m${i}.json`,
  line: 7,
  column: 21,
  message: `context_window must be an integer, got the string "${i}k"`,
  hint: 'Write the number of tokens, e.g. 400000.',
  ...over,
})

const report = (findings: Finding[], over: Partial<CheckReport> = {}): CheckReport => ({
  findings,
  summary: summarize(findings, 3),
  elsewhere: 0,
  changed: [],
  failOn: 'error',
  ...over,
})

describe('md', () => {
  it('keeps a table cell one cell, inert and silent', () => {
    expect(md('a|b')).toBe('a\\|b')
    expect(md('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(md('line\nbreak\r\nand\rmore')).toBe('line break and more')
    expect(md('@everyone ping')).toBe('&#64;everyone ping')
    expect(md('[click](https://evil.example)')).toBe('\\[click\\](https://evil.example)')
    expect(md('`code` *bold* _it_ ~~s~~ \\')).toBe('\\`code\\` \\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\\\')
    expect(md('&lt; stays literal')).toBe('&amp;lt; stays literal')
    expect(md('nul\u0000 esc\u001b[31m')).toBe('nul? esc?\\[31m')
  })
})

describe('formatSummary', () => {
  it('counts, lists every finding with its hint, and the changed models', () => {
    const text = formatSummary(
      report([finding(1), finding(2, { severity: 'warning', hint: undefined })], {
        changed: [{ id: 'm1', kind: 'cloud', file: 'model-store/cloud/m1.json', change: 'added' }],
      }),
    )
    expect(text).toContain('**❌ 1 error, 1 warning in 3 model files checked**')
    expect(text).toContain('| model-store/cloud/m1.json:7:21 | ❌ error | schema | context\\_window must be an integer, got the string "1k" | Write the number of tokens, e.g. 400000. |')
    expect(text).toContain('| model-store/cloud/m2.json:7:21 | ⚠️ warning | schema | context\\_window must be an integer, got the string "2k" |  |')
    expect(text).toContain('| m1 | cloud | added | model-store/cloud/m1.json |')
  })
  it('links each location to the file and line, with the path encoded', () => {
    const text = formatSummary(report([finding(1, { file: 'model-store/cloud/a (b).json' })], { blobUrl: 'https://github.com/o/r/blob/abc' }))
    expect(text).toContain('[model-store/cloud/a (b).json:7:21](https://github.com/o/r/blob/abc/model-store/cloud/a%20%28b%29.json#L7)')
  })
  it('stays under the summary size limit (1 MiB is not shown at all), in UTF-8 bytes', () => {
    const many = Array.from({ length: 6000 }, (_, i) => finding(i, { message: `${'é'.repeat(100)} ${i}` }))
    const text = formatSummary(report(many))
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    const shown = text.split('\n').filter((l) => l.startsWith('| model-store/')).length
    expect(shown).toBeGreaterThan(1000)
    expect(text).toContain(`…and ${6000 - shown} more: run \`npx leger-curate validate\` to see them all.`)
  })
  it('says when nothing is wrong', () => {
    expect(formatSummary(report([]))).toContain('✅ 3 model files checked, no problems')
  })
  it('a warning-only report fails only with fail-on: warning', () => {
    const w = [finding(1, { severity: 'warning' })]
    expect(formatSummary(report(w))).toContain('⚠️ 0 errors, 1 warning')
    expect(formatSummary(report(w, { failOn: 'warning' }))).toContain('❌ 0 errors, 1 warning')
  })
})

describe('formatComment', () => {
  it('starts with the marker and stays under GitHub\'s size limit, pointing at the summary for the rest', () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding(i, { message: `${'x'.repeat(100)} ${i}` }))
    const body = formatComment(report(many))
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const shown = body.split('\n').filter((l) => l.startsWith('| model-store/')).length
    expect(shown).toBeGreaterThan(100)
    expect(body).toContain(`…and ${2000 - shown} more: see the job summary.`)
  })
  it('the resolved form keeps the marker and drops the findings', () => {
    const body = formatResolvedComment(report([], { sha: 'abcdef1234567890abcdef1234567890abcdef12' }))
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain('Resolved: every model check passes as of abcdef1')
  })
})
