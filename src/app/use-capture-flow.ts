// Drives the flow: compress the captured image (worker), send it, and land on review (or, on a phone opened
// from a desk, send the result back to the desk) or on a specific error that keeps the photo for a retry.
// A newer capture or a cancel makes older work irrelevant. The customer reference belongs to the case: it
// survives errors, retakes and the hand-off, and only "next customer" clears it.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useReducer, useRef, useState } from 'react'
import type { CapturedImage } from '#src/features/capture/lib/captured-image.ts'
import { wantsPhotoCheck } from '#src/features/capture/lib/capture-settings.ts'
import { CompressError } from '#src/features/compress/compress-error.ts'
import { readCardMutation } from '#src/features/recognize/api/read-card.ts'
import { RecognizeError } from '#src/features/recognize/api/recognize-card.ts'
import { remedyFor } from '#src/features/recognize/lib/error-kind.ts'
import type { Delivery } from '#src/features/review/components/record-view.tsx'
import { deliverRecordMutation } from '#src/features/record-delivery/api/deliver-record-mutation.ts'
import type { DeliveryFailure } from '#src/features/record-delivery/lib/delivery-problem.ts'
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import type { Consent, VerifiedRecord } from '#src/hkid/verified-record.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { Journey } from '#src/session/journey.ts'
import { flowReducer, type FlowErrorCode, type FlowEvent, type PhoneLink } from './flow-state.ts'
import { prefetchReview } from './lazy-steps.tsx'

/** What a host's callback says about a record: false when it did not take it (e.g. no page to post to). */
export type DeliveryOutcome = boolean | void | Promise<boolean | void>

export interface CaptureFlowOptions {
  journey: Journey
  /** Called with each confirmed record: the embedding page's hand-off. */
  onComplete?: ((record: VerifiedRecord) => DeliveryOutcome) | undefined
  /** Set on a phone opened from a desk's code. */
  phone?: PhoneLink | undefined
  /** What a customer agreed to before the camera opened (consent-gate.tsx): recorded in their record. */
  consent?: Consent | undefined
}

export function useCaptureFlow({ journey, onComplete, phone, consent }: CaptureFlowOptions) {
  const queryClient = useQueryClient()
  const [state, dispatch] = useReducer(flowReducer, { step: 'capture' })
  // False until the first step change: the page's first screen leaves focus where the browser puts it (after
  // the collection statement, capture is a new step).
  const [moved, setMoved] = useState(consent !== undefined)
  const [reference, setReference] = useState('')
  const [delivery, setDelivery] = useState<Delivery>(null)
  const [hostTakesRecords, setHostTakesRecords] = useState(false)
  const generation = useRef(0)
  const abort = useRef<AbortController | null>(null)
  const confirming = useRef(false)
  const { mutateAsync, reset: resetMutation } = useMutation(readCardMutation())
  const { mutateAsync: deliver } = useMutation(deliverRecordMutation())

  function go(event: FlowEvent) {
    dispatch(event)
    setMoved(true)
  }

  function cancelInFlight() {
    generation.current++
    abort.current?.abort()
    abort.current = null
  }

  function fail(code: FlowErrorCode, requestId?: string, image?: Blob) {
    // On a phone, what only the desk's staff can sort out goes back to the desk.
    if (phone && (code === 'UNAUTHORIZED' || remedyFor(code) === 'contact')) return phone.reportFailure(code)
    go({ type: 'failed', code, requestId, ...(image ? { image } : {}) })
  }

  function recognized(result: RecognizeResult, recognizedAt: Date, image?: Blob) {
    confirming.current = false
    phone?.send(result, recognizedAt, image)
    go({
      type: 'recognized',
      result,
      recognizedAt,
      ...(image ? { image } : {}),
      onPhone: phone !== undefined,
    })
  }

  async function send(image: Blob) {
    cancelInFlight()
    const mine = generation.current
    const controller = new AbortController()
    abort.current = controller
    go({ type: 'reading' })
    try {
      const result = await mutateAsync({ image, signal: controller.signal })
      if (mine !== generation.current) return
      performance.mark('hkid:recognized')
      recognized(result, new Date(), image)
    } catch (error) {
      if (mine !== generation.current) return
      const code = error instanceof RecognizeError ? error.code : 'NETWORK'
      fail(code, error instanceof RecognizeError ? error.requestId : undefined, image)
    }
  }

  async function capture(captured: CapturedImage) {
    cancelInFlight()
    const mine = generation.current
    performance.mark('hkid:capture')
    if (!phone) prefetchReview(journey)
    go({ type: 'preparing' })
    try {
      const source = captured.kind === 'camera' ? captured.bitmap : captured.file
      // Loaded when the camera opens (capture-flow.tsx), so a photo never waits for it.
      const { compressImage } = await import('#src/features/compress/compress-image.ts')
      const { blob } = await compressImage(source)
      if (mine !== generation.current) return
      performance.mark('hkid:compressed')
      // Uploads get the camera's checks before anything is sent; the camera's own photo is checked when
      // the user will see it (customers always; operators by their setting).
      const showCheck = wantsPhotoCheck(journey)
      const problems =
        captured.kind === 'file' || showCheck
          ? await import('#src/features/capture/lib/photo-check-client.ts').then(
              ({ checkPhoto }) => checkPhoto(blob),
              () => [], // not loaded (offline from the start): the photo goes on unchecked
            )
          : []
      if (mine !== generation.current) return
      if (showCheck || problems.length > 0)
        go({ type: 'check', image: blob, source: captured.kind, problems })
      else await send(blob)
    } catch (error) {
      if (mine !== generation.current) return
      // A picture too big for this device is a different fix (a smaller file) from a damaged one.
      const tooLarge = error instanceof CompressError && error.reason === 'too-large'
      fail(tooLarge ? 'IMAGE_TOO_LARGE' : 'COMPRESS_FAILED')
    }
  }

  function retake() {
    cancelInFlight()
    resetMutation()
    go({ type: 'retake' })
  }

  /** From the photo check: another photo — the camera again, or the file picker for an upload. */
  function replacePhoto() {
    cancelInFlight()
    resetMutation()
    go({ type: 'replace-photo' })
  }

  function deliverToHost(record: VerifiedRecord) {
    if (!onComplete) return
    const mine = generation.current
    void Promise.resolve(onComplete(record)).then((taken) => {
      if (taken === false || mine !== generation.current) return
      setHostTakesRecords(true)
      setDelivery({ via: 'host', reference: record.reference ?? '' })
    })
  }

  function confirm(confirmed: VerifiedRecord) {
    // A double Ctrl+Enter or double click must not make (and hand off) two records.
    if (state.step !== 'review' || confirming.current) return
    confirming.current = true
    const record = consent ? { ...confirmed, consent } : confirmed
    go({ type: 'confirmed', record, journey })
    // The customer's record goes from the sending screen, which says "received" only once it was taken.
    if (journey === 'customer') return
    setDelivery(null)
    deliverToHost(record)
  }

  /** "Next customer": nothing of the previous customer survives, in state or in the query cache, and
   * the camera stays off until the operator starts the next capture. */
  function nextCustomer() {
    cancelInFlight()
    resetMutation()
    queryClient.getMutationCache().clear()
    // Everything about the customer goes; public reference data (queries marked keepForNextCustomer: the
    // telecode table, which recognizer is configured) stays, so the next customer neither waits for it nor
    // sees the banner flicker.
    queryClient.removeQueries({ predicate: (query) => query.meta?.keepForNextCustomer !== true })
    setReference('')
    setDelivery(null)
    go({ type: 'next-customer' })
  }

  return {
    state,
    moved,
    reference,
    setReference,
    capture,
    send,
    retake,
    replacePhoto,
    confirm,
    nextCustomer,
    start: () => go({ type: 'start' }),
    // From reading too: what the desk was reading is dropped, so it cannot land on review over the hand-off.
    handOffToPhone: () => {
      cancelInFlight()
      go({ type: 'hand-off-to-phone' })
    },
    receiveFromPhone: recognized,
    delivery,
    /** Seals and posts a confirmed record (record delivery by webhook). */
    deliver,
    /** The customer's record: taken (with the server's receipt), or not, with the failure to show. */
    delivered: (receipt?: RecordReceipt) => go({ type: 'delivered', ...(receipt ? { receipt } : {}) }),
    deliveryFailed: (failure: DeliveryFailure) => go({ type: 'delivery-failed', failure }),
    sendRecordAgain: () => go({ type: 'send-again' }),
    backToReview: () => {
      confirming.current = false
      go({ type: 'back-to-review' })
    },
    markDownloaded: (record: VerifiedRecord) =>
      setDelivery({ via: 'download', reference: record.reference ?? '' }),
    sendAgain: hostTakesRecords ? deliverToHost : undefined,
  }
}
