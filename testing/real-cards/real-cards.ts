// The specimen cards of this folder as data: each image with the fields it prints (cards.json, read by eye) and
// the fields an annotation box or the picture's edge hides, which no score counts.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { readerFieldNameSchema, type ReaderFieldName } from '#src/reader/local-reading.ts'
import { hkidVersions } from '#testing/cards/printed-card.ts'

export const REAL_CARDS_DIR = dirname(fileURLToPath(import.meta.url))

/** As printed: a check digit may be impossible and a field empty, so looser than a drawn card's truth. */
export const realTruthSchema = z.object({
  CnName: z.string(),
  EnName: z.string(),
  TelexCode: z.string().regex(/^(\d{4}( \d{4})*)?$/),
  Sex: z.enum(['男M', '女F']),
  Birthday: z.string().regex(/^\d{2}-\d{2}-\d{4}$/),
  Permanent: z.union([z.literal(0), z.literal(1)]),
  IdNum: z.string().regex(/^[A-Z]{1,2}\d{6}\([0-9A-Z]\)$/),
  Symbol: z.string(),
  FirstIssueDate: z.string(),
  CurrentIssueDate: z.string(),
  WindowEmbeddedText: z.string(),
  HKIDVersion: z.enum(hkidVersions),
})
export type RealTruth = z.infer<typeof realTruthSchema>

export const realCardSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  source: z.string(),
  truth: realTruthSchema,
  obscured: z.array(readerFieldNameSchema),
})
export type RealCard = z.infer<typeof realCardSchema>

const realCardsFileSchema = z.object({ about: z.string(), cards: z.array(realCardSchema) })

export const REAL_CARDS_JSON = join(REAL_CARDS_DIR, 'cards.json')

export function loadRealCards(): RealCard[] {
  return realCardsFileSchema.parse(JSON.parse(readFileSync(REAL_CARDS_JSON, 'utf8'))).cards
}

/** The fields a score counts on this card: every reader field but the obscured ones. */
export function visibleFields(
  card: { obscured: readonly ReaderFieldName[] },
  all: readonly ReaderFieldName[],
) {
  return all.filter((name) => !card.obscured.includes(name))
}
