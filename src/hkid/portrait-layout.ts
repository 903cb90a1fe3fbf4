// Where the portraits sit on the upright card, as fractions of its width and height, per card generation. The
// reader and the emulator cut portraits by these boxes and the synthetic cards are drawn from them, so all agree.
import type { CardVersion } from './card-version.ts'

/** A box on the card, as fractions of the card's width (x, w) and height (y, h). */
export interface CardBox {
  x: number
  y: number
  w: number
  h: number
}

export interface PortraitBoxes {
  head: CardBox
  /** The ghost portrait; HKID-2003 has none. */
  smallHead: CardBox | null
}

export const PORTRAIT_BOXES = {
  // the large portrait on the left and the ghost portrait on the right
  'HKID-2018': {
    head: { x: 0.045, y: 0.3, w: 0.27, h: 0.56 },
    smallHead: { x: 0.8, y: 0.56, w: 0.15, h: 0.3 },
  },
  // one portrait, on the right
  'HKID-2003': { head: { x: 0.655, y: 0.255, w: 0.285, h: 0.56 }, smallHead: null },
} as const satisfies Record<CardVersion, PortraitBoxes>
