// The photo of the card as it was sent, shown where the user decides something about it (check it,
// read an error, compare the fields). A press opens it large in a dialog, to zoom into any field. While a step
// asks for a cover (photo-cover.ts: the number, when it is hidden), both sizes show a covered copy, never the
// original.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { coverRegions, type Region } from './cover-regions.ts'
import { useCurrentPhotoCover } from './photo-cover.ts'
import { useObjectUrl } from './use-object-url.ts'

const ZOOMS = [1, 2, 3] as const

type Cover = (size: { width: number; height: number }) => Region[]

interface CardPhotoProps {
  image: Blob
  className?: string
  testId?: string
}

/** The image to show: the original, or (while covering) nothing until its covered copy is made. */
function useShownImage(image: Blob, cover: Cover | undefined): Blob | null {
  const [covered, setCovered] = useState<{ image: Blob; cover: Cover; blob: Blob } | null>(null)
  useEffect(() => {
    if (!cover) return
    let live = true
    coverRegions(image, cover)
      .then((blob) => live && setCovered({ image, cover, blob }))
      // a photo that cannot be covered is not shown at all rather than shown whole
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [image, cover])
  if (!cover) return image
  return covered?.image === image && covered.cover === cover ? covered.blob : null
}

export function CardPhoto(props: CardPhotoProps) {
  const { image, className = '', testId = 'card-photo' } = props
  const { t } = useTranslation()
  const cover = useCurrentPhotoCover()
  const url = useObjectUrl(useShownImage(image, cover?.regions))
  const dialog = useRef<HTMLDialogElement>(null)
  const [zoom, setZoom] = useState<(typeof ZOOMS)[number]>(1)
  if (!url) return null
  const zoomButton =
    'min-h-11 min-w-11 rounded-full bg-white/15 px-3 text-sm font-semibold text-white hover:bg-white/25 focus-visible:outline-3 focus-visible:outline-white disabled:opacity-40'
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setZoom(1)
          dialog.current?.showModal()
        }}
        aria-label={t('photo.viewer.enlarge')}
        className={`group flex flex-col overflow-hidden rounded-xl bg-slate-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${className}`}
      >
        <img
          src={url}
          alt={t('photo.viewer.alt')}
          data-testid={testId}
          data-covered={cover ? 'number' : undefined}
          className="block min-h-0 w-full flex-1 object-contain"
        />
        {/* a strip under the photo, never over it: a label on the card hid one of its corners */}
        <span
          aria-hidden="true"
          data-testid={`${testId}-enlarge`}
          className="flex shrink-0 items-center justify-center gap-1.5 py-1 text-xs font-semibold text-white group-hover:bg-slate-800"
        >
          <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="7" cy="7" r="4.5" />
            <path d="M10.5 10.5 14 14" strokeLinecap="round" />
          </svg>
          {t('photo.viewer.enlargeShort')}
        </span>
      </button>
      {cover && (
        <p className="mt-1 text-xs text-slate-600" data-testid={`${testId}-cover-note`}>
          {cover.note}
        </p>
      )}
      <dialog
        ref={dialog}
        aria-label={t('photo.viewer.alt')}
        className="m-auto h-[min(92dvh,60rem)] w-[min(96vw,90rem)] max-w-none rounded-2xl bg-slate-950 p-0 text-white backdrop:bg-slate-950/80"
      >
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-end gap-2 p-2">
            <button
              type="button"
              className={zoomButton}
              disabled={zoom === 1}
              onClick={() => setZoom(ZOOMS[ZOOMS.indexOf(zoom) - 1] ?? 1)}
            >
              {t('photo.viewer.zoomOut')}
            </button>
            <span className="w-10 text-center text-sm tabular-nums" aria-live="polite">
              {zoom}×
            </span>
            <button
              type="button"
              className={zoomButton}
              disabled={zoom === 3}
              onClick={() => setZoom(ZOOMS[ZOOMS.indexOf(zoom) + 1] ?? 3)}
            >
              {t('photo.viewer.zoomIn')}
            </button>
            <button type="button" className={zoomButton} onClick={() => dialog.current?.close()}>
              {t('photo.viewer.close')}
            </button>
          </div>
          {/* Scrolls in both directions when zoomed, so every part of the card can be brought into view. */}
          <div
            role="region"
            className="min-h-0 flex-1 overflow-auto"
            tabIndex={0}
            aria-label={t('photo.viewer.alt')}
          >
            <img
              src={url}
              alt=""
              data-testid={`${testId}-large`}
              style={{ width: `${zoom * 100}%` }}
              className="mx-auto block h-auto max-w-none object-contain"
            />
          </div>
        </div>
      </dialog>
    </>
  )
}
