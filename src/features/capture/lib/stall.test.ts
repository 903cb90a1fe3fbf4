import { describe, expect, it } from 'vitest'
import type { QualityIssue } from './quality-meter.ts'
import { NEW_STALL_TRACKER, STALL_MS, stallReason, trackFrame } from './stall.ts'

/** Feeds frames every 100 ms from `from` (ms) for `ms`, each with the issues `at(t)` gives. */
function feed(tracker = NEW_STALL_TRACKER, from: number, ms: number, at: (t: number) => QualityIssue[]) {
  let state = tracker
  for (let t = from; t < from + ms; t += 100) state = trackFrame(state, at(t), t)
  return state
}

describe('auto-capture stall', () => {
  it('is not a stall before the card has been in view for the whole wait', () => {
    const state = feed(undefined, 0, STALL_MS - 200, () => ['glare'])
    expect(stallReason(state, STALL_MS - 200)).toBeNull()
  })

  it('names what holds it once the card has been in view long enough', () => {
    const state = feed(undefined, 0, STALL_MS + 500, () => ['glare'])
    expect(stallReason(state, STALL_MS + 500)).toBe('glare')
  })

  it('follows what the user changes: the reason is the most frequent of the last moments', () => {
    let state = feed(undefined, 0, STALL_MS, () => ['glare'])
    state = feed(state, STALL_MS, 3000, () => ['blur'])
    expect(stallReason(state, STALL_MS + 3000)).toBe('blur')
  })

  it('does not count time with no card in view, and starts again once the card was put away', () => {
    let state = feed(undefined, 0, STALL_MS * 2, () => ['noCard'])
    expect(stallReason(state, STALL_MS * 2)).toBeNull()
    state = feed(state, STALL_MS * 2, STALL_MS - 1000, () => ['far'])
    state = feed(state, STALL_MS * 3 - 1000, 2000, () => ['noCard'])
    state = feed(state, STALL_MS * 3 + 1000, STALL_MS - 1000, () => ['far'])
    expect(stallReason(state, STALL_MS * 4)).toBeNull()
  })

  it('keeps the wait through a brief loss of the card', () => {
    let state = feed(undefined, 0, STALL_MS - 1000, () => ['moving'])
    state = feed(state, STALL_MS - 1000, 500, () => ['noCard'])
    state = feed(state, STALL_MS - 500, 1500, () => ['moving'])
    expect(stallReason(state, STALL_MS + 1000)).toBe('moving')
  })
})
