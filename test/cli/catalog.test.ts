/** list, show and select through the CLI's dispatcher, on the bundled store and on a store with a policy. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Io } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { cloudModel, makeStore, ROOT } from '../helpers.js'

async function run(argv: string[], cwd = ROOT) {
  const out = { out: '', err: '' }
  const io: Io = { cwd, env: { NO_COLOR: '1' }, out: (t) => void (out.out += t), err: (t) => void (out.err += t), isTTY: false, stdinTTY: false }
  const code = await main(argv, io)
  return { code, ...out }
}

describe('leger-curate list', () => {
  it('prints JSON models with the filters applied', async () => {
    const r = await run(['list', '--kind', 'local', '--group', 'embeddings', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual([expect.objectContaining({ id: 'qwen3-embedding-8b', kind: 'local', provider: 'local', group: 'embeddings', file: 'model-store/local/qwen3-embedding-8b.json' })])
    const vision = JSON.parse((await run(['list', '--capability', 'vision,tools', '--provider', 'openai', '--enabled', '--format', 'json'])).out)
    expect(vision.map((m: { id: string }) => m.id)).toEqual(['gpt-5-mini', 'gpt-5-nano', 'gpt-5'])
  })
  it('prints a table with a count, and says so when nothing matches', async () => {
    const r = await run(['list', '--provider', 'anthropic'])
    expect(r.out.split('\n')[0]).toMatch(/^ID\s+KIND\s+PROVIDER\s+GROUP\s+STATUS\s+CAPABILITIES$/)
    expect(r.out).toMatch(/^claude-sonnet-4-5\s+cloud\s+anthropic\s+\S+\s+enabled\s+chat,/m)
    expect(r.out).toContain('5 models\n')
    expect((await run(['list', '--capability', 'no-such'])).out).toBe('no model matches\n')
  })
  it('refuses a bad --kind or --format as a usage error', async () => {
    const r = await run(['list', '--kind', 'edge'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--kind must be one of cloud, local; got "edge"')
  })
})

describe('leger-curate show', () => {
  it('shows the model, its status and the sample blueprints that list it', async () => {
    const r = await run(['show', 'openai:gpt-5'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('gpt-5: GPT-5 (cloud, openai)\nfile: model-store/cloud/gpt-5.json\nstatus: enabled\nreplacement chain: none (current)\n')
    expect(r.out).toMatch(/used in: .*minimal \(.*minimal\.json, as "gpt-5"\)/)
    expect(r.out).toContain('"litellm_model_name": "openai/gpt-5-2025-08-07"')
  })
  it('follows a deprecated model to its replacement', async () => {
    const dir = makeStore({
      'cloud/old.json': cloudModel({ id: 'old', name: 'Old', litellm_model_name: 'openai/old', deprecated: true, replacement: 'test-cloud', enabled: false }),
      'cloud/test-cloud.json': cloudModel(),
    })
    const r = await run(['show', 'old', '--format', 'json'], dir)
    expect(JSON.parse(r.out)).toMatchObject({ model: { id: 'old', deprecated: true, replacement: 'test-cloud' }, replacementChain: ['old', 'test-cloud'], usedIn: [] })
  })
  it('an unknown id is exit 1 with a did-you-mean', async () => {
    const r = await run(['show', 'gpt-6'])
    expect(r.code).toBe(1)
    expect(r.err).toContain('no model "gpt-6" in the store')
    expect(r.err).toContain('Did you mean')
  })
})

describe('leger-curate select', () => {
  it('prints the first allowed model in preference order', async () => {
    expect((await run(['select', '--require', 'tools,vision', '--prefer', 'anthropic,openai'])).out).toBe('claude-sonnet-4-5\n') // before it by id: claude-haiku-4-5 and claude-opus-5 are disabled, claude-opus-4-1 deprecated
    expect((await run(['select', '--require', 'tools,vision', '--prefer', 'gemini'])).out).toBe('gemini-2.5-flash\n')
    expect((await run(['select', '--require', 'embeddings', '--kind', 'local', '--format', 'json'])).out).toContain('"id": "qwen3-embedding-8b"')
  })
  it('deny wins: the policy refuses a provider even when it is preferred', async () => {
    const dir = makeStore({
      'cloud/test-cloud.json': cloudModel({ capabilities: ['chat', 'tools'] }),
      'cloud/claude-t.json': cloudModel({ id: 'claude-t', name: 'Claude T', provider: 'anthropic', litellm_model_name: 'anthropic/claude-t', requires_api_key: 'ANTHROPIC_API_KEY', capabilities: ['chat', 'tools'] }),
    })
    writeFileSync(path.join(dir, 'curation.config.json'), JSON.stringify({ allow: { providers: ['anthropic', 'openai'], ids: [] }, deny: { providers: ['anthropic'], ids: [] } }))
    expect((await run(['select', '--require', 'tools', '--prefer', 'anthropic'], dir)).out).toBe('test-cloud\n')
  })
  it('no match is exit 1', async () => {
    const r = await run(['select', '--require', 'audio', '--forbid', 'vision'])
    expect(r.code).toBe(1)
    expect(r.err).toBe('no match: no enabled, allowed model meets the requirements\n')
    expect((await run(['select', '--require', 'tools', '--forbid', 'tools'])).code).toBe(2)
  })
})

describe('leger-curate --version', () => {
  it("prints the package's version, from its package.json", async () => {
    const { version } = JSON.parse((await import('node:fs')).readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect((await run(['--version'])).out).toMatch(new RegExp(`^leger-curate ${version.replace(/\./g, '\\.')}( \\([0-9a-f]{12}(, dirty)?\\))?\\n$`))
  })
})
