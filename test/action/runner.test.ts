/** The runner's protocol (src/action/runner.ts): what a workflow step reads back of it. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appendSummary, getInput, issue, setFailed, setOutput } from '../../src/action/runner.js'
import { tempDir } from '../helpers.js'

function stdout(f: () => void): string {
  let out = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true))
  try {
    f()
  } finally {
    spy.mockRestore()
  }
  return out
}

afterEach(() => {
  process.exitCode = undefined
})

describe('the runner protocol', () => {
  it('reads an input by its action.yml name, trimmed, as @actions/core did', () => {
    const env = { 'INPUT_STORE-PATH': '  model-store \n', INPUT_FAIL_ON: 'x' }
    expect(getInput('store-path', env)).toBe('model-store')
    expect(getInput('fail on', env)).toBe('x')
    expect(getInput('missing', env)).toBe('')
  })

  it('writes one workflow command per call: a hostile message or file name cannot end it or forge another', () => {
    const out = stdout(() => issue('error', 'bad\n::warning::forged %0A', { title: 'rule', file: 'a,b:c.json', line: 3, col: 7 }))
    expect(out).toBe('::error title=rule,file=a%2Cb%3Ac.json,line=3,col=7::bad%0A::warning::forged %250A\n')
    expect(out.split('\n').filter(Boolean)).toHaveLength(1)
    expect(stdout(() => issue('notice', 'plain'))).toBe('::notice::plain\n')
  })

  it('appends outputs in the multi-line form with a fresh delimiter, and refuses a name that could forge one', () => {
    const file = path.join(tempDir(), 'output')
    writeFileSync(file, '')
    setOutput('errors', '2', { GITHUB_OUTPUT: file })
    setOutput('changed-models', '["a"]\nsecond line', { GITHUB_OUTPUT: file })
    const lines = readFileSync(file, 'utf8').split('\n')
    expect(lines[0]).toMatch(/^errors<<ghadelimiter_[0-9a-f-]{36}$/)
    expect(lines.slice(1, 3)).toEqual(['2', lines[0].split('<<')[1]])
    expect(lines[3].split('<<')[0]).toBe('changed-models')
    expect(lines[3].split('<<')[1]).not.toBe(lines[0].split('<<')[1])
    expect(lines.slice(4, 6)).toEqual(['["a"]', 'second line'])
    expect(() => setOutput('a\nb', 'x', { GITHUB_OUTPUT: file })).toThrow(/cannot be written safely/)
  })

  it('appends to the job summary, and fails the step with exit code 1 and an error annotation', () => {
    const file = path.join(tempDir(), 'summary.md')
    writeFileSync(file, '# before\n')
    appendSummary('## leger-curate', { GITHUB_STEP_SUMMARY: file })
    expect(readFileSync(file, 'utf8')).toBe('# before\n## leger-curate\n')
    expect(stdout(() => setFailed('2 errors\nhint'))).toBe('::error::2 errors%0Ahint\n')
    expect(process.exitCode).toBe(1)
  })
})
