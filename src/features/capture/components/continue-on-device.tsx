// "Continue on a phone": this page's link as a QR code and as text to copy, for a device without a
// camera. The capture token, taken off the address bar at start-up, is put back into the link's
// #fragment so the phone can recognize too; the QR library loads on demand.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { linkWithCaptureToken } from '#src/session/capture-token.ts'
import { useCopyLink, useQrCode } from '#src/ui/share-link.ts'

export function ContinueOnDevice() {
  const { t } = useTranslation()
  const [link] = useState(() => linkWithCaptureToken(window.location))
  const qr = useQrCode(link, 1)
  const { copied, copy } = useCopyLink(link)

  return (
    <div
      data-testid="continue-on-device"
      className="mt-4 flex flex-col gap-3 border-t border-amber-200 pt-4 sm:flex-row sm:items-center"
    >
      {qr && (
        <img
          src={qr}
          alt={t('capture.otherDevice.qrAlt')}
          className="h-32 w-32 shrink-0 rounded-lg bg-white p-1"
        />
      )}
      <div className="flex min-w-0 flex-col gap-2">
        <h4 className="font-semibold text-amber-950">{t('capture.otherDevice.heading')}</h4>
        <p className="text-sm text-amber-900">{t('capture.otherDevice.body')}</p>
        <div className="flex flex-wrap items-center gap-2">
          <code className="max-w-full truncate rounded bg-white px-2 py-1 text-xs text-slate-700">
            {link}
          </code>
          <button
            type="button"
            onClick={copy}
            className="min-h-11 rounded-full border border-amber-700 px-4 text-sm font-semibold text-amber-900 hover:bg-amber-100"
          >
            {copied ? t('capture.otherDevice.copied') : t('capture.otherDevice.copy')}
          </button>
        </div>
      </div>
    </div>
  )
}
