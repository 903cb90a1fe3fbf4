// PNG → RGBA with the size checks inside the decoder: pngjs's own parser reports every IHDR it reads to us
// before anything is allocated for it, so the canvas we check is the canvas it decodes. A check of the first
// IHDR before decoding is not enough: pngjs lets a later IHDR win, and a 1×1 decoy followed by a 144 MP
// header decoded at 144 MP. This is pngjs's parser-sync.js with that hook, and with the inflate of
// interlaced images bounded too (pngjs inflates those without a limit: a tiny IDAT can expand to gigabytes).
import { createRequire } from 'node:module'
import { inflateSync as zlibInflateSync } from 'node:zlib'

const require = createRequire(import.meta.url)

interface PngMetadata {
  width: number
  height: number
  depth: number
  interlace: boolean
  bpp: number
  colorType: number
  palette?: unknown
  transColor?: unknown
  alpha?: boolean
  gamma?: number
}
interface ParserCallbacks {
  read(length: number, callback: (data: Buffer) => void): void
  error(error: Error): void
  metadata(metadata: PngMetadata): void
  gamma(gamma: number): void
  palette(palette: unknown): void
  transColor(transColor: unknown): void
  inflateData(data: Buffer): void
  simpleTransparency(): void
}
type ParserClass = new (options: { checkCRC?: boolean }, callbacks: ParserCallbacks) => { start(): void }
type SyncReaderClass = new (buffer: Buffer) => {
  read: ParserCallbacks['read']
  process(): void
}

// pngjs's own building blocks (CommonJS files of the installed package).
const Parser = require('pngjs/lib/parser.js') as ParserClass
const SyncReader = require('pngjs/lib/sync-reader.js') as SyncReaderClass
const inflateBounded = require('pngjs/lib/sync-inflate.js') as (
  data: Buffer,
  options: { chunkSize: number; maxLength: number },
) => Buffer
const filterSync = require('pngjs/lib/filter-parse-sync.js') as {
  process(data: Buffer, metadata: PngMetadata): Buffer
}
const bitmapper = require('pngjs/lib/bitmapper.js') as {
  dataToBitMap(data: Buffer, metadata: PngMetadata): Buffer | Uint16Array
}
const normaliseFormat = require('pngjs/lib/format-normaliser.js') as (
  data: Buffer | Uint16Array,
  metadata: PngMetadata,
  skipRescale?: boolean,
) => Buffer

export class PngLimitError extends Error {
  override readonly name = 'PngLimitError'
}

/** Filtered bytes of a non-interlaced image: a filter byte and the packed pixels per row. */
function filteredSize(meta: PngMetadata): number {
  return (((meta.width * meta.bpp * meta.depth + 7) >> 3) + 1) * meta.height
}

export interface DecodedPng {
  width: number
  height: number
  data: Uint8Array
}

export function decodePngWithin(bytes: Uint8Array, maxPixels: number): DecodedPng {
  let failure: Error | undefined
  let meta: PngMetadata | undefined
  const idat: Buffer[] = []
  const reader = new SyncReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  const parser = new Parser(
    {},
    {
      read: reader.read.bind(reader),
      error: (error) => (failure ??= error),
      metadata: (next) => {
        // Thrown from inside the parser: it stops at this chunk, before any pixel memory exists.
        if (meta) throw new PngLimitError('PNG has more than one IHDR')
        // 16-bit samples count twice: pngjs unpacks them to a Uint16Array and rescales every one
        const cost = next.width * next.height * (next.depth > 8 ? 2 : 1)
        if (next.width < 1 || next.height < 1 || cost > maxPixels) {
          throw new PngLimitError(`PNG dimensions ${next.width}x${next.height} out of range`)
        }
        meta = next
      },
      gamma: (gamma) => meta && (meta.gamma = gamma),
      palette: (palette) => meta && (meta.palette = palette),
      transColor: (transColor) => meta && (meta.transColor = transColor),
      simpleTransparency: () => meta && (meta.alpha = true),
      inflateData: (data) => idat.push(data),
    },
  )
  parser.start()
  reader.process()
  if (failure) throw failure
  if (!meta) throw new Error('PNG has no IHDR')
  const compressed = Buffer.concat(idat)
  idat.length = 0
  const expected = filteredSize(meta)
  // Interlaced passes add at most a filter byte per row of each of the 7 passes.
  const inflated = meta.interlace
    ? zlibInflateSync(compressed, { maxOutputLength: expected + 7 * (meta.height + 8) })
    : inflateBounded(compressed, { chunkSize: expected, maxLength: expected })
  if (!inflated?.length) throw new Error('PNG has no pixel data')
  const pixels = normaliseFormat(bitmapper.dataToBitMap(filterSync.process(inflated, meta), meta), meta)
  return {
    width: meta.width,
    height: meta.height,
    data: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length),
  }
}
