/**
 * How much memory a blueprint's local models need at once, read the way llama-swap runs the
 * groups render writes (internal/router/group.go, EvictionFor): a persistent group's members
 * all stay loaded; a swap group holds one member at a time (its largest is what must fit); an
 * exclusive group unloads every other non-persistent group, so exclusive groups take turns.
 * Sizes are the store's ram_required_gb.
 */
import { llamaSwapGroups } from './llama-swap-groups.js'
import type { ResolvedLocal } from './resolve.js'

export interface GroupNeed {
  group: string
  /** Members counted (all of a persistent group; the largest of a swap group). */
  counted: string[]
  gb: number
  persistent: boolean
  exclusive: boolean
}

export interface Footprint {
  /** The most memory loaded at once, in GB. */
  peakGb: number
  groups: GroupNeed[]
  /** Local models without ram_required_gb (not counted). */
  unknown: string[]
}

export function localFootprint(local: ResolvedLocal[]): Footprint {
  const ram = new Map(local.map((m) => [m.id, m.ram_required_gb]))
  const unknown = local.filter((m) => m.ram_required_gb === undefined).map((m) => m.id)
  const gbOf = (id: string) => ram.get(id) ?? 0
  const groups: GroupNeed[] = llamaSwapGroups(local).map((g) => {
    const counted = g.swap && !g.persistent ? [g.members.reduce((a, b) => (gbOf(b) > gbOf(a) ? b : a))] : g.members
    return { group: g.name, counted, gb: round(counted.reduce((n, id) => n + gbOf(id), 0)), persistent: g.persistent, exclusive: g.exclusive && !g.persistent }
  })
  const always = groups.filter((g) => g.persistent || !g.exclusive).reduce((n, g) => n + g.gb, 0)
  const turns = Math.max(0, ...groups.filter((g) => g.exclusive).map((g) => g.gb))
  return { peakGb: round(always + turns), groups, unknown }
}

const round = (n: number) => Math.round(n * 100) / 100
