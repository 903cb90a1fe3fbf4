// Stage 4: fields by pattern first and position second, so the same rules fit any layout that prints the fields
// in the card's order: the ID number is the one with a check character, the date of birth has a four-digit
// year, issue dates are "(MM-YY) DD-MM-YY", telecodes are four-digit groups, the Chinese name is the Han line
// above the English one. Every field keeps the weakest character it was read from as its confidence.
import { CARD_HEIGHT, CARD_WIDTH } from '../2-straighten/upright-card.ts'
import type { CardLine } from '../3-text/read-card-text.ts'
import { groupRows } from '../3-text/text-rows.ts'
import type { Quad } from '../geometry.ts'
import { surnameFromBoxes, surnameFromTiming } from './surname-spaces.ts'
import type { SymbolContext } from './symbol-line.ts'
import { findSymbols } from './symbol-field.ts'
import { centreY, lineText, matchLine, weakest, type LineText } from './line-text.ts'
import { nameFromRun, type NameFromRow, type RowRun } from './name-row.ts'
import { telecodesFromRun } from './telecode-row.ts'
import {
  CONFIDENT_AT,
  findBirthday,
  findIdNumber,
  findIssueDates,
  findSex,
  findWindow,
  LABEL,
  NONE,
  read,
  type FieldRead,
} from './printed-values.ts'

export type { FieldRead }

export interface ExtractedFields {
  EnName: FieldRead
  TelexCode: FieldRead & { groups: string[] }
  Sex: FieldRead
  Birthday: FieldRead
  Permanent: FieldRead
  IdNum: FieldRead
  Symbol: FieldRead
  FirstIssueDate: FieldRead
  CurrentIssueDate: FieldRead
  WindowEmbeddedText: FieldRead
  HKIDVersion: FieldRead
  /** The Han characters read on the Chinese-name line, in order, with the weakest one's probability */
  chineseRead: { chars: string[]; confidence: number }
}

const TITLE = /香港|身份|IDENTITY|HONG\s*KONG/i
const SPECIMEN = /SPECIMEN|樣本|样本/
/** HKID-2003 prints its data column (the birth date's left edge) left of this share of the card's width: at
 *  ≈ 0.30 on the real card, at the name's edge on our older drawings; the real HKID-2018's starts at ≈ 0.40. */
const DATA_COLUMN_2003_BEFORE = 0.34

/** The title's lines lie in this top share of the card (they end near 0.17 on both versions) */
const TITLE_BAND = 0.25

const sameParts = (whole: LineText, parts: readonly LineText[]) =>
  whole.line.parts?.length === parts.length && parts.every((p) => whole.line.parts!.includes(p.line))

/** The lines grouped into rows of runs (as stage 3 grouped them), each run with its whole reading if any. */
function rowRuns(lines: readonly LineText[], wholes: readonly LineText[]): RowRun[][] {
  const inPixels = lines.map((l) => ({
    l,
    quad: l.line.box.map((p) => [p[0] * CARD_WIDTH, p[1] * CARD_HEIGHT]) as unknown as Quad,
  }))
  return groupRows(inPixels).map((row) =>
    row.map((run): RowRun => {
      const parts = run.boxes.map((b) => b.l)
      const whole = parts.length === 1 ? parts[0]! : (wholes.find((w) => sameParts(w, parts)) ?? null)
      return { parts, whole }
    }),
  )
}

const runTop = (r: RowRun) => Math.min(...r.parts.map((p) => p.y0))
const runCentre = (r: RowRun) => (runTop(r) + Math.max(...r.parts.map((p) => p.y1))) / 2
const runText = (r: RowRun) => r.whole?.text ?? r.parts.map((p) => p.text).join(' ')

/**
 * Extracts the card's fields from its recognised lines (boxes as fractions of the upright card) and the runs of
 * several boxes on a row read again as one crop (`CardLine.parts` names their boxes).
 */
export function extractFields(
  cardLines: readonly CardLine[],
  cardRuns: readonly CardLine[] = [],
): ExtractedFields {
  const lines = cardLines.map(lineText).sort((a, b) => centreY(a) - centreY(b))
  const wholes = cardRuns.map(lineText)
  const rows = rowRuns(lines, wholes)
  const { id, line: idLine } = findIdNumber([...lines, ...wholes])
  const birthday = findBirthday(lines, wholes)
  const issue = findIssueDates([...lines, ...wholes])
  const window = findWindow(lines, idLine)

  // the title is printed across the card's top: a line lower down that mentions IDENTITY is some other print
  // a title line stage 3 left unread (its permanent word already read surely) still marks where the title ends
  const title = lines.filter(
    (l) =>
      centreY(l) < TITLE_BAND &&
      (l.line.unread === 'title' || (TITLE.test(l.text) && !SPECIMEN.test(l.text))),
  )
  const permanentWords = title.flatMap((l) => matchLine(l, /永久|PERMANENT/i) ?? [])
  const permanentRead = permanentWords.length > 0
  const titleTop = title.length ? Math.max(...title.map((l) => l.y1)) : 0
  const birthdayTop = birthday.line?.y0 ?? 1

  // the English name: the first run below the title and above the date of birth that parses as one, a comma
  // read rather than guessed first; its row's other words must be accounted for
  let name: NameFromRow | null = null
  let nameRun: RowRun | null = null
  // strictest first: a comma read and a surname read in capitals, then a comma read, then any (a screenshot's
  // `name_en` label above the name reads as `NAME, En` only once its case is corrected)
  for (const strict of [2, 1, 0]) {
    for (const row of rows) {
      for (const run of row) {
        const text = runText(run)
        if (runTop(run) < titleTop || runCentre(run) > birthdayTop) continue
        if (LABEL.test(text) || SPECIMEN.test(text)) continue
        const found = nameFromRun(
          run,
          row.filter((r) => r !== run),
        )
        if (!found || (strict > 0 && found.doubts.includes('comma-guessed'))) continue
        if (strict > 1 && found.doubts.includes('case-corrected')) continue
        name = found
        nameRun = run
        break
      }
      if (name) break
    }
    if (name) break
  }
  let enName = NONE
  if (name) {
    const spaced = surnameFromTiming(name.line)
    const timed =
      spaced && spaced.surname.replace(/ /g, '') === name.name.surname.replace(/ /g, '') ? spaced : null
    // a gap between the detector's boxes is a space seen; the timing must then not be sure of another spacing
    const boxed = nameRun
      ? surnameFromBoxes(
          nameRun.parts.map((p) => p.text),
          name.name.surname,
        )
      : null
    const surname = boxed ? { surname: boxed, sure: !timed?.sure || timed.surname === boxed } : timed
    enName = read(
      surname ? `${surname.surname}, ${name.name.given}` : name.name.value,
      name.confidence,
      (surname?.sure ?? false) && name.doubts.length === 0,
    )
  }
  const nameTop = nameRun ? runTop(nameRun) : birthdayTop
  const nameLeft = nameRun?.parts[0]!.x0 ?? birthday.line?.x0 ?? 0

  // telecodes: digits only, between the English name and the date of birth, cut into codes of four
  let telex: ExtractedFields['TelexCode'] = { ...NONE, groups: [] }
  for (const run of rows.flat()) {
    if (runCentre(run) < nameTop || runCentre(run) > birthdayTop) continue
    const codes = telecodesFromRun(run)
    if (!codes) continue
    telex = {
      value: codes.groups.join(' '),
      confidence: codes.confidence,
      valid: !codes.doubtful,
      groups: codes.groups,
    }
    break
  }

  // the Chinese name: Han characters only, below the title and above the English name
  let chineseRead = { chars: [] as string[], confidence: 0 }
  for (const l of lines) {
    if (l.y0 < titleTop - 0.01 || centreY(l) > nameTop || TITLE.test(l.text) || SPECIMEN.test(l.text))
      continue
    if (l.x0 < nameLeft - 0.05) continue
    const han = Array.from(l.text).filter((c) => /\p{Script=Han}/u.test(c))
    if (han.length === 0 || han.length < Array.from(l.text.replace(/\s/g, '')).length - 1) continue
    chineseRead = { chars: han, confidence: weakest(l, 0, l.text.length) }
    break
  }

  // symbols: a short run of symbol letters and stars between the date of birth and the issue dates, confirmed
  // where they can be by what the title and the dates say
  const titleSure = permanentRead
    ? Math.max(...permanentWords.map((w) => w.confidence))
    : Math.min(...title.map((l) => weakest(l, 0, l.text.length)))
  const sureValue = (f: FieldRead) => (f.valid && f.confidence >= CONFIDENT_AT ? f.value : null)
  const symbolContext: SymbolContext = {
    permanentTitle: title.length && titleSure >= CONFIDENT_AT ? permanentRead : null,
    birthday: sureValue(birthday.field),
    issueDate: sureValue(issue.current),
  }
  const { symbol, letters: symbolLetters } = findSymbols(lines, {
    birthday: birthday.line,
    issue: issue.line,
    idLine,
    context: symbolContext,
  })

  const sex = findSex(
    [...lines, ...wholes].filter(
      (l) => !birthday.line || Math.abs(centreY(l) - centreY(birthday.line)) < 0.08,
    ),
  )
  // permanent residents' cards say so in the title, and carry the symbol A: the two must agree to be trusted.
  // Each is as sure as what it rests on — the word 永久/PERMANENT itself, the symbols' letters, not the title's
  // other characters (證 is read weakly by a recogniser that prints simplified forms) nor the symbols' stars
  const symbolSaysPermanent = symbol.value ? symbol.value.includes('A') : null
  const permanent = title.length
    ? read(
        permanentRead ? '1' : '0',
        Math.max(titleSure, symbolLetters),
        symbolSaysPermanent === permanentRead,
      )
    : symbol.value
      ? read(symbolSaysPermanent ? '1' : '0', symbolLetters, false)
      : NONE
  // HKID-2018 cards have the window with the number in it. Without a window read, a name at the left edge says
  // HKID-2003 — but the real HKID-2018 prints its name there too, and its window is small and easily missed: so
  // HKID-2003 is sure only when the data column also stands where the 2003 card prints it, left of the 2018
  // card's (≈ 0.30 of the card's width against ≈ 0.40); otherwise it is given for checking, never as sure.
  const dataColumnOf2003 = (birthday.line?.x0 ?? 1) < DATA_COLUMN_2003_BEFORE
  const version = window.value
    ? read('HKID-2018', window.confidence, true)
    : nameRun
      ? nameLeft < 0.25
        ? read('HKID-2003', dataColumnOf2003 ? 0.9 : 0.6, dataColumnOf2003)
        : read('HKID-2018', 0.6, false)
      : NONE

  return {
    EnName: enName,
    TelexCode: telex,
    Sex: sex,
    Birthday: birthday.field,
    Permanent: permanent,
    IdNum: id,
    Symbol: symbol,
    FirstIssueDate: issue.first,
    CurrentIssueDate: issue.current,
    WindowEmbeddedText: window,
    HKIDVersion: version,
    chineseRead,
  }
}
