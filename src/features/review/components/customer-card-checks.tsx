// The customer's review says, in one plain line, what the card reader did not look at, so a quiet review is
// never read as "the card passed every check"; a reader that checked everything says nothing here.
import { useTranslation } from 'react-i18next'
import { warningChecks, type WarningAnswer } from '#src/hkid/card-warnings.ts'
import { warningCheckList } from '../lib/finding-text.ts'

export function CustomerCardChecks({ answer }: { answer: WarningAnswer }) {
  const { t, i18n } = useTranslation()
  const notChecked = warningChecks(answer)
    .filter((check) => !check.checked)
    .map((check) => check.code)
  if (notChecked.length === 0) return null
  return (
    <p className="text-sm text-slate-700" data-testid="customer-not-checked">
      {t('review.customerChecks.notChecked', { checks: warningCheckList(t, i18n.language, notChecked) })}
    </p>
  )
}
