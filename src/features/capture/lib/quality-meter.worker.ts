// The quality meter, off the main thread: scales each camera crop down, measures it, and holds on to
// the sharpest good frame of the current run so auto-capture can hand over the best one, not the last.
/// <reference lib="webworker" />
import { downscale, toMeterImage } from './luma-image.ts'
import type { MeterRequest, MeterResponse } from './meter-protocol.ts'
import { measureFrame, motionBetween, qualityIssues, type FrameMeasures } from './quality-meter.ts'
import { photoProblems } from './photo-check.ts'
import { ANALYSIS_WIDTH, QUALITY_THRESHOLDS } from './quality-thresholds.ts'
import { NEW_STALL_TRACKER, stallReason, trackFrame } from './stall.ts'

const MOTION_WIDTH = 40
const scope = self as unknown as DedicatedWorkerGlobalScope

let canvas: OffscreenCanvas | null = null
let previousThumb: Uint8Array | null = null
let lastCard: FrameMeasures['card'] = null
let stallTracker = NEW_STALL_TRACKER
let best: { frame: ImageBitmap; sharpness: number } | null = null

function dropBest() {
  best?.frame.close()
  best = null
}

function reply(message: MeterResponse, transfer: Transferable[] = []) {
  scope.postMessage(message, { transfer })
}

/** The picture at analysis width, as the meter reads it. */
function analysisImage(picture: ImageBitmap) {
  const width = Math.min(ANALYSIS_WIDTH, picture.width)
  const height = Math.max(1, Math.round((picture.height * width) / picture.width))
  if (!canvas || canvas.width !== width || canvas.height !== height)
    canvas = new OffscreenCanvas(width, height)
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) throw new Error('2d context unavailable')
  // Medium smoothing (mipmapped) averages the pixels a downscale drops, as the unit tests' area average does.
  context.imageSmoothingQuality = 'medium'
  context.drawImage(picture, 0, 0, width, height)
  return toMeterImage(context.getImageData(0, 0, width, height).data, width, height)
}

async function checkPhoto({ id, image }: Extract<MeterRequest, { type: 'photo' }>) {
  try {
    const picture = await createImageBitmap(image)
    const problems = photoProblems(analysisImage(picture))
    picture.close()
    reply({ type: 'photo', id, problems })
  } catch {
    reply({ type: 'photo', id, problems: null })
  }
}

function measure(request: Extract<MeterRequest, { type: 'frame' }>) {
  const started = performance.now()
  const { frame, guide, journey, keep } = request
  const image = analysisImage(frame)
  const { width, height } = image
  const pixelGuide = {
    x: guide.x * width,
    y: guide.y * height,
    width: guide.width * width,
    height: guide.height * height,
  }
  const measures = measureFrame(image, pixelGuide, lastCard)
  lastCard = measures.card
  const thumb = downscale(image, MOTION_WIDTH).data
  const motion = motionBetween(previousThumb, thumb)
  previousThumb = thumb
  const issues = qualityIssues(measures, motion, QUALITY_THRESHOLDS[journey])

  if (keep && issues.length === 0 && measures.sharpness > (best?.sharpness ?? -1)) {
    dropBest()
    best = { frame, sharpness: measures.sharpness }
  } else {
    frame.close()
    if (issues.length > 0) dropBest()
  }
  // The wait counts only while auto-capture is on: with it off, the user is already the shutter.
  const now = performance.now()
  stallTracker = keep ? trackFrame(stallTracker, issues, now) : NEW_STALL_TRACKER
  const stall = stallReason(stallTracker, now)
  reply({ type: 'quality', measures, motion, issues, stall, ms: now - started })
}

scope.onmessage = (event: MessageEvent<MeterRequest>) => {
  const request = event.data
  if (request.type === 'frame') {
    try {
      measure(request)
    } catch {
      request.frame.close()
      reply({ type: 'failed' })
    }
  } else if (request.type === 'photo') {
    void checkPhoto(request)
  } else if (request.type === 'take') {
    const frame = best?.frame ?? null
    best = null
    reply({ type: 'best', frame }, frame ? [frame] : [])
  } else {
    dropBest()
    previousThumb = null
    lastCard = null
    stallTracker = NEW_STALL_TRACKER
  }
}
