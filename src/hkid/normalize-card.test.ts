import { describe, expect, it } from 'vitest'
import { recognizeResultSchema } from '#src/hkid/recognize-contract.ts'
import { hkidOcrSuccessSchema } from './hkid-ocr-response.ts'
import { normalizeHkidOcr } from './normalize-card.ts'

// Tencent's own documented example answer, nulls included.
const DOC_EXAMPLE = {
  Response: {
    CnName: '申能',
    EnName: 'SAN, Nan',
    TelexCode: '300000000000',
    Sex: '女F',
    Birthday: '01-01-2001',
    Permanent: 1,
    IdNum: 'C000000(E)',
    Symbol: '***AZ',
    FirstIssueDate: '(09-99)',
    CurrentIssueDate: '23-09-10',
    HeadImage: null,
    WarnCardInfos: [-9104],
    RequestId: 'fba1c9ad-aeb3-4418-9ecf-80ab1b5fc875',
    WindowEmbeddedText: 'C000000',
    SmallHeadImage: null,
  },
}

describe('normalizeHkidOcr', () => {
  it('turns Tencent’s documented example into a valid contract result', () => {
    const parsed = hkidOcrSuccessSchema.parse(DOC_EXAMPLE)
    const result = normalizeHkidOcr(parsed.Response)
    expect(recognizeResultSchema.parse(result)).toEqual(result)
    expect(result.card).toMatchObject({ cnName: '申能', sex: 'F', permanent: true, hkidVersion: '' })
    expect(result.warnings).toEqual([-9104])
    expect(result.warningsAvailable).toBe(true)
    expect(result.portraits).toEqual({})
    expect(result.requestId).toBe('fba1c9ad-aeb3-4418-9ecf-80ab1b5fc875')
  })

  it.each([
    ['男M', 'M'],
    ['女F', 'F'],
    ['Male', 'M'],
    ['Female', 'F'],
    ['', null],
  ])('reads sex %j as %j', (sex, expected) => {
    const parsed = hkidOcrSuccessSchema.parse({ Response: { ...DOC_EXAMPLE.Response, Sex: sex } })
    expect(normalizeHkidOcr(parsed.Response).card.sex).toBe(expected)
  })

  it.each([
    [1, true],
    [0, false],
    [-1, null],
    [null, null],
  ])('reads Permanent %j as %j', (permanent, expected) => {
    const parsed = hkidOcrSuccessSchema.parse({ Response: { ...DOC_EXAMPLE.Response, Permanent: permanent } })
    expect(normalizeHkidOcr(parsed.Response).card.permanent).toBe(expected)
  })

  it('keeps portraits that are present and drops null warnings', () => {
    const parsed = hkidOcrSuccessSchema.parse({
      Response: {
        ...DOC_EXAMPLE.Response,
        HeadImage: '/9j/AAA',
        SmallHeadImage: '',
        WarnCardInfos: [null, -9108],
      },
    })
    const result = normalizeHkidOcr(parsed.Response)
    expect(result.portraits).toEqual({ primary: '/9j/AAA' })
    expect(result.warnings).toEqual([-9108])
  })

  it('says warnings are unavailable when the answer has none to give (domestic endpoint, -9109)', () => {
    const { WarnCardInfos: _, ...domestic } = DOC_EXAMPLE.Response
    const without = normalizeHkidOcr(hkidOcrSuccessSchema.parse({ Response: domestic }).Response)
    expect([without.warnings, without.warningsAvailable]).toEqual([[], false])
    const nulled = { Response: { ...DOC_EXAMPLE.Response, WarnCardInfos: null } }
    expect(normalizeHkidOcr(hkidOcrSuccessSchema.parse(nulled).Response).warningsAvailable).toBe(false)
    const notEnabled = { Response: { ...DOC_EXAMPLE.Response, WarnCardInfos: [-9109] } }
    const result = normalizeHkidOcr(hkidOcrSuccessSchema.parse(notEnabled).Response)
    expect([result.warnings, result.warningsAvailable]).toEqual([[-9109], false])
    const none = { Response: { ...DOC_EXAMPLE.Response, WarnCardInfos: [] } }
    expect(normalizeHkidOcr(hkidOcrSuccessSchema.parse(none).Response).warningsAvailable).toBe(true)
  })

  it('rejects an error envelope, whatever its Code', () => {
    for (const Error of [{ Code: 5 }, {}, null])
      expect(hkidOcrSuccessSchema.safeParse({ Response: { Error, RequestId: 'r' } }).success).toBe(false)
  })

  it('rejects an answer without a RequestId or with a wrong type', () => {
    expect(hkidOcrSuccessSchema.safeParse({ Response: { CnName: 'x' } }).success).toBe(false)
    expect(
      hkidOcrSuccessSchema.safeParse({ Response: { ...DOC_EXAMPLE.Response, Permanent: 'yes' } }).success,
    ).toBe(false)
  })

  it('strips controls and bidi overrides, bounds every field, and drops a portrait that is not base64', () => {
    const parsed = hkidOcrSuccessSchema.parse({
      Response: {
        ...DOC_EXAMPLE.Response,
        EnName: `CHAN\u202e, Tai\u0000 Man\n${'X'.repeat(10_000)}`,
        IdNum: 'A123456(3)\u200b',
        HeadImage: '<script>alert(1)</script>',
        SmallHeadImage: '/9j/4AAQSkZJRg==',
        RequestId: 'not a request id\n{"level":"error"}',
      },
    })
    const result = normalizeHkidOcr(parsed.Response, 'ours-1234')
    expect(result.card.enName.startsWith('CHAN, Tai ManX')).toBe(true)
    expect(result.card.enName).toHaveLength(200)
    expect(result.card.idNum).toBe('A123456(3)')
    expect(result.portraits).toEqual({ secondary: '/9j/4AAQSkZJRg==' })
    expect(result.requestId).toBe('ours-1234')
  })

  it('carries the local reader’s doubts and Chinese-name characters into the contract, in our field names', () => {
    const LocalReading = {
      FieldConfidence: { Birthday: 0.6, CnName: 0.3, Turned: 1 },
      UncertainFields: ['Birthday', 'CnName', 'Birthday', 'Permanent'],
      ChineseNameCharacters: [
        { char: '譚', code: '6223', read: '谭', confirmed: false },
        { char: '美', code: '5019', read: '美', confirmed: true },
        { char: '', code: '', read: '', confirmed: false },
      ],
      CardCorners: [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
    }
    const result = normalizeHkidOcr(
      hkidOcrSuccessSchema.parse({ Response: { ...DOC_EXAMPLE.Response, LocalReading } }).Response,
    )
    expect(recognizeResultSchema.parse(result)).toEqual(result)
    expect(result.reading).toEqual({
      reader: 'local',
      uncertainFields: ['birthday', 'cnName', 'permanent'],
      cnNameCharacters: [
        { char: '譚', code: '6223', confirmed: false },
        { char: '美', code: '5019', confirmed: true },
      ],
      // where the card is in the photo, for covering its number
      cardCorners: [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
    })
  })

  it('says which warnings the local reader checked; Tencent, which checks them all, says nothing', () => {
    const parse = (Response: object) => normalizeHkidOcr(hkidOcrSuccessSchema.parse({ Response }).Response)
    const reading = { UncertainFields: [], WarningsChecked: [-9108, -9107, -9102] }
    expect(parse({ ...DOC_EXAMPLE.Response, LocalReading: reading }).warningsChecked).toEqual([
      -9108, -9107, -9102,
    ])
    // a reader from before the list measured blur and glare only
    const older = parse({ ...DOC_EXAMPLE.Response, LocalReading: { UncertainFields: [] } })
    expect(older.warningsChecked).toEqual([-9108, -9107])
    expect(parse(DOC_EXAMPLE.Response).warningsChecked).toBeUndefined()
  })

  it('leaves `reading` out for Tencent, and drops a malformed LocalReading instead of trusting part of it', () => {
    expect(normalizeHkidOcr(hkidOcrSuccessSchema.parse(DOC_EXAMPLE).Response).reading).toBeUndefined()
    for (const LocalReading of [
      { UncertainFields: ['Nope'] },
      { UncertainFields: [], ChineseNameCharacters: [{ char: '譚', code: '62x3', confirmed: false }] },
      'sure',
    ]) {
      const parsed = hkidOcrSuccessSchema.parse({ Response: { ...DOC_EXAMPLE.Response, LocalReading } })
      expect(normalizeHkidOcr(parsed.Response).reading).toBeUndefined()
      expect(normalizeHkidOcr(parsed.Response).card.idNum).toBe('C000000(E)')
    }
  })
})
