// The Chinese name as the local reader rebuilt it from the printed telegraph codes, one character at a time:
// which ones the text recogniser confirmed, and which a person still has to check (never accepted silently).
import { useTranslation } from 'react-i18next'
import type { NameCharacter } from '#src/hkid/recognize-contract.ts'

export function NameCharacters({ characters }: { characters: readonly NameCharacter[] }) {
  const { t } = useTranslation()
  if (characters.length === 0) return null
  return (
    <div className="flex flex-col gap-1">
      <p id="name-characters-heading" className="text-xs text-slate-600">
        {t('review.nameCharacters.heading')}
      </p>
      <ul aria-labelledby="name-characters-heading" className="flex flex-wrap gap-1.5">
        {characters.map((character, index) => {
          const code = character.code || '—'
          const label = t(
            character.confirmed ? 'review.nameCharacters.confirmed' : 'review.nameCharacters.unconfirmed',
            { char: character.char, code },
          )
          return (
            <li
              key={`${index}-${character.char}`}
              data-testid={character.confirmed ? 'name-char-confirmed' : 'name-char-unconfirmed'}
              title={label}
              className={`flex min-w-11 flex-col items-center rounded-md border px-1.5 py-0.5 ${
                character.confirmed
                  ? 'border-slate-300 bg-white text-slate-900'
                  : 'border-amber-500 bg-amber-50 text-amber-950'
              }`}
            >
              <span lang="zh-HK" aria-hidden="true" className="text-lg leading-tight">
                {character.char}
              </span>
              <span aria-hidden="true" className="font-mono text-[0.7rem] leading-tight">
                {character.confirmed ? code : `${code} ?`}
              </span>
              <span className="sr-only">{label}</span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
