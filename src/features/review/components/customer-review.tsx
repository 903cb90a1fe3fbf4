// Review for a customer on their own: the details they can compare with their card, in plain words. They
// correct or retake; they cannot accept an error. What still looks wrong is sent anyway, flagged for staff;
// what a record cannot go without (number, a name, date of birth, sex) must be given first.
import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { WARN_BLUR, WARN_GLARE } from '#src/hkid/card-warnings.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { itemsNeedingReason } from '#src/hkid/review-policy.ts'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { ConfirmDialog } from '#src/ui/confirm-dialog.tsx'
import { StepHeading } from '#src/ui/step-heading.tsx'
import { customerNotes, missingForCustomer } from '../lib/customer-field-notes.ts'
import { useNumberCover } from '../lib/use-number-cover.ts'
import { useReviewedCard } from '../lib/use-reviewed-card.ts'
import { buildVerifiedRecord, type VerifiedRecord } from '#src/hkid/verified-record.ts'
import { CardFieldsGrid } from './card-fields-grid.tsx'
import { CustomerCardChecks } from './customer-card-checks.tsx'
import { CustomerFieldNote, CustomerNeeds, useCustomerNoteText } from './customer-notes.tsx'

/** What a customer can read off the front of their card and check; the rest is for staff. */
export const CUSTOMER_FIELDS = ['enName', 'cnName', 'idNum', 'birthday', 'sex', 'currentIssueDate'] as const
/** Blur and reflection: a retake may read the card better. */
const PHOTO_WARNINGS = [WARN_GLARE, WARN_BLUR]

interface CustomerReviewProps {
  result: RecognizeResult
  recognizedAt: Date
  onConfirm: (record: VerifiedRecord) => void
  onRetake: () => void
  /** The record confirmed before, when the customer came back from a failed send to correct it. */
  previous?: VerifiedRecord | undefined
  /** The photo that was read, beside the fields (above them on a phone held upright), to compare with. */
  photo?: ReactNode
}

export function CustomerReview(props: CustomerReviewProps) {
  const { result, recognizedAt, onConfirm, onRetake, previous, photo } = props
  const { t } = useTranslation()
  const noteText = useCustomerNoteText()
  const { form, ocrValues, watched, card, check, findings, edited } = useReviewedCard(
    result,
    recognizedAt,
    previous?.final,
  )
  const [askingToRetake, setAskingToRetake] = useState(false)
  useNumberCover(result)
  const needsHeading = useRef<HTMLHeadingElement>(null)
  const missing = missingForCustomer({ ...ocrValues, ...watched })
  const notes = customerNotes(findings, missing)
  // What an operator would have to accept with a reason, a customer can only correct: what stands is flagged
  // (what is missing is not: it is asked for below, and nothing goes without it).
  const standing = itemsNeedingReason(findings, result.warnings).flatMap((item) =>
    item.kind === 'finding' && !(item.finding.field && notes.get(item.finding.field)?.kind === 'missing')
      ? [item.finding]
      : [],
  )

  const submit = form.handleSubmit(() => {
    if (!card || !check) return
    const record = buildVerifiedRecord({
      journey: 'customer',
      result,
      card,
      check,
      reasons: {},
      reference: '',
      recognizedAt,
      confirmedAt: new Date(),
    })
    onConfirm(record)
  })

  return (
    <form
      onSubmit={(event) => {
        // Nothing goes without what a record needs: say what, where the words are.
        if (missing.length === 0) return void submit(event)
        event.preventDefault()
        needsHeading.current?.focus()
      }}
      aria-labelledby="review-heading"
      className="flex flex-col gap-5"
      noValidate
    >
      <div>
        <StepHeading id="review-heading">{t('customer.review.heading')}</StepHeading>
        <p className="mt-1 text-slate-600">{t('customer.review.intro')}</p>
      </div>
      {result.warnings.some((code) => PHOTO_WARNINGS.includes(code)) && (
        <p
          className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950"
          data-testid="photo-hint"
        >
          {t('customer.review.photoHint')}
        </p>
      )}
      {/* Upright on a phone the photo stays pinned, compact, above the fields as they scroll; sideways or wider
          it stays beside them. */}
      <div
        className={
          photo
            ? 'flex flex-col gap-4 short-landscape:grid short-landscape:grid-cols-[minmax(0,1fr)_18rem] md:grid md:grid-cols-[1fr_20rem] lg:grid-cols-[1fr_24rem]'
            : 'grid gap-4'
        }
      >
        <CardFieldsGrid
          form={form}
          ocrValues={ocrValues}
          values={watched}
          findings={findings}
          fields={CUSTOMER_FIELDS}
          noteFor={(field) => {
            const note = notes.get(field)
            return note
              ? { node: <CustomerFieldNote note={note} />, invalid: ['missing', 'wrong'].includes(note.kind) }
              : null
          }}
        />
        {photo && (
          <div
            data-pinned-photo="md"
            className="sticky top-0 z-10 order-first -mx-4 border-b border-slate-200 bg-slate-50 px-4 py-2 short-landscape:order-none short-landscape:top-2 short-landscape:mx-0 short-landscape:self-start short-landscape:border-0 short-landscape:p-0 md:order-none md:top-4 md:mx-0 md:self-start md:border-0 md:p-0"
          >
            <div className="mx-auto w-full max-w-[calc(25dvh*1.6)] short-landscape:max-w-none md:max-w-none">
              {photo}
            </div>
          </div>
        )}
      </div>
      {standing.length > 0 && (
        <section
          aria-labelledby="unresolved-heading"
          data-testid="customer-unresolved"
          className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950"
        >
          <h3 id="unresolved-heading" className="font-semibold">
            {t('customer.review.unresolved.heading')}
          </h3>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {standing.map((finding) => (
              <li key={`${finding.code}-${finding.field ?? 'card'}-${JSON.stringify(finding.params)}`}>
                {finding.field
                  ? `${t(`review.fields.${finding.field}`)}: ${noteText(notes.get(finding.field) ?? { field: finding.field, kind: 'wrong' })}`
                  : t('customer.fieldNotes.card')}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">{t('customer.review.unresolved.body')}</p>
        </section>
      )}
      <CustomerCardChecks answer={result} />
      {missing.length > 0 && <CustomerNeeds needs={missing} headingRef={needsHeading} />}
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-end">
        <button
          type="button"
          onClick={() => (edited ? setAskingToRetake(true) : onRetake())}
          className={secondaryButton}
        >
          {t('customer.review.retake')}
        </button>
        <button type="submit" disabled={!check} className={primaryButton}>
          {t('customer.review.send')}
        </button>
      </div>
      <ConfirmDialog
        open={askingToRetake}
        title={t('customer.discard.title')}
        body={t('customer.discard.body')}
        confirmLabel={t('customer.discard.confirm')}
        cancelLabel={t('customer.discard.cancel')}
        onConfirm={onRetake}
        onCancel={() => setAskingToRetake(false)}
      />
    </form>
  )
}
