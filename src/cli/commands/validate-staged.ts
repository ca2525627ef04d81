/**
 * `leger-curate validate --staged`: the pre-commit check. Judges the git index, not the
 * working tree. A commit that touches no model file, schema or policy costs one `git diff`:
 * ajv and the rules are imported only when there is something to check.
 */
import { roleOf, triggerPaths } from '../../core/staged.js'
import type { Finding } from '../../core/types.js'
import { openStagedRepo } from '../../io/staged.js'
import type { Io } from '../io.js'

export interface StagedOptions {
  store?: string
  schemas?: string
  format: 'text' | 'json' | 'github'
  strict?: boolean
}

export const BYPASS =
  'Fix the lines above and `git add` the files, then commit again; to commit anyway, use `git commit -n` (--no-verify).'

export async function runStaged(options: StagedOptions, io: Io): Promise<number> {
  const repo = await openStagedRepo(io.cwd, options)
  const changes = (await repo.git.stagedChanges(triggerPaths(repo.layout))).filter((c) => roleOf(c.path, repo.layout).role !== 'other')
  if (!changes.length) return 0

  const [{ readIndexSnapshot }, { Store }, { Schemas }, { validateStore, sortFindings, summarize }, { deletionFindings, inScope, namesIn, reportScope }, fs, { render }] =
    await Promise.all([
      import('../../io/staged.js'),
      import('../../core/store.js'),
      import('../../core/schema.js'),
      import('../../core/validate.js'),
      import('../../core/staged.js'),
      import('../../io/fs.js'),
      import('./validate.js'),
    ])

  const snapshot = await readIndexSnapshot(repo, changes)
  const everything = changes.some((c) => roleOf(c.path, repo.layout).role !== 'model')
  const models = changes.flatMap((c) => {
    const role = roleOf(c.path, repo.layout)
    return role.role === 'model' ? [{ ...c, kind: role.kind }] : []
  })
  const staged = models.filter((c) => c.status !== 'D').map((c) => c.path)
  // Unless a schema or the policy changes, only the staged files are reported in full.
  const store = new Store(snapshot.files, snapshot.refused, { focus: everything ? undefined : new Set(staged) })
  // The schemas are checked against the meta-schema only when the commit changes them.
  const schemas = new Schemas(snapshot.schemaDocs ?? fs.loadSchemaDocs(fs.resolveSchemasDir(options.schemas, repo.top)), { checkSchemas: everything })

  const deleted = models.filter((c) => c.status === 'D').map((c) => ({ path: c.path, kind: c.kind, text: snapshot.before.get(c.path) }))
  const textOf = new Map(snapshot.files.map((f) => [f.path, f.text]))
  const touchedNames = models.flatMap((c) => {
    const names = [namesIn(c.path, textOf.get(c.path)), namesIn(c.path, snapshot.before.get(c.path))]
    return names.flatMap((n) => [n.id, ...n.aliases])
  })

  const scope = reportScope(store, { staged, touchedNames, everything })
  const only = new Set([...scope.files, ...scope.dependents])
  // The curation policy (exceptions, severities) as the commit will hold it: from the index.
  const { readPolicy, DEFAULT_POLICY } = await import('../../core/policy.js')
  const policy = snapshot.policy ? readPolicy(snapshot.policy, schemas) : { policy: DEFAULT_POLICY, findings: [] }
  const { findings } = await validateStore(store, schemas, { only, strict: options.strict, policy: policy.policy, policyFindings: policy.findings })
  const all: Finding[] = sortFindings([...findings.filter((f) => inScope(scope, f)), ...deletionFindings(deleted, store)])
  const summary = summarize(all, scope.files.size + deleted.length)
  io.out(render(options.format, all, summary, io))
  if (summary.errors && options.format === 'text') io.out(`${BYPASS}\n`)
  return summary.errors ? 1 : 0
}
