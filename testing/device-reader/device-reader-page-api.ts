// What the device reader's test page offers the tests and the bench that drive it (window.deviceReader).
import type { DeviceReadingOutcome, DeviceReadingStages } from '#src/device-reader/device-reader-protocol.ts'

export interface DeviceReaderPageApi {
  support(): { ok: boolean; reason?: string }
  /** Resolves with how long the preparation took, the last progress heard, the WASM threads the worker started
   *  with, and whether the page is cross-origin isolated */
  prepare(): Promise<{ ms: number; loaded: number; total: number; threads: number; isolated: boolean }>
  /** Reads the photo at `url` (same origin) on the device: the outcome, the reading's own time, and (for a card)
   *  where the worker spent it */
  read(url: string): Promise<{ ms: number; outcome: DeviceReadingOutcome; stages?: DeviceReadingStages }>
  release(): void
}
