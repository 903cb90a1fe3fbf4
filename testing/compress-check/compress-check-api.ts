// What the compress check page exposes on `window.compressCheck` for e2e/compress.spec.ts.
import type { CompressOptions } from '#src/features/compress/compress-types.ts'

export type MadeInput = 'png-screenshot' | 'webp-photo' | 'one-pixel' | 'strip-20000x200'

export type CheckResult =
  | {
      ok: true
      base64: string
      type: string
      width: number
      height: number
      bytes: number
      encodes: number
      ms: number
    }
  | { ok: false; name: string; message: string; reason?: string }

/** A box in fractions of the output image's width and height */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface CompressCheckApi {
  /** Fetches a served file as the input `name` */
  load(name: string, url: string): Promise<void>
  /** Draws an input in the page (PNG, WebP, tiny, extreme aspect) from the served specimen card */
  make(kind: MadeInput, cardUrl: string): Promise<{ type: string; width: number; height: number }>
  /** Raw bytes as the input `name`, typed as `type` */
  loadBytes(name: string, bytes: number[], type: string): void
  /** compressImage() on the input; the output is kept for the probes below */
  compress(name: string, timeoutMs: number, options?: Partial<CompressOptions>): Promise<CheckResult>
  /** compressImage() on a camera-like ImageBitmap of the input, with a crop */
  compressBitmap(name: string, crop: Box, timeoutMs: number): Promise<CheckResult>
  /** Mean luma (0–255) of each box of the last output, decoded by the browser */
  luma(boxes: Box[]): Promise<number[]>
  /** Leftmost and rightmost x (px) on the row at `y` whose luma exceeds `threshold`: the light card on the desk */
  brightSpan(y: number, threshold: number): Promise<{ left: number; right: number }>
}
