/** How the catalog commands (list, show, select) print models: a plain table or JSON, every model string cleaned. */
import type { CatalogModel } from '../core/catalog.js'
import { clean } from '../report/text.js'

/** The JSON form of a model: what `list --format json` prints per model and the library returns. */
export function modelJson(m: CatalogModel) {
  return {
    id: m.id,
    kind: m.kind,
    name: m.name,
    provider: m.provider,
    ...(m.org !== undefined && { org: m.org }),
    ...(m.group !== undefined && { group: m.group }),
    capabilities: m.capabilities,
    enabled: m.enabled,
    deprecated: m.deprecated,
    ...(m.replacement !== undefined && { replacement: m.replacement }),
    file: m.file,
  }
}

export function status(m: CatalogModel): string {
  if (m.deprecated) return m.replacement ? `deprecated -> ${m.replacement}` : 'deprecated'
  return m.enabled ? 'enabled' : 'disabled'
}

/** Columns padded to their widest cell; model text passes clean() so a hostile name cannot forge lines. */
export function table(models: CatalogModel[]): string {
  const header = ['ID', 'KIND', 'PROVIDER', 'GROUP', 'STATUS', 'CAPABILITIES']
  const rows = models.map((m) => [m.id, m.kind, m.kind === 'local' && m.org ? `local (${m.org})` : m.provider, m.group ?? '-', status(m), m.capabilities.join(',') || '-'].map(clean))
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n'
}
