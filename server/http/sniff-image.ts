// The body's own first bytes decide its type; the client's Content-Type is not trusted. The endpoint
// forwards JPEG and PNG only (what Tencent takes); the sniffer itself is shared with the browser.
import { sniffImageFormat } from '#src/hkid/image-format.ts'

export type SniffedType = 'image/jpeg' | 'image/png'

export function sniffImage(bytes: Uint8Array): SniffedType | null {
  const format = sniffImageFormat(bytes)
  return format === 'jpeg' ? 'image/jpeg' : format === 'png' ? 'image/png' : null
}
