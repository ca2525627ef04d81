/** The issue sync's decisions, pure: which issues to open, update, reopen, close or leave. */
import { describe, expect, it } from 'vitest'
import { fingerprint, markerFor, type AuditFinding, type AuditResult } from '../../src/core/audit/index.js'
import { CANDIDATES_FINGERPRINT, planIssues, type ExistingIssue } from '../../src/core/audit/issue-plan.js'
import { issueRenderer } from '../../src/report/audit.js'

const render = issueRenderer()

function finding(rule: string, model: string | undefined, fact: string, over: Partial<AuditFinding> = {}): AuditFinding {
  const check = rule.startsWith('audit/hf') ? 'local-health' : rule.startsWith('audit/candidates-hf') ? 'candidates-hf' : rule.startsWith('audit/candidates') ? 'candidates-litellm' : rule === 'audit/stale' ? 'lifecycle' : 'drift'
  return { rule, severity: 'warning', file: `model-store/cloud/${model ?? 'x'}.json`, line: 3, column: 5, message: `${rule} on ${model} (${fact})`, check, fingerprint: fingerprint(rule, model, fact), model, sync: true, ...over }
}

function result(findings: AuditFinding[], over: Partial<AuditResult> = {}): AuditResult {
  return { findings, checked: ['drift', 'local-health', 'lifecycle', 'candidates-litellm', 'candidates-hf'], unchecked: [], models: ['a', 'b', 'c'], sources: ['test'], notChecked: [], unreachable: [], excepted: [], ...over }
}

let next = 1
function issueFor(f: AuditFinding, over: Partial<ExistingIssue> = {}): ExistingIssue {
  const d = render.issue(f)
  return { number: next++, state: 'open', stateReason: null, title: d.title, body: d.body, ...over }
}

const kinds = (plan: ReturnType<typeof planIssues>) => plan.map((a) => `${a.kind} ${a.fingerprint}`)

describe('planIssues', () => {
  const drift = finding('audit/context-window', 'a', '1000')
  const gated = finding('audit/hf-gated', 'b', 'gated=manual')

  it('opens an issue per new finding, one for all candidates, and never one for a finding that could not be checked', () => {
    const cands = [finding('audit/candidates-litellm', undefined, 'rolling', { candidates: [{ name: 'openai/x', detail: 'd' }] }), finding('audit/candidates-hf', undefined, 'rolling', { candidates: [{ name: 'o/r', detail: 'd' }] })]
    const unreachable = finding('audit/hf-unreachable', 'c', 'o/r', { sync: false })
    const plan = planIssues(result([drift, gated, ...cands, unreachable]), [], render)
    expect(kinds(plan)).toEqual([`open ${CANDIDATES_FINGERPRINT}`, `open ${drift.fingerprint}`, `open ${gated.fingerprint}`])
    const c = plan[0]
    expect(c.kind === 'open' && c.draft.body).toContain(markerFor(CANDIDATES_FINGERPRINT))
    expect(c.kind === 'open' && c.draft.body).toContain('`o/r`')
  })

  it('leaves an identical issue alone, even when GitHub returned CRLF line endings', () => {
    const i = issueFor(drift)
    expect(kinds(planIssues(result([drift]), [{ ...i, body: i.body.replace(/\n/g, '\r\n') }], render))).toEqual([`unchanged ${drift.fingerprint}`])
  })

  it('updates the body of an open issue whose finding changed wording but not fingerprint', () => {
    const i = issueFor(drift)
    const plan = planIssues(result([{ ...drift, message: 'new words' }]), [i], render)
    expect(plan).toMatchObject([{ kind: 'update', issue: { number: i.number } }])
    expect(plan[0].kind === 'update' && plan[0].draft.body).toContain('new words')
  })

  it('reopens the latest closed issue for a returning finding, but respects "not planned"', () => {
    const old = issueFor(drift, { state: 'closed', stateReason: 'completed' })
    const newer = issueFor(drift, { state: 'closed', stateReason: 'completed' })
    expect(planIssues(result([drift]), [old, newer], render)).toMatchObject([{ kind: 'reopen', issue: { number: newer.number } }])
    const dismissed = issueFor(drift, { state: 'closed', stateReason: 'not_planned' })
    expect(planIssues(result([drift]), [dismissed], render)).toMatchObject([{ kind: 'kept', issue: { number: dismissed.number } }])
  })

  it('closes an issue whose finding is gone, saying why', () => {
    const i = issueFor(drift)
    const resolved = planIssues(result([]), [i], render)
    expect(resolved).toMatchObject([{ kind: 'close', reason: { kind: 'resolved' } }])
    expect(resolved[0].kind === 'close' && resolved[0].comment).toBe("The monthly audit no longer finds this: the store's input limit and LiteLLM's max_input_tokens agree now. Closing.")
    const removed = planIssues(result([], { models: ['b'] }), [i], render)
    expect(removed[0].kind === 'close' && removed[0].comment).toBe('The monthly audit no longer finds this: `a` is no longer in the store. Closing.')
    const moved = finding('audit/context-window', 'a', '2000')
    const superseded = planIssues(result([moved]), [i], render)
    expect(kinds(superseded)).toEqual([`close ${drift.fingerprint}`, `open ${moved.fingerprint}`])
    expect(superseded[0].kind === 'close' && superseded[0].comment).toContain('(2000)')
  })

  it('keeps the issues of checks that did not run and of models that could not be checked', () => {
    const i = issueFor(gated)
    expect(planIssues(result([], { checked: ['drift', 'lifecycle'] }), [i], render)).toMatchObject([{ kind: 'kept', why: 'not checked this run (local-health)' }])
    expect(planIssues(result([], { unchecked: ['b'] }), [i], render)).toMatchObject([{ kind: 'kept', why: 'b could not be checked this run' }])
  })

  it('never closes the issues of a model whose file failed to parse (as resolved or as removed)', () => {
    const i = issueFor(drift)
    // a.json is broken: model a is not among the models read, and its drift did not run
    expect(planIssues(result([], { models: ['b'], unparsed: ['model-store/cloud/a.json'] }), [i], render)).toMatchObject([{ kind: 'kept', why: 'a could not be checked this run: model-store/cloud/a.json failed to parse' }])
    // its id cannot be known from a file misnamed: no model is concluded removed while any file is unreadable
    expect(planIssues(result([], { models: ['b'], unparsed: ['model-store/cloud/zz.json'] }), [i], render)).toMatchObject([{ kind: 'kept' }])
    // a model that was read is still judged
    expect(planIssues(result([], { unparsed: ['model-store/cloud/zz.json'] }), [i], render)).toMatchObject([{ kind: 'close', reason: { kind: 'resolved' } }])
  })

  it('opens, updates and closes nothing when an upstream was unreachable', () => {
    const open = issueFor(gated)
    const plan = planIssues(result([drift], { unreachable: ['the Hub did not describe any of the 2 repositories'] }), [open, issueFor(drift, { state: 'closed', stateReason: 'completed' })], render)
    expect(plan).toMatchObject([{ kind: 'kept', issue: { number: open.number }, why: 'not synced: the Hub did not describe any of the 2 repositories' }])
  })

  it('closes per-model staleness issues as superseded by the rolling one, which is then updated in place', () => {
    const old = issueFor(finding('audit/stale', 'a', '2026-03-03'))
    const rolling = finding('audit/stale', undefined, 'rolling', { items: [{ name: 'a', detail: 'last_verified 2026-03-03 is 273 days old' }] })
    const plan = planIssues(result([rolling]), [old], render)
    expect(plan).toMatchObject([{ kind: 'close', reason: { kind: 'superseded' } }, { kind: 'open', fingerprint: 'audit/stale|*|rolling' }])
    const open = issueFor(rolling)
    const older = finding('audit/stale', undefined, 'rolling', { message: 'now older', items: [{ name: 'a', detail: 'last_verified 2026-03-03 is 300 days old' }] })
    expect(planIssues(result([older]), [open], render)).toMatchObject([{ kind: 'update', issue: { number: open.number } }])
    expect(planIssues(result([]), [open], render)).toMatchObject([{ kind: 'close', reason: { kind: 'resolved' } }])
  })

  it('closes duplicates of one fingerprint, keeping the oldest open issue', () => {
    const a = issueFor(drift)
    const b = issueFor(drift)
    expect(planIssues(result([drift]), [b, a], render)).toMatchObject([
      { kind: 'close', issue: { number: b.number }, reason: { kind: 'duplicate', of: a.number } },
      { kind: 'unchanged', issue: { number: a.number } },
    ])
  })

  it('ignores issues without a marker, with a malformed one, and closed issues whose finding stays gone', () => {
    const human = { number: 900, state: 'open' as const, title: 'question', body: 'What about <!-- leger-curate-audit fingerprint=%ZZ -->?' }
    const closed = issueFor(gated, { state: 'closed', stateReason: 'completed' })
    expect(planIssues(result([]), [human, closed, { ...human, number: 901, body: '' }], render)).toEqual([])
  })
})
