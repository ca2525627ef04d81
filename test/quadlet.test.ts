/**
 * Rendered .container units through Podman's real quadlet generator (podman >= 4.5).
 * scripts/install-quadlet.sh puts Debian 13's generator at .tmp/quadlet/quadlet; QUADLET_BIN
 * overrides. Without it the tests are skipped with the reason shown, unless
 * LEGER_REQUIRE_QUADLET=1 (CI), where a missing generator fails.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderBlueprint } from '../src/core/render.js'
import { resolveBlueprint, type ResolvedBlueprint } from '../src/core/resolve.js'
import { ROOT, tempDir } from './helpers.js'
import { fixtureStore, sample, schemas, templates } from './render-helpers.js'

const candidates = [process.env.QUADLET_BIN, path.join(ROOT, '.tmp/quadlet/quadlet'), '/usr/libexec/podman/quadlet'].filter((x): x is string => !!x)
const QUADLET = candidates.find((c) => existsSync(c) && spawnSync(c, ['-version']).status === 0)
const REASON = 'no quadlet generator: run scripts/install-quadlet.sh (or set QUADLET_BIN)'

function renderTo(r: ResolvedBlueprint): string {
  const dir = tempDir('leger-quadlet-')
  for (const f of renderBlueprint(r, templates)) {
    mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true })
    writeFileSync(path.join(dir, f.path), f.content)
  }
  return dir
}

function dryRun(unitDir: string) {
  const r = spawnSync(QUADLET!, ['-dryrun', '-user'], { env: { ...process.env, QUADLET_UNIT_DIRS: unitDir }, encoding: 'utf8' })
  const execStart = /^ExecStart=(.*)$/m.exec(r.stdout)?.[1] ?? ''
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, execStart, secrets: [...execStart.matchAll(/--secret (\S+)/g)].map((m) => m[1]) }
}

function resolved(name: string): ResolvedBlueprint {
  return resolveBlueprint(sample(name), fixtureStore(), schemas, { defaultName: name }).resolved!
}

if (process.env.LEGER_REQUIRE_QUADLET === '1') it('the quadlet generator is installed (LEGER_REQUIRE_QUADLET=1)', () => expect(QUADLET, REASON).toBeDefined())

describe.skipIf(!QUADLET)('Quadlet units through the real generator', () => {
  it('litellm.container converts, with one --secret per required key, the config mounted read-only and a loopback port', () => {
    const dir = renderTo(resolved('multi-provider'))
    const r = dryRun(path.join(dir, 'litellm'))
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/converting/)
    expect(r.secrets).toEqual(['anthropic_api_key,type=env,target=ANTHROPIC_API_KEY', 'gemini_api_key,type=env,target=GEMINI_API_KEY', 'openai_api_key,type=env,target=OPENAI_API_KEY'])
    expect(r.execStart).toContain(`-v ${path.join(dir, 'litellm/litellm.yaml')}:/app/config.yaml:ro,Z`)
    expect(r.execStart).toContain('--publish 127.0.0.1:4000:4000')
    expect(r.execStart).toMatch(/ghcr\.io\/berriai\/litellm:main-stable --config \/app\/config\.yaml --port 4000$/)
  })

  it('llama-swap.container converts, with the GPU, the config and the model cache', () => {
    const dir = renderTo(resolved('local-only'))
    const r = dryRun(path.join(dir, 'llama-swap'))
    expect(r.status, r.stderr).toBe(0)
    expect(r.secrets).toEqual([])
    expect(r.execStart).toContain('--device /dev/dri')
    expect(r.execStart).toContain(`-v ${path.join(dir, 'llama-swap/config.yaml')}:/app/config.yaml:ro,Z`)
    expect(r.execStart).toContain('--publish 127.0.0.1:8080:8080')
  })

  it('hostile names (%h, $HOME, [Service]) leave the generated service exactly as before', () => {
    const base = dryRun(path.join(renderTo(resolved('minimal')), 'litellm'))
    for (const text of ['100%h', '$HOME ${PORT}', '[Service]', 'ExecStartPre=/bin/touch /tmp/pwned']) {
      const r = resolved('minimal')
      r.cloud[0].name = text
      const dir = renderTo(r)
      const got = dryRun(path.join(dir, 'litellm'))
      expect(got.status, got.stderr).toBe(0)
      expect(got.execStart.replaceAll(dir, '<dir>')).toBe(base.execStart.replace(/\/tmp\/leger-quadlet-[^/]+/g, '<dir>'))
      expect(got.secrets).toEqual(['openai_api_key,type=env,target=OPENAI_API_KEY'])
      expect(got.stdout).not.toMatch(/^ExecStartPre=/m)
    }
  })
})
if (!QUADLET) it.skip(REASON, () => {})
