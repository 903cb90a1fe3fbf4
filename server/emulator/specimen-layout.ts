// Where things sit on the project's specimen card, as fractions of the card's width and height.
// The fixture generator draws the card from this layout and the emulator cuts portraits by it,
// so the two always agree. The card is ISO/IEC 7810 ID-1 (85.6 × 54 mm).

export interface CardBox {
  x: number
  y: number
  w: number
  h: number
}

import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

export const CARD_ASPECT = ID1_ASPECT

/** The large portrait on the left of an HKID-2018 card. */
export const PRIMARY_PORTRAIT: CardBox = { x: 0.045, y: 0.3, w: 0.27, h: 0.56 }

/** The small ghost portrait on the right. */
export const SECONDARY_PORTRAIT: CardBox = { x: 0.8, y: 0.56, w: 0.15, h: 0.3 }
