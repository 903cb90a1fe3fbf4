// The scene bank's manifest: per scene its label (good, or the one fault it shows), split, the scene's
// parameters, the card's corners, and two camera feeds — full-range and limited-range — each as the frame the
// camera sends (JPEG), a fake-camera MJPEG of it, and the frame as the page's canvas will hold it (PNG).
import { z } from 'zod'
import { cardDesigns } from '#testing/cards/card-design.ts'
import { cardLookSchema } from '#testing/cards/card-look.ts'
import { printedCardSchema } from '#testing/cards/printed-card.ts'
import { quadSchema, sceneSpecSchema } from '#testing/banks/shared/scene-spec.ts'
import { splits } from '#testing/banks/shared/split.ts'
import { sceneLabels } from './scene-catalogue.ts'

export const videoRanges = ['full', 'limited'] as const
export type VideoRange = (typeof videoRanges)[number]

const feedSchema = z.object({
  /** One JPEG frame: the bytes the camera sends */
  frame: z.string(),
  /** 30 copies of the frame, for Chromium's --use-file-for-fake-video-capture */
  mjpeg: z.string(),
  /** The frame as Chromium's camera path delivers it to a canvas (levels expanded), lossless */
  page: z.string(),
})

export const sceneBankItemSchema = z.object({
  id: z.string(),
  /** 'good' must auto-capture; any other label is the one fault the meter must report instead */
  label: z.enum(sceneLabels),
  note: z.string(),
  split: z.enum(splits),
  /** The card's design ('drawn' or 'real-like'), null when the scene has no card: report the two apart */
  design: z.enum(cardDesigns).nullable(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  card: z
    .object({
      look: cardLookSchema,
      /** TL, TR, BR, BL as printed, in frame pixels */
      corners: quadSchema,
      widthShare: z.number(),
      truth: printedCardSchema,
    })
    .nullable(),
  scene: sceneSpecSchema,
  feeds: z.object({ full: feedSchema, limited: feedSchema }),
})
export type SceneBankItem = z.infer<typeof sceneBankItemSchema>

export const sceneBankManifestSchema = z.object({
  bank: z.literal('scene-bank'),
  sourceHash: z.string(),
  seed: z.string(),
  heldOutShare: z.number(),
  mjpegFrames: z.number().int(),
  generationMs: z.number(),
  items: z.array(sceneBankItemSchema),
})
export type SceneBankManifest = z.infer<typeof sceneBankManifestSchema>
