// JPEG "scan bombs" built from a real encoder's output: a large, flat progressive frame whose last scan (a few
// bytes, since the frame is flat) is repeated many times. The file stays small; a decoder walks every block of
// the frame once per scan, so the decode's cost grows with the count (the attack of issue 25: 78,685 scans).
import sharp from 'sharp'

/** Marker segments of a JPEG up to its first scan, then each scan with the tables just before it. */
function scanGroups(bytes: Uint8Array): { head: Uint8Array; scans: Uint8Array[] } {
  let pos = 2
  let groupStart = -1
  let head: Uint8Array | undefined
  const scans: Uint8Array[] = []
  while (pos + 3 < bytes.length) {
    const marker = bytes[pos + 1]!
    if (marker === 0xd9) break
    const length = (bytes[pos + 2]! << 8) | bytes[pos + 3]!
    // Tables (DHT) that precede a scan belong to it
    if (groupStart < 0 && (marker === 0xc4 || marker === 0xda) && head) groupStart = pos
    if (groupStart < 0 && marker === 0xc4 && !head) {
      // the first scan's tables: the head ends here
      head = bytes.subarray(0, pos)
      groupStart = pos
    }
    if (marker !== 0xda) {
      pos += 2 + length
      continue
    }
    if (!head) head = bytes.subarray(0, groupStart < 0 ? pos : groupStart)
    // the entropy-coded data runs to the next marker that is not stuffing or a restart
    let end = pos + 2 + length
    while (end + 1 < bytes.length) {
      if (bytes[end] === 0xff && bytes[end + 1] !== 0 && (bytes[end + 1]! < 0xd0 || bytes[end + 1]! > 0xd7))
        break
      end++
    }
    scans.push(bytes.subarray(groupStart < 0 ? pos : groupStart, end))
    groupStart = -1
    pos = end
  }
  if (!head) throw new Error('no scan found')
  return { head, scans }
}

/** A flat grey progressive JPEG of width × height whose last scan is repeated until it has `scans` scans. */
export async function scanBombJpeg(width: number, height: number, scans: number): Promise<Uint8Array> {
  const flat = Buffer.alloc(width * height, 128)
  const encoded = await sharp(flat, { raw: { width, height, channels: 1 } })
    .jpeg({ progressive: true, quality: 90 })
    .toBuffer()
  const { head, scans: own } = scanGroups(new Uint8Array(encoded))
  const last = own.at(-1)!
  const repeated = Array.from({ length: Math.max(0, scans - own.length) }, () => last)
  return new Uint8Array(Buffer.concat([head, ...own, ...repeated, Buffer.from([0xff, 0xd9])]))
}
