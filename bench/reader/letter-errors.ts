// How high the recogniser scores a capital letter it reads wrong: every recognised box or run of a saved stage-3
// reading (`dump-card-text.ts`) is paired with the printed word of the card's truth it most resembles (same
// length, a letter in four apart; a token under four letters only with the symbols), and each capital read is
// counted right or wrong with its probability.
// The bar a lone letter must reach (the symbols' birthplace letter) is set on these errors, on the tuning part.
// `tsx bench/reader/letter-errors.ts <set> <dump.json> [<set> <dump.json> …] [--digits]`
import { readFileSync } from 'node:fs'
import { lineText } from '#src/reader/4-fields/line-text.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import type { DumpedCard } from './dump-card-text.ts'

/** The title's words are printed on every card and are no field: HONG is not a misread WONG */
const TITLE_WORDS = new Set(['HONG', 'KONG', 'PERMANENT', 'IDENTITY', 'CARD', 'PERMANENTIDENTITY'])
const all = process.argv.includes('--digits')
const args = process.argv.slice(2).filter((a) => a !== '--digits')
/** Capitals only, or (--digits) every capital and digit: how high any wrong character of this print scores */
const CHAR = all ? /[A-Z0-9]/ : /[A-Z]/
const wrong: { p: number; read: string; printed: string; id: string }[] = []
const right: number[] = []
for (let a = 0; a + 1 < args.length; a += 2) {
  const set = args[a]!
  if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
  const byId = new Map(loadSet(set).map((item) => [item.id, item]))
  for (const card of JSON.parse(readFileSync(args[a + 1]!, 'utf8')) as DumpedCard[]) {
    const item = byId.get(card.id)
    if (!card.lines || !item) continue
    // the printed words: each field's value cut at spaces and commas, brackets and dashes dropped
    const words = Object.entries(item.truth)
      .filter(([name]) => !item.obscured?.includes(name as never))
      .flatMap(([, value]) => String(value).split(/[\s,()-]+/))
      .filter((w) => CHAR.test(w))
    for (const line of [...card.lines, ...card.runs].map(lineText)) {
      for (const token of line.text.split(/[\s,()-]+/)) {
        if (!CHAR.test(token) || TITLE_WORDS.has(token)) continue
        const at = line.text.indexOf(token)
        // a short token could be any short word: it is paired only with the symbols, with one letter apart
        const among = token.length < 4 ? [String(item.truth.Symbol)] : words
        const apart = (w: string) => [...w].filter((c, i) => c !== token[i]).length
        const printed = among
          .filter((w) => w.length === token.length && apart(w) <= Math.max(1, Math.floor(w.length / 4)))
          .sort((x, y) => apart(x) - apart(y))[0]
        if (!printed) continue
        for (let i = 0; i < token.length; i++) {
          if (!CHAR.test(printed[i]!)) continue
          const p = line.probs[at + i] ?? 0
          if (token[i] === printed[i]) right.push(p)
          else wrong.push({ p, read: token[i]!, printed: printed[i]!, id: card.id })
        }
      }
    }
  }
}
wrong.sort((a, b) => b.p - a.p)
const share = (bar: number) => right.filter((p) => p >= bar).length / Math.max(1, right.length)
console.log(`capitals read right ${right.length}, wrong ${wrong.length}`)
for (const w of wrong.slice(0, 15))
  console.log(`  wrong ${w.read} for ${w.printed} at ${w.p.toFixed(3)} (${w.id})`)
for (const bar of [0.5, 0.6, 0.7, 0.8, 0.9])
  console.log(
    `  at ${bar}: ${(100 * share(bar)).toFixed(1)} % of right capitals, ${wrong.filter((w) => w.p >= bar).length} wrong`,
  )
