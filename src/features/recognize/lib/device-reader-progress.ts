// The device reader's download as the reading screen shows it: the latest progress of the background preparation
// (started when the camera opened), shown only while a reading waits for it. Shared by the journey's reading
// (api/read-on-device.ts) and the reading screen's note (components/waiting-note.tsx), both loaded lazily.

export interface DownloadProgress {
  loadedBytes: number
  totalBytes: number
}

let latest: DownloadProgress | null = null
let waiting = false
const listeners = new Set<() => void>()
let snapshot: DownloadProgress | null = null

function changed() {
  snapshot = waiting && latest ? latest : null
  listeners.forEach((listener) => listener())
}

/** The preparation's progress as it arrives (whether or not anyone waits for it yet). */
export function noteProgress(loadedBytes: number, totalBytes: number): void {
  latest = { loadedBytes, totalBytes }
  if (waiting) changed()
}

/** A reading is waiting for the reader (true) or no longer is (false: ready, failed, or given up on). */
export function setWaitingForReader(value: boolean): void {
  waiting = value
  if (!value) latest = latest && latest.loadedBytes >= latest.totalBytes ? null : latest
  changed()
}

/** What to show: null unless a reading waits for a reader still arriving (useSyncExternalStore's snapshot). */
export function readerProgressShown(): DownloadProgress | null {
  return snapshot
}

export function subscribeReaderProgress(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whole percent, never 100 before it is all there. */
export function percentOf({ loadedBytes, totalBytes }: DownloadProgress): number {
  if (totalBytes <= 0) return 0
  return Math.min(99, Math.floor((loadedBytes / totalBytes) * 100))
}
