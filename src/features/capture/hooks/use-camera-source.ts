// Which camera, at what constraints, and what its track can do: steps down the constraint ladder when
// over-constrained, lists cameras for the desktop picker (remembering the pick), reports a track that
// ends mid-capture, and drives the torch where the track has one.
import { useCallback, useEffect, useRef, useState } from 'react'
import { classifyCameraError, type CameraProblem } from '../lib/camera-error.ts'
import {
  cameraConstraints,
  LAST_CONSTRAINT_STEP,
  rememberCamera,
  rememberedCamera,
  type CameraRequest,
} from '../lib/camera-constraints.ts'

/** `torch` is in the Image Capture spec, not yet in TypeScript's DOM types. */
interface TorchCapabilities {
  torch?: boolean
}

export interface CameraDevice {
  deviceId: string
  label: string
}

export function useCameraSource(pickCamera: boolean, onProblem: (problem: CameraProblem) => void) {
  const [request, setRequest] = useState<CameraRequest>(() => ({
    deviceId: pickCamera ? rememberedCamera() : null,
    step: 0,
  }))
  const [devices, setDevices] = useState<CameraDevice[]>([])
  const [activeId, setActiveId] = useState<string | null>(null)
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({ supported: false, on: false })
  const trackRef = useRef<MediaStreamTrack | null>(null)
  const problemRef = useRef(onProblem)
  useEffect(() => {
    problemRef.current = onProblem
  })

  const listDevices = useCallback(async () => {
    const all = await navigator.mediaDevices.enumerateDevices().catch(() => [])
    const cameras = all.filter((d) => d.kind === 'videoinput' && d.deviceId)
    setDevices(cameras.map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` })))
  }, [])

  useEffect(() => {
    if (!pickCamera || !navigator.mediaDevices) return
    navigator.mediaDevices.addEventListener('devicechange', listDevices)
    return () => navigator.mediaDevices.removeEventListener('devicechange', listDevices)
  }, [pickCamera, listDevices])

  const onUserMedia = useCallback(
    (stream: MediaStream) => {
      const track = stream.getVideoTracks()[0] ?? null
      trackRef.current = track
      if (!track) return
      // The OS or another app took the camera away (stop() by us does not fire this).
      track.addEventListener('ended', () => problemRef.current('ended'), { once: true })
      setActiveId(track.getSettings().deviceId ?? null)
      const capabilities = (track.getCapabilities?.() ?? {}) as TorchCapabilities
      setTorch({ supported: capabilities.torch === true, on: false })
      if (pickCamera) void listDevices()
    },
    [pickCamera, listDevices],
  )

  const onUserMediaError = useCallback(
    (error: string | DOMException) => {
      const problem = classifyCameraError(error)
      if (problem === 'overconstrained' && request.step < LAST_CONSTRAINT_STEP) {
        // A remembered camera that is gone is over-constrained too: forget it and ask for any.
        if (request.step >= 1 && request.deviceId) rememberCamera(null)
        setRequest((r) => ({
          deviceId: r.step >= 1 ? null : r.deviceId,
          step: r.step >= 1 && r.deviceId ? 2 : r.step + 1,
        }))
        return
      }
      problemRef.current(problem)
    },
    [request],
  )

  const selectDevice = useCallback((deviceId: string) => {
    rememberCamera(deviceId)
    setRequest({ deviceId, step: 0 })
  }, [])

  const toggleTorch = useCallback(async () => {
    const track = trackRef.current
    if (!track) return
    const on = !torch.on
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] })
      setTorch({ supported: true, on })
    } catch {
      setTorch({ supported: false, on: false })
    }
  }, [torch.on])

  return {
    videoConstraints: cameraConstraints(request),
    onUserMedia,
    onUserMediaError,
    devices,
    activeId,
    selectDevice,
    torch,
    toggleTorch,
  }
}
