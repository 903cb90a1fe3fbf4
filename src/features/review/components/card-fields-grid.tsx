// The grid of card fields with what belongs beside each: its findings, decoded symbols, the date in
// words, and the on-screen mask for the ID number (which hides the window text too).
import type { ReactNode } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { checkCardDates } from '#src/hkid/card-dates.ts'
import { intlLocale } from '#src/i18n/languages.ts'
import type { Finding } from '#src/hkid/finding.ts'
import type { NameCharacter } from '#src/hkid/recognize-contract.ts'
import type { CardFormValues } from '../lib/card-form-values.ts'
import { maskIdNumber, maskNumberText, setNumberHidden, useNumberHidden } from '../lib/mask-id.ts'
import { CardField } from './card-field.tsx'
import { NameCharacters } from './name-characters.tsx'
import { SymbolChips } from './symbol-chips.tsx'

type FieldName = keyof CardFormValues
const DATE_FIELDS = ['birthday', 'firstIssueDate', 'currentIssueDate'] as const

interface CardFieldsGridProps {
  form: UseFormReturn<CardFormValues>
  ocrValues: CardFormValues
  values: Partial<CardFormValues>
  findings: Finding[]
  fields: readonly FieldName[]
  /** The local reader's Chinese name, character by character, shown under the Chinese name */
  nameCharacters?: readonly NameCharacter[] | undefined
  /** The operator's review: a finding that needs a reason says so at its field */
  reasons?: boolean | undefined
  /** One note per field in place of its findings (the customer's review); null where none */
  noteFor?: ((field: FieldName) => { node: ReactNode; invalid: boolean } | null) | undefined
}

export function CardFieldsGrid({
  form,
  ocrValues,
  values,
  findings,
  fields,
  nameCharacters,
  reasons,
  noteFor,
}: CardFieldsGridProps) {
  const { t, i18n } = useTranslation()
  const masked = useNumberHidden()
  const current = (field: FieldName) => values[field] ?? ocrValues[field]
  const isoDates = checkCardDates(
    {
      birthday: current('birthday'),
      firstIssueDate: current('firstIssueDate'),
      currentIssueDate: current('currentIssueDate'),
    },
    new Date(),
  ).dates

  function dateInWords(field: (typeof DATE_FIELDS)[number]) {
    const iso = isoDates[field]
    if (!iso) return null
    const monthOnly = iso.length === 7
    const date = new Date(`${monthOnly ? `${iso}-01` : iso}T00:00:00Z`)
    const text = new Intl.DateTimeFormat(intlLocale(i18n.language), {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(monthOnly ? {} : { day: 'numeric' }),
    }).format(date)
    return <p className="text-xs text-slate-600">{t('review.readsAs', { date: text })}</p>
  }

  return (
    // No row gap: each field spans rows of its own (card-field.tsx) and ends with its own space.
    <div className="grid gap-x-4 rounded-2xl border border-slate-200 bg-white px-4 pt-4 pb-1 sm:grid-cols-2">
      {fields.map((field) => {
        const idNumber = field === 'idNum'
        return (
          <CardField
            key={field}
            field={field}
            register={form.register}
            edited={current(field) !== ocrValues[field]}
            onReset={() => form.setValue(field, ocrValues[field], { shouldDirty: true })}
            findings={findings.filter((finding) => finding.field === field)}
            reasons={reasons}
            note={noteFor?.(field)}
            display={
              masked && (idNumber || field === 'windowEmbeddedText') ? (
                <p
                  id={`field-${field}`}
                  data-testid={`masked-${field}`}
                  className="min-h-11 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono tracking-wider"
                  aria-describedby={`field-${field}-masked-hint`}
                >
                  {idNumber ? maskIdNumber(current('idNum')) : maskNumberText(current(field)) || '—'}
                  <span id={`field-${field}-masked-hint`} className="sr-only">
                    {t(idNumber ? 'review.maskedHint' : 'review.maskedWindowHint')}
                  </span>
                </p>
              ) : undefined
            }
            action={
              idNumber ? (
                <button
                  type="button"
                  onClick={() => setNumberHidden(!masked)}
                  aria-pressed={masked}
                  className="-my-2 min-h-11 rounded px-2 text-xs font-semibold whitespace-nowrap text-slate-700 underline underline-offset-2 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-teal-700"
                >
                  {masked ? t('review.unmask') : t('review.mask')}
                </button>
              ) : undefined
            }
            extra={
              field === 'symbol' ? (
                <SymbolChips symbol={current('symbol')} />
              ) : field === 'cnName' && nameCharacters ? (
                <NameCharacters characters={nameCharacters} />
              ) : (DATE_FIELDS as readonly string[]).includes(field) ? (
                dateInWords(field as (typeof DATE_FIELDS)[number])
              ) : undefined
            }
          />
        )
      })}
    </div>
  )
}
