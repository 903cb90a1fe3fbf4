// A stand-in for the local reader in tests of the code AROUND it (the emulator's answer switch, the cross-check,
// the review's handling of its doubts) — never in a test that claims to test the reader. Answers what it is
// given, counts what it was asked, and can be made to fail or to be slow.
import type { LocalReaderAnswer, LocalReaderCard } from '#server/reader/local-reader-answer.ts'
import type { LocalReader, ReadOptions } from '#server/reader/local-reader.ts'

/** Someone other than the specimen (CHAN Tai Man), with one field the reader doubts and one unconfirmed character. */
export const READER_ANSWER: LocalReaderCard = {
  CnName: '譚美玲',
  EnName: 'TAM, Mei Ling',
  TelexCode: '6223 5019 3781',
  Sex: '女F',
  Birthday: '12-04-1987',
  Permanent: 1,
  IdNum: 'K234567(9)',
  Symbol: '***AZ',
  FirstIssueDate: '(05-98)',
  CurrentIssueDate: '03-02-21',
  WindowEmbeddedText: 'K234567',
  HKIDVersion: 'HKID-2018',
  HeadImage: null,
  SmallHeadImage: null,
  WarnCardInfos: [],
  LocalReading: {
    FieldConfidence: { Birthday: 0.62, CnName: 0.4 },
    UncertainFields: ['Birthday', 'CnName'],
    ChineseNameCharacters: [
      { char: '譚', code: '6223', confirmed: false },
      { char: '美', code: '5019', confirmed: true },
      { char: '玲', code: '3781', confirmed: true },
    ],
  },
}

export const NO_CARD_ANSWER: LocalReaderAnswer = {
  Error: { Code: 'FailedOperation.NoHKIDCard', Message: 'No Hong Kong identity card was found in the image' },
}

export interface FakeLocalReader extends LocalReader {
  reads: { bytes: number; options: ReadOptions }[]
  warmUps: number
}

export function fakeLocalReader(
  answer: LocalReaderAnswer | ((bytes: Uint8Array) => Promise<LocalReaderAnswer>) = READER_ANSWER,
): FakeLocalReader {
  const reader: FakeLocalReader = {
    reads: [],
    warmUps: 0,
    async read(bytes, options) {
      reader.reads.push({ bytes: bytes.byteLength, options })
      return typeof answer === 'function' ? answer(bytes) : structuredClone(answer)
    },
    async warmUp() {
      reader.warmUps++
    },
    async close() {},
  }
  return reader
}
