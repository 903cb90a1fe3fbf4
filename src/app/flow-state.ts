import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { PhotoProblem } from '#src/features/capture/lib/photo-check.ts'
import type { RecognizeErrorCode } from '#src/features/recognize/api/recognize-card.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import type { DeliveryFailure } from '#src/features/record-delivery/lib/delivery-problem.ts'
import type { Journey } from '#src/session/journey.ts'

export type FlowErrorCode = RecognizeErrorCode | 'COMPRESS_FAILED'

/** A confirmed record with all that goes with it to the business (the photo, the portraits, the ticket), kept
 * until it is taken. A send again is a new object: each is sent once. */
export interface RecordSend {
  record: VerifiedRecord
  result: RecognizeResult
  recognizedAt: Date
  image?: Blob
  ticket: string | undefined
}

/** The step flow: capture → (check the photo) → recognizing → review → done (the operator) or, for a
 * customer, sending → ended (or send-failed, which keeps everything for a retry or a correction), with an
 * error step that keeps the photo. A desk may hand the capture to a phone (handoff) and
 * review what comes back; a phone opened from a desk's code sends its result back instead of reviewing it
 * (sent). */
export type FlowState =
  | { step: 'ready' }
  /** `upload`: open on the file picker (the user asked to choose another file). */
  | { step: 'capture'; upload?: boolean }
  | { step: 'handoff' }
  /** The photo as it will be sent, with what the meter found wrong with it. */
  | { step: 'check'; image: Blob; source: 'camera' | 'file'; problems: PhotoProblem[] }
  | { step: 'recognizing'; phase: 'preparing' | 'reading' }
  | {
      step: 'error'
      code: FlowErrorCode
      requestId?: string | undefined
      image?: Blob
    }
  /** `previous`: the record confirmed before, when the customer went back to correct it. */
  | { step: 'review'; result: RecognizeResult; recognizedAt: Date; image?: Blob; previous?: VerifiedRecord }
  | { step: 'done'; record: VerifiedRecord; send: RecordSend }
  | { step: 'sending'; send: RecordSend }
  | { step: 'send-failed'; send: RecordSend; failure: DeliveryFailure }
  /** `receipt`: the server's, when the record went by webhook (absent when only the host page took it). */
  | { step: 'ended'; staffReview: boolean; receipt?: RecordReceipt }
  | { step: 'sent' }

export type StepName = 'capture' | 'review' | 'done'

/** Sending is still the review's step: "Done" only once the server holds the record. */
export function visibleStep(state: FlowState): StepName {
  if (['review', 'send-failed', 'sending'].includes(state.step)) return 'review'
  if (['done', 'ended', 'sent'].includes(state.step)) return 'done'
  return 'capture'
}

/** A phone's way back to the desk that opened it (src/features/desk-handoff/components/phone-session.tsx). */
export interface PhoneLink {
  /** The result, and the card photo that was read (it goes to the desk, sealed with the result). */
  send(result: RecognizeResult, recognizedAt: Date, image?: Blob): void
  /** A failure the phone cannot get past: the desk is told, and the phone says what to do. */
  reportFailure(code: FlowErrorCode): void
}

/** What happens to the flow; the reducer below says where each leads. */
export type FlowEvent =
  | { type: 'start' }
  | { type: 'retake' }
  /** From the photo check: another photo, from the file picker again when the photo was an upload. */
  | { type: 'replace-photo' }
  | { type: 'hand-off-to-phone' }
  | { type: 'preparing' }
  | { type: 'check'; image: Blob; source: 'camera' | 'file'; problems: PhotoProblem[] }
  | { type: 'reading' }
  /** `onPhone`: a phone opened from a desk sends the result back instead of reviewing it. */
  | { type: 'recognized'; result: RecognizeResult; recognizedAt: Date; image?: Blob; onPhone: boolean }
  | { type: 'failed'; code: FlowErrorCode; requestId?: string | undefined; image?: Blob }
  | { type: 'confirmed'; record: VerifiedRecord; journey: Journey }
  /** The customer's record was taken: by the server (with its receipt), or by the host page alone. */
  | { type: 'delivered'; receipt?: RecordReceipt }
  | { type: 'delivery-failed'; failure: DeliveryFailure }
  | { type: 'send-again' }
  /** From a failed send: back to the details, as confirmed, to correct them. */
  | { type: 'back-to-review' }
  | { type: 'next-customer' }

export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'start':
    case 'retake':
      return { step: 'capture' }
    case 'replace-photo':
      return state.step === 'check' && state.source === 'file'
        ? { step: 'capture', upload: true }
        : { step: 'capture' }
    case 'hand-off-to-phone':
      return { step: 'handoff' }
    case 'preparing':
      return { step: 'recognizing', phase: 'preparing' }
    case 'check':
      return { step: 'check', image: event.image, source: event.source, problems: event.problems }
    case 'reading':
      return { step: 'recognizing', phase: 'reading' }
    case 'recognized': {
      if (event.onPhone) return { step: 'sent' }
      const { result, recognizedAt, image } = event
      return { step: 'review', result, recognizedAt, ...(image ? { image } : {}) }
    }
    case 'failed':
      return {
        step: 'error',
        code: event.code,
        requestId: event.requestId,
        ...(event.image ? { image: event.image } : {}),
      }
    case 'confirmed': {
      // Only a review is confirmed, once: a second Ctrl+Enter finds the flow already past it.
      if (state.step !== 'review') return state
      const send: RecordSend = {
        record: event.record,
        result: state.result,
        recognizedAt: state.recognizedAt,
        ticket: state.result.ticket,
        ...(state.image ? { image: state.image } : {}),
      }
      return event.journey === 'operator'
        ? { step: 'done', record: event.record, send }
        : { step: 'sending', send }
    }
    case 'delivered':
      // "Received" only for a record on its way: never from review, never twice.
      if (state.step !== 'sending') return state
      return {
        step: 'ended',
        staffReview: state.send.record.staffReview?.needed ?? false,
        ...(event.receipt ? { receipt: event.receipt } : {}),
      }
    case 'delivery-failed':
      if (state.step !== 'sending') return state
      return { step: 'send-failed', send: state.send, failure: event.failure }
    case 'send-again':
      if (state.step !== 'send-failed') return state
      return { step: 'sending', send: { ...state.send } }
    case 'back-to-review': {
      if (state.step !== 'send-failed') return state
      const { record, result, recognizedAt, image } = state.send
      return { step: 'review', result, recognizedAt, previous: record, ...(image ? { image } : {}) }
    }
    case 'next-customer':
      return { step: 'ready' }
  }
}
