/** The index reader against real repositories: exactly what the commit records, refusals included. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseLsFiles, parseRawDiff } from '../../src/io/git.js'
import { readIndex } from '../../src/io/read-index.js'
import { openRepo } from '../../src/io/repo.js'
import { gitOk } from '../git-helpers.js'
import { cloudModel, makeStore, tempDir } from '../helpers.js'

function repoWith(files: Record<string, unknown>): string {
  const dir = makeStore(files)
  gitOk(dir, ['init', '-q'])
  gitOk(dir, ['config', 'user.name', 'Test'])
  gitOk(dir, ['config', 'user.email', 'test@example.test'])
  return dir
}

async function snapshot(dir: string) {
  const repo = await openRepo(dir, {})
  const changes = repo.git.stagedChanges(['model-store/cloud', 'model-store/local', 'schemas', 'curation.config.json'])
  return { changes, snap: await readIndex(repo, changes) }
}

const saved = process.env.GIT_INDEX_FILE
afterEach(() => {
  if (saved === undefined) delete process.env.GIT_INDEX_FILE
  else process.env.GIT_INDEX_FILE = saved
})

describe('the index reader', () => {
  it('reads an unborn repository: every staged file is an addition, paths with any characters', async () => {
    const dir = repoWith({ 'cloud/test-cloud.json': cloudModel(), 'cloud/we ird\nname.json': '{}' })
    gitOk(dir, ['add', '-A'])
    const { changes, snap } = await snapshot(dir)
    expect(changes.map((c) => [c.status, c.path])).toEqual([
      ['A', 'model-store/cloud/test-cloud.json'],
      ['A', 'model-store/cloud/we ird\nname.json'],
    ])
    expect(snap.files.map((f) => f.path)).toEqual(['model-store/cloud/test-cloud.json', 'model-store/cloud/we ird\nname.json'])
    expect(snap.files[1].text).toBe('{}')
  })

  it('follows GIT_INDEX_FILE, as git sets it for commit -a and commit -- path', async () => {
    const dir = repoWith({ 'cloud/test-cloud.json': cloudModel() })
    gitOk(dir, ['add', '-A'])
    gitOk(dir, ['commit', '-q', '-m', 'init'])
    // Another index holding a change the default index does not have.
    const alt = path.join(tempDir(), 'alt-index')
    writeFileSync(path.join(dir, 'model-store/cloud/test-cloud.json'), JSON.stringify(cloudModel({ max_output: 1 })))
    gitOk(dir, ['read-tree', 'HEAD'], { env: { GIT_INDEX_FILE: alt } })
    gitOk(dir, ['add', 'model-store'], { env: { GIT_INDEX_FILE: alt } })

    expect((await snapshot(dir)).changes).toEqual([])
    process.env.GIT_INDEX_FILE = alt
    const { changes, snap } = await snapshot(dir)
    expect(changes.map((c) => [c.status, c.path])).toEqual([['M', 'model-store/cloud/test-cloud.json']])
    expect(JSON.parse(snap.files[0].text).max_output).toBe(1)
    expect(JSON.parse(snap.changes!.before.get('model-store/cloud/test-cloud.json')!).max_output).toBe(128000)
  })

  it('refuses a file past the read budget unread (sizes first), with the same words', async () => {
    // 17 MiB: past what one cat-file --batch call may write for a couple of blobs (git.ts readBlobs)
    const huge = `{"id": "huge", "pad": "${'x'.repeat(17 * 1024 * 1024)}"}`
    const dir = repoWith({ 'cloud/huge.json': huge, 'local/small.json': '{"id": "small"}' })
    gitOk(dir, ['add', '-A'])
    const { snap } = await snapshot(dir)
    expect(snap.files.map((f) => f.path)).toEqual(['model-store/local/small.json'])
    expect(snap.refused.map((f) => [f.file, f.rule, f.message])).toEqual([['model-store/cloud/huge.json', 'file-read', `model file is ${huge.length} bytes, over the 1048576-byte limit`]])
  })

  it('refuses a file over the size limit, and a symbolic link', async () => {
    const big = `{"id": "big", "pad": "${'x'.repeat(1024 * 1024)}"}`
    const dir = repoWith({ 'cloud/big.json': big })
    symlinkSync('/etc/passwd', path.join(dir, 'model-store/local/link.json'))
    gitOk(dir, ['add', '-A'])
    const { snap } = await snapshot(dir)
    expect(snap.files).toEqual([])
    expect(snap.refused.map((f) => [f.file, f.rule, f.message])).toEqual([
      ['model-store/local/link.json', 'file-read', 'model file is a symbolic link'],
      ['model-store/cloud/big.json', 'file-read', `model file is ${big.length} bytes, over the 1048576-byte limit`],
    ])
  })

  it('takes the schemas from the index only when it holds both model schemas, as staged', async () => {
    const dir = repoWith({ 'cloud/test-cloud.json': cloudModel() })
    mkdirSync(path.join(dir, 'schemas'))
    writeFileSync(path.join(dir, 'schemas/cloud.schema.json'), '{"title": "staged cloud"}')
    gitOk(dir, ['add', '-A'])
    // Without both model schemas staged, the schemas come from disk as without --staged (with the policy schema, as always).
    const fromDisk = (await snapshot(dir)).snap.schemaDocs
    expect(Object.keys(fromDisk).sort()).toEqual(['cloud.schema.json', 'policy.schema.json'])
    writeFileSync(path.join(dir, 'schemas/local.schema.json'), '{"title": "staged local"}')
    gitOk(dir, ['add', '-A'])
    writeFileSync(path.join(dir, 'schemas/local.schema.json'), '{"title": "working tree"}')
    const staged = (await snapshot(dir)).snap.schemaDocs
    expect([staged['cloud.schema.json'], staged['local.schema.json']]).toEqual([{ title: 'staged cloud' }, { title: 'staged local' }])
    expect(Object.keys(staged).sort()).toEqual(['cloud.schema.json', 'local.schema.json', 'policy.schema.json'])
  })

  it('refuses a store folder outside the repository', async () => {
    const dir = repoWith({})
    await expect(openRepo(dir, { store: '../elsewhere' })).rejects.toThrow(/--store \.\.\/elsewhere is outside the repository/)
  })
})

describe('parsers', () => {
  it('parse raw diffs and ls-files records', () => {
    const z = '0'.repeat(40)
    const a = 'a'.repeat(40)
    const b = 'b'.repeat(40)
    expect(parseRawDiff(`:000000 100644 ${z} ${a} A\x00x y.json\x00:100644 000000 ${b} ${z} D\x00gone.json\x00`)).toEqual([
      { status: 'A', path: 'x y.json', newMode: '100644', newOid: a },
      { status: 'D', path: 'gone.json', oldMode: '100644', oldOid: b },
    ])
    expect(parseLsFiles(`100644 ${a} 0\tm/c/x.json\x00100644 ${b} 2\tm/c/conflict.json\x00`)).toEqual([{ mode: '100644', oid: a, path: 'm/c/x.json' }])
  })
})
