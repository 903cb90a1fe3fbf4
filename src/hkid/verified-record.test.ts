import { describe, expect, it } from 'vitest'
import { HAND_WRITTEN_CARD } from '#testing/cards/hand-written-card.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { checkCard } from './check-card.ts'
import { findingKey, REVIEW_POLICY, warningKey } from './review-policy.ts'
import type { RecognizeResult } from './recognize-contract.ts'
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

  it('names the warnings the recognizer checked, and leaves the list out when it checked them all', () => {
    const build = (checked?: number[]) =>
      buildVerifiedRecord({
        journey: 'operator',
        result: {
          ...result,
          card: SPECIMEN_FIELDS,
          warnings: [],
          ...(checked ? { warningsChecked: checked } : {}),
        },
        card: SPECIMEN_FIELDS,
        check: checkCard(SPECIMEN_FIELDS, { today: recognizedAt }),
        reasons: {},
        reference: '',
        recognizedAt,
        confirmedAt,
      })
    expect(build([-9108, -9107, -9102]).warningsChecked).toEqual([-9108, -9107, -9102])
    expect('warningsChecked' in build()).toBe(false)
    // Warnings are "available" only when every one was checked: three of six is not.
    expect([build([-9108, -9107, -9102]).warningsAvailable, build().warningsAvailable]).toEqual([false, true])
    const local = build([-9108, -9107, -9102]).warningChecks ?? []
    expect(local.map((check) => [check.kind, check.checked, check.found])).toEqual([
      ['tampered', false, null],
      ['photocopy', true, false],
      ['screen', false, null],
      ['covered', false, null],
      ['glare', true, false],
      ['blur', true, false],
    ])
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

  it('a reason belongs to the value it was given for: after an edit to another wrong number it no longer applies', () => {
    const before = checkCard(result.card, { today: recognizedAt }).findings.find(
      (finding) => finding.code === 'ID_CHECK_DIGIT',
    )!
    const after = checkCard({ ...result.card, idNum: 'A123456(5)' }, { today: recognizedAt }).findings.find(
      (finding) => finding.code === 'ID_CHECK_DIGIT',
    )!
    expect(findingKey(after)).not.toBe(findingKey(before))
  })

  it('keeps both readings of a cross-checked card, and the reason a differing field was accepted with', () => {
    const card = SPECIMEN_FIELDS
    const localCard = { ...card, enName: 'CHAN, Tai Wan' }
    const crossChecked: RecognizeResult = {
      ...result,
      card,
      reading: { reader: 'tencent', uncertainFields: [] },
      crossCheck: {
        status: 'read',
        reader: 'local',
        card: localCard,
        differences: ['enName'],
        reading: { reader: 'local', uncertainFields: ['enName'], cnNameCharacters: [] },
      },
    }
    const check = checkCard(card, {
      today: recognizedAt,
      reading: { ocr: card, reading: crossChecked.reading, crossCheck: crossChecked.crossCheck },
    })
    const differ = check.findings.find((f) => f.code === 'READINGS_DIFFER')!
    expect(differ).toMatchObject({ field: 'enName', params: { other: 'CHAN, Tai Wan' } })
    const input = {
      journey: 'operator' as const,
      result: crossChecked,
      card,
      check,
      reference: '',
      recognizedAt,
      confirmedAt,
    }
    expect(() => buildVerifiedRecord({ ...input, reasons: {} })).toThrow()
    const record = buildVerifiedRecord({ ...input, reasons: { [findingKey(differ)]: 'Checked: Tai Man' } })
    expect(record.ocr.enName).toBe('CHAN, Tai Man')
    expect(record.crossCheck).toEqual(crossChecked.crossCheck)
    expect(record.reading).toEqual({ reader: 'tencent', uncertainFields: [] })
    expect(record.overrides).toEqual([{ ...differ, reason: 'Checked: Tai Man', rule: 'READINGS_DIFFER' }])
  })

  it('sends a customer’s card with a character the reader could not confirm to staff review', () => {
    const card = { ...SPECIMEN_FIELDS }
    const local: RecognizeResult = {
      ...result,
      card,
      reading: {
        reader: 'local',
        uncertainFields: [],
        cnNameCharacters: [
          { char: '陳', code: '7115', confirmed: false },
          { char: '大', code: '1129', confirmed: true },
          { char: '文', code: '2429', confirmed: true },
        ],
      },
    }
    const check = checkCard(card, { today: recognizedAt, reading: { ocr: card, reading: local.reading } })
    const record = buildVerifiedRecord({
      journey: 'customer',
      result: local,
      card,
      check,
      reasons: {},
      reference: '',
      recognizedAt,
      confirmedAt,
    })
    expect(record.staffReview?.needed).toBe(true)
    expect(record.staffReview?.findings.map((f) => [f.code, f.params])).toEqual([
      ['NAME_CHAR_UNCONFIRMED', { char: '陳', position: 1, code: '7115' }],
    ])
    expect(record.reading).toEqual(local.reading)
  })
})

// Records written out by hand, as an integrator would receive them: what the schema must accept and refuse.
const card = HAND_WRITTEN_CARD
/** The first shape of schemaVersion 1: none of the fields added since. */
const earliest = {
  schemaVersion: 1,
  requestId: 'req-1',
  hkidVersion: 'HKID-2018',
  final: card,
  dates: { birthday: '1990-01-01', firstIssueDate: '2008-01', currentIssueDate: '2019-03-15' },
  ocr: { ...card, idNum: 'A123456(4)' },
  edits: [{ field: 'idNum', from: 'A123456(4)', to: 'A123456(3)' }],
  overrides: [
    {
      code: 'ID_CHECK_DIGIT',
      severity: 'error',
      field: 'idNum',
      params: { expected: '3', found: '4' },
      reason: 'Checked by eye',
    },
  ],
  findings: [],
  warnings: [-9108],
  timestamps: { recognizedAt: '2026-11-25T10:00:00Z', confirmedAt: '2026-11-25T10:02:00Z' },
}
/** Every field added since, filled. */
const latest = {
  ...earliest,
  reference: 'C-1',
  journey: 'customer',
  staffReview: { needed: true, findings: [], warnings: [-9102] },
  policy: 'hkid-review/2026-11-26',
  overrides: [{ ...earliest.overrides[0], rule: 'ERROR_FINDING' }],
  acceptedWarnings: [{ code: -9104, rule: 'TAMPERING', reason: 'Seen in person' }],
  warningsAvailable: true,
  reading: { reader: 'local', uncertainFields: ['enName'], cnNameCharacters: [] },
  crossCheck: { status: 'unavailable', reader: 'local', reason: 'busy' },
}

describe('verifiedRecordSchema', () => {
  it('accepts a record of the first shape, and one with every field added since', () => {
    expect(verifiedRecordSchema.safeParse(earliest).success).toBe(true)
    expect(verifiedRecordSchema.safeParse(latest).success).toBe(true)
  })

  it.each([
    ['another schema version', { schemaVersion: 2 }],
    ['an override without a reason', { overrides: [{ ...earliest.overrides[0], reason: '  ' }] }],
    [
      'an override under a rule that does not exist',
      { overrides: [{ ...latest.overrides[0], rule: 'BOSS' }] },
    ],
    ['a warning accepted with no rule', { acceptedWarnings: [{ code: -9104, reason: 'Seen in person' }] }],
    ['a warning code that is not an integer', { warnings: [-9108.5] }],
    ['an edit of a field the card does not have', { edits: [{ field: 'passport', from: '', to: 'x' }] }],
    ['a journey other than operator or customer', { journey: 'kiosk' }],
    ['a date that is not a timestamp', { timestamps: { ...earliest.timestamps, confirmedAt: '25/11/2026' } }],
    ['a card without its sex field', { final: { ...card, sex: undefined } }],
    ['staff review without its warnings', { staffReview: { needed: false, findings: [] } }],
  ])('refuses %s', (_what, change) => {
    expect(verifiedRecordSchema.safeParse(earliest).success).toBe(true)
    expect(verifiedRecordSchema.safeParse({ ...earliest, ...change }).success).toBe(false)
  })

  it('refuses a record missing any of the fields every version has', () => {
    for (const key of Object.keys(earliest)) {
      const { [key as keyof typeof earliest]: _, ...without } = earliest
      expect(verifiedRecordSchema.safeParse(without).success, key).toBe(false)
    }
  })
})
