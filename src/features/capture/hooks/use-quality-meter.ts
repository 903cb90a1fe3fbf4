// Feeds the camera to the quality-meter worker a few times a second and runs auto-capture on its
// answers. The main thread only cuts the guide's crop out of the video (createImageBitmap) and posts it.
import { useEffect, useRef, useState, type RefObject } from 'react'
import { advanceRun } from '../lib/auto-capture.ts'
import { guideCrop, guideWithinCrop } from '../lib/card-guide.ts'
import type { MeterRequest, MeterResponse } from '../lib/meter-protocol.ts'
import type { FrameMeasures, QualityIssue } from '../lib/quality-meter.ts'
import type { Journey } from '#src/session/journey.ts'
import { METER_INTERVAL_MS, QUALITY_THRESHOLDS } from '../lib/quality-thresholds.ts'

export interface MeterReading {
  /** Null until the first frame is measured, or when the meter cannot run. */
  issues: QualityIssue[] | null
  measures: FrameMeasures | null
  /** Good frames in a row so far (auto-capture on). */
  run: number
  frames: number
  fps: number
  /** False when the meter could not start here; the shutter still works. */
  available: boolean
  /** Auto-capture has waited long with the card in view: what is holding it. */
  stall: QualityIssue | null
}

const INITIAL: MeterReading = {
  issues: null,
  measures: null,
  run: 0,
  frames: 0,
  fps: 0,
  available: true,
  stall: null,
}

interface Options {
  videoRef: RefObject<HTMLVideoElement | null>
  active: boolean
  journey: Journey
  autoCapture: boolean
  onAutoCapture: (frame: ImageBitmap) => void
}

export function useQualityMeter({ videoRef, active, journey, autoCapture, onAutoCapture }: Options) {
  const [reading, setReading] = useState<MeterReading>(INITIAL)
  const auto = useRef(autoCapture)
  const fire = useRef(onAutoCapture)
  useEffect(() => {
    fire.current = onAutoCapture
  })

  const workerRef = useRef<Worker | null>(null)
  useEffect(() => {
    auto.current = autoCapture
    workerRef.current?.postMessage({ type: 'reset' } satisfies MeterRequest)
  }, [autoCapture])

  useEffect(() => {
    if (!active) return
    const worker = new Worker(new URL('../lib/quality-meter.worker.ts', import.meta.url), { type: 'module' })
    workerRef.current = worker
    const steadyFrames = QUALITY_THRESHOLDS[journey].steadyFrames
    let stopped = false
    let busy = false
    let run = 0
    let frames = 0
    const times: number[] = []
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastPost = 0

    const post = (request: MeterRequest, transfer: Transferable[] = []) =>
      worker.postMessage(request, transfer)

    /** The next frame goes as soon as the worker is free, but not sooner than the interval after the last. */
    function next() {
      busy = false
      clearTimeout(timer)
      timer = setTimeout(tick, Math.max(0, lastPost + METER_INTERVAL_MS - performance.now()))
    }

    async function tick() {
      if (stopped) return
      // A fallback in case a frame is lost on its way (next() replaces it when the answer comes).
      timer = setTimeout(tick, METER_INTERVAL_MS)
      const video = videoRef.current
      if (busy || !video || video.readyState < 2 || !video.videoWidth) return
      busy = true
      lastPost = performance.now()
      const { videoWidth: w, videoHeight: h } = video
      const crop = guideCrop(w, h)
      try {
        const frame = await createImageBitmap(
          video,
          Math.round(crop.x),
          Math.round(crop.y),
          Math.round(crop.width),
          Math.round(crop.height),
        )
        if (stopped) return frame.close()
        post({ type: 'frame', frame, guide: guideWithinCrop(w, h), journey, keep: auto.current }, [frame])
      } catch {
        busy = false
      }
    }

    worker.onmessage = (event: MessageEvent<MeterResponse>) => {
      const message = event.data
      if (message.type === 'failed') {
        stopped = true
        setReading({ ...INITIAL, available: false })
        return
      }
      if (message.type === 'best') {
        // Auto-capture may have been switched off while the best frame was on its way: then no photo.
        if (message.frame && auto.current) fire.current(message.frame)
        else {
          message.frame?.close()
          next() // the run broke, or auto-capture was turned off, while we asked; keep measuring
        }
        return
      }
      if (message.type !== 'quality') return
      frames++
      const now = performance.now()
      times.push(now)
      if (times.length > 20) times.shift()
      const fps = times.length > 1 ? ((times.length - 1) * 1000) / (now - times[0]!) : 0
      const step = auto.current ? advanceRun(run, message.issues, steadyFrames) : { run: 0, fire: false }
      run = step.run
      const stall = auto.current ? message.stall : null
      setReading({
        issues: message.issues,
        measures: message.measures,
        run,
        frames,
        fps,
        available: true,
        stall,
      })
      if (step.fire) {
        run = 0
        post({ type: 'take' }) // busy stays true: no more frames until the best one is back
      } else next()
    }
    worker.onerror = () => {
      stopped = true
      setReading({ ...INITIAL, available: false })
    }

    void tick()
    return () => {
      stopped = true
      clearTimeout(timer)
      worker.terminate()
      workerRef.current = null
    }
  }, [active, journey, videoRef])

  return reading
}
