import { describe, expect, it } from 'vitest'
import { journeyOfToken, readCaptureLink, takeCaptureTokenFromUrl } from './capture-token.ts'

function fakeBrowser(hash: string) {
  const calls: string[] = []
  return {
    calls,
    location: { hash, pathname: '/capture', search: '?lang=en' },
    history: {
      state: { step: 1 },
      replaceState: (_data: unknown, _unused: string, url?: string) => calls.push(url ?? ''),
    },
  }
}

describe('takeCaptureTokenFromUrl', () => {
  it('takes the token and removes it from the address, keeping path, query and other fragment parts', () => {
    const browser = fakeBrowser('#token=abc.def&step=review')
    expect(takeCaptureTokenFromUrl(browser.location, browser.history)).toBe('abc.def')
    expect(browser.calls).toEqual(['/capture?lang=en#step=review'])
  })

  it('leaves a link without a token alone', () => {
    const browser = fakeBrowser('#step=review')
    expect(takeCaptureTokenFromUrl(browser.location, browser.history)).toBeNull()
    expect(browser.calls).toEqual([])
  })

  it('removes an empty token too, and returns none', () => {
    const browser = fakeBrowser('#token=')
    expect(takeCaptureTokenFromUrl(browser.location, browser.history)).toBeNull()
    expect(browser.calls).toEqual(['/capture?lang=en'])
  })
})

describe('readCaptureLink', () => {
  const body = (claims: object) => btoa(JSON.stringify(claims)).replace(/=+$/, '')
  /** A history whose entry keeps its state across a reload, as a browser's does. */
  function browserWithHistory(hash: string) {
    const history = {
      state: null as unknown,
      replaceState(data: unknown) {
        history.state = data
      },
    }
    return { location: { hash, pathname: '/', search: '' }, history }
  }

  it('marks the history entry with the link’s journey, so a reload that lost the token can tell', () => {
    const page = browserWithHistory(`#token=${body({ v: 1, j: 'customer' })}.mac`)
    expect(readCaptureLink(page.location, page.history)).toEqual({
      token: `${body({ v: 1, j: 'customer' })}.mac`,
      lost: null,
    })
    expect(JSON.stringify(page.history.state)).not.toContain('mac')
    // The reload: the address has no token any more, the entry's state is still there.
    page.location.hash = ''
    expect(readCaptureLink(page.location, page.history)).toEqual({ token: null, lost: 'customer' })
  })

  it('a page never opened from a link has lost nothing; a link naming no journey is "any"', () => {
    const plain = browserWithHistory('')
    expect(readCaptureLink(plain.location, plain.history)).toEqual({ token: null, lost: null })
    const any = browserWithHistory('#token=abc.def')
    readCaptureLink(any.location, any.history)
    any.location.hash = ''
    expect(readCaptureLink(any.location, any.history).lost).toBe('any')
  })
})

describe('journeyOfToken', () => {
  const body = (claims: object) => btoa(JSON.stringify(claims)).replace(/=+$/, '')
  it('reads the journey a link was made for, and nothing from anything else', () => {
    expect(journeyOfToken(`${body({ v: 1, j: 'customer' })}.mac`)).toBe('customer')
    expect(journeyOfToken(`${body({ v: 1, j: 'operator' })}.mac`)).toBe('operator')
    expect(journeyOfToken(`${body({ v: 1 })}.mac`)).toBeNull()
    expect(journeyOfToken(`${body({ j: 'admin' })}.mac`)).toBeNull()
    expect(journeyOfToken('abc.def-ghi')).toBeNull()
    expect(journeyOfToken(null)).toBeNull()
  })
})
