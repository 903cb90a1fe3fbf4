// The fictitious card the emulator "recognizes" and the fixture generator draws. Clearly a specimen:
// 陳大文 / CHAN Tai Man is Hong Kong's placeholder name, and the number is a made-up one with a valid check digit.

/** Fields as Tencent's HKIDCardOCR spells them in its Response. */
export const SPECIMEN_CARD = {
  CnName: '陳大文',
  EnName: 'CHAN, Tai Man',
  TelexCode: '7115 1129 2429',
  Sex: '男M',
  Birthday: '01-01-1990',
  Permanent: 1,
  IdNum: 'A123456(3)',
  Symbol: '***AZ',
  FirstIssueDate: '(01-08)',
  CurrentIssueDate: '15-03-19',
  WindowEmbeddedText: 'A123456',
  HKIDVersion: 'HKID-2018',
} as const
