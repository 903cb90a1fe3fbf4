import { describe, expect, it } from 'vitest'
import { checkCard } from '#src/hkid/check-card.ts'
import { finding } from '#src/hkid/finding.ts'
import { findingKey, REVIEW_POLICY, warningKey } from '#src/hkid/review-policy.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { cardToForm, listEdits } from './card-form-values.ts'
import { buildVerifiedRecord, verifiedRecordSchema } from './verified-record.ts'

const result: RecognizeResult = {
  requestId: 'req-1',
  card: { ...SPECIMEN_FIELDS, idNum: 'A123456(4)' },
  warnings: [-9108],
  portraits: { primary: '/9j/AAAA' },
}
const recognizedAt = new Date('2026-11-25T10:00:00Z')
const confirmedAt = new Date('2026-11-25T10:02:00Z')

describe('buildVerifiedRecord', () => {
  it('lists each correction with from/to, keeps OCR values, and resolves the dates to ISO', () => {
    const card = { ...result.card, idNum: 'A123456(3)', enName: 'CHAN, Tai-man' }
    const record = buildVerifiedRecord({
      journey: 'operator',
      result,
      card,
      check: checkCard(card, { today: recognizedAt }),
      reasons: {},
      reference: ' C-1 ',
      recognizedAt,
      confirmedAt,
    })

    expect(record.edits).toEqual([
      { field: 'idNum', from: 'A123456(4)', to: 'A123456(3)' },
      { field: 'enName', from: 'CHAN, Tai Man', to: 'CHAN, Tai-man' },
    ])
    expect(record.ocr.idNum).toBe('A123456(4)')
    expect(record.final.idNum).toBe('A123456(3)')
    expect(record.reference).toBe('C-1')
    expect(record.journey).toBe('operator')
    expect(record.staffReview).toEqual({ needed: false, findings: [], warnings: [] })
    expect(record.dates).toEqual({
      birthday: '1990-01-01',
      firstIssueDate: '2008-01',
      currentIssueDate: '2019-03-15',
    })
    expect(record.overrides).toEqual([])
    expect(record.acceptedWarnings).toEqual([])
    expect(record.warnings).toEqual([-9108])
    expect(record.warningsAvailable).toBe(true)
    expect(record.policy).toBe(REVIEW_POLICY)
    expect(record.timestamps).toEqual({
      recognizedAt: recognizedAt.toISOString(),
      confirmedAt: confirmedAt.toISOString(),
    })
    expect(verifiedRecordSchema.parse(record)).toEqual(record)
  })

  it('records each accepted error with its reason, and refuses an error without one', () => {
    const check = checkCard(result.card, { today: recognizedAt })
    const checkDigit = check.findings.find((finding) => finding.code === 'ID_CHECK_DIGIT')
    expect(checkDigit).toBeDefined()
    const input = {
      journey: 'operator' as const,
      result,
      card: result.card,
      check,
      reference: '',
      recognizedAt,
      confirmedAt,
    }

    expect(() => buildVerifiedRecord({ ...input, reasons: {} })).toThrow()
    const record = buildVerifiedRecord({
      ...input,
      reasons: { [findingKey(checkDigit!)]: 'Old card, digit verified by eye' },
    })
    expect(record.overrides).toEqual([
      { ...checkDigit, reason: 'Old card, digit verified by eye', rule: 'ERROR_FINDING' },
    ])
    expect(record.findings).toEqual(check.findings)
    expect(record.reference).toBeUndefined()
  })

  // Tencent's documented HKIDCardOCR example answers WarnCardInfos [-9104] (tampering) for C000000(E).
  it('records which rule asked for each reason: tampering, photocopy and a window text that does not match', () => {
    const card = { ...result.card, idNum: 'A123456(3)', windowEmbeddedText: 'A123457' }
    const input = {
      journey: 'operator' as const,
      result: { ...result, warnings: [-9104, -9102, -9107] },
      card,
      check: checkCard(card, { today: recognizedAt }),
      reference: '',
      recognizedAt,
      confirmedAt,
    }
    const window = input.check.findings.find((finding) => finding.code === 'WINDOW_MISMATCH')!
    const reasons = {
      [findingKey(window)]: 'Window read through a scratch; checked by eye',
      [warningKey(-9104)]: 'Card inspected in person: no sign of tampering',
      [warningKey(-9102)]: 'Original card seen',
    }
    for (const missing of Object.keys(reasons)) {
      const { [missing]: _, ...fewer } = reasons
      expect(() => buildVerifiedRecord({ ...input, reasons: fewer })).toThrow()
    }
    const record = buildVerifiedRecord({ ...input, reasons })
    expect(record.overrides).toEqual([
      { ...window, reason: 'Window read through a scratch; checked by eye', rule: 'WINDOW_TEXT_MISMATCH' },
    ])
    expect(record.acceptedWarnings).toEqual([
      { code: -9104, rule: 'TAMPERING', reason: 'Card inspected in person: no sign of tampering' },
      { code: -9102, rule: 'PHOTOCOPY', reason: 'Original card seen' },
    ])
  })

  it('says when the recognizer could not check for warnings', () => {
    const record = buildVerifiedRecord({
      journey: 'operator',
      result: { ...result, card: SPECIMEN_FIELDS, warnings: [], warningsAvailable: false },
      card: SPECIMEN_FIELDS,
      check: checkCard(SPECIMEN_FIELDS, { today: recognizedAt }),
      reasons: {},
      reference: '',
      recognizedAt,
      confirmedAt,
    })
    expect([record.warnings, record.warningsAvailable]).toEqual([[], false])
  })

  it('still validates a record made before the policy was recorded', () => {
    const card = SPECIMEN_FIELDS
    const record = buildVerifiedRecord({
      journey: 'operator',
      result: { ...result, card },
      card,
      check: checkCard(card, { today: recognizedAt }),
      reasons: {},
      reference: '',
      recognizedAt,
      confirmedAt,
    })
    const { policy: _p, acceptedWarnings: _a, warningsAvailable: _w, ...older } = record
    const withOldOverride = { ...older, overrides: [{ ...finding('ID_CHECK_DIGIT', 'idNum'), reason: 'x' }] }
    expect(verifiedRecordSchema.safeParse(withOldOverride).success).toBe(true)
  })

  it('a customer cannot give reasons: what would need one, error or warning, sends the record to staff review', () => {
    const check = checkCard(result.card, { today: recognizedAt })
    const checkDigit = check.findings.find((finding) => finding.code === 'ID_CHECK_DIGIT')!
    const record = buildVerifiedRecord({
      journey: 'customer',
      result: { ...result, warnings: [-9102, -9108] },
      card: result.card,
      check,
      reasons: { [findingKey(checkDigit)]: 'a reason typed by no one' },
      reference: '',
      recognizedAt,
      confirmedAt,
    })
    expect([record.journey, record.overrides, record.acceptedWarnings]).toEqual(['customer', [], []])
    expect(record.staffReview).toEqual({ needed: true, findings: [checkDigit], warnings: [-9102] })
    expect(verifiedRecordSchema.parse(record)).toEqual(record)

    const clean = { ...result, card: { ...result.card, idNum: 'A123456(3)' }, warnings: [-9108] }
    const corrected = buildVerifiedRecord({
      journey: 'customer',
      result: clean,
      card: clean.card,
      check: checkCard(clean.card, { today: recognizedAt }),
      reasons: {},
      reference: '',
      recognizedAt,
      confirmedAt,
    })
    expect(corrected.staffReview).toEqual({ needed: false, findings: [], warnings: [] })
  })

  it('treats sex and permanent edits as edits of the select values', () => {
    const before = cardToForm(result.card)
    expect(listEdits(before, { ...before, sex: 'F', permanent: '' })).toEqual([
      { field: 'sex', from: 'M', to: 'F' },
      { field: 'permanent', from: 'yes', to: '' },
    ])
  })

  it('a reason belongs to the value it was given for: after an edit to another wrong number it no longer applies', () => {
    const before = checkCard(result.card, { today: recognizedAt }).findings.find(
      (finding) => finding.code === 'ID_CHECK_DIGIT',
    )!
    const after = checkCard({ ...result.card, idNum: 'A123456(5)' }, { today: recognizedAt }).findings.find(
      (finding) => finding.code === 'ID_CHECK_DIGIT',
    )!
    expect(findingKey(after)).not.toBe(findingKey(before))
  })
})
