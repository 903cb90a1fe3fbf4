import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { allowedHostsOnly, hostAllowed } from './allowed-hosts.ts'

describe('hostAllowed', () => {
  it('always lets IP literals and localhost through: no rebinding produces them', () => {
    for (const host of [
      '127.0.0.1:8787',
      '[::1]:8787',
      '192.168.1.20:8443',
      'localhost:5173',
      'app.localhost',
    ]) {
      expect(hostAllowed(host, [])).toBe(true)
    }
  })

  it('refuses any other name unless ALLOWED_HOSTS lists it, exactly or as *.domain', () => {
    expect(hostAllowed('evil.example:8787', [])).toBe(false)
    expect(hostAllowed('kyc.example.com', ['kyc.example.com'])).toBe(true)
    expect(hostAllowed('kyc.example.com.evil.example', ['kyc.example.com'])).toBe(false)
    expect(hostAllowed('a.internal.example', ['*.internal.example'])).toBe(true)
    expect(hostAllowed('internal.example', ['*.internal.example'])).toBe(false)
    expect(hostAllowed('eviLinternal.example', ['*.internal.example'])).toBe(false)
    expect(hostAllowed('anything.example', ['*'])).toBe(true)
  })

  it('refuses a malformed Host header', () => {
    expect(hostAllowed('kyc.example.com/evil', ['kyc.example.com'])).toBe(false)
    expect(hostAllowed('', [])).toBe(false)
  })
})

describe('allowedHostsOnly', () => {
  it('answers 421 before any route for a rebinding host name', async () => {
    const app = new Hono()
    app.use('*', allowedHostsOnly(['kyc.example.com']))
    app.get('/api/health', (c) => c.json({ ok: true }))
    const refused = await app.request('http://evil.example/api/health')
    expect(refused.status).toBe(421)
    expect(await refused.text()).toContain('ALLOWED_HOSTS')
    expect((await app.request('http://kyc.example.com/api/health')).status).toBe(200)
  })
})
