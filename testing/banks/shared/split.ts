// The tune / held-out split of a bank. Deterministic from the item ids alone, stratified so each group (clean,
// degraded; good, each fault) keeps its share, and every group of two or more has at least one held-out item.
import { hashString } from '#testing/cards/seeded-random.ts'

export const splits = ['tune', 'heldOut'] as const
export type Split = (typeof splits)[number]

export const HELD_OUT_SHARE = 0.25

/**
 * id → split. Within each group, items are ranked by a hash of `salt:id` (a fixed, id-only order, unrelated to
 * how the items were generated) and the first round(n × share) are held out.
 */
export function assignSplits(
  items: readonly { id: string; group: string }[],
  salt: string,
  share = HELD_OUT_SHARE,
): Map<string, Split> {
  const groups = new Map<string, string[]>()
  const seen = new Set<string>()
  for (const { id, group } of items) {
    if (seen.has(id)) throw new Error(`assignSplits: duplicate id ${id}`)
    seen.add(id)
    groups.set(group, [...(groups.get(group) ?? []), id])
  }
  const result = new Map<string, Split>()
  for (const ids of groups.values()) {
    const ranked = [...ids].sort(
      (a, b) => hashString(`${salt}:${a}`) - hashString(`${salt}:${b}`) || (a < b ? -1 : 1),
    )
    const held = ids.length < 2 ? 0 : Math.max(1, Math.round(ids.length * share))
    ranked.forEach((id, rank) => result.set(id, rank < held ? 'heldOut' : 'tune'))
  }
  return result
}
