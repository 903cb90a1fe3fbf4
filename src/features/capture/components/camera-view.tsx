// The live camera: preview with the card guide, the quality meter's guidance, auto-capture and the
// shutter. Frames leave as the guide's crop (ImageBitmap, camera resolution); nothing is drawn here.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import Webcam from 'react-webcam'
import { useCameraSource } from '../hooks/use-camera-source.ts'
import { useCaptureShortcuts } from '../hooks/use-capture-shortcuts.ts'
import { useQualityMeter } from '../hooks/use-quality-meter.ts'
import { classifyCameraError, type CameraProblem } from '../lib/camera-error.ts'
import { guideBox, guideCrop } from '../lib/card-guide.ts'
import type { CapturedImage } from '../lib/captured-image.ts'
import type { Journey } from '#src/session/journey.ts'
import { useAutoCapture } from '../lib/capture-settings.ts'
import { guidanceFor } from '../lib/guidance.ts'
import { METER_INTERVAL_MS, QUALITY_THRESHOLDS } from '../lib/quality-thresholds.ts'
import type { CameraLayoutProps } from './camera-layout-props.ts'
import { prefetchStallNotice } from './guidance-message.tsx'
import { GuideOverlay } from './guide-overlay.tsx'
import { OperatorCamera } from './operator-camera.tsx'
import { CustomerCamera } from './customer-camera.tsx'

interface CameraViewProps {
  journey: Journey
  onCapture: (image: CapturedImage) => void
  onProblem: (problem: CameraProblem) => void
  onUpload: () => void
}

export function CameraView({ journey, onCapture, onProblem, onUpload }: CameraViewProps) {
  const { t } = useTranslation()
  const webcamRef = useRef<Webcam>(null)
  const videoRef = useRef<HTMLVideoElement | null>(null)
  const captured = useRef(false)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  const [busy, setBusy] = useState(false)
  const [autoCapture, setAutoCapture] = useAutoCapture()
  const source = useCameraSource(journey === 'operator', onProblem)
  useEffect(prefetchStallNotice, [])

  function deliver(bitmap: ImageBitmap) {
    if (captured.current) return bitmap.close()
    captured.current = true
    onCapture({ kind: 'camera', bitmap })
  }

  const reading = useQualityMeter({
    videoRef,
    active: size !== null,
    journey,
    autoCapture,
    onAutoCapture: deliver,
  })
  const guidance = guidanceFor({
    ...reading,
    autoCapture,
    steadyFrames: QUALITY_THRESHOLDS[journey].steadyFrames,
    frameMs: reading.fps > 0 ? 1000 / reading.fps : METER_INTERVAL_MS,
  })

  async function shoot() {
    const video = videoRef.current
    if (!video || video.readyState < 2 || busy || captured.current) return
    setBusy(true)
    try {
      const crop = guideCrop(video.videoWidth, video.videoHeight)
      deliver(await createImageBitmap(video, crop.x, crop.y, crop.width, crop.height))
    } catch (error) {
      onProblem(classifyCameraError(error))
    } finally {
      setBusy(false)
    }
  }

  useCaptureShortcuts(journey === 'operator', {
    capture: () => void shoot(),
    toggleAutoCapture: () => setAutoCapture(!autoCapture),
    upload: onUpload,
  })

  const guide = guideBox(size?.width ?? 16, size?.height ?? 9)
  const ratio = size ? size.width / size.height : 16 / 9
  const stage = (
    <div
      className="relative mx-auto max-h-full w-full overflow-hidden rounded-2xl bg-slate-900"
      style={{
        aspectRatio: size ? `${size.width} / ${size.height}` : '16 / 9',
        // The ratio for a layout that fits the view to the height (index.css, a short landscape screen).
        ['--stage-ratio' as string]: ratio,
        // Full screen: as large as the space allows without letterboxing the video (a size container).
        ...(journey === 'customer' && { width: `min(100cqw, calc(100cqh * ${ratio}))` }),
      }}
      data-testid="camera-stage"
      data-guidance={guidance.key}
      data-stall={guidance.stall ?? undefined}
      data-meter-frames={reading.frames}
      data-meter-fps={reading.fps.toFixed(1)}
    >
      <Webcam
        ref={webcamRef}
        audio={false}
        mirrored={false}
        videoConstraints={source.videoConstraints}
        onUserMedia={(stream) => {
          const video = webcamRef.current?.video ?? null
          videoRef.current = video
          source.onUserMedia(stream)
          const update = () =>
            video?.videoWidth && setSize({ width: video.videoWidth, height: video.videoHeight })
          update()
          video?.addEventListener('loadedmetadata', update)
          video?.addEventListener('resize', update)
        }}
        onUserMediaError={source.onUserMediaError}
        className="absolute inset-0 h-full w-full object-contain"
        data-testid="camera-preview"
      />
      {size ? (
        <GuideOverlay
          guide={guide}
          tone={guidance.tone}
          progress={guidance.progress}
          countdown={guidance.seconds === null ? null : String(guidance.seconds)}
        />
      ) : (
        <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-300" role="status">
          {t('capture.startingCamera')}
        </p>
      )}
    </div>
  )

  const props: CameraLayoutProps = {
    stage,
    guidance,
    ready: size !== null && !busy,
    onShoot: () => void shoot(),
    autoCapture,
    onAutoCapture: setAutoCapture,
    source,
    onUpload,
  }
  return journey === 'customer' ? <CustomerCamera {...props} /> : <OperatorCamera {...props} />
}
