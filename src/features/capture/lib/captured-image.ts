import type { CropRect } from '#src/features/compress/compress-types.ts'

/** What capture hands on: a camera frame with the guide's crop, or a file the user chose. */
export type CapturedImage =
  { kind: 'camera'; bitmap: ImageBitmap; crop: CropRect } | { kind: 'file'; file: File }
