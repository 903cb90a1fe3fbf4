// Builds a minimal, valid Exif APP1 segment (big-endian TIFF, "MM") and inserts it right after a JPEG's SOI.
// Used to fake phone photos for tests: IFD0 Make / Model / Orientation and an optional GPS IFD.
// Any Exif APP1 already in the file is dropped, so the result carries exactly the tags asked for.

export type Dms = readonly [degrees: number, minutes: number, seconds: number]

export interface GpsTags {
  lat: Dms
  latRef: 'N' | 'S'
  lon: Dms
  lonRef: 'E' | 'W'
}

export interface ExifTags {
  /** TIFF Orientation, 1–8. */
  orientation?: number
  make?: string
  model?: string
  gps?: GpsTags
}

const TYPE_BYTE = 1
const TYPE_ASCII = 2
const TYPE_SHORT = 3
const TYPE_LONG = 4
const TYPE_RATIONAL = 5
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8 }

interface Entry {
  tag: number
  type: number
  count: number
  /** Raw big-endian value bytes (count × type size). */
  value: Uint8Array
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00] // "Exif\0\0"

function ascii(tag: number, text: string): Entry {
  const bytes = new Uint8Array(text.length + 1)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > 0x7e || c < 0x20)
      throw new RangeError(`Exif ASCII tag 0x${tag.toString(16)}: non-printable-ASCII character`)
    bytes[i] = c
  }
  return { tag, type: TYPE_ASCII, count: bytes.length, value: bytes }
}

function short(tag: number, n: number): Entry {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff)
    throw new RangeError(`Exif SHORT tag 0x${tag.toString(16)}: ${n}`)
  return { tag, type: TYPE_SHORT, count: 1, value: new Uint8Array([n >> 8, n & 0xff]) }
}

function long(tag: number, n: number): Entry {
  const v = new Uint8Array(4)
  new DataView(v.buffer).setUint32(0, n)
  return { tag, type: TYPE_LONG, count: 1, value: v }
}

/** Degrees / minutes / seconds as three RATIONALs; seconds keep two decimals. */
function dms(tag: number, [d, m, s]: Dms): Entry {
  const v = new Uint8Array(24)
  const view = new DataView(v.buffer)
  const parts: [number, number][] = [
    [Math.round(d), 1],
    [Math.round(m), 1],
    [Math.round(s * 100), 100],
  ]
  parts.forEach(([num, den], i) => {
    if (num < 0)
      throw new RangeError('Exif GPS coordinates must be non-negative (use the Ref for the hemisphere)')
    view.setUint32(i * 8, num)
    view.setUint32(i * 8 + 4, den)
  })
  return { tag, type: TYPE_RATIONAL, count: 3, value: v }
}

/** Size of an IFD with `entries` and its out-of-line data area. */
function ifdSize(entries: Entry[]): number {
  let size = 2 + entries.length * 12 + 4
  for (const e of entries) if (e.value.length > 4) size += e.value.length + (e.value.length & 1)
  return size
}

/** Writes an IFD at `offset` (relative to the TIFF header) into `tiff`; returns nothing, the layout is precomputed. */
function writeIfd(tiff: Uint8Array, offset: number, entries: Entry[], nextIfd: number): void {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength)
  const sorted = [...entries].sort((a, b) => a.tag - b.tag)
  view.setUint16(offset, sorted.length)
  let data = offset + 2 + sorted.length * 12 + 4
  sorted.forEach((e, i) => {
    const at = offset + 2 + i * 12
    view.setUint16(at, e.tag)
    view.setUint16(at + 2, e.type)
    view.setUint32(at + 4, e.count)
    if (e.value.length !== e.count * (TYPE_SIZE[e.type] ?? 1)) throw new Error('Exif entry size mismatch')
    if (e.value.length <= 4) {
      tiff.set(e.value, at + 8) // left-justified in the 4-byte field
    } else {
      view.setUint32(at + 8, data)
      tiff.set(e.value, data)
      data += e.value.length + (e.value.length & 1)
    }
  })
  view.setUint32(offset + 2 + sorted.length * 12, nextIfd)
}

/** The TIFF structure (header + IFD0 + optional GPS IFD), big-endian. */
export function buildTiff(tags: ExifTags): Uint8Array {
  const ifd0: Entry[] = []
  if (tags.make !== undefined) ifd0.push(ascii(0x010f, tags.make))
  if (tags.model !== undefined) ifd0.push(ascii(0x0110, tags.model))
  if (tags.orientation !== undefined) {
    if (!Number.isInteger(tags.orientation) || tags.orientation < 1 || tags.orientation > 8) {
      throw new RangeError(`Exif Orientation must be 1–8, got ${tags.orientation}`)
    }
    ifd0.push(short(0x0112, tags.orientation))
  }
  let gps: Entry[] = []
  if (tags.gps) {
    gps = [
      { tag: 0x0000, type: TYPE_BYTE, count: 4, value: new Uint8Array([2, 3, 0, 0]) }, // GPSVersionID 2.3.0.0
      ascii(0x0001, tags.gps.latRef),
      dms(0x0002, tags.gps.lat),
      ascii(0x0003, tags.gps.lonRef),
      dms(0x0004, tags.gps.lon),
    ]
    ifd0.push(long(0x8825, 0)) // GPSInfo pointer, patched below
  }
  const ifd0Offset = 8
  const gpsOffset = ifd0Offset + ifdSize(ifd0)
  const total = gpsOffset + (gps.length ? ifdSize(gps) : 0)
  if (tags.gps) {
    const pointer = ifd0.find((e) => e.tag === 0x8825)!
    new DataView(pointer.value.buffer).setUint32(0, gpsOffset)
  }
  const tiff = new Uint8Array(total)
  tiff.set([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, ifd0Offset]) // "MM", 42, IFD0 at 8
  writeIfd(tiff, ifd0Offset, ifd0, 0)
  if (gps.length) writeIfd(tiff, gpsOffset, gps, 0)
  return tiff
}

/** A complete APP1 segment: FF E1, length, "Exif\0\0", TIFF. */
export function buildExifSegment(tags: ExifTags): Uint8Array {
  const tiff = buildTiff(tags)
  const length = 2 + EXIF_HEADER.length + tiff.length
  if (length > 0xffff) throw new RangeError('Exif segment too large')
  const seg = new Uint8Array(2 + length)
  seg.set([0xff, 0xe1, length >> 8, length & 0xff])
  seg.set(EXIF_HEADER, 4)
  seg.set(tiff, 4 + EXIF_HEADER.length)
  return seg
}

function isExifApp1(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0xff && bytes[at + 1] === 0xe1 && EXIF_HEADER.every((b, i) => bytes[at + 4 + i] === b)
}

/**
 * Returns a copy of `jpeg` with an Exif APP1 carrying `tags` placed right after SOI.
 * Existing Exif APP1 segments are removed; every other segment (JFIF APP0, XMP, tables, scan) is kept as is.
 */
export function insertExif(jpeg: Uint8Array, tags: ExifTags): Uint8Array {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8)
    throw new Error('insertExif: not a JPEG (no SOI marker)')
  const segment = buildExifSegment(tags)
  // Walk the header segments up to SOS, copying all but old Exif APP1s.
  const kept: Uint8Array[] = []
  let pos = 2
  for (;;) {
    if (pos + 4 > jpeg.length || jpeg[pos] !== 0xff)
      throw new Error(`insertExif: malformed JPEG header at byte ${pos}`)
    const marker = jpeg[pos + 1]!
    if (marker === 0xff) {
      pos++ // fill byte
      continue
    }
    if (marker === 0xda || marker === 0xd9) break // SOS / EOI: the rest is copied verbatim
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(jpeg.subarray(pos, pos + 2))
      pos += 2
      continue
    }
    const len = (jpeg[pos + 2]! << 8) | jpeg[pos + 3]!
    if (len < 2 || pos + 2 + len > jpeg.length)
      throw new Error(`insertExif: truncated JPEG segment at byte ${pos}`)
    if (!isExifApp1(jpeg, pos)) kept.push(jpeg.subarray(pos, pos + 2 + len))
    pos += 2 + len
  }
  const rest = jpeg.subarray(pos)
  const out = new Uint8Array(2 + segment.length + kept.reduce((n, k) => n + k.length, 0) + rest.length)
  out.set([0xff, 0xd8])
  let at = 2
  for (const part of [segment, ...kept, rest]) {
    out.set(part, at)
    at += part.length
  }
  return out
}
