import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { changedFiles, hasCommit, isNullSha, isSha, parseNameStatus } from '../../src/io/git-diff.js'
import { cloudModel } from '../helpers.js'
import { commitPr, git, goodStore, initRepo } from '../action/repo.js'

describe('changedFiles', () => {
  it('lists added, modified, deleted and renamed files between two commits of a real repository', async () => {
    const { dir, base } = initRepo({ ...goodStore(), 'cloud/old name.json': cloudModel({ id: 'x', description: 'a long enough description to detect a rename' }) })
    git(dir, 'checkout', '-q', '-b', 'pr')
    git(dir, 'mv', 'model-store/cloud/old name.json', 'model-store/cloud/new\tname.json')
    const head = commitPr(dir, { 'cloud/added.json': cloudModel({ id: 'added' }), 'local/test-local.json': null, 'cloud/test-cloud.json': cloudModel({ name: 'Changed' }) })
    const changes = await changedFiles(dir, base, head, { mergeBase: true })
    expect(changes?.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'model-store/cloud/added.json', status: 'added' },
      { path: 'model-store/cloud/new\tname.json', status: 'renamed', previous: 'model-store/cloud/old name.json' },
      { path: 'model-store/cloud/test-cloud.json', status: 'modified' },
      { path: 'model-store/local/test-local.json', status: 'deleted' },
    ])
  })

  it('compares from the merge base for a PR: commits on main since the branch point are not the PR\'s', async () => {
    const { dir, base } = initRepo(goodStore())
    const head = commitPr(dir, { 'cloud/pr.json': cloudModel({ id: 'pr' }) })
    git(dir, 'checkout', '-q', 'main')
    commitOnMain(dir)
    const mainTip = git(dir, 'rev-parse', 'HEAD')
    expect(base).not.toBe(mainTip)
    expect((await changedFiles(dir, mainTip, head, { mergeBase: true }))?.map((c) => c.path)).toEqual(['model-store/cloud/pr.json'])
    expect((await changedFiles(dir, mainTip, head))?.map((c) => c.path).sort()).toEqual(['README.md', 'model-store/cloud/pr.json'])
  })

  it('answers undefined for commits it does not have, and never passes a non-SHA to git', async () => {
    const { dir, base } = initRepo(goodStore())
    expect(await hasCommit(dir, base)).toBe(true)
    expect(await hasCommit(dir, 'f'.repeat(40))).toBe(false)
    expect(await changedFiles(dir, 'f'.repeat(40), base)).toBeUndefined()
    expect(await changedFiles(dir, '--output=/tmp/pwned', base)).toBeUndefined()
    expect(await hasCommit(dir, 'HEAD')).toBe(false)
  })
})

describe('sha helpers and the parser', () => {
  it('tells SHAs, null SHAs and the rest apart', () => {
    expect(isSha('a'.repeat(40))).toBe(true)
    expect(isSha('a'.repeat(64))).toBe(true)
    expect(isSha('A'.repeat(40))).toBe(false)
    expect(isSha('main')).toBe(false)
    expect(isNullSha('0'.repeat(40))).toBe(true)
    expect(isNullSha('0'.repeat(39) + '1')).toBe(false)
  })
  it('reads copies as additions and type changes as modifications', () => {
    expect(parseNameStatus('C75\0a.json\0b.json\0T\0c.json\0M\0d\ne.json\0')).toEqual([
      { path: 'b.json', status: 'added' },
      { path: 'c.json', status: 'modified' },
      { path: 'd\ne.json', status: 'modified' },
    ])
  })
})

function commitOnMain(dir: string): void {
  writeFileSync(`${dir}/README.md`, 'changed on main\n')
  git(dir, 'commit', '-qam', 'main moves on')
}
