// Where the portraits sit on the upright card, as fractions of its width and height, per card generation. The
// synthetic cards are drawn from the same numbers (server/emulator/specimen-layout.ts for HKID-2018).

export interface CardBox {
  x: number
  y: number
  w: number
  h: number
}

export const PORTRAIT_BOXES: Record<'HKID-2018' | 'HKID-2003', { head: CardBox; smallHead: CardBox | null }> =
  {
    // the large portrait on the left and the ghost portrait on the right
    'HKID-2018': {
      head: { x: 0.045, y: 0.3, w: 0.27, h: 0.56 },
      smallHead: { x: 0.8, y: 0.56, w: 0.15, h: 0.3 },
    },
    // one portrait, on the right
    'HKID-2003': { head: { x: 0.655, y: 0.255, w: 0.285, h: 0.56 }, smallHead: null },
  }

/** The upright card's size for detection and portraits: ID-1 proportions, sides multiples of 32. */
export const CARD_WIDTH = 960
export const CARD_HEIGHT = 608
