/**
 * `leger-curate check`: a blueprint judged without rendering. The findings are resolve's
 * (unknown ids with a did-you-mean, deprecated models with their replacement, overrides out of
 * range), plus, when the operator gives the machine's memory, whether the local models fit.
 */
import { localFootprint, type Footprint } from './footprint.js'
import { locatorFor } from './locate.js'
import { resolveBlueprint, type BlueprintFile, type ResolvedBlueprint, type ResolveOptions } from './resolve.js'
import type { Schemas } from './schema.js'
import type { Store } from './store.js'
import type { Finding } from './types.js'

export const FIT_RULE = 'ram-fit'

export interface BlueprintCheck {
  resolved?: ResolvedBlueprint
  findings: Finding[]
  footprint?: Footprint
}

export function checkBlueprint(file: BlueprintFile, store: Store, schemas: Schemas, options: ResolveOptions & { ramGb?: number } = {}): BlueprintCheck {
  const { resolved, findings } = resolveBlueprint(file, store, schemas, options)
  if (!resolved || !resolved.local.length) return { resolved, findings }
  const footprint = localFootprint(resolved.local)
  if (options.ramGb === undefined) return { resolved, findings, footprint }
  const pos = locatorFor(file).at(['models', 'local'], 'key')
  const at = { rule: FIT_RULE, file: file.path, line: pos.line, column: pos.column }
  const parts = footprint.groups.map((g) => `${g.group} ${g.gb} GB (${g.persistent ? `resident: ${g.counted.join(' + ')}` : `largest: ${g.counted[0]}`})`).join(', ')
  const turns = footprint.groups.filter((g) => g.exclusive).length > 1 ? '; exclusive groups take turns, the largest counts' : ''
  const extra: Finding[] = []
  if (footprint.peakGb > options.ramGb)
    extra.push({ ...at, severity: 'error', message: `the local models need ${footprint.peakGb} GB at once, more than the ${options.ramGb} GB given: ${parts}${turns}`, hint: 'Drop or replace the largest model of a group, or run it on a bigger machine.' })
  else extra.push({ ...at, severity: 'notice', message: `the local models fit: ${footprint.peakGb} GB of ${options.ramGb} GB at once: ${parts}${turns}` })
  if (footprint.unknown.length) extra.push({ ...at, severity: 'warning', message: `not counted, no ram_required_gb: ${footprint.unknown.join(', ')}` })
  return { resolved, findings: [...findings, ...extra], footprint }
}
