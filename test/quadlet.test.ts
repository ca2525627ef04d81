/**
 * Rendered .container units through Podman's real quadlet generator (podman >= 4.5).
 * scripts/install-quadlet.sh puts Debian 13's generator at .tmp/quadlet/quadlet; QUADLET_BIN
 * overrides. Without it the tests are skipped with the reason shown, unless
 * LEGER_REQUIRE_QUADLET=1 (CI), where a missing generator fails.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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

function dryRun(unitDir: string, env: Record<string, string> = { QUADLET_UNIT_DIRS: unitDir }) {
  const r = spawnSync(QUADLET!, ['-dryrun', '-user'], { env: { ...process.env, QUADLET_UNIT_DIRS: '', ...env }, encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, units: splitUnits(r.stdout) }
}

/** The generator's dry-run output, by generated service: "---name.service---" headers. */
function splitUnits(stdout: string): Record<string, { text: string; execStart: string; secrets: string[] }> {
  const out: Record<string, { text: string; execStart: string; secrets: string[] }> = {}
  for (const part of stdout.split(/^---(?=[^\n]+---$)/m).slice(1)) {
    const name = part.slice(0, part.indexOf('---'))
    const text = part.slice(part.indexOf('\n') + 1)
    const execStart = /^ExecStart=(.*)$/m.exec(text)?.[1] ?? ''
    out[name] = { text, execStart, secrets: [...execStart.matchAll(/--secret (\S+)/g)].map((m) => m[1]) }
  }
  return out
}

function resolved(name: string): ResolvedBlueprint {
  return resolveBlueprint(sample(name), fixtureStore(), schemas, { defaultName: name }).resolved!
}

if (process.env.LEGER_REQUIRE_QUADLET === '1') it('the quadlet generator is installed (LEGER_REQUIRE_QUADLET=1)', () => expect(QUADLET, REASON).toBeDefined())

describe.skipIf(!QUADLET)('Quadlet units through the real generator', () => {
  it('litellm.container converts, with the master key and one --secret per provider key, the config mounted read-only and a loopback port', () => {
    const dir = renderTo(resolved('multi-provider'))
    const r = dryRun(path.join(dir, 'quadlet'))
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/converting/)
    expect(Object.keys(r.units)).toEqual(['litellm.service'])
    const u = r.units['litellm.service']
    expect(u.secrets).toEqual(['litellm_master_key,type=env,target=LITELLM_MASTER_KEY', 'anthropic_api_key,type=env,target=ANTHROPIC_API_KEY', 'gemini_api_key,type=env,target=GEMINI_API_KEY', 'openai_api_key,type=env,target=OPENAI_API_KEY'])
    expect(u.execStart).toContain(`-v ${path.join(dir, 'quadlet/litellm.yaml')}:/app/config.yaml:ro,Z`)
    expect(u.execStart).toContain('--publish 127.0.0.1:4000:4000')
    expect(u.execStart).toMatch(/ docker\.litellm\.ai\/berriai\/litellm:v[0-9.]+-stable --config \/app\/config\.yaml --port 4000$/)
  })

  it('with local models: the network, LiteLLM and llama-swap on it, the GPU with the user\'s groups, the model cache, no llama-swap port', () => {
    const dir = renderTo(resolved('local-only'))
    const r = dryRun(path.join(dir, 'quadlet'))
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/converting/)
    expect(Object.keys(r.units).sort()).toEqual(['leger-network.service', 'litellm.service', 'llama-swap.service'])
    expect(r.units['leger-network.service'].text).toMatch(/^ExecStart=.*podman network create --ignore .*systemd-leger$/m)
    for (const name of ['litellm.service', 'llama-swap.service']) {
      const u = r.units[name]
      expect(u.execStart, name).toContain('--network systemd-leger')
      expect(u.text, name).toMatch(/^Requires=leger-network\.service$/m)
    }
    const swap = r.units['llama-swap.service']
    expect(swap.secrets).toEqual([])
    expect(swap.execStart).toContain('--device /dev/dri')
    expect(swap.execStart).toContain('--group-add keep-groups')
    expect(swap.execStart).toContain('--env LLAMA_CACHE=/models')
    expect(swap.execStart).toContain('-v llama-swap-models:/models')
    expect(swap.execStart).toContain(`-v ${path.join(dir, 'quadlet/llama-swap.yaml')}:/app/config.yaml:ro,Z`)
    expect(swap.execStart).toContain('--name llama-swap')
    expect(swap.execStart).not.toContain('--publish')
    expect(r.units['litellm.service'].secrets).toEqual(['litellm_master_key,type=env,target=LITELLM_MASTER_KEY'])
  })

  it("is found where DEPLOY.md installs it: the quadlet/ files copied flat into ~/.config/containers/systemd", () => {
    const dir = renderTo(resolved('minimal'))
    const home = tempDir('leger-home-')
    const unitDir = path.join(home, '.config/containers/systemd')
    // DEPLOY.md's install step, as written, run from the rendered folder (systemctl stubbed: no user session here).
    const install = [...readFileSync(path.join(dir, 'DEPLOY.md'), 'utf8').matchAll(/^ {3}```bash\n([\s\S]*?)^ {3}```$/gm)].map((m) => m[1].replace(/^ {3}/gm, '')).find((b) => b.includes('cp quadlet/'))!
    const bin = tempDir('leger-bin-')
    writeFileSync(path.join(bin, 'systemctl'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    const ran = spawnSync('bash', ['-c', `set -e\n${install}`], { cwd: dir, env: { PATH: `${bin}:/usr/bin:/bin`, HOME: home }, encoding: 'utf8' })
    expect(ran.status, ran.stderr).toBe(0)
    // Flat: files only, no subfolder (podman 4.5 and 4.6 read none).
    expect(readdirSync(unitDir, { withFileTypes: true }).filter((e) => !e.isFile())).toEqual([])
    const r = dryRun(unitDir, { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_RUNTIME_DIR: path.join(home, 'run') })
    expect(r.status, r.stderr).toBe(0)
    expect(Object.keys(r.units).sort()).toEqual(['leger-network.service', 'litellm.service', 'llama-swap.service'])
    expect(r.units['litellm.service'].execStart).toContain(`-v ${path.join(unitDir, 'litellm.yaml')}:/app/config.yaml:ro,Z`)
    expect(r.units['llama-swap.service'].execStart).toContain(`-v ${path.join(unitDir, 'llama-swap.yaml')}:/app/config.yaml:ro,Z`)
  })

  it('hostile names (%h, $HOME, [Service]) leave the generated service exactly as before', () => {
    const base = dryRun(path.join(renderTo(resolved('minimal')), 'quadlet')).units['litellm.service']
    for (const text of ['100%h', '$HOME ${PORT}', '[Service]', 'ExecStartPre=/bin/touch /tmp/pwned']) {
      const r = resolved('minimal')
      r.cloud[0].name = text
      const dir = renderTo(r)
      const got = dryRun(path.join(dir, 'quadlet'))
      expect(got.status, got.stderr).toBe(0)
      const u = got.units['litellm.service']
      expect(u.execStart.replaceAll(dir, '<dir>')).toBe(base.execStart.replace(/\/tmp\/leger-quadlet-[^/]+/g, '<dir>'))
      expect(u.secrets).toEqual(['litellm_master_key,type=env,target=LITELLM_MASTER_KEY', 'openai_api_key,type=env,target=OPENAI_API_KEY'])
      expect(got.stdout).not.toMatch(/^ExecStartPre=/m)
    }
  })
})
if (!QUADLET) it.skip(REASON, () => {})
