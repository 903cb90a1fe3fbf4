import { useTranslation } from 'react-i18next'
import { decodeSymbols } from '#src/hkid/card-symbols.ts'
import { chipText } from '../lib/finding-text.ts'

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
          className="inline-flex items-center gap-1 rounded-full bg-teal-50 px-2 py-0.5 text-xs text-teal-900 ring-1 ring-teal-200"
        >
          <span className="font-mono font-bold">{chip.token}</span>
          {chipText(t, chip)}
        </li>
      ))}
    </ul>
  )
}
