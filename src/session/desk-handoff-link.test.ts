import { describe, expect, it } from 'vitest'
import { takeHandoffLinkFromUrl } from './desk-handoff-link.ts'

const channel = 'Ab3_-Ab3_-Ab3_-Ab3_-Ab'
const key = 'k0_-k0_-k0_-k0_-k0_-k0'

function fakeBrowser(hash: string, state: unknown = null) {
  const calls: { state: unknown; url: string }[] = []
  const history = {
    state,
    replaceState(data: unknown, _unused: string, url?: string) {
      calls.push({ state: data, url: url ?? '' })
      history.state = data
    },
  }
  return { calls, history, location: { hash, pathname: '/', search: '' } }
}

describe('takeHandoffLinkFromUrl', () => {
  it('takes the channel and key off the address, leaves the rest, and marks the history entry', () => {
    const browser = fakeBrowser(`#h=${channel}.${key}&lang=en`, { step: 1 })
    expect(takeHandoffLinkFromUrl(browser.location, browser.history)).toEqual({
      link: { channel, key },
      lost: false,
    })
    expect(browser.calls).toEqual([{ state: { step: 1, hkidHandoff: true }, url: '/#lang=en' }])
  })

  it('after a reload the link is gone, and the mark says so', () => {
    const browser = fakeBrowser('', { hkidHandoff: true })
    expect(takeHandoffLinkFromUrl(browser.location, browser.history)).toEqual({ link: null, lost: true })
    expect(takeHandoffLinkFromUrl(fakeBrowser('').location, fakeBrowser('').history)).toEqual({
      link: null,
      lost: false,
    })
  })

  it('treats a damaged link as lost, never as a working one', () => {
    for (const hash of [`#h=${channel}`, `#h=short.${key}`, `#h=${channel}.abc`, `#h=${channel}.${key}.x`]) {
      const browser = fakeBrowser(hash)
      expect(takeHandoffLinkFromUrl(browser.location, browser.history)).toEqual({ link: null, lost: true })
      expect(browser.calls[0]?.url).toBe('/')
    }
  })
})
