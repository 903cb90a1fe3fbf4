// When the reading screen says more than its spinner: set by the server's own deadline for a reading, so the
// notes come while the server is still trying, and the word about the connection only once the server would
// already have answered — then the wait is the connection's, not the reader's.

export type WaitingNote = 'early' | 'late' | 'connection'

export interface WaitingNoteTime {
  note: WaitingNote
  atMs: number
}

/** early: a few seconds in (a third of the deadline, 1.5–5 s); late: before the server gives up (80 %);
 *  connection: a little past the server's deadline, when its answer should have arrived. */
export function waitingNoteTimes(readingDeadlineMs: number): WaitingNoteTime[] {
  const early = Math.min(5_000, Math.max(1_500, Math.round(readingDeadlineMs * 0.3)))
  const late = Math.max(early + 1_000, Math.round(readingDeadlineMs * 0.8))
  return [
    { note: 'early', atMs: early },
    { note: 'late', atMs: late },
    { note: 'connection', atMs: readingDeadlineMs + 2_000 },
  ]
}
