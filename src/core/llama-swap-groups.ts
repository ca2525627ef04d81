/**
 * llama-swap groups from the store's groups, as render writes them and check counts them: chat
 * groups swap within themselves and, exclusive, unload every other non-persistent group; the
 * embeddings group is persistent, so chat loads never unload it (llama-swap internal/router/group.go).
 */
import type { ResolvedLocal } from './resolve.js'

export interface GroupView {
  name: string
  swap: boolean
  exclusive: boolean
  persistent: boolean
  members: string[]
}

/**
 * llama-swap groups from the store's groups: chat groups swap within themselves and unload
 * other groups; the embeddings group runs alongside and is never unloaded by them.
 */
export function llamaSwapGroups(local: ResolvedLocal[]): GroupView[] {
  const byGroup = new Map<string, string[]>()
  for (const m of local) {
    const g = m.embedding ? 'embeddings' : m.group
    byGroup.set(g, [...(byGroup.get(g) ?? []), m.id])
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, members]) =>
      name === 'embeddings' ? { name, swap: false, exclusive: false, persistent: true, members } : { name, swap: true, exclusive: true, persistent: false, members },
    )
}

