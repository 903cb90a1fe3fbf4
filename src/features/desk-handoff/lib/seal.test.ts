import { describe, expect, it } from 'vitest'
import { importKey, makeKey, seal, unseal } from './seal.ts'

const channel = 'channel-aaaaaaaaaaaa'
const message = { kind: 'result', name: 'CHAN, Tai Man', id: 'A123456(3)' }

describe('sealing a hand-off message', () => {
  it('opens with the key from the link, and the sealed bytes carry none of the plaintext', async () => {
    const { key, raw } = await makeKey()
    expect(raw).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const sealed = await seal(key, channel, message)
    const asText = new TextDecoder('latin1').decode(sealed)
    expect(asText).not.toContain('CHAN')
    expect(asText).not.toContain('A123456')
    expect(await unseal(await importKey(raw), channel, sealed)).toEqual({
      value: message,
      attachment: new Uint8Array(),
    })
  })

  it('refuses another key, another channel, and any changed byte', async () => {
    const { key } = await makeKey()
    const sealed = await seal(key, channel, message)
    await expect(unseal((await makeKey()).key, channel, sealed)).rejects.toThrow()
    await expect(unseal(key, 'channel-bbbbbbbbbbbb', sealed)).rejects.toThrow()
    for (const index of [0, 5, sealed.length - 1]) {
      const changed = sealed.slice()
      changed[index] = changed[index]! ^ 1
      await expect(unseal(key, channel, changed)).rejects.toThrow()
    }
  })

  it('carries the card photo’s bytes after the message, sealed with it, at their own size', async () => {
    const { key } = await makeKey()
    const photo = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 251)
    const sealed = await seal(key, channel, message, photo)
    const plain = await seal(key, channel, message)
    expect(sealed.length - plain.length).toBe(photo.length)
    const opened = await unseal(key, channel, sealed)
    expect(opened.value).toEqual(message)
    expect(opened.attachment).toEqual(photo)
    const changed = sealed.slice()
    changed[sealed.length - 100] = changed[sealed.length - 100]! ^ 1
    await expect(unseal(key, channel, changed)).rejects.toThrow()
  })

  it('never seals twice the same way (a fresh IV each time)', async () => {
    const { key } = await makeKey()
    const [a, b] = await Promise.all([seal(key, channel, message), seal(key, channel, message)])
    expect(a).not.toEqual(b)
  })
})
