// Messages between the page and the compress worker, and the options both sides agree on.
import type { CompressFailure } from './compress-error.ts'

export interface CropRect {
  x: number
  y: number
  width: number
  height: number
}

export interface CompressOptions {
  /** Longest edge of the output, px */
  maxEdge: number
  /** First (and usually only) JPEG quality */
  quality: number
  /** Byte budget; over it, one more encode at a size/quality computed from the first result */
  maxBytes: number
  /** Crop in source pixels (after orientation), e.g. the camera guide */
  crop?: CropRect
}

export const DEFAULT_COMPRESS_OPTIONS: CompressOptions = {
  maxEdge: 2048,
  quality: 0.9,
  maxBytes: 1024 * 1024,
}

export interface CompressResult {
  blob: Blob
  width: number
  height: number
  bytes: number
  ms: number
  encodes: number
}

export interface CompressRequest {
  id: number
  source: Blob | ImageBitmap
  options: CompressOptions
}

export type CompressResponse =
  | { id: number; ok: true; result: CompressResult }
  | { id: number; ok: false; reason: CompressFailure; message: string }
