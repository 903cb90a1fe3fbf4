// Draws planned OCR-bank items: the card rendered from its fields, composed into its scene, JPEG-encoded at the
// planned quality and, for phone photos, stored turned with an EXIF Orientation (and the fixture phone's tags).
import { join } from 'node:path'
import { jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { insertExif } from '#testing/jpeg/exif-writer.ts'
import { PHONE_PHOTO_EXIF } from '#testing/fixtures/fixture-files.ts'
import { mapOnLanes, type BankBrowser } from '#testing/banks/shared/bank-browser.ts'
import { storedPoint, STORE_TURNS, type Point, type Quad } from '#testing/banks/shared/geometry.ts'
import { writeAtomic } from '#testing/banks/shared/bank-files.ts'
import type { Split } from '#testing/banks/shared/split.ts'
import type { OcrBankItem } from './ocr-manifest.ts'
import type { OcrItemPlan } from './ocr-plan.ts'

const round = ([x, y]: Point): Point => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]

export async function renderOcrItem(
  lane: BankBrowser,
  plan: OcrItemPlan,
  split: Split,
  outDir: string,
): Promise<OcrBankItem> {
  const { spec, orientation } = plan
  const cardJpeg = await lane.renderCard(plan.identity.card, plan.look, plan.design)
  let jpeg: Uint8Array = await lane.renderScene(spec, cardJpeg, {
    type: 'jpeg',
    quality: plan.jpegQuality / 100,
    turns: STORE_TURNS[orientation],
  })
  if (plan.phone) jpeg = insertExif(jpeg, { ...PHONE_PHOTO_EXIF, orientation })
  const file = `${plan.id}.jpg`
  writeAtomic(join(outDir, file), jpeg)
  const stored = jpegSize(jpeg)
  if (!stored) throw new Error(`${file}: the browser's JPEG has no frame header`)
  const corners = spec.corners!.map(round) as unknown as Quad
  const storedCorners = spec.corners!.map((p) =>
    round(storedPoint(p, orientation, spec.width, spec.height)),
  ) as unknown as Quad
  return {
    id: plan.id,
    file,
    split,
    design: plan.design,
    condition: plan.condition,
    degradations: plan.degradations,
    image: {
      width: spec.width,
      height: spec.height,
      storedWidth: stored.width,
      storedHeight: stored.height,
      orientation,
      phone: plan.phone,
      jpegQuality: plan.jpegQuality,
      bytes: jpeg.length,
    },
    card: { look: plan.look, corners, storedCorners, widthShare: plan.cardWidthShare, pose: plan.pose },
    scene: spec,
    cast: plan.cast,
    truth: plan.identity.card,
    traits: plan.identity.traits,
  }
}

/** Renders every plan on the lanes in parallel; the manifest keeps plan order. */
export function renderOcrItems(
  lanes: BankBrowser[],
  plans: readonly OcrItemPlan[],
  splitOf: (id: string) => Split,
  outDir: string,
  onItem?: (done: number, total: number) => void,
): Promise<OcrBankItem[]> {
  let done = 0
  return mapOnLanes(lanes, plans, async (lane, plan) => {
    const item = await renderOcrItem(lane, plan, splitOf(plan.id), outDir)
    onItem?.(++done, plans.length)
    return item
  })
}
