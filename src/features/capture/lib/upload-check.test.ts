import { describe, expect, it } from 'vitest'
import { checkUpload, MAX_UPLOAD_MB } from './upload-check.ts'

const bytes = (hex: string) => new Uint8Array(Buffer.from(hex.replace(/ /g, ''), 'hex'))
const HEIC = '00000018 66747970 68656963 00000000'

describe('checkUpload', () => {
  const decodes = async () => ({ close() {} })
  const fails = async () => {
    throw new DOMException('no decoder', 'InvalidStateError')
  }

  it('lets a JPEG through without decoding it', async () => {
    expect(await checkUpload(new Blob([bytes('ffd8ffe0 0000')]), fails)).toBeNull()
  })

  it('refuses what is not an image, whatever it is called', async () => {
    expect(await checkUpload(new File(['%PDF-1.7'], 'card.jpg', { type: 'image/jpeg' }), decodes)).toBe(
      'notImage',
    )
  })

  it('accepts HEIC where the browser decodes it and explains where it does not', async () => {
    expect(await checkUpload(new Blob([bytes(HEIC)]), decodes)).toBeNull()
    expect(await checkUpload(new Blob([bytes(HEIC)]), fails)).toBe('heicUnsupported')
  })

  it('refuses a file over the size limit before reading it', async () => {
    const huge = {
      size: (MAX_UPLOAD_MB + 1) * 1024 * 1024,
      slice: () => {
        throw new Error('read')
      },
    } as unknown as Blob
    expect(await checkUpload(huge, decodes)).toBe('tooLarge')
  })
})
