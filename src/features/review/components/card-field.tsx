// One card field: label, the right input, "edited" with a one-click undo back to what was read, and the
// findings about it, all tied to the input for screen readers.
import type { ReactNode } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Finding } from '#src/hkid/finding.ts'
import type { CardFormValues } from '../lib/card-form-values.ts'
import { FindingNotes } from './finding-notes.tsx'

type FieldName = keyof CardFormValues

const inputClass =
  'w-full min-h-11 rounded-lg border bg-white px-3 py-2 text-base shadow-sm focus:outline-3 focus:outline-offset-1 focus:outline-teal-600'

const FORMAT_HINTS = ['birthday', 'firstIssueDate', 'currentIssueDate', 'idNum', 'telexCode'] as const
type HintField = (typeof FORMAT_HINTS)[number]
const hasFormatHint = (field: FieldName): field is HintField =>
  (FORMAT_HINTS as readonly string[]).includes(field)

interface CardFieldProps {
  field: FieldName
  register: UseFormRegister<CardFormValues>
  edited: boolean
  onReset: () => void
  findings: Finding[]
  /** Replaces the input, e.g. the masked ID number */
  display?: ReactNode
  /** Shown under the input: decoded symbols, the date in words */
  extra?: ReactNode
  action?: ReactNode
  /** The operator's review: a finding that needs a reason says so here */
  reasons?: boolean | undefined
  /** Said instead of the findings (the customer's one note per field), with the id it is described by. */
  note?: { node: ReactNode; invalid: boolean } | null | undefined
}

export function CardField({
  field,
  register,
  edited,
  onReset,
  findings,
  display,
  extra,
  action,
  reasons,
  note,
}: CardFieldProps) {
  const { t } = useTranslation()
  const id = `field-${field}`
  const label = t(`review.fields.${field}`)
  const described = note !== undefined ? note !== null : findings.length > 0
  const describedBy = [hasFormatHint(field) ? `${id}-hint` : '', described ? `${id}-findings` : '']
    .filter(Boolean)
    .join(' ')
  const common = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid':
      (note !== undefined ? note?.invalid : findings.some((finding) => finding.severity === 'error')) ||
      undefined,
    className: `${inputClass} ${edited ? 'border-sky-500' : 'border-slate-300'}`,
  }

  return (
    // A subgrid of the fields' grid: the label, input and notes of two fields side by side share their rows,
    // so a label that takes two lines does not push its input below its neighbour's.
    <div className="row-span-4 grid grid-rows-subgrid *:mb-1" data-testid={`field-${field}`}>
      <div className="flex min-h-7 items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          {label}
        </label>
        <div className="flex flex-wrap items-center justify-end gap-2">
          {edited && (
            <>
              <span
                data-testid={`edited-${field}`}
                className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900"
              >
                {t('review.edited')}
              </span>
              <button
                type="button"
                onClick={onReset}
                aria-label={t('review.resetField', { field: label })}
                className="-my-2 min-h-11 min-w-11 rounded px-2 text-xs font-semibold text-sky-800 underline underline-offset-2 hover:text-sky-950 focus-visible:outline-2 focus-visible:outline-teal-700"
              >
                {t('review.resetShort')}
              </button>
            </>
          )}
          {action}
        </div>
      </div>
      {display ??
        (field === 'sex' ? (
          <select {...common} {...register('sex')}>
            <option value="">{t('review.sexOptions.unknown')}</option>
            <option value="M">{t('review.sexOptions.M')}</option>
            <option value="F">{t('review.sexOptions.F')}</option>
          </select>
        ) : field === 'permanent' ? (
          <select {...common} {...register('permanent')}>
            <option value="">{t('review.permanentOptions.unknown')}</option>
            <option value="yes">{t('review.permanentOptions.yes')}</option>
            <option value="no">{t('review.permanentOptions.no')}</option>
          </select>
        ) : (
          <input
            {...common}
            {...register(field)}
            autoComplete="off"
            spellCheck={false}
            inputMode={field === 'telexCode' ? 'numeric' : undefined}
            lang={field === 'cnName' ? 'zh-HK' : undefined}
          />
        ))}
      {/* What is said under the input, as one row: the neighbour's notes start under its own input. */}
      <div className="flex flex-col gap-1">
        {hasFormatHint(field) && (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {t(`review.formatHint.${field}`)}
          </p>
        )}
        {extra}
        {note !== undefined ? (
          note && <div id={`${id}-findings`}>{note.node}</div>
        ) : (
          <FindingNotes findings={findings} id={`${id}-findings`} reasons={reasons} />
        )}
      </div>
      {/* The space before the next row of fields, after the taller of the two. */}
      <div aria-hidden="true" className="row-start-4 h-2" />
    </div>
  )
}
