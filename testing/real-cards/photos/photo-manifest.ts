// The manifest of the specimens' photo versions: per image its specimen, kind, scene, and the specimen's truth
// and obscured fields carried over, so a bench scores a photo exactly as it scores the crop it was made from.
import { z } from 'zod'
import { sceneSpecSchema } from '#testing/banks/shared/scene-spec.ts'
import { realCardSchema } from '../real-cards.ts'
import { photoKinds } from './photo-plan.ts'

export const realCardPhotoSchema = z.object({
  id: z.string(),
  /** File name inside the photos' directory */
  file: z.string(),
  /** The specimen's id in cards.json */
  card: z.string(),
  kind: z.enum(photoKinds),
  jpegQuality: z.number().int().min(1).max(100),
  bytes: z.number().int().positive(),
  scene: sceneSpecSchema,
  truth: realCardSchema.shape.truth,
  obscured: realCardSchema.shape.obscured,
})
export type RealCardPhoto = z.infer<typeof realCardPhotoSchema>

export const realCardPhotosManifestSchema = z.object({
  bank: z.literal('real-card-photos'),
  /** Hash of the generator's code, the specimens and the options: a different hash means the photos are stale */
  sourceHash: z.string(),
  seed: z.string(),
  generationMs: z.number(),
  items: z.array(realCardPhotoSchema),
})
export type RealCardPhotosManifest = z.infer<typeof realCardPhotosManifestSchema>
