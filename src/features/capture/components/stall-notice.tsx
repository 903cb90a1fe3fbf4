// What holds a stalled auto-capture, in plain words, and the invitation to take the photo by hand.
// Loaded (with its strings) early in capture, off the first screen's bundle.
import { useTranslation } from 'react-i18next'
import { usePhotoCheck } from '../lib/capture-settings.ts'
import type { QualityIssue } from '../lib/quality-meter.ts'

interface StallNoticeProps {
  reason: QualityIssue
  /** The dark camera screen (self-service), where the big shutter is right below. */
  dark: boolean
  onShoot?: (() => void) | undefined
}

export function StallNotice({ reason, dark, onShoot }: StallNoticeProps) {
  const { t } = useTranslation()
  // Customers (the dark screen) always see the photo before it is sent; operators when they chose to.
  const [checked] = usePhotoCheck()
  return (
    <div
      data-testid="stall-notice"
      data-reason={reason}
      className={`rounded-xl p-3 text-sm ${dark ? 'bg-white/10 text-white' : 'border border-amber-300 bg-amber-50 text-amber-950'}`}
    >
      <p className="font-semibold">{t('photo.stall.held', { reason: t(`photo.stall.${reason}`) })}</p>
      <p className="mt-0.5">{t(dark || checked ? 'photo.stall.inviteChecked' : 'photo.stall.invite')}</p>
      {onShoot && !dark && (
        <button
          type="button"
          onClick={onShoot}
          className="mt-2 min-h-11 rounded-full border border-amber-700 px-4 font-semibold text-amber-900 hover:bg-amber-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-700"
        >
          {t('photo.stall.takeNow')}
        </button>
      )}
    </div>
  )
}
