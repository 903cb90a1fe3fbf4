// Every recognized field, editable, each marked when it differs from what was read.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { RecognizeResult } from '../../../hkid/recognize-contract.ts'
import { CARD_FIELD_ORDER, cardFormSchema, cardToForm, type CardFormValues } from '../lib/card-form-values.ts'
import { Portraits } from './portraits.tsx'
import { WarningBadges } from './warning-badges.tsx'

interface ReviewFormProps {
  result: RecognizeResult
  onConfirm: (values: CardFormValues) => void
  onRetake: () => void
}

const inputClass =
  'w-full min-h-11 rounded-lg border bg-white px-3 py-2 text-base shadow-sm focus:outline-3 focus:outline-offset-1 focus:outline-teal-600'

export function ReviewForm({ result, onConfirm, onRetake }: ReviewFormProps) {
  const { t } = useTranslation()
  const ocrValues = cardToForm(result.card)
  const { register, handleSubmit, control } = useForm<CardFormValues>({
    defaultValues: ocrValues,
    resolver: zodResolver(cardFormSchema),
  })
  const values = useWatch({ control })

  return (
    <form
      onSubmit={handleSubmit(onConfirm)}
      aria-labelledby="review-heading"
      className="flex flex-col gap-5"
      noValidate
    >
      <div>
        <h2 id="review-heading" className="text-xl font-semibold sm:text-2xl">
          {t('review.heading')}
        </h2>
        <p className="mt-1 text-slate-600">{t('review.intro')}</p>
      </div>

      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
          {CARD_FIELD_ORDER.map((field) => {
            const edited = values[field] !== undefined && values[field] !== ocrValues[field]
            const id = `field-${field}`
            return (
              <div key={field} className="flex flex-col gap-1" data-testid={`field-${field}`}>
                <div className="flex items-center justify-between gap-2">
                  <label htmlFor={id} className="text-sm font-medium text-slate-700">
                    {t(`review.fields.${field}`)}
                  </label>
                  {edited && (
                    <span
                      data-testid={`edited-${field}`}
                      className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900"
                    >
                      {t('review.edited')}
                    </span>
                  )}
                </div>
                {field === 'sex' ? (
                  <select id={id} {...register('sex')} className={`${inputClass} border-slate-300`}>
                    <option value="">{t('review.sexOptions.unknown')}</option>
                    <option value="M">{t('review.sexOptions.M')}</option>
                    <option value="F">{t('review.sexOptions.F')}</option>
                  </select>
                ) : field === 'permanent' ? (
                  <select id={id} {...register('permanent')} className={`${inputClass} border-slate-300`}>
                    <option value="">{t('review.permanentOptions.unknown')}</option>
                    <option value="yes">{t('review.permanentOptions.yes')}</option>
                    <option value="no">{t('review.permanentOptions.no')}</option>
                  </select>
                ) : (
                  <input
                    id={id}
                    {...register(field)}
                    autoComplete="off"
                    spellCheck={false}
                    lang={field === 'cnName' ? 'zh-HK' : undefined}
                    className={`${inputClass} ${edited ? 'border-sky-500' : 'border-slate-300'}`}
                  />
                )}
              </div>
            )
          })}
        </div>
        <div className="flex flex-col gap-4">
          <WarningBadges warnings={result.warnings} />
          <Portraits portraits={result.portraits} />
        </div>
      </div>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <button
          type="button"
          onClick={onRetake}
          className="min-h-12 rounded-full border border-slate-300 bg-white px-6 py-3 font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          {t('review.retake')}
        </button>
        <button
          type="submit"
          className="min-h-12 rounded-full bg-teal-700 px-8 py-3 font-semibold text-white shadow hover:bg-teal-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          {t('review.confirm')}
        </button>
      </div>
    </form>
  )
}
