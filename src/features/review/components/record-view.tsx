// The confirmed record (the operator's): what was corrected, what was accepted with a reason (and under which
// rule), the warnings, whether it has left this app yet, and a JSON download. The number stays hidden here
// when the operator hid it in review. "Next customer" (Alt+N) asks first while it has not been handed on.
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { warningChecks } from '#src/hkid/card-warnings.ts'
import type { CardFieldName } from '#src/hkid/recognize-contract.ts'
import { Panel } from '#src/ui/panel.tsx'
import { intlLocale } from '#src/i18n/languages.ts'
import { ruleText, useFindingText, warningCheckList, warningText } from '../lib/finding-text.ts'
import { maskNumberText, NUMBER_FIELDS, useNumberHidden } from '../lib/mask-id.ts'
import { recordFileName, withReference } from '../lib/record-reference.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { ConfirmDialog } from '#src/ui/confirm-dialog.tsx'
import { ShortcutHint } from '#src/ui/shortcut-hint.tsx'
import { StepHeading } from '#src/ui/step-heading.tsx'
import { useWindowKeys } from '#src/ui/use-window-keys.ts'
import { WebhookStateLine, type WebhookState } from './webhook-state.tsx'

/** The JSON file is made on click and its object URL revoked right after, so it never lingers. */
function downloadJson(record: VerifiedRecord) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = recordFileName(record)
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** How the record last left the app: downloaded or sent to the host, carrying which reference. */
export type Delivery = { via: 'download' | 'host'; reference: string } | null

interface RecordViewProps {
  /** The record as confirmed; the customer reference as it is now (the operator may still correct it). */
  confirmed: VerifiedRecord
  reference: string
  delivery: Delivery
  onDownloaded: (record: VerifiedRecord) => void
  /** Present when the page that opened the app takes records: sends this one to it again. */
  onSendAgain?: ((record: VerifiedRecord) => void) | undefined
  /** Record delivery by webhook, when the server has one: how it stands, and sending it again after a failure. */
  webhook?: WebhookState | undefined
  onSendWebhookAgain?: (() => void) | undefined
  onNext: () => void
  /** Shown under the heading: what was confirmed, at a glance */
  summary?: ReactNode
}

export function RecordView(props: RecordViewProps) {
  const { confirmed, reference, delivery, onDownloaded, onSendAgain, onNext } = props
  const webhook = props.webhook ?? null
  const { t, i18n } = useTranslation()
  const text = useFindingText()
  const numberHidden = useNumberHidden()
  const shown = (field: CardFieldName, value: string) =>
    numberHidden && NUMBER_FIELDS.has(field) ? maskNumberText(value) : value
  const record = withReference(confirmed, reference)
  // Handed on with the reference it has now, or with one corrected since, or not at all.
  const handOff = !delivery
    ? 'pending'
    : delivery.reference !== (record.reference ?? '')
      ? 'changed'
      : delivery.via === 'host'
        ? 'sent'
        : 'downloaded'
  const [askingToLeave, setAskingToLeave] = useState(false)
  const accepted = webhook?.status === 'accepted'
  const handedOn = handOff === 'downloaded' || handOff === 'sent' || accepted
  const requestNext = () => (handedOn ? onNext() : setAskingToLeave(true))
  useWindowKeys(true, (event) => {
    if (event.altKey && event.code === 'KeyN' && !event.repeat) {
      event.preventDefault()
      requestNext()
    }
  })
  // Records before per-warning checks say only what was checked: the same verdict is rebuilt from that.
  const checks = record.warningChecks ?? warningChecks(record)
  const notChecked = checks.filter((check) => !check.checked).map((check) => check.code)
  const noneChecked = notChecked.length === checks.length
  const confirmedAt = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(record.timestamps.confirmedAt))

  return (
    <section aria-labelledby="done-heading" className="flex flex-col gap-5">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="mt-1 flex h-8 w-8 items-center justify-center rounded-full bg-teal-700 text-white"
        >
          ✓
        </span>
        <div>
          <StepHeading id="done-heading">{t('done.heading')}</StepHeading>
          <p className="text-slate-600">{t('done.summary')}</p>
        </div>
      </div>

      {props.summary}

      <Panel title={t('done.recordHeading')} testId="verified-record">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-slate-500">{t('done.requestId')}</dt>
          <dd className="font-mono break-all" data-testid="record-request-id">
            {record.requestId}
          </dd>
          <dt className="text-slate-500">{t('done.confirmedAt')}</dt>
          <dd>{confirmedAt}</dd>
          <dt className="text-slate-500">{t('done.warnings')}</dt>
          <dd data-testid="record-warnings">
            {record.warnings.length
              ? new Intl.ListFormat(intlLocale(i18n.language)).format(
                  record.warnings.map((code) =>
                    t('done.warningWithCode', { warning: warningText(t, code), code }),
                  ),
                )
              : noneChecked
                ? t('done.warningsUnavailable')
                : '—'}
            {notChecked.length > 0 && !noneChecked && (
              <span className="block text-slate-600" data-testid="record-warnings-not-checked">
                {t('done.warningsNotChecked', { checks: warningCheckList(t, i18n.language, notChecked) })}
              </span>
            )}
          </dd>
        </dl>

        <h4 className="mt-4 mb-2 font-semibold">{t('done.edits')}</h4>
        {record.edits.length === 0 ? (
          <p className="text-sm text-slate-600">{t('done.noEdits')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="record-edits">
              <thead>
                <tr className="border-b border-slate-200 text-slate-500">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    &nbsp;
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('done.from')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {t('done.to')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {record.edits.map((edit) => (
                  <tr
                    key={edit.field}
                    className="border-b border-slate-100"
                    data-testid={`record-edit-${edit.field}`}
                  >
                    <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
                      {t(`review.fields.${edit.field}`)}
                    </th>
                    <td className="py-2 pr-4 text-slate-600 line-through">
                      {shown(edit.field, edit.from) || t('done.empty')}
                    </td>
                    <td className="py-2 font-semibold">{shown(edit.field, edit.to) || t('done.empty')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>

      {(record.overrides.length > 0 || (record.acceptedWarnings?.length ?? 0) > 0) && (
        <div className="rounded-2xl border border-red-200 bg-white p-4" data-testid="record-overrides">
          <h4 className="mb-2 font-semibold">{t('done.overrides')}</h4>
          <ul className="flex flex-col gap-3 text-sm">
            {[
              ...record.overrides.map((override) => ({
                key: `${override.code}-${override.field}-${JSON.stringify(override.params)}`,
                rule: override.rule,
                what: text.finding(override),
                reason: override.reason,
              })),
              ...(record.acceptedWarnings ?? []).map((accepted) => ({
                key: `warning-${accepted.code}`,
                rule: accepted.rule,
                what: warningText(t, accepted.code),
                reason: accepted.reason,
              })),
            ].map((entry) => (
              <li key={entry.key} data-testid="record-override">
                <p className="font-medium">
                  {entry.rule && (
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                      {ruleText(t, entry.rule)}
                    </span>
                  )}
                  {entry.what}
                </p>
                <p className="text-slate-600">{t('done.reason', { reason: entry.reason })}</p>
              </li>
            ))}
          </ul>
        </div>
      )}

      <WebhookStateLine state={webhook} onSendAgain={props.onSendWebhookAgain} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-end">
        <p
          role="status"
          data-testid="delivery-state"
          data-state={handOff}
          // With a webhook, "not handed on" is the webhook line's to say.
          hidden={webhook !== null && handOff === 'pending'}
          className={`text-sm sm:mr-auto ${handedOn ? 'text-teal-800' : 'font-medium text-amber-900'}`}
        >
          {t(`done.delivery.${handOff}`)}
        </p>
        {onSendAgain && handOff === 'changed' && (
          <button type="button" onClick={() => onSendAgain(record)} className={secondaryButton}>
            {t('done.sendAgain')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            downloadJson(record)
            onDownloaded(record)
          }}
          className={`${secondaryButton} whitespace-nowrap`}
        >
          {t('done.download')}
        </button>
        <button
          type="button"
          onClick={requestNext}
          aria-keyshortcuts="Alt+N"
          className={`${primaryButton} whitespace-nowrap`}
        >
          {t('app.nextCustomer')} <ShortcutHint keys={t('app.nextCustomerShortcut')} onPrimary />
        </button>
      </div>
      <ConfirmDialog
        open={askingToLeave}
        title={t('done.leave.title')}
        body={webhook ? t('done.leave.bodyWebhook') : t('done.leave.body')}
        confirmLabel={t('done.leave.confirm')}
        cancelLabel={t('done.leave.cancel')}
        onConfirm={onNext}
        onCancel={() => setAskingToLeave(false)}
      />
    </section>
  )
}
