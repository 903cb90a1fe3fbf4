// Where the real card prints each row, per generation, as fractions of the card: measured on the Immigration
// Department's specimens (testing/real-cards/) with the card's edges as 0 and 1. The real-like renderer draws
// from these numbers and its test checks the rendered rows against them.
import type { HkidVersion } from './printed-card.ts'

/** One row of OCR-B text: its left edge, baseline and cap height, and the monospace cell's width. */
export interface TextRow {
  /** left edge of the first cell, share of the card's width */
  x: number
  /** baseline, share of the card's height */
  baseline: number
  /** height of a capital, share of the card's height */
  cap: number
  /** width of one character cell, share of the card's width */
  pitch: number
  /** the row's right limit (a longer text is set at a narrower pitch), share of the card's width */
  maxRight: number
}

/** A row of Chinese or label text, not OCR-B: left edge, baseline and glyph height. */
export interface LabelRow {
  x: number
  baseline: number
  /** height of the glyphs, share of the card's height */
  size: number
}

export interface RealLikeLayout {
  titleZh: LabelRow & { centre: number }
  titleEn: LabelRow & { centre: number }
  /** Chinese name: cell pitch, share of the card's width (the real card spaces the characters wide) */
  nameZh: LabelRow & { pitch: number }
  nameEn: TextRow
  telecode: TextRow
  birthLabel: LabelRow
  birth: TextRow
  /** the sex: the Chinese character at `x`, the OCR-B letter at `letterX`, on the birth date's baseline */
  sex: LabelRow & { letterX: number }
  symbol: TextRow
  /** HKID-2003 only: 簽發日期 Date of Issue above the first-registration date */
  issueLabel: LabelRow | null
  firstIssue: TextRow
  issueDate: TextRow
  number: TextRow
}

export const REAL_LIKE_LAYOUT: Record<HkidVersion, RealLikeLayout> = {
  'HKID-2018': {
    titleZh: { x: 0.3, centre: 0.495, baseline: 0.082, size: 0.058 },
    titleEn: { x: 0.145, centre: 0.497, baseline: 0.163, size: 0.037 },
    nameZh: { x: 0.056, baseline: 0.252, size: 0.052, pitch: 0.055 },
    nameEn: { x: 0.058, baseline: 0.317, cap: 0.038, pitch: 0.022, maxRight: 0.96 },
    telecode: { x: 0.404, baseline: 0.419, cap: 0.038, pitch: 0.022, maxRight: 0.96 },
    birthLabel: { x: 0.404, baseline: 0.549, size: 0.03 },
    birth: { x: 0.405, baseline: 0.619, cap: 0.044, pitch: 0.0218, maxRight: 0.64 },
    sex: { x: 0.647, letterX: 0.694, baseline: 0.619, size: 0.046 },
    symbol: { x: 0.405, baseline: 0.686, cap: 0.04, pitch: 0.022, maxRight: 0.72 },
    issueLabel: null,
    firstIssue: { x: 0.4, baseline: 0.808, cap: 0.04, pitch: 0.0226, maxRight: 0.66 },
    issueDate: { x: 0.403, baseline: 0.923, cap: 0.054, pitch: 0.028, maxRight: 0.66 },
    number: { x: 0.681, baseline: 0.923, cap: 0.054, pitch: 0.0284, maxRight: 0.975 },
  },
  'HKID-2003': {
    titleZh: { x: 0.3, centre: 0.5, baseline: 0.097, size: 0.05 },
    titleEn: { x: 0.12, centre: 0.5, baseline: 0.15, size: 0.04 },
    nameZh: { x: 0.048, baseline: 0.243, size: 0.062, pitch: 0.055 },
    nameEn: { x: 0.05, baseline: 0.31, cap: 0.04, pitch: 0.0225, maxRight: 0.64 },
    telecode: { x: 0.3, baseline: 0.4, cap: 0.04, pitch: 0.0235, maxRight: 0.64 },
    birthLabel: { x: 0.3, baseline: 0.528, size: 0.036 },
    birth: { x: 0.3, baseline: 0.59, cap: 0.042, pitch: 0.023, maxRight: 0.6 },
    sex: { x: 0.615, letterX: 0.668, baseline: 0.59, size: 0.046 },
    symbol: { x: 0.3, baseline: 0.66, cap: 0.04, pitch: 0.023, maxRight: 0.64 },
    issueLabel: { x: 0.3, baseline: 0.728, size: 0.036 },
    firstIssue: { x: 0.3, baseline: 0.792, cap: 0.042, pitch: 0.023, maxRight: 0.6 },
    issueDate: { x: 0.3, baseline: 0.91, cap: 0.058, pitch: 0.029, maxRight: 0.62 },
    number: { x: 0.65, baseline: 0.91, cap: 0.058, pitch: 0.028, maxRight: 0.96 },
  },
}

/** OCR-B's capital height and cell width, as shares of its em (Debian's fonts-ocr-b, measured in Chromium). */
export const OCR_B_CAP = 0.71
export const OCR_B_ADVANCE = 0.723

/** The cell pitch a text of `length` characters is set at: the row's own, narrower if it would pass maxRight. */
export function rowPitch(row: TextRow, length: number): number {
  return Math.min(row.pitch, (row.maxRight - row.x) / Math.max(1, length))
}
