// A small JPEG marker scanner for tests: which segments precede the scan, whether Exif / XMP metadata is
// present, the Exif Orientation, and the frame size. Lenient by design: a truncated or damaged file yields
// the segments that could be read (and null / false from the helpers) instead of throwing deep inside.

export interface JpegSegment {
  /** The marker byte after 0xFF, e.g. 0xE1 for APP1, 0xC0 for SOF0, 0xDA for SOS. */
  marker: number
  /** Offset of the segment's 0xFF byte in the file. */
  offset: number
  /** The segment's length field: payload bytes + 2 (0 for stand-alone markers such as RSTn). */
  length: number
  /** Offset of the payload (after the length field). */
  dataOffset: number
}

export class JpegFormatError extends Error {
  override name = 'JpegFormatError'
}

const EXIF_ID = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00] // "Exif\0\0"
const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0'

/**
 * The segments from after SOI up to and including SOS (the scan data is not walked).
 * Throws JpegFormatError when the bytes don't start with SOI; stops quietly at truncation or garbage.
 */
export function listSegments(bytes: Uint8Array): JpegSegment[] {
  if (bytes.length < 2 || bytes[0] !== 0xff || bytes[1] !== 0xd8)
    throw new JpegFormatError('not a JPEG: missing SOI marker')
  const segments: JpegSegment[] = []
  let pos = 2
  while (pos + 1 < bytes.length) {
    if (bytes[pos] !== 0xff) break // garbage where a marker should be
    const marker = bytes[pos + 1]!
    if (marker === 0xff) {
      pos++ // fill byte
      continue
    }
    if (marker === 0xd9) break // EOI
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      segments.push({ marker, offset: pos, length: 0, dataOffset: pos + 2 })
      pos += 2
      continue
    }
    if (pos + 4 > bytes.length) break
    const length = (bytes[pos + 2]! << 8) | bytes[pos + 3]!
    if (length < 2 || pos + 2 + length > bytes.length) break // truncated segment
    segments.push({ marker, offset: pos, length, dataOffset: pos + 4 })
    if (marker === 0xda) break // SOS: entropy-coded data follows
    pos += 2 + length
  }
  return segments
}

function safeSegments(bytes: Uint8Array): JpegSegment[] {
  try {
    return listSegments(bytes)
  } catch {
    return []
  }
}

function payload(bytes: Uint8Array, s: JpegSegment): Uint8Array {
  return bytes.subarray(s.dataOffset, s.offset + 2 + s.length)
}

function startsWith(data: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (data.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (data[i] !== prefix[i]) return false
  return true
}

function exifPayloads(bytes: Uint8Array): Uint8Array[] {
  return safeSegments(bytes)
    .filter((s) => s.marker === 0xe1)
    .map((s) => payload(bytes, s))
    .filter((p) => startsWith(p, EXIF_ID))
}

/** True if an APP1 segment begins with "Exif\0\0". */
export function hasExif(bytes: Uint8Array): boolean {
  return exifPayloads(bytes).length > 0
}

/** True if an APP1 segment begins with the XMP namespace "http://ns.adobe.com/xap/1.0/". */
export function hasXmp(bytes: Uint8Array): boolean {
  const id = Array.from(XMP_ID.slice(0, -1), (c) => c.charCodeAt(0))
  return safeSegments(bytes).some((s) => s.marker === 0xe1 && startsWith(payload(bytes, s), id))
}

/** Every APP segment (APP0–APP15) and COM, with its marker — anything that could carry metadata. */
export function metadataSegments(bytes: Uint8Array): JpegSegment[] {
  return safeSegments(bytes).filter((s) => (s.marker >= 0xe0 && s.marker <= 0xef) || s.marker === 0xfe)
}

export interface ExifSummary {
  orientation: number | null
  make: string | null
  model: string | null
  gps: { latRef: string | null; lat: number[] | null; lonRef: string | null; lon: number[] | null } | null
}

type Reader = {
  u16(at: number): number
  u32(at: number): number
  length: number
}

function tiffReader(tiff: Uint8Array): Reader | null {
  if (tiff.length < 8) return null
  const little = tiff[0] === 0x49 && tiff[1] === 0x49
  const big = tiff[0] === 0x4d && tiff[1] === 0x4d
  if (!little && !big) return null
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength)
  const r: Reader = {
    u16: (at) => view.getUint16(at, little),
    u32: (at) => view.getUint32(at, little),
    length: tiff.length,
  }
  if (r.u16(2) !== 42) return null
  return r
}

interface IfdEntry {
  tag: number
  type: number
  count: number
  /** Offset (in the TIFF) of the value: inline field or the pointed-to data. */
  valueAt: number
}

const SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 }

function readIfd(r: Reader, offset: number): IfdEntry[] | null {
  if (offset < 8 || offset + 2 > r.length) return null
  const n = r.u16(offset)
  if (offset + 2 + n * 12 > r.length) return null
  const entries: IfdEntry[] = []
  for (let i = 0; i < n; i++) {
    const at = offset + 2 + i * 12
    const type = r.u16(at + 2)
    const count = r.u32(at + 4)
    const size = (SIZES[type] ?? 1) * count
    const valueAt = size <= 4 ? at + 8 : r.u32(at + 8)
    if (valueAt + size > r.length) continue // dangling pointer: skip the entry
    entries.push({ tag: r.u16(at), type, count, valueAt })
  }
  return entries
}

function readAscii(tiff: Uint8Array, e: IfdEntry | undefined): string | null {
  if (!e || e.type !== 2) return null
  let s = ''
  for (let i = 0; i < e.count; i++) {
    const c = tiff[e.valueAt + i]!
    if (c === 0) break
    s += String.fromCharCode(c)
  }
  return s
}

function readRationals(r: Reader, e: IfdEntry | undefined): number[] | null {
  if (!e || e.type !== 5) return null
  const out: number[] = []
  for (let i = 0; i < e.count; i++) {
    const den = r.u32(e.valueAt + i * 8 + 4)
    out.push(den === 0 ? 0 : r.u32(e.valueAt + i * 8) / den)
  }
  return out
}

function readShort(r: Reader, e: IfdEntry | undefined): number | null {
  if (!e) return null
  if (e.type === 3) return r.u16(e.valueAt)
  if (e.type === 4) return r.u32(e.valueAt)
  return null
}

/** Parses IFD0 (and the GPS IFD) of the first Exif APP1; null without Exif or when the TIFF is unreadable. */
export function readExif(bytes: Uint8Array): ExifSummary | null {
  for (const p of exifPayloads(bytes)) {
    const tiff = p.subarray(EXIF_ID.length)
    const r = tiffReader(tiff)
    if (!r) continue
    const ifd0 = readIfd(r, r.u32(4))
    if (!ifd0) continue
    const find = (list: IfdEntry[], tag: number) => list.find((e) => e.tag === tag)
    const gpsPointer = readShort(r, find(ifd0, 0x8825))
    const gpsIfd = gpsPointer === null ? null : readIfd(r, gpsPointer)
    return {
      orientation: readShort(r, find(ifd0, 0x0112)),
      make: readAscii(tiff, find(ifd0, 0x010f)),
      model: readAscii(tiff, find(ifd0, 0x0110)),
      gps: gpsIfd && {
        latRef: readAscii(tiff, find(gpsIfd, 0x0001)),
        lat: readRationals(r, find(gpsIfd, 0x0002)),
        lonRef: readAscii(tiff, find(gpsIfd, 0x0003)),
        lon: readRationals(r, find(gpsIfd, 0x0004)),
      },
    }
  }
  return null
}

/** The Exif IFD0 Orientation (1–8), or null when absent or unreadable. Handles "II" and "MM" TIFFs. */
export function readOrientation(bytes: Uint8Array): number | null {
  return readExif(bytes)?.orientation ?? null
}

/** Frame size from the SOFn segment (baseline, extended, progressive, lossless…), or null. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  for (const s of safeSegments(bytes)) {
    const m = s.marker
    const isSof = m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc
    if (!isSof || s.length < 7) continue
    const at = s.dataOffset
    const height = (bytes[at + 1]! << 8) | bytes[at + 2]!
    const width = (bytes[at + 3]! << 8) | bytes[at + 4]!
    return { width, height }
  }
  return null
}
