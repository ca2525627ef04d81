/** Shared test helpers: temporary stores, the built CLI as a process. */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

export const ROOT = path.resolve(import.meta.dirname, '..')
export const CLI = path.join(ROOT, 'dist/cli/index.js')

const made: string[] = []
// Every test file removes the folders it made, when its last test has run.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(prefix = 'leger-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A folder with model-store/{cloud,local}/ holding the given files (name -> JSON value or raw text). */
export function makeStore(files: Record<string, unknown>, dir = tempDir()): string {
  for (const kind of ['cloud', 'local']) mkdirSync(path.join(dir, 'model-store', kind), { recursive: true })
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, 'model-store', rel)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n')
  }
  return dir
}

/** A copy of the bundled store in a temp folder, to break on purpose. */
export function copyBundledStore(dir = tempDir()): string {
  cpSync(path.join(ROOT, 'model-store'), path.join(dir, 'model-store'), { recursive: true })
  return dir
}

export interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

export const cloudModel = (over: Record<string, unknown> = {}) => ({
  $schema: '../../schemas/cloud.schema.json',
  id: 'test-cloud',
  name: 'Test Cloud',
  provider: 'openai',
  litellm_model_name: 'openai/gpt-5-2025-08-07',
  context_window: 400000,
  max_output: 128000,
  requires_api_key: 'OPENAI_API_KEY',
  ...over,
  // The quality rules' fields come after the overrides so fields set above keep their lines;
  // pass `field: undefined` to leave one out.
  ...defaults(over, {
    // gpt-5-2025-08-07's real prices: only when the test keeps that model.
    ...('litellm_model_name' in over ? {} : { pricing: { input_per_1m: '$1.25', output_per_1m: '$10.00' } }),
    // gpt-5's input cap inside its 400,000 window (OpenAI documents both), only with both kept.
    ...('litellm_model_name' in over || 'context_window' in over ? {} : { max_input: 272000 }),
    sources: ['https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json'],
  }),
})

export const localModel = (over: Record<string, unknown> = {}) => ({
  $schema: '../../schemas/local.schema.json',
  id: 'test-local',
  name: 'Test Local',
  model_uri: 'huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf',
  quantization: 'Q4_K_M',
  ram_required_gb: 4,
  context_window: 32768,
  group: 'task',
  ...over,
  ...defaults(over, {
    license: 'apache-2.0',
    // A fixture value so the quality rules pass, not a fact about Qwen3-4B (its scores are not in the store).
    benchmarks: { fixture: 1 },
    sources: ['https://huggingface.co/Qwen/Qwen3-4B-GGUF'],
  }),
})

/** The default fields `over` does not mention (an explicit undefined removes one). */
function defaults(over: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !(k in over)))
}
