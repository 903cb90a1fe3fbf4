// The done screen's first answer to "what did I just confirm?": the final name and number (hidden when the
// number is), beside a thumbnail of the card photo (its number covered too), so it can be checked at a glance.
import { useTranslation } from 'react-i18next'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import { CardPhoto } from '#src/ui/card-photo.tsx'
import { maskIdNumber, useNumberHidden } from '../lib/mask-id.ts'

interface ConfirmedCardProps {
  record: VerifiedRecord
  /** The photo that was read; absent when this device never had it */
  image?: Blob | undefined
}

export function ConfirmedCard({ record, image }: ConfirmedCardProps) {
  const { t } = useTranslation()
  const hidden = useNumberHidden()
  const { enName, cnName, idNum } = record.final
  return (
    <section
      aria-labelledby="confirmed-card-heading"
      data-testid="confirmed-card"
      className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr]"
    >
      <h3 id="confirmed-card-heading" className="sr-only">
        {t('done.confirmedCard.heading')}
      </h3>
      {image ? (
        // one grid cell for the photo and the note under it
        <div>
          <CardPhoto image={image} className="aspect-[1.6] w-full" testId="confirmed-photo" />
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('done.confirmedCard.noPhoto')}</p>
      )}
      <dl className="flex flex-col gap-1">
        <dt className="text-sm text-slate-500">{t('done.confirmedCard.name')}</dt>
        <dd className="text-lg font-semibold" data-testid="confirmed-name">
          {enName}
          {cnName && (
            <span lang="zh-HK" className="ml-2">
              {cnName}
            </span>
          )}
        </dd>
        <dt className="mt-2 text-sm text-slate-500">{t('done.confirmedCard.number')}</dt>
        <dd className="font-mono text-lg font-semibold tracking-wider" data-testid="confirmed-number">
          {hidden ? maskIdNumber(idNum) : idNum}
        </dd>
      </dl>
    </section>
  )
}
