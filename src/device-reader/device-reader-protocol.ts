// The messages between the page and the device reader's worker: one place, so both sides agree on their shape.
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'

/** A reading's answer without what only the server gives: its request ID and the record's ticket. */
export type DeviceCardResult = Omit<RecognizeResult, 'requestId' | 'ticket'>

/** Why a device reading gave no answer: the assets did not arrive, the runtime failed, or memory ran out. */
export type DeviceReadingFailure = 'download' | 'runtime' | 'memory'

export type DeviceReadingOutcome =
  | { kind: 'card'; result: DeviceCardResult }
  /** What the server answers as NOT_HKID or IMAGE_UNREADABLE: no card in the photo, or no photo in the bytes */
  | { kind: 'no-card'; code: 'NOT_HKID' | 'IMAGE_UNREADABLE' }
  | { kind: 'failed'; reason: DeviceReadingFailure }

/** Where one reading's time went, in the worker (ms): the photo decoded to pixels, the card found (detector),
 *  its text read (recogniser and fields), the portraits encoded and the answer built. For the bench. */
export interface DeviceReadingStages {
  decodeMs: number
  findMs: number
  ocrMs: number
  finishMs: number
}

export type ToWorker = { type: 'prepare'; threads: number } | { type: 'read'; id: number; jpeg: Blob }

export type FromWorker =
  | { type: 'progress'; loaded: number; total: number }
  /** `threads`: the WASM threads the runtime was started with (1 unless the page is cross-origin isolated) */
  | { type: 'ready'; threads: number }
  | { type: 'prepare-failed'; reason: DeviceReadingFailure }
  | { type: 'answer'; id: number; outcome: DeviceReadingOutcome; stages?: DeviceReadingStages }
