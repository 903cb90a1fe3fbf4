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

      <div
        className={`grid gap-4 ${photo ? 'short-landscape:grid-cols-[1fr_18rem] lg:grid-cols-[1fr_24rem]' : 'lg:grid-cols-[1fr_20rem]'}`}
      >
        <div className="flex flex-col gap-4">
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
          className={`order-first flex flex-col gap-4 short-landscape:order-none lg:order-none ${photo ? 'short-landscape:sticky short-landscape:top-2 short-landscape:max-h-[calc(100dvh-1rem)] short-landscape:self-start short-landscape:overflow-y-auto lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto' : ''}`}
        >
          {photo && <div>{photo}</div>}
          <WarningBadges
            warnings={result.warnings}
            available={result.warningsAvailable}
            checked={result.warningsChecked}
          />
          <Portraits portraits={result.portraits} />
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
