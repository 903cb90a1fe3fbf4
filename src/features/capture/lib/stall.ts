// When auto-capture stalls: the card has been in view for a while and no frame has been good enough.
// Then the user is told plainly what is holding it (the most frequent problem of the last seconds, so
// it follows what they change) and invited to take the photo themselves. Pure, for unit tests.
import type { QualityIssue } from './quality-meter.ts'

/** A card in view this long without a photo is a stall. */
export const STALL_MS = 8000
/** The stretch of recent frames the reason is read from. */
const REASON_WINDOW_MS = 2500
/** The card out of view this long starts the wait again (it was put down, or swapped). */
const AWAY_MS = 1500

export interface StallTracker {
  /** When the card came into view (null: not in view). */
  since: number | null
  lastSeen: number
  recent: { at: number; issue: QualityIssue | null }[]
}

export const NEW_STALL_TRACKER: StallTracker = { since: null, lastSeen: 0, recent: [] }

/** Adds one measured frame. */
export function trackFrame(
  tracker: StallTracker,
  issues: readonly QualityIssue[],
  now: number,
): StallTracker {
  const inView = issues[0] !== 'noCard'
  const away = !inView && now - tracker.lastSeen > AWAY_MS
  const recent = [...tracker.recent, { at: now, issue: issues[0] ?? null }].filter(
    (frame) => now - frame.at <= REASON_WINDOW_MS,
  )
  return {
    since: away ? null : (tracker.since ?? (inView ? now : null)),
    lastSeen: inView ? now : tracker.lastSeen,
    recent,
  }
}

/** What is holding auto-capture up, once it has waited long enough; null while it is not stalled. */
export function stallReason(tracker: StallTracker, now: number): QualityIssue | null {
  if (tracker.since === null || now - tracker.since < STALL_MS) return null
  const counts = new Map<QualityIssue, number>()
  for (const { issue } of tracker.recent) if (issue) counts.set(issue, (counts.get(issue) ?? 0) + 1)
  let reason: QualityIssue | null = null
  for (const [issue, count] of counts) if (!reason || count > counts.get(reason)!) reason = issue
  return reason
}
