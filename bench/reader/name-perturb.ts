// Wrong English names made from saved readings (`dump-card-text.ts`), to test the name rules against: in each
// card whose name was read right, one given name's letter changed (in every reading alike, or in the run's whole
// reading only), a letter or the last given name dropped from the whole reading only, the name shifted onto the
// card's side with its first letter lost. Each keeps the scores the recogniser gave the right letters, and a
// changed letter's runner-up is the right one. Counts how many wrong names the rules take as sure, and why.
// `tsx bench/reader/name-perturb.ts <set> <dump.json> [--list]`
import { readFileSync } from 'node:fs'
import type { CardLine } from '#src/reader/3-text/read-card-text.ts'
import { extractFields } from '#src/reader/4-fields/card-fields.ts'
import { CONFIDENT_AT } from '#src/reader/4-fields/printed-values.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import type { DumpedCard } from './dump-card-text.ts'

const [set = 'tune', path = 'card-text.json'] = process.argv.slice(2)
if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
const byId = new Map(loadSet(set).map((item) => [item.id, item]))
const list = process.argv.includes('--list')

type Edit = (line: CardLine, whole: boolean) => CardLine
const text = (chars: CardLine['chars']) => chars.map((c) => c.char).join('')
const withChars = (line: CardLine, chars: CardLine['chars']): CardLine => ({
  ...line,
  chars,
  text: text(chars),
})

/** The index of `word`'s `k`th letter in the line, or −1 */
function letterAt(line: CardLine, word: string, k: number): number {
  const at = line.text.indexOf(word)
  return at < 0 || /[A-Za-z]/.test(line.text[at + word.length] ?? '') ? -1 : at + k
}

function variants(given: string[], surname: string): { name: string; edit: Edit }[] {
  const out: { name: string; edit: Edit }[] = []
  const last = given[given.length - 1]!
  for (const word of given)
    for (let k = 0; k < word.length; k++) {
      const was = word[k]!
      const other = was === 'a' ? 'e' : was === 'A' ? 'E' : was === was.toUpperCase() ? 'A' : 'a'
      const swap: Edit = (line) => {
        const i = letterAt(line, word, k)
        if (i < 0) return line
        const chars = line.chars.map((c, j) =>
          j === i ? { ...c, char: other, alt: was, altProb: Math.min(c.prob, 1 - c.prob) } : c,
        )
        return withChars(line, chars)
      }
      out.push({ name: 'letter changed in every reading', edit: swap })
      out.push({
        name: 'letter changed in the whole reading',
        edit: (l, whole) => (whole ? swap(l, whole) : l),
      })
      out.push({
        name: 'letter dropped from the whole reading',
        edit: (l, whole) => {
          const i = whole ? letterAt(l, word, k) : -1
          return i < 0
            ? l
            : withChars(
                l,
                l.chars.filter((_, j) => j !== i),
              )
        },
      })
    }
  if (given.length > 1)
    out.push({
      name: 'last given name dropped from the whole reading',
      edit: (l, whole) => {
        const i = whole ? l.text.lastIndexOf(last) : -1
        return i < 1
          ? l
          : withChars(
              l,
              l.chars.filter((_, j) => j < i - 1 || j >= i + last.length),
            )
      },
    })
  out.push({
    name: 'first letter lost at the card side',
    edit: (l) => {
      if (!l.text.startsWith(surname.slice(0, 2))) return l
      const shift = l.box[0][0] - 0.005
      const box = l.box.map(([x, y]) => [x - shift, y]) as unknown as CardLine['box']
      return { ...withChars(l, l.chars.slice(1)), box }
    },
  })
  return out
}

const tally = new Map<string, { wrong: number; sure: number }>()
for (const card of JSON.parse(readFileSync(path, 'utf8')) as DumpedCard[]) {
  const item = byId.get(card.id)
  if (!card.lines || !item) continue
  const truth = String(item.truth.EnName)
  if (extractFields(card.lines, card.runs).EnName.value !== truth) continue
  const [surname = '', givenText = ''] = truth.split(', ')
  for (const v of variants(givenText.split(' '), surname)) {
    const edit = (l: CardLine, whole: boolean): CardLine => {
      const edited = v.edit(l, whole)
      return l.parts ? { ...edited, parts: l.parts.map((p) => v.edit(p, false)) } : edited
    }
    const lines = card.lines.map((l) => edit(l, false))
    const runs = card.runs.map((l) => edit(l, true))
    const name = extractFields(lines, runs).EnName
    if (name.value === truth || name.value === '') continue
    const t = tally.get(v.name) ?? { wrong: 0, sure: 0 }
    t.wrong++
    if (name.valid && name.confidence >= CONFIDENT_AT) {
      t.sure++
      if (list) console.log(`  ${card.id}: ${truth} → ${name.value} sure (${v.name})`)
    }
    tally.set(v.name, t)
  }
}
for (const [name, t] of tally) console.log(`${set}: ${name}: ${t.wrong} wrong names, ${t.sure} taken as sure`)
