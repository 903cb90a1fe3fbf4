// The two portrait crops side by side.
import { useTranslation } from 'react-i18next'
import type { RecognizeResult } from '../../../hkid/recognize-contract.ts'

/** A data: URL needs no revoking, so nothing of the portrait outlives the component showing it. */
function portraitSrc(base64: string | undefined): string | undefined {
  if (!base64) return undefined
  const type = base64.startsWith('iVBOR') ? 'image/png' : 'image/jpeg'
  return `data:${type};base64,${base64}`
}

function Portrait({ base64, label, testId }: { base64: string | undefined; label: string; testId: string }) {
  const { t } = useTranslation()
  const url = portraitSrc(base64)
  return (
    <figure className="flex flex-1 flex-col items-center gap-2">
      <div className="flex aspect-[3/4] w-full max-w-40 items-center justify-center overflow-hidden rounded-xl border border-slate-200 bg-slate-100">
        {url ? (
          <img src={url} alt={label} data-testid={testId} className="h-full w-full object-cover" />
        ) : (
          <span className="px-2 text-center text-xs text-slate-500">{t('review.noPortrait')}</span>
        )}
      </div>
      <figcaption className="text-sm text-slate-600">{label}</figcaption>
    </figure>
  )
}

export function Portraits({ portraits }: { portraits: RecognizeResult['portraits'] }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="portraits-heading" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h3
        id="portraits-heading"
        className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase"
      >
        {t('review.portraits')}
      </h3>
      <div className="flex gap-4">
        <Portrait base64={portraits.primary} label={t('review.primaryPortrait')} testId="portrait-primary" />
        <Portrait
          base64={portraits.secondary}
          label={t('review.secondaryPortrait')}
          testId="portrait-secondary"
        />
      </div>
    </section>
  )
}
