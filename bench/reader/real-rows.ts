// The reader bench row by row, each beside Tesseract in the same run: the real specimens (crops, then their photo
// versions) apart from drawn cards, and the OCR bank's part by design and generation. Per row: fields right
// (visible fields only), right fields flagged anyway, fields sure and wrong, p50 time, peak memory.
import type { Split } from '#testing/banks/shared/split.ts'
import { markdownTable, type BenchRow } from '../lib/bench-row.ts'
import { loadSet, realSets, SET_LABELS, type BenchItem, type BenchSet } from './bench-sets.ts'
import type { BankRun, Contender } from './read-bank.ts'
import { runContender } from './run-contender.ts'
import { fieldsRight, flaggedRight, mergeGroups, p50, scoreGroups, type GroupScore } from './score-groups.ts'

type Pair = Partial<Record<Contender, BankRun>>

interface Row {
  label: string
  /** The fields-right goal applies: real specimens and real-like cards (issue: ≥ 99 %) */
  goal: boolean
  node: GroupScore
  peer: GroupScore
  /** The groups it is the total of, for the detail table */
  parts: { node: GroupScore; peer: GroupScore }[]
  rss: { node: number; peer: number }
}

/** Scores a run against its set's items, paired by id (a limited run reads a prefix). */
function score(items: readonly BenchItem[], run: BankRun): GroupScore[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  return scoreGroups(
    run.ids.map((id) => byId.get(id)!),
    run.readings,
  )
}

function benchRows(row: Row): BenchRow[] {
  const where = `${row.label} (${row.node.cards} cards)`
  const peer = 'Tesseract'
  return [
    {
      name: `local reader: fields right, ${where}`,
      measured: fieldsRight(row.node),
      unit: '%',
      peer,
      peerMeasured: fieldsRight(row.peer),
      budget: row.goal ? '≥ 99 %' : 'proposed: report',
      met: !row.goal || fieldsRight(row.node) >= 99,
    },
    {
      name: `local reader: right fields flagged anyway, ${where}`,
      measured: flaggedRight(row.node),
      unit: '%',
      peer,
      peerMeasured: flaggedRight(row.peer),
      budget: '≤ 10 %',
      met: flaggedRight(row.node) <= 10,
    },
    {
      name: `local reader: fields sure and wrong, ${where}`,
      measured: row.node.sureWrong,
      unit: 'count',
      peer,
      peerMeasured: row.peer.sureWrong,
      budget: '0',
      met: row.node.sureWrong === 0,
    },
    {
      name: `local reader: p50 time per card, ${where}`,
      measured: p50(row.node),
      unit: 'ms',
      peer,
      peerMeasured: p50(row.peer),
      ratio: p50(row.node) / p50(row.peer),
      budget: '≤ 600 ms',
      met: p50(row.node) <= 600,
    },
  ]
}

function detailLines(rows: readonly Row[]): string[] {
  const cells = (label: string, who: string, g: GroupScore, rss: number) => [
    label,
    who,
    String(g.cards),
    `${fieldsRight(g).toFixed(1)} % (${g.right}/${g.fields})`,
    `${flaggedRight(g).toFixed(1)} %`,
    String(g.sureWrong),
    String(g.errors),
    `${p50(g).toFixed(0)} ms`,
    `${rss.toFixed(0)} MB`,
  ]
  const table = markdownTable(
    [
      'row',
      'contender',
      'cards',
      'fields right',
      'right but flagged',
      'sure & wrong',
      'no card / errors',
      'p50',
      'peak RSS of its process',
    ],
    rows.flatMap((row) => [
      ...(row.parts.length > 1
        ? row.parts.flatMap((part) => [
            cells(part.node.group, 'local reader', part.node, row.rss.node),
            cells(part.peer.group, 'Tesseract', part.peer, row.rss.peer),
          ])
        : []),
      cells(`**${row.label}**`, 'local reader', row.node, row.rss.node),
      cells(`**${row.label}**`, 'Tesseract', row.peer, row.rss.peer),
    ]),
  )
  const realMisses = rows
    .filter((row) => row.goal && row.label.startsWith('real'))
    .flatMap((row) => row.node.misses)
  const sureWrong = rows.flatMap((row) => row.node.misses.filter((miss) => miss.endsWith('(SURE)')))
  return [
    'Fields are counted where the card shows them (`obscured` in testing/real-cards/cards.json is not counted);',
    '"right but flagged" is the share of right fields the reader still marked for checking.',
    '',
    table,
    '',
    `Fields the node reader got wrong on the real specimens (${realMisses.length}):`,
    '',
    ...realMisses.map((miss) => `- ${miss}`),
    '',
    `Fields the node reader was sure of and got wrong, every row (${sureWrong.length}):`,
    '',
    ...sureWrong.slice(0, 80).map((miss) => `- ${miss}`),
  ]
}

export function readRows(
  split: Split,
  bankRuns: Pair,
  limit: string | undefined,
  log: (line: string) => void,
): { rows: BenchRow[]; detail: string } {
  const rows: Row[] = []
  for (const set of realSets) {
    const items = loadSet(set)
    const runs: Pair = {}
    for (const contender of ['node', 'tesseract'] as const) {
      log(`reader bench: ${contender} on the ${SET_LABELS[set]}…`)
      runs[contender] = runContender(contender, set as BenchSet, limit)
    }
    const node = score(items, runs.node!)
    const peer = score(items, runs.tesseract!)
    rows.push({
      label: SET_LABELS[set],
      goal: true,
      node: mergeGroups(SET_LABELS[set], node),
      peer: mergeGroups(SET_LABELS[set], peer),
      parts: node.map((g, i) => ({ node: g, peer: peer[i]! })),
      rss: { node: runs.node!.maxRssMB, peer: runs.tesseract!.maxRssMB },
    })
  }
  const bankItems = loadSet(split)
  const node = score(bankItems, bankRuns.node!)
  const peer = score(bankItems, bankRuns.tesseract!)
  for (const g of [...node].sort((a, b) => a.group.localeCompare(b.group))) {
    const p = peer.find((candidate) => candidate.group === g.group)!
    rows.push({
      label: `${split} bank, ${g.group}`,
      goal: !g.group.startsWith('drawn '),
      node: g,
      peer: p,
      parts: [],
      rss: { node: bankRuns.node!.maxRssMB, peer: bankRuns.tesseract!.maxRssMB },
    })
  }
  const rssRows: BenchRow[] = rows
    .filter((row) => row.parts.length > 0)
    .map((row) => ({
      name: `local reader: peak RSS, ${row.label}, onnxruntime-node`,
      measured: row.rss.node,
      unit: 'MB',
      peer: 'Tesseract',
      peerMeasured: row.rss.peer,
      budget: '≤ 1024 MB',
      met: row.rss.node <= 1024,
    }))
  return { rows: [...rows.flatMap(benchRows), ...rssRows], detail: detailLines(rows).join('\n') }
}
