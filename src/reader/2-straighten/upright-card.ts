// Stage 2's output: the upright card the reader straightens a photo to. Where the portraits sit on it: src/hkid/portrait-layout.ts.

/** The upright card's size for detection and portraits: ID-1 proportions, sides multiples of 32. */
export const CARD_WIDTH = 960
export const CARD_HEIGHT = 608
