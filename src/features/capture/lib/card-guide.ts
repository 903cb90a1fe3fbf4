// The card-shaped guide over the camera preview, in fractions of the video frame, and the crop it
// implies in video pixels (with a margin so a card placed a little loosely is not cut).
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

/** A rectangle in video pixels. */
export interface PixelRect {
  x: number
  y: number
  width: number
  height: number
}

export interface GuideBox {
  x: number
  y: number
  width: number
  height: number
}

const GUIDE_WIDTH = 0.8
const GUIDE_MAX_HEIGHT = 0.9
const CROP_MARGIN = 0.06

export function guideBox(videoWidth: number, videoHeight: number): GuideBox {
  let width = GUIDE_WIDTH
  let height = (width * videoWidth) / ID1_ASPECT / videoHeight
  if (height > GUIDE_MAX_HEIGHT) {
    height = GUIDE_MAX_HEIGHT
    width = (height * videoHeight * ID1_ASPECT) / videoWidth
  }
  return { x: (1 - width) / 2, y: (1 - height) / 2, width, height }
}

export function guideCrop(videoWidth: number, videoHeight: number): PixelRect {
  const box = guideBox(videoWidth, videoHeight)
  const marginX = box.width * CROP_MARGIN
  const marginY = box.height * CROP_MARGIN
  const x = Math.max(0, box.x - marginX)
  const y = Math.max(0, box.y - marginY)
  const right = Math.min(1, box.x + box.width + marginX)
  const bottom = Math.min(1, box.y + box.height + marginY)
  return {
    x: x * videoWidth,
    y: y * videoHeight,
    width: (right - x) * videoWidth,
    height: (bottom - y) * videoHeight,
  }
}

/** The guide inside the crop of `guideCrop`, in fractions of that crop: what the meter measures against. */
export function guideWithinCrop(videoWidth: number, videoHeight: number): GuideBox {
  const box = guideBox(videoWidth, videoHeight)
  const crop = guideCrop(videoWidth, videoHeight)
  return {
    x: (box.x * videoWidth - crop.x) / crop.width,
    y: (box.y * videoHeight - crop.y) / crop.height,
    width: (box.width * videoWidth) / crop.width,
    height: (box.height * videoHeight) / crop.height,
  }
}
