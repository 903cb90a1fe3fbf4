// A whole card written out by hand, as an integrator would read it in a record: for tests that must not derive
// their expectations from the code under test.
import type { CardFields } from '#src/hkid/recognize-contract.ts'

export const HAND_WRITTEN_CARD = {
  cnName: '陳大文',
  enName: 'CHAN, Tai Man',
  telexCode: '7115 1129 2429',
  sex: 'M',
  birthday: '01-01-1990',
  permanent: true,
  idNum: 'A123456(3)',
  symbol: '***AZ',
  firstIssueDate: '(01-08)',
  currentIssueDate: '15-03-19',
  windowEmbeddedText: 'A123456',
  hkidVersion: 'HKID-2018',
} as const satisfies CardFields
