// The sets the reader bench reads, each item with its file, truth, hidden fields and row: the OCR bank's splits
// (drawn cards, rows by design and generation), the real specimens as cropped, and their photo versions (real
// cards are reported apart from drawn ones, by generation).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HkidVersion } from '#testing/cards/printed-card.ts'
import { OCR_BANK_DIR } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { ocrBankManifestSchema, type OcrBankManifest } from '#testing/banks/ocr-bank/ocr-manifest.ts'
import { splits, type Split } from '#testing/banks/shared/split.ts'
import { loadRealCards, REAL_CARDS_DIR } from '#testing/real-cards/real-cards.ts'
import { REAL_PHOTOS_DIR } from '#testing/real-cards/photos/make-real-card-photos.ts'
import {
  realCardPhotosManifestSchema,
  type RealCardPhotosManifest,
} from '#testing/real-cards/photos/photo-manifest.ts'
import { bankGroup, type ScoredItem } from './score-groups.ts'

export const realSets = ['real-crops', 'real-photos'] as const
export type RealSet = (typeof realSets)[number]
export type BenchSet = Split | RealSet

export const SET_LABELS: Record<RealSet, string> = {
  'real-crops': 'real specimens, crops',
  'real-photos': 'real specimens, photo versions',
}

export interface BenchItem extends ScoredItem {
  path: string
  generation: HkidVersion
}

export const isBenchSet = (name: string): name is BenchSet =>
  (splits as readonly string[]).includes(name) || (realSets as readonly string[]).includes(name)

export function ocrBankItems(manifest: OcrBankManifest, split: Split): BenchItem[] {
  return manifest.items
    .filter((item) => item.split === split)
    .map((item) => ({
      id: item.id,
      group: bankGroup(item),
      truth: item.truth,
      path: join(OCR_BANK_DIR, item.file),
      generation: item.truth.HKIDVersion,
    }))
}

export function realCropItems(): BenchItem[] {
  return loadRealCards().map((card) => ({
    id: card.id,
    group: `${SET_LABELS['real-crops']}, ${card.truth.HKIDVersion}`,
    truth: card.truth,
    obscured: card.obscured,
    path: join(REAL_CARDS_DIR, card.file),
    generation: card.truth.HKIDVersion,
  }))
}

/** Version-major (every card's webcam frame, then every card's first phone photo, …): READER_BENCH_LIMIT's
 *  prefix then still covers every card. */
const versionOf = (photo: { id: string; card: string }) => photo.id.slice(photo.card.length)
const versionOrder = (version: string) => (version === '-webcam' ? '' : version)

export function realPhotoItems(manifest: RealCardPhotosManifest): BenchItem[] {
  const photos = [...manifest.items].sort((a, b) =>
    versionOrder(versionOf(a)).localeCompare(versionOrder(versionOf(b))),
  )
  return photos.map((photo) => ({
    id: photo.id,
    group: `${SET_LABELS['real-photos']}, ${photo.truth.HKIDVersion}`,
    truth: photo.truth,
    obscured: photo.obscured,
    path: join(REAL_PHOTOS_DIR, photo.file),
    generation: photo.truth.HKIDVersion,
  }))
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

/** A set's items from what is on disk (the caller has made sure the bank and the photos are drawn). */
export function loadSet(set: BenchSet): BenchItem[] {
  if (set === 'real-crops') return realCropItems()
  if (set === 'real-photos')
    return realPhotoItems(
      realCardPhotosManifestSchema.parse(readJson(join(REAL_PHOTOS_DIR, 'manifest.json'))),
    )
  return ocrBankItems(ocrBankManifestSchema.parse(readJson(join(OCR_BANK_DIR, 'manifest.json'))), set)
}
