// Stage 8: the portraits, cut from the upright card by the layout of its generation, as RGBA (adapters encode).
import type { CardVersion } from '#src/hkid/card-version.ts'
import { PORTRAIT_BOXES } from '#src/hkid/portrait-layout.ts'
import { cropFraction, type RgbaImage } from '../reader-image.ts'

export interface PortraitImages {
  head: RgbaImage
  smallHead: RgbaImage | null
}

export function cutPortraits(card: RgbaImage, version: CardVersion): PortraitImages {
  const boxes = PORTRAIT_BOXES[version]
  return {
    head: cropFraction(card, boxes.head),
    smallHead: boxes.smallHead ? cropFraction(card, boxes.smallHead) : null,
  }
}
