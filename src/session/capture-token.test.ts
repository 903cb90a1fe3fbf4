import { describe, expect, it } from 'vitest'
import { journeyOfToken, takeCaptureTokenFromUrl } from './capture-token.ts'

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
