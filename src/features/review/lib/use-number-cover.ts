// "Hide number" covers the number on every card photo on screen too: where the local reader found the card,
// else where the card's layout prints it. Only the screen's copy is covered; the photo and the record are whole.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { numberRegions } from '#src/hkid/number-position.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { usePhotoCover, type PhotoCover } from '#src/ui/photo-cover.ts'
import { useNumberHidden } from './mask-id.ts'

export function useNumberCover(answer: Pick<RecognizeResult, 'card' | 'reading'>): void {
  const { t } = useTranslation()
  const hidden = useNumberHidden()
  const version = answer.card.hkidVersion
  const corners = answer.reading?.cardCorners
  const note = t('review.numberHiddenOnPhoto')
  const cover = useMemo<PhotoCover | null>(
    () => (hidden ? { regions: (size) => numberRegions(version, size, corners), note } : null),
    [hidden, version, corners, note],
  )
  usePhotoCover(cover)
}
