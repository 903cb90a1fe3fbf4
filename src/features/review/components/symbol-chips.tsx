import { useTranslation } from 'react-i18next'
import { decodeSymbols, NOT_ON_SMART_CARDS } from '#src/hkid/card-symbols.ts'
import { chipText } from '../lib/finding-text.ts'

const PLAIN = 'bg-teal-50 text-teal-900 ring-teal-200'
// A symbol a smart card never carries, or one that is not a symbol at all: a finding explains it.
const ODD = 'bg-amber-50 text-amber-950 ring-amber-300'

/** The symbol line decoded into readable chips, each with the characters it came from. */
export function SymbolChips({ symbol }: { symbol: string }) {
  const { t } = useTranslation()
  const { chips } = decodeSymbols(symbol)
  if (chips.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-1.5" data-testid="symbol-chips">
      {chips.map((chip, index) => (
        <li
          key={`${chip.token}-${index}`}
          className={`inline-flex items-start gap-1 rounded-2xl px-2 py-0.5 text-xs ring-1 ${chip.code === 'UNKNOWN' || NOT_ON_SMART_CARDS.has(chip.code) ? ODD : PLAIN}`}
        >
          <span className="font-mono font-bold">{chip.token}</span>
          {chipText(t, chip)}
        </li>
      ))}
    </ul>
  )
}
