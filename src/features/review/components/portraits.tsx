// The two portrait crops side by side; either opens large in a dialog (Esc or the button closes it).
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Panel } from '#src/ui/panel.tsx'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'

/** A data: URL needs no revoking, so nothing of the portrait outlives the component showing it. */
function portraitSrc(base64: string | undefined): string | undefined {
  if (!base64) return undefined
  const type = base64.startsWith('iVBOR') ? 'image/png' : 'image/jpeg'
  return `data:${type};base64,${base64}`
}

interface PortraitProps {
  base64: string | undefined
  label: string
  testId: string
  onOpen: (src: string, label: string) => void
}

function Portrait({ base64, label, testId, onOpen }: PortraitProps) {
  const { t } = useTranslation()
  const src = portraitSrc(base64)
  return (
    <figure className="flex flex-1 flex-col items-center gap-2">
      {src ? (
        <button
          type="button"
          onClick={() => onOpen(src, label)}
          aria-label={t('review.enlargePortrait', { label })}
          className="aspect-[3/4] w-full max-w-40 cursor-zoom-in overflow-hidden rounded-xl border border-slate-200 bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          <img src={src} alt={label} data-testid={testId} className="h-full w-full object-cover" />
        </button>
      ) : (
        <div className="flex aspect-[3/4] w-full max-w-40 items-center justify-center rounded-xl border border-slate-200 bg-slate-100">
          <span className="px-2 text-center text-xs text-slate-500">{t('review.noPortrait')}</span>
        </div>
      )}
      <figcaption className="text-sm text-slate-600">{label}</figcaption>
    </figure>
  )
}

export function Portraits({ portraits }: { portraits: RecognizeResult['portraits'] }) {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [large, setLarge] = useState<{ src: string; label: string } | null>(null)

  const open = (src: string, label: string) => {
    setLarge({ src, label })
    dialogRef.current?.showModal()
  }

  return (
    <Panel title={t('review.portraits')}>
      <div className="flex gap-4">
        <Portrait
          base64={portraits.primary}
          label={t('review.primaryPortrait')}
          testId="portrait-primary"
          onOpen={open}
        />
        <Portrait
          base64={portraits.secondary}
          label={t('review.secondaryPortrait')}
          testId="portrait-secondary"
          onOpen={open}
        />
      </div>
      <dialog
        ref={dialogRef}
        onClose={() => setLarge(null)}
        aria-label={large?.label}
        className="m-auto max-h-[90dvh] max-w-[90vw] rounded-2xl bg-white p-4 backdrop:bg-slate-900/70"
      >
        {large && (
          <div className="flex flex-col items-center gap-3">
            <img src={large.src} alt={large.label} className="max-h-[75dvh] w-auto rounded-lg" />
            <button
              type="button"
              onClick={() => dialogRef.current?.close()}
              className="min-h-11 rounded-full border border-slate-300 px-6 font-semibold focus-visible:outline-3 focus-visible:outline-teal-700"
            >
              {t('review.closePortrait')}
            </button>
          </div>
        )}
      </dialog>
    </Panel>
  )
}
