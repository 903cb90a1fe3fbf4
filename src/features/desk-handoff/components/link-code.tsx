// The phone link as a QR code large enough to scan from a screen, and as text to copy. The QR library
// loads on demand, with the hand-off. Keyed by the link where used, so a new code starts afresh.
import { useTranslation } from 'react-i18next'
import { useCopyLink, useQrCode } from '#src/ui/share-link.ts'

export function LinkCode({ link }: { link: string }) {
  const { t } = useTranslation()
  const qr = useQrCode(link, 2)
  const { copied, copy } = useCopyLink(link)

  return (
    <div className="flex flex-col items-center gap-3">
      <div className="flex h-64 w-64 items-center justify-center rounded-xl border border-slate-200 bg-white p-2">
        {qr && (
          <img src={qr} alt={t('handoff.desk.qrAlt')} data-testid="handoff-qr" className="h-full w-full" />
        )}
      </div>
      <details className="w-64 text-sm">
        <summary className="min-h-11 cursor-pointer py-2 text-center font-semibold text-teal-800 underline underline-offset-4 focus-visible:outline-3 focus-visible:outline-teal-700">
          {t('handoff.desk.link')}
        </summary>
        <div className="flex flex-col gap-2">
          <code
            data-testid="handoff-link"
            className="block rounded bg-slate-100 px-2 py-1 text-xs break-all text-slate-700"
          >
            {link}
          </code>
          <button
            type="button"
            onClick={copy}
            className="min-h-11 rounded-full border border-slate-300 px-4 font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-teal-700"
          >
            {copied ? t('handoff.desk.copied') : t('handoff.desk.copy')}
          </button>
        </div>
      </details>
    </div>
  )
}
