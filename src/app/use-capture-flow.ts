// Drives the flow: compress the captured image (worker), send it, and land on review or on a specific
// error that keeps the photo for a retry. A newer capture or a cancel makes older work irrelevant.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { CapturedImage } from '#src/features/capture/lib/captured-image.ts'
import { currentCaptureMode } from '#src/features/capture/lib/capture-mode.ts'
import { wantsPhotoCheck } from '#src/features/capture/lib/capture-settings.ts'
import { checkPhoto } from '#src/features/capture/lib/photo-check-client.ts'
import { CompressError } from '#src/features/compress/compress-error.ts'
import { compressImage } from '#src/features/compress/compress-image.ts'
import { RecognizeError, recognizeCardMutation } from '#src/features/recognize/api/recognize-card.ts'
import type { VerifiedRecord } from '#src/features/review/lib/verified-record.ts'
import type { FlowState } from './flow-state.ts'
import { prefetchReview } from './lazy-steps.tsx'

export interface CaptureFlowOptions {
  /** Called with each confirmed record: the embedding page's hand-off. */
  onComplete?: ((record: VerifiedRecord) => void) | undefined
}

export function useCaptureFlow({ onComplete }: CaptureFlowOptions = {}) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<FlowState>({ step: 'capture' })
  const [reference, setReference] = useState('')
  const generation = useRef(0)
  const abort = useRef<AbortController | null>(null)
  const confirming = useRef(false)
  const { mutateAsync, reset: resetMutation } = useMutation(recognizeCardMutation())

  function cancelInFlight() {
    generation.current++
    abort.current?.abort()
    abort.current = null
  }

  async function send(image: Blob) {
    cancelInFlight()
    const mine = generation.current
    const controller = new AbortController()
    abort.current = controller
    setState({ step: 'recognizing', phase: 'reading' })
    try {
      const result = await mutateAsync({ image, signal: controller.signal })
      if (mine !== generation.current) return
      performance.mark('hkid:recognized')
      confirming.current = false
      setState({ step: 'review', result, recognizedAt: new Date(), image })
    } catch (error) {
      if (mine !== generation.current) return
      const code = error instanceof RecognizeError ? error.code : 'NETWORK'
      const requestId = error instanceof RecognizeError ? error.requestId : undefined
      setState({ step: 'error', code, requestId, image })
    }
  }

  async function capture(captured: CapturedImage) {
    cancelInFlight()
    const mine = generation.current
    performance.mark('hkid:capture')
    prefetchReview()
    setState({ step: 'recognizing', phase: 'preparing' })
    try {
      const source = captured.kind === 'camera' ? captured.bitmap : captured.file
      const { blob } = await compressImage(source)
      if (mine !== generation.current) return
      performance.mark('hkid:compressed')
      // Uploads get the camera's checks before anything is sent; the camera's own photo is checked when
      // the user will see it (customers always; operators by their setting).
      const showCheck = wantsPhotoCheck(currentCaptureMode())
      const problems = captured.kind === 'file' || showCheck ? await checkPhoto(blob) : []
      if (mine !== generation.current) return
      if (showCheck || problems.length > 0)
        setState({ step: 'check', image: blob, source: captured.kind, problems })
      else await send(blob)
    } catch (error) {
      if (mine !== generation.current) return
      // A picture too big for this device is a different fix (a smaller file) from a damaged one.
      const tooLarge = error instanceof CompressError && error.reason === 'too-large'
      setState({ step: 'error', code: tooLarge ? 'IMAGE_TOO_LARGE' : 'COMPRESS_FAILED' })
    }
  }

  function retake() {
    cancelInFlight()
    resetMutation()
    setState({ step: 'capture' })
  }

  /** From the photo check: another photo — the camera again, or the file picker for an upload. */
  function replacePhoto() {
    const upload = state.step === 'check' && state.source === 'file'
    retake()
    if (upload) setState({ step: 'capture', upload: true })
  }

  function confirm(record: VerifiedRecord) {
    // A double Ctrl+Enter or double click must not make (and hand off) two records.
    if (state.step !== 'review' || confirming.current) return
    confirming.current = true
    setState({ step: 'done', record })
    onComplete?.(record)
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
    setState({ step: 'ready' })
  }

  function start() {
    setState({ step: 'capture' })
  }

  return { state, reference, setReference, capture, send, retake, replacePhoto, confirm, nextCustomer, start }
}
