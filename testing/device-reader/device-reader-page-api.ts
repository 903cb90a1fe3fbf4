// What the device reader's test page offers the tests and the bench that drive it (window.deviceReader).
import type { DeviceReadingOutcome } from '#src/device-reader/device-reader-protocol.ts'

export interface DeviceReaderPageApi {
  support(): { ok: boolean; reason?: string }
  /** Resolves with how long the preparation took and the last progress heard */
  prepare(): Promise<{ ms: number; loaded: number; total: number }>
  /** Reads the photo at `url` (same origin) on the device: the outcome and the reading's own time */
  read(url: string): Promise<{ ms: number; outcome: DeviceReadingOutcome }>
  release(): void
}
