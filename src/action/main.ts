/** The Action's logic: read inputs, dispatch on mode. (Check mode grows in the Action issue.) */
import * as core from '@actions/core'
import { CurateError } from '../core/errors.js'
import { validateStore } from '../core/validate.js'
import { openWorkspace } from '../io/workspace.js'

export async function run(): Promise<void> {
  try {
    const mode = core.getInput('mode') || 'check'
    if (mode === 'audit') return await (await import('./audit.js')).auditMode()
    if (mode !== 'check') throw new CurateError(`mode "${mode}" is not supported yet`)
    const base = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const ws = openWorkspace({ base, store: core.getInput('store-path') || undefined, schemas: core.getInput('schemas-path') || undefined })
    const { findings, summary } = await validateStore(ws.store, ws.schemas)
    for (const f of findings) {
      const props = { title: f.rule, file: f.file, startLine: f.line, startColumn: f.column }
      if (f.severity === 'error') core.error(f.message, props)
      else if (f.severity === 'warning') core.warning(f.message, props)
      else core.notice(f.message, props)
    }
    core.setOutput('errors', summary.errors)
    core.setOutput('warnings', summary.warnings)
    if (summary.errors) core.setFailed(`${summary.errors} error(s) in the model store`)
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err))
  }
}
