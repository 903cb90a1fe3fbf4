// Which drawing of the card a bank item uses: our own "drawn" design (the original synthetic card) or the
// "real-like" one that copies the Immigration Department's specimens (OCR-B type, real layouts, Bauhinia).
import type { CardLook } from './card-look.ts'
import type { PrintedCard } from './printed-card.ts'
import { realLikeCardHtml } from './real-like-card-html.ts'
import { cardHtml } from './specimen-card-html.ts'

export const cardDesigns = ['drawn', 'real-like'] as const
export type CardDesign = (typeof cardDesigns)[number]

/** The card as a standalone CARD_WIDTH × CARD_HEIGHT page in the asked design. */
export function designedCardHtml(card: PrintedCard, look: CardLook, design: CardDesign): string {
  return design === 'real-like' ? realLikeCardHtml(card, look) : cardHtml(card, look)
}
