// Wrong symbol lines to test the symbol rule against: every saved symbol reading (`dump-card-text.ts`) with one
// character changed for another the line can hold, a star dropped or added, or a letter dropped, each keeping
// the scores the recogniser gave the right line. Counts how many wrong lines the rule would take as sure, and
// what let each through: only a lone letter (which of C, U, R; B, N; the birthplace) can pass, and only at or
// above its bar — so the bar must sit above what the recogniser scores a wrong letter (`letter-errors.ts`).
// `tsx bench/reader/symbol-perturb.ts <set> <dump.json> [--list]`
import { readFileSync } from 'node:fs'
import { extractFields } from '#src/reader/4-fields/card-fields.ts'
import { lineText } from '#src/reader/4-fields/line-text.ts'
import { CONFIDENT_AT } from '#src/reader/4-fields/printed-values.ts'
import { checkSymbols, LONE_LETTER_AT, type SymbolContext } from '#src/reader/4-fields/symbol-line.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import type { DumpedCard } from './dump-card-text.ts'

const [set = 'tune', path = 'card-text.json'] = process.argv.slice(2)
if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
const byId = new Map(loadSet(set).map((item) => [item.id, item]))
const ALPHABET = '*ABCNORUWXZ'

/** One-character changes of a line: each character for another, one dropped, a star added in front */
function variants(text: string, probs: number[]): { text: string; probs: number[] }[] {
  const out: { text: string; probs: number[] }[] = []
  for (let i = 0; i < text.length; i++) {
    for (const c of ALPHABET)
      if (c !== text[i]) out.push({ text: text.slice(0, i) + c + text.slice(i + 1), probs })
    out.push({
      text: text.slice(0, i) + text.slice(i + 1),
      probs: [...probs.slice(0, i), ...probs.slice(i + 1)],
    })
  }
  out.push({ text: `*${text}`, probs: [probs[0] ?? 1, ...probs] })
  return out
}

let lines = 0
let wrong = 0
let sure = 0
let loneAtBar = 0
let oldSure = 0
/** The rule before: any of the symbol letters, every character at the bar */
const OLD_CHARS = /^[*ABCHKLMNORSUWXYZ12]+$/
for (const card of JSON.parse(readFileSync(path, 'utf8')) as DumpedCard[]) {
  const item = byId.get(card.id)
  if (!card.lines || !item) continue
  const truth = String(item.truth.Symbol)
  const line = card.lines.map(lineText).find((l) => l.text.replace(/\s/g, '') === truth)
  if (!line) continue
  const f = extractFields(card.lines, card.runs)
  const sureValue = (r: { value: string; valid: boolean; confidence: number }) =>
    r.valid && r.confidence >= CONFIDENT_AT ? r.value : null
  // the card's own evidence as stage 4 saw it (the title from the Permanent field's agreement is not re-derived)
  const context: SymbolContext = {
    permanentTitle: item.truth.Permanent === 1,
    birthday: sureValue(f.Birthday),
    issueDate: sureValue(f.CurrentIssueDate),
  }
  lines++
  const probs = Array.from(line.text).flatMap((c, i) => (/\s/.test(c) ? [] : [line.probs[i] ?? 0]))
  for (const v of variants(truth, probs)) {
    if (v.text === truth) continue
    wrong++
    if (OLD_CHARS.test(v.text) && v.probs.every((p) => p >= CONFIDENT_AT)) oldSure++
    if (!checkSymbols(v.text, v.probs, context).sure) continue
    sure++
    if (process.argv.includes('--list'))
      console.log(`  ${card.id}: ${truth} → ${v.text} sure (${v.probs.map((p) => p.toFixed(2)).join(' ')})`)
    if (v.probs.every((p) => p >= LONE_LETTER_AT)) loneAtBar++
  }
}
console.log(
  `${set}: ${lines} symbol lines, ${wrong} wrong variants taken as sure: ${sure} by the rule (${loneAtBar} with every score ≥ ${LONE_LETTER_AT}), ${oldSure} by the score alone at ${CONFIDENT_AT}`,
)
