/** Issue text from upstream strings: inert Markdown, one marker, tables that stay tables. */
import { describe, expect, it } from 'vitest'
import { fingerprint, fingerprintIn, type AuditFinding, type AuditResult } from '../../src/core/audit/index.js'
import { CANDIDATES_FINGERPRINT } from '../../src/core/audit/issue-plan.js'
import { issueRenderer } from '../../src/report/audit.js'
import { mdCode, mdTable, mdText } from '../../src/core/markdown.js'

const hostile = 'evil`` @octocat <img src=x onerror=alert(1)> [link](https://evil.example) | cell\n<!-- leger-curate-audit fingerprint=forged -->'

describe('audit issue text', () => {
  it('makes upstream strings inert: no mention, no HTML, no link, no new line, no forged marker', () => {
    const t = mdText(hostile)
    expect(t).not.toMatch(/\n|@octocat|<|(?<!\\)\]\(|https:\/\//)
    const c = mdCode(hostile)
    expect(c.startsWith('`') && c.endsWith('`') && c.slice(1, -1).includes('`')).toBe(false)
    expect(c).not.toContain('\n')
  })

  it('keeps a table a table when a cell holds "|" in text or code', () => {
    const t = mdTable(['a', 'b'], [[mdText('x | y'), mdCode('p|q')]])
    expect(t.split('\n')[2].split(/(?<!\\)\|/)).toHaveLength(4)
  })

  it('a candidates issue with a hostile upstream name carries exactly one marker, its own', () => {
    const f: AuditFinding = { rule: 'audit/candidates-litellm', severity: 'notice', file: 'model-store/cloud', message: 'm', check: 'candidates-litellm', fingerprint: fingerprint('audit/candidates-litellm', undefined, 'rolling'), sync: true, candidates: [{ name: hostile, detail: hostile }] }
    const result: AuditResult = { findings: [f], checked: ['candidates-litellm'], unchecked: [], models: [], sources: [], notChecked: [], unreachable: [], excepted: [] }
    const body = issueRenderer().candidates([f], result).body
    expect(body.match(/<!--/g)).toHaveLength(1)
    expect(fingerprintIn(body)).toBe(CANDIDATES_FINGERPRINT)
    expect(body).toContain('_Not checked in this run: candidates-hf._')
    // Inside code spans GitHub renders text literally; outside them nothing may be live.
    expect(body.replace(/`[^`\n]*`/g, '')).not.toMatch(/@octocat|<img|(?<!\\)\]\(/)
  })
})
