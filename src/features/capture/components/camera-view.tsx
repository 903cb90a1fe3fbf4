// Live camera preview with the card guide and a shutter. The frame is grabbed as an ImageBitmap at
// the camera's full resolution and handed on with the guide's crop; nothing is drawn on the main thread.
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import Webcam from 'react-webcam'
import { classifyCameraError, type CameraProblem } from '../lib/camera-error.ts'
import { guideBox, guideCrop } from '../lib/card-guide.ts'
import type { CapturedImage } from '../lib/captured-image.ts'

const VIDEO_CONSTRAINTS: MediaTrackConstraints = {
  facingMode: { ideal: 'environment' },
  width: { ideal: 1920 },
  height: { ideal: 1080 },
}

interface CameraViewProps {
  onCapture: (image: CapturedImage) => void
  onProblem: (problem: CameraProblem) => void
}

export function CameraView({ onCapture, onProblem }: CameraViewProps) {
  const { t } = useTranslation()
  const webcamRef = useRef<Webcam>(null)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  const [busy, setBusy] = useState(false)
  const guide = guideBox(size?.width ?? 16, size?.height ?? 9)

  async function shoot() {
    const video = webcamRef.current?.video
    if (!video || video.readyState < 2 || busy) return
    setBusy(true)
    try {
      const bitmap = await createImageBitmap(video)
      onCapture({ kind: 'camera', bitmap, crop: guideCrop(bitmap.width, bitmap.height) })
    } catch (error) {
      onProblem(classifyCameraError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <div
        className="relative mx-auto w-full overflow-hidden rounded-2xl bg-slate-900 shadow-inner"
        style={{ aspectRatio: size ? `${size.width} / ${size.height}` : '16 / 9' }}
      >
        <Webcam
          ref={webcamRef}
          audio={false}
          mirrored={false}
          videoConstraints={VIDEO_CONSTRAINTS}
          onUserMedia={() => {
            const video = webcamRef.current?.video
            const update = () => video && setSize({ width: video.videoWidth, height: video.videoHeight })
            if (video?.videoWidth) update()
            else video?.addEventListener('loadedmetadata', update, { once: true })
          }}
          onUserMediaError={(error) => onProblem(classifyCameraError(error))}
          className="absolute inset-0 h-full w-full object-contain"
          data-testid="camera-preview"
        />
        {!size && (
          <p
            className="absolute inset-0 flex items-center justify-center text-sm text-slate-300"
            role="status"
          >
            {t('capture.startingCamera')}
          </p>
        )}
        <div
          aria-hidden="true"
          className="pointer-events-none absolute rounded-[4%/6%] border-4 border-white/90 shadow-[0_0_0_9999px_rgba(15,23,42,0.45)]"
          style={{
            left: `${guide.x * 100}%`,
            top: `${guide.y * 100}%`,
            width: `${guide.width * 100}%`,
            height: `${guide.height * 100}%`,
          }}
        />
      </div>
      <button
        type="button"
        onClick={shoot}
        disabled={!size || busy}
        className="mx-auto inline-flex min-h-12 items-center gap-2 rounded-full bg-teal-700 px-8 py-3 text-base font-semibold text-white shadow hover:bg-teal-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:bg-slate-400"
      >
        <span aria-hidden="true" className="inline-block h-4 w-4 rounded-full border-2 border-white" />
        {t('capture.shutter')}
      </button>
    </div>
  )
}
