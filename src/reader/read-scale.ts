// The scale a photo is read at, the same wherever it is decoded (the server's sharp, the device's canvas): a large
// photo is reduced by a power of two chosen from its size, keeping its long side at least a full-HD frame's.

/** A full-HD frame's long side: the reader reads cards at the sizes a 1920 × 1080 frame shows them. */
export const MIN_LONG_SIDE = 1920

const SHRINKS = [8, 4, 2] as const

/** The largest shrink (8, 4, 2, else 1) that keeps the long side of a width × height picture ≥ minLongSide. */
export function shrinkFor(width: number, height: number, minLongSide = MIN_LONG_SIDE): number {
  const long = Math.max(width, height)
  return SHRINKS.find((s) => Math.floor(long / s) >= minLongSide) ?? 1
}
