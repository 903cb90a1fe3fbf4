// The OCR bank's manifest: one entry per image with its ground truth (HKIDCardOCR field names), where the card's
// corners are, the scene it was drawn in, and its split. Readers of the bank validate it with this schema.
import { z } from 'zod'
import { cardDesigns } from '#testing/cards/card-design.ts'
import { cardLookSchema } from '#testing/cards/card-look.ts'
import { printedCardSchema } from '#testing/cards/printed-card.ts'
import { castNames } from '#testing/banks/shared/scene-palette.ts'
import { quadSchema, sceneSpecSchema } from '#testing/banks/shared/scene-spec.ts'
import { splits } from '#testing/banks/shared/split.ts'
import { degradations } from './ocr-plan.ts'

export const holderTraitsSchema = z.object({
  chineseName: z.boolean(),
  compoundSurname: z.boolean(),
  doubleSurname: z.boolean(),
  westernGivenName: z.boolean(),
  prefixLength: z.union([z.literal(1), z.literal(2)]),
  ageAtIssue: z.number().int(),
})

export const ocrBankItemSchema = z.object({
  id: z.string(),
  /** File name inside the bank's directory */
  file: z.string(),
  split: z.enum(splits),
  /** 'drawn': our own card design; 'real-like': the design that copies the real card (OCR-B, real layouts) */
  design: z.enum(cardDesigns),
  condition: z.enum(['clean', 'degraded']),
  degradations: z.array(z.enum(degradations)),
  image: z.object({
    /** As displayed (after applying the EXIF orientation) */
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** As stored in the JPEG's frame header */
    storedWidth: z.number().int().positive(),
    storedHeight: z.number().int().positive(),
    orientation: z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(8)]),
    phone: z.boolean(),
    jpegQuality: z.number().int().min(1).max(100),
    bytes: z.number().int().positive(),
  }),
  card: z.object({
    look: cardLookSchema,
    /** Card corners TL, TR, BR, BL (as printed) in displayed-image pixels */
    corners: quadSchema,
    /** The same corners in stored-pixel coordinates (before applying the orientation) */
    storedCorners: quadSchema,
    widthShare: z.number(),
    pose: z.object({ rotationDeg: z.number(), tiltXDeg: z.number(), tiltYDeg: z.number() }),
  }),
  scene: sceneSpecSchema,
  cast: z.object({ name: z.enum(castNames), strength: z.number() }),
  truth: printedCardSchema,
  traits: holderTraitsSchema,
})
export type OcrBankItem = z.infer<typeof ocrBankItemSchema>

export const ocrBankManifestSchema = z.object({
  bank: z.literal('ocr-bank'),
  /** Hash of the generator's code and options: a different hash means the bank is stale */
  sourceHash: z.string(),
  seed: z.string(),
  /** The cards' "today": no date on a card is after it */
  referenceDate: z.string(),
  heldOutShare: z.number(),
  generationMs: z.number(),
  items: z.array(ocrBankItemSchema),
})
export type OcrBankManifest = z.infer<typeof ocrBankManifestSchema>
