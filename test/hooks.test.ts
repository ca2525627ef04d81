/**
 * The husky hooks through real `git commit` calls in real repositories: what is blocked, what
 * passes, and that each commit form is judged on exactly what it records.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cloudModel, localModel, tempDir } from './helpers.js'
import { cli, copyRepo, git, gitOk, head, makeHookedRepo, writeModel } from './git-helpers.js'

const gpt = cloudModel({ id: 'test-cloud', name: 'Test Cloud' })
const old = cloudModel({ id: 'old-cloud', name: 'Old Cloud', litellm_model_name: 'openai/old-cloud', deprecated: true, replacement: 'test-cloud', enabled: false })
const qwen = localModel()

let template: string
beforeAll(() => {
  template = makeHookedRepo({ 'cloud/test-cloud.json': gpt, 'cloud/old-cloud.json': old, 'local/test-local.json': qwen })
})

/** `git commit` as a user types it; the output is what the user sees (stdout and stderr). */
function commit(repo: string, args: string[], env?: NodeJS.ProcessEnv) {
  const before = head(repo)
  const r = git(repo, ['commit', ...args], { env })
  return { code: r.code, out: r.stdout + r.stderr, committed: head(repo) !== before }
}

/** A model text with context_window on line 7 as a string: a schema error at 7:21. */
const badText = JSON.stringify({ ...gpt, context_window: '400k' }, null, 2) + '\n'
const goodText = JSON.stringify({ ...gpt, max_output: 64000 }, null, 2) + '\n'
const FILE = 'model-store/cloud/test-cloud.json'

describe('pre-commit: validate --staged', () => {
  it('installs the way npm ci does: core.hooksPath points at husky, which runs .husky/pre-commit', () => {
    const repo = copyRepo(template)
    expect(gitOk(repo, ['config', 'core.hooksPath']).trim()).toBe('.husky/_')
    expect(existsSync(path.join(repo, '.husky/_/pre-commit'))).toBe(true)
    expect(readFileSync(path.join(repo, '.husky/pre-commit'), 'utf8')).not.toMatch(/^#!|husky\.sh/m)
  })

  it('blocks a bad staged file and names its line, with a hint and how to bypass', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', badText)
    gitOk(repo, ['add', FILE])
    const r = commit(repo, ['-m', 'chore: update Test Cloud context window'])
    expect(r.committed).toBe(false)
    expect(r.out).toContain(`${FILE}:7:21 error schema context_window must be an integer, got the string "400k"`)
    expect(r.out).toContain('git commit -n')
  })

  it('judges the index, not the working tree: staged bad / working tree good is blocked', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', badText)
    gitOk(repo, ['add', FILE])
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    const r = commit(repo, ['-m', 'chore: update Test Cloud context window'])
    expect(r.committed).toBe(false)
    expect(r.out).toContain(`${FILE}:7:21`)
  })

  it('staged good / working tree bad is allowed, and the good version is what is committed', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    gitOk(repo, ['add', FILE])
    writeModel(repo, 'cloud/test-cloud.json', badText)
    const r = commit(repo, ['-m', 'chore: update Test Cloud max output'])
    expect(r.out).not.toMatch(/:\d+:\d+ error /)
    expect(r.committed).toBe(true)
    expect(gitOk(repo, ['show', `HEAD:${FILE}`])).toBe(goodText)
  })

  it('commit -a is judged on the working tree it commits', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', badText)
    const blocked = commit(repo, ['-a', '-m', 'chore: update Test Cloud context window'])
    expect(blocked.committed).toBe(false)
    expect(blocked.out).toContain(`${FILE}:7:21`)

    // The index is bad, the working tree good: -a records the good one.
    gitOk(repo, ['add', FILE])
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    const allowed = commit(repo, ['-a', '-m', 'chore: update Test Cloud max output'])
    expect(allowed.committed).toBe(true)
    expect(gitOk(repo, ['show', `HEAD:${FILE}`])).toBe(goodText)
  })

  it('commit -- path is judged on that path only, as the working tree has it', () => {
    const repo = copyRepo(template)
    // A bad change staged in one file, a good change to another committed by path.
    writeModel(repo, 'cloud/test-cloud.json', badText)
    gitOk(repo, ['add', FILE])
    const local = 'model-store/local/test-local.json'
    writeModel(repo, 'local/test-local.json', { ...qwen, ctx_size: 8192 })
    const allowed = commit(repo, ['-m', 'chore: update Test Local ctx size', '--', local])
    expect(allowed.out).not.toContain('error')
    expect(allowed.committed).toBe(true)
    expect(gitOk(repo, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe(local)

    // Now the staged copy of test-cloud is good but the working tree bad: `-- path` takes the working tree.
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    gitOk(repo, ['add', FILE])
    writeModel(repo, 'cloud/test-cloud.json', badText)
    const blocked = commit(repo, ['-m', 'chore: update Test Cloud context window', '--', FILE])
    expect(blocked.committed).toBe(false)
    expect(blocked.out).toContain(`${FILE}:7:21`)
  })

  it('partial staging (git add -p) is judged on the hunks staged', () => {
    const repo = copyRepo(template)
    // Two changes far apart: a good one at the top (name), a bad one at the bottom (an unknown key).
    const lines = JSON.stringify({ ...gpt, aliases: ['tc'], enabled: true, pricing: { input_per_1m: 1.25, output_per_1m: 10 } }, null, 2).split('\n')
    writeModel(repo, 'cloud/test-cloud.json', lines.join('\n') + '\n')
    gitOk(repo, ['add', FILE])
    gitOk(repo, ['commit', '-q', '-n', '-m', 'chore: update Test Cloud pricing'])
    const edited = lines.map((l) => l.replace('"Test Cloud"', '"Test Cloud Two"').replace('"enabled": true', '"enabeld": true'))
    writeModel(repo, 'cloud/test-cloud.json', edited.join('\n') + '\n')
    const diff = gitOk(repo, ['diff', '-U0', FILE])
    const [header, ...hunks] = diff.split(/^(?=@@ )/m)
    expect(hunks).toHaveLength(2)

    // Stage only the good hunk (as `git add -p` would): allowed.
    gitOk(repo, ['apply', '--cached', '--unidiff-zero', '-'], { input: header + hunks[0] })
    const allowed = commit(repo, ['-m', 'chore: update Test Cloud name'])
    expect(allowed.out).not.toContain('error')
    expect(allowed.committed).toBe(true)
    expect(gitOk(repo, ['show', `HEAD:${FILE}`])).toContain('"enabled": true')

    // Then the bad hunk alone: blocked at its line.
    gitOk(repo, ['add', FILE])
    const blocked = commit(repo, ['-m', 'chore: update Test Cloud enabled'])
    expect(blocked.committed).toBe(false)
    const line = edited.findIndex((l) => l.includes('enabeld')) + 1
    expect(blocked.out).toContain(`${FILE}:${line}:3 error schema unknown property "enabeld"`)
    expect(blocked.out).toContain('Did you mean "enabled"?')
  })

  it('refuses deleting a model, with the deprecate how-to', () => {
    const repo = copyRepo(template)
    gitOk(repo, ['rm', '-q', 'model-store/local/test-local.json'])
    const r = commit(repo, ['-m', 'fix: drop Test Local'])
    expect(r.committed).toBe(false)
    expect(r.out).toContain('model-store/local/test-local.json:1:1 error deleted-model model "test-local" is deleted')
    expect(r.out).toContain('leger-curate deprecate test-local --replacement')
  })

  it('deleting a model another names as its replacement names both', () => {
    const repo = copyRepo(template)
    gitOk(repo, ['rm', '-q', FILE])
    const r = commit(repo, ['-m', 'fix: drop Test Cloud'])
    expect(r.committed).toBe(false)
    expect(r.out).toContain(`${FILE}:1:1 error deleted-model model "test-cloud" is deleted`)
    expect(r.out).toContain('old-cloud (model-store/cloud/old-cloud.json) names "test-cloud" as its replacement')
    // The dependent's own finding, at its replacement line.
    const line = JSON.stringify(old, null, 2).split('\n').findIndex((l) => l.includes('"replacement"')) + 1
    expect(r.out).toContain(`model-store/cloud/old-cloud.json:${line}:18 error deprecation replacement "test-cloud" does not exist in the store`)
  })

  it('sees the store as it will be after the commit: a new file repeating an existing id is blocked', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/twin.json', cloudModel({ id: 'twin', name: 'Twin', litellm_model_name: 'openai/twin', aliases: ['test-cloud'] }))
    gitOk(repo, ['add', '-A'])
    const r = commit(repo, ['-m', 'feat: add Twin model'])
    expect(r.committed).toBe(false)
    expect(r.out).toMatch(/model-store\/cloud\/twin\.json:\d+:\d+ error duplicate-id alias "test-cloud" is also used by model-store\/cloud\/test-cloud\.json/)
  })

  it('judges a staged policy change under HEAD\'s policy: a commit cannot loosen its own check', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/new-cloud.json', JSON.stringify(cloudModel({ id: 'new-cloud', name: 'New Cloud', litellm_model_name: 'openai/new-cloud', pricing: { input_per_1m: 1, output_per_1m: 2 } }), null, 2) + '\n')
    gitOk(repo, ['add', 'model-store/cloud/new-cloud.json'])
    const blocked = commit(repo, ['-m', 'feat: add New Cloud model'])
    expect(blocked.committed).toBe(false)
    expect(blocked.out).toMatch(/model-store\/cloud\/new-cloud\.json:6:\d+ error cloud\/litellm-listed/)
    const policy = {
      exceptions: ['new-cloud', 'old-cloud'].map((id) => ({ rule: 'cloud/litellm-listed', id, reason: 'routed through a private LiteLLM deployment' })),
    }
    writeFileSync(path.join(repo, 'curation.config.json'), JSON.stringify(policy, null, 2) + '\n')
    gitOk(repo, ['add', 'curation.config.json'])
    // The exception and the model it exempts, in one commit: the model is judged under HEAD's policy.
    const together = commit(repo, ['-m', 'feat: add New Cloud model'])
    expect(together.committed).toBe(false)
    expect(together.out).toMatch(/model-store\/cloud\/new-cloud\.json:6:\d+ error cloud\/litellm-listed/)
    expect(together.out).toMatch(/curation\.config\.json:1:1 notice config-effect this change would silence error cloud\/litellm-listed at model-store\/cloud\/new-cloud\.json:6/)
    // The policy first, on its own (its effect shown as notices), then the model under it.
    gitOk(repo, ['restore', '--staged', 'model-store/cloud/new-cloud.json'])
    const policyAlone = commit(repo, ['-m', 'chore: exempt models routed privately'])
    expect(policyAlone.out).toMatch(/notice config-effect this change would silence error cloud\/litellm-listed at model-store\/cloud\/old-cloud\.json/)
    expect(policyAlone.committed).toBe(true)
    gitOk(repo, ['add', 'model-store/cloud/new-cloud.json'])
    const model = commit(repo, ['-m', 'feat: add New Cloud model'])
    expect(model.out).not.toMatch(/:\d+:\d+ error /)
    expect(model.committed).toBe(true)
  })

  it('a staged schema change reports its effect on every model, as notices on the schema', () => {
    const repo = copyRepo(template)
    const schemaFile = path.join(repo, 'schemas/cloud.schema.json')
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'))
    schema.required.push('release_date')
    writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n')
    gitOk(repo, ['add', 'schemas'])
    const r = commit(repo, ['-m', 'feat: require release dates'])
    expect(r.out).toContain(`schemas/cloud.schema.json:1:1 notice config-effect this change would add error schema at ${FILE}:1: missing required property "release_date"`)
    expect(r.out).toContain('this change would add error schema at model-store/cloud/old-cloud.json:1: missing required property "release_date"')
    expect(r.committed).toBe(true)
  })

  it('a commit touching no store file passes silently', () => {
    const repo = copyRepo(template)
    // Even with a broken model in the working tree, unstaged.
    writeModel(repo, 'cloud/test-cloud.json', badText)
    writeFileSync(path.join(repo, 'NOTES.md'), 'notes\n')
    gitOk(repo, ['add', 'NOTES.md'])
    const r = commit(repo, ['-q', '-m', 'docs: notes'])
    expect(r.committed).toBe(true)
    expect(r.out).toBe('')
  })

  it('prints nothing hostile: a file name with a newline cannot forge an output line', () => {
    const repo = copyRepo(template)
    const evil = 'cloud/x\nFORGED:1:1 error schema forged.json'
    writeModel(repo, evil, '{"id": ')
    gitOk(repo, ['add', '-A'])
    const r = commit(repo, ['-m', 'feat: add X model'])
    expect(r.committed).toBe(false)
    expect(r.out).toContain('model-store/cloud/x\\nFORGED:1:1 error schema forged.json:1:8 error json-syntax')
    expect(r.out.split('\n').filter((l) => l.startsWith('FORGED'))).toEqual([])
  })

  it('HUSKY=0 skips the hooks, and so does git commit -n', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', badText)
    gitOk(repo, ['add', FILE])
    const skipped = commit(repo, ['-m', 'not judged'], { HUSKY: '0' })
    expect(skipped.out).not.toContain('error')
    expect(skipped.committed).toBe(true)

    writeModel(repo, 'cloud/test-cloud.json', JSON.stringify({ ...gpt, context_window: -1 }, null, 2) + '\n')
    gitOk(repo, ['add', FILE])
    const bypassed = commit(repo, ['-n', '-m', 'not judged either'])
    expect(bypassed.committed).toBe(true)
  })
})

describe('commit-msg', () => {
  it('refuses a store commit whose message breaks the convention, suggesting one from what is staged', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', { ...gpt, pricing: { input_per_1m: 1.25, output_per_1m: 10 } })
    gitOk(repo, ['add', FILE])
    const r = commit(repo, ['-m', 'update prices'])
    expect(r.committed).toBe(false)
    expect(r.out).toContain('message:    update prices')
    expect(r.out).toContain('suggested:  chore: update Test Cloud pricing')
    expect(r.out).toContain('git commit -n')

    const ok = commit(repo, ['-m', 'chore: update Test Cloud pricing'])
    expect(ok.committed).toBe(true)
  })

  it('accepts feat: add for a new model, and refuses it when the name is not the one added', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'local/new-local.json', localModel({ id: 'new-local', name: 'New Local', model_uri: 'huggingface://Qwen/Qwen3-8B-GGUF/Qwen3-8B-Q4_K_M.gguf' }))
    gitOk(repo, ['add', '-A'])
    const wrong = commit(repo, ['-m', 'feat: add Other model'])
    expect(wrong.committed).toBe(false)
    expect(wrong.out).toContain('suggested:  feat: add New Local model')
    const ok = commit(repo, ['-m', 'feat: add New Local model'])
    expect(ok.out).not.toContain('error')
    expect(ok.committed).toBe(true)
  })

  it('suggests chore: deprecate for a deprecation, and accepts it', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'local/test-local.json', { ...qwen, deprecated: true, replacement: 'test-cloud', enabled: false })
    gitOk(repo, ['add', '-A'])
    const wrong = commit(repo, ['-m', 'chore: update Test Local deprecated'])
    // "update" is a fair description too: the convention is about the form and the name.
    expect(wrong.committed).toBe(true)
    gitOk(repo, ['reset', '-q', '--soft', 'HEAD~1'])
    const refused = commit(repo, ['-m', 'retire the local model'])
    expect(refused.committed).toBe(false)
    expect(refused.out).toContain('suggested:  chore: deprecate Test Local')
    expect(commit(repo, ['-m', 'chore: deprecate Test Local']).committed).toBe(true)
  })

  it('does not judge commits that change no model file, merges, or fixups', () => {
    const repo = copyRepo(template)
    writeFileSync(path.join(repo, 'NOTES.md'), 'notes\n')
    gitOk(repo, ['add', 'NOTES.md'])
    expect(commit(repo, ['-m', 'anything goes here']).committed).toBe(true)

    gitOk(repo, ['switch', '-q', '-c', 'side'])
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    gitOk(repo, ['add', FILE])
    expect(commit(repo, ['-m', 'chore: update Test Cloud max output']).committed).toBe(true)
    writeModel(repo, 'cloud/test-cloud.json', JSON.stringify({ ...gpt, max_output: 32000 }, null, 2) + '\n')
    gitOk(repo, ['add', FILE])
    expect(commit(repo, ['-m', 'fixup! chore: update Test Cloud max output']).committed).toBe(true)
    gitOk(repo, ['switch', '-q', 'main'])
    // git's own merge message; the merge touches the store.
    const merged = git(repo, ['merge', '--no-ff', '--no-edit', 'side'])
    expect(merged.code, merged.stdout + merged.stderr).toBe(0)
    expect(gitOk(repo, ['log', '-1', '--format=%s'])).toMatch(/^Merge branch 'side'/)
  })

  it('judges a "Merge ..." subject when no merge is in progress', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    gitOk(repo, ['add', FILE])
    const refused = commit(repo, ['-m', "Merge branch 'x': anything I like"])
    expect(refused.committed).toBe(false)
    expect(refused.out).toContain('the subject does not start with')
  })

  it('ignores comment lines and the scissors section of the message file', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    gitOk(repo, ['add', FILE])
    const msg = path.join(repo, 'msg.txt')
    writeFileSync(msg, '# Please enter the commit message\n\nchore: update Test Cloud max output\n# ------------------------ >8 ------------------------\nnot: this\n')
    const r = commit(repo, ['--cleanup=scissors', '-F', msg])
    expect(r.committed).toBe(true)
  })
})

describe('the commands behind the hooks', () => {
  it('validate --staged with nothing of the store staged does no schema work at all', () => {
    const repo = copyRepo(template)
    writeFileSync(path.join(repo, 'NOTES.md'), 'notes\n')
    gitOk(repo, ['add', 'NOTES.md'])
    // A schemas folder that does not exist: any attempt to load schemas would fail with exit 2.
    const fast = cli(repo, ['validate', '--staged', '--schemas', 'no-such-folder'])
    expect(fast).toEqual({ code: 0, stdout: '', stderr: '' })
    writeModel(repo, 'cloud/test-cloud.json', goodText)
    gitOk(repo, ['add', FILE])
    const slow = cli(repo, ['validate', '--staged', '--schemas', 'no-such-folder'])
    expect(slow.code).toBe(2)
    expect(slow.stderr).toContain('schemas folder not found')
  })

  it('reports json and github formats too, and refuses PATHs with --staged', () => {
    const repo = copyRepo(template)
    writeModel(repo, 'cloud/test-cloud.json', badText)
    gitOk(repo, ['add', FILE])
    const json = cli(repo, ['validate', '--staged', '--format', 'json'])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout).findings).toEqual([expect.objectContaining({ file: FILE, line: 7, column: 21, rule: 'schema' })])
    const gh = cli(repo, ['validate', '--staged', '--format', 'github'])
    expect(gh.stdout).toMatch(/^::error file=model-store\/cloud\/test-cloud.json,line=7,col=21,title=schema::/)
    const usage = cli(repo, ['validate', '--staged', FILE])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--staged checks every staged model file; it takes no PATH')
  })

  it('outside a repository, both commands fail clearly (exit 2), with no stack trace', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'msg'), 'x\n')
    for (const args of [['validate', '--staged'], ['commit-msg', 'msg']]) {
      const r = cli(dir, args, { GIT_CEILING_DIRECTORIES: path.dirname(dir) })
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/^leger-curate: git rev-parse failed: fatal: not a git repository/)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })
})
