// Review (the operator's): every field editable next to what our checks and Tencent's warnings say about it;
// whatever the review policy names (errors, a window-text mismatch, photocopy/screen/tampering) blocks
// confirmation until corrected or accepted with a reason. Ctrl+Enter and Alt+R work wherever focus is;
// retaking asks first when it would throw away corrections or reasons.
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Panel } from '#src/ui/panel.tsx'
import { CARD_FIELD_ORDER } from '#src/hkid/card-edits.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { itemsNeedingReason, unresolvedItems } from '#src/hkid/review-policy.ts'
import { useReviewShortcuts } from '../lib/use-review-shortcuts.ts'
import { useNumberCover } from '../lib/use-number-cover.ts'
import { useReviewedCard } from '../lib/use-reviewed-card.ts'
import { buildVerifiedRecord, type VerifiedRecord } from '#src/hkid/verified-record.ts'
import { CardFieldsGrid } from './card-fields-grid.tsx'
import { FindingNotes } from './finding-notes.tsx'
import { OverrideReasons } from './override-reasons.tsx'
import { Portraits } from './portraits.tsx'
import { WarningBadges } from './warning-badges.tsx'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { ConfirmDialog } from '#src/ui/confirm-dialog.tsx'
import { ShortcutHint } from '#src/ui/shortcut-hint.tsx'
import { StepHeading } from '#src/ui/step-heading.tsx'

interface ReviewFormProps {
  result: RecognizeResult
  /** When the card was read: the one "today" every date rule of this review uses */
  recognizedAt: Date
  /** The operator's customer reference, carried into the record */
  reference: string
  onConfirm: (record: VerifiedRecord) => void
  onRetake: () => void
  /** The photo that was read, beside the fields so each one can be compared with it. */
  photo?: ReactNode
}

export function ReviewForm({ result, recognizedAt, reference, onConfirm, onRetake, photo }: ReviewFormProps) {
  const { t } = useTranslation()
  const { form, ocrValues, watched, card, check, findings, edited } = useReviewedCard(result, recognizedAt)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [askingToRetake, setAskingToRetake] = useState(false)
  useNumberCover(result)

  const items = useMemo(() => itemsNeedingReason(findings, result.warnings), [findings, result.warnings])
  const unresolved = unresolvedItems(items, reasons)
  const cardLevel = findings.filter((finding) => finding.field === null)

  const submit = form.handleSubmit(() => {
    if (unresolved.length > 0 || !card || !check) return
    onConfirm(
      buildVerifiedRecord({
        journey: 'operator',
        result,
        card,
        check,
        reasons,
        reference,
        recognizedAt,
        confirmedAt: new Date(),
      }),
    )
  })

  const unsaved = edited || Object.values(reasons).some((reason) => reason.trim())
  const requestRetake = () => (unsaved ? setAskingToRetake(true) : onRetake())
  useReviewShortcuts(!askingToRetake, { confirm: () => void submit(), retake: requestRetake })

  return (
    <form onSubmit={submit} aria-labelledby="review-heading" className="flex flex-col gap-5" noValidate>
      <div>
        <StepHeading id="review-heading">{t('review.heading')}</StepHeading>
        <p className="mt-1 text-slate-600">{t('review.intro')}</p>
      </div>

      {/* With the photo: on a phone held upright the photo stays pinned, compact, above the fields as they scroll;
          held sideways it stays beside them while the warnings and portraits flow with the fields (nothing
          scrolls on its own); on a desk photo, warnings and portraits stay in view together beside the fields. */}
      <div
        className={
          photo
            ? 'flex flex-col gap-4 max-lg:short-landscape:grid max-lg:short-landscape:grid-cols-[minmax(0,1fr)_18rem] lg:grid lg:grid-cols-[1fr_24rem]'
            : 'grid gap-4 lg:grid-cols-[1fr_20rem]'
        }
      >
        <div className="flex flex-col gap-4 max-lg:short-landscape:col-start-1 max-lg:short-landscape:row-start-2">
          {cardLevel.length > 0 && (
            <Panel title={t('review.cardLevelHeading')}>
              <FindingNotes findings={cardLevel} reasons />
            </Panel>
          )}
          <CardFieldsGrid
            form={form}
            ocrValues={ocrValues}
            values={watched}
            findings={findings}
            fields={CARD_FIELD_ORDER}
            nameCharacters={result.reading?.cnNameCharacters}
            reasons
          />
        </div>
        {/* Photo, warnings and portraits stay in view together while the fields scroll past, so each field
            can be compared with the card and nothing in the column slides under the photo. */}
        <div
          className={
            photo
              ? 'contents lg:sticky lg:top-4 lg:flex lg:max-h-[calc(100dvh-2rem)] lg:flex-col lg:gap-4 lg:self-start lg:overflow-y-auto'
              : 'order-first flex flex-col gap-4 short-landscape:order-none lg:order-none'
          }
        >
          {photo && (
            <div
              data-pinned-photo="lg"
              className="max-lg:sticky max-lg:top-0 max-lg:z-10 max-lg:order-first max-lg:-mx-4 max-lg:border-b max-lg:border-slate-200 max-lg:bg-slate-50 max-lg:px-4 max-lg:py-2 max-lg:short-landscape:top-2 max-lg:short-landscape:col-start-2 max-lg:short-landscape:row-span-3 max-lg:short-landscape:row-start-1 max-lg:short-landscape:mx-0 max-lg:short-landscape:self-start max-lg:short-landscape:border-0 max-lg:short-landscape:p-0"
            >
              <div className="mx-auto w-full max-lg:max-w-[calc(25dvh*1.6)] max-lg:short-landscape:max-w-none">
                {photo}
              </div>
            </div>
          )}
          <div
            className={
              photo
                ? 'max-lg:order-first max-lg:short-landscape:col-start-1 max-lg:short-landscape:row-start-1'
                : ''
            }
          >
            <WarningBadges
              warnings={result.warnings}
              available={result.warningsAvailable}
              checked={result.warningsChecked}
            />
          </div>
          <div
            className={
              photo
                ? 'max-lg:order-first max-lg:short-landscape:col-start-1 max-lg:short-landscape:row-start-3'
                : ''
            }
          >
            <Portraits portraits={result.portraits} />
          </div>
        </div>
      </div>

      <OverrideReasons
        items={items}
        reasons={reasons}
        onChange={(key, reason) => setReasons((current) => ({ ...current, [key]: reason }))}
      />

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-end">
        {unresolved.length > 0 && (
          <p
            role="status"
            className="text-sm font-medium text-red-800 sm:mr-auto"
            data-testid="confirm-blocked"
          >
            {t('review.override.blocked', { count: unresolved.length })}
          </p>
        )}
        <button type="button" onClick={requestRetake} aria-keyshortcuts="Alt+R" className={secondaryButton}>
          {t('review.retake')} <ShortcutHint keys={t('review.shortcuts.retake')} />
        </button>
        <button
          type="submit"
          aria-disabled={unresolved.length > 0}
          aria-keyshortcuts="Control+Enter"
          className={`${primaryButton} aria-disabled:cursor-not-allowed aria-disabled:bg-slate-400`}
        >
          {t('review.confirm')} <ShortcutHint keys={t('review.shortcuts.confirm')} onPrimary />
        </button>
      </div>
      <ConfirmDialog
        open={askingToRetake}
        title={t('review.discard.title')}
        body={t('review.discard.body')}
        confirmLabel={t('review.discard.confirm')}
        cancelLabel={t('review.discard.cancel')}
        onConfirm={onRetake}
        onCancel={() => setAskingToRetake(false)}
      />
    </form>
  )
}
