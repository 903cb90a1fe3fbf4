/** What capture hands on: a camera frame already cropped to the guide, or a file the user chose. */
export type CapturedImage = { kind: 'camera'; bitmap: ImageBitmap } | { kind: 'file'; file: File }
