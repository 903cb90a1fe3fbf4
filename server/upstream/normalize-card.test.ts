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
})
