// @vitest-environment jsdom
// The done screen's record lists each warning with its code as each language writes it: in Chinese with
// full-width brackets and no space after the Chinese words ("疑似影印本（-9102）"), in English "… (-9102)".
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { checkCard } from '#src/hkid/check-card.ts'
import { warningKey } from '#src/hkid/review-policy.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'
import { i18n } from '#src/i18n/setup-i18n.ts'
import { readResult, recognizedAt, renderReview } from '#testing/review/render-review.ts'
import { RecordView } from './record-view.tsx'

const result = readResult({ warnings: [-9102, -9103] })
const confirmed = buildVerifiedRecord({
  journey: 'operator',
  result,
  card: result.card,
  check: checkCard(result.card, { today: recognizedAt }),
  // Red warnings are confirmed only with the operator's reason.
  reasons: { [warningKey(-9102)]: 'seen at the desk', [warningKey(-9103)]: 'seen at the desk' },
  reference: '',
  recognizedAt,
  confirmedAt: recognizedAt,
})

const noop = () => undefined
const warningsShown = async (language: 'en' | 'zh-HK') => {
  await i18n.changeLanguage(language)
  renderReview(
    <RecordView confirmed={confirmed} reference="" delivery={null} onDownloaded={noop} onNext={noop} />,
  )
  return screen.getByTestId('record-warnings').textContent ?? ''
}

afterEach(async () => {
  cleanup()
  await i18n.changeLanguage('en')
})

describe("the record's warnings with their codes", () => {
  it('in Chinese: full-width brackets, no space before them', async () => {
    const text = await warningsShown('zh-HK')
    expect(text).toContain('疑似影印本（-9102）')
    expect(text).toContain('（-9103）')
    expect(text).not.toMatch(/ \(/)
  })

  it('in English: the code in brackets after a space', async () => {
    expect(await warningsShown('en')).toContain('Looks like a photocopy (-9102)')
  })
})
