import { describe, expect, it } from 'vitest'
import { loadConfig, usesTencent } from './config.ts'

const KEYS = { TENCENTCLOUD_SECRET_ID: 'AKIDrealish', TENCENTCLOUD_SECRET_KEY: 'super-secret-key-value' }
const TOKEN_SECRET = 'token-secret-0123456789abcdef-012345'

describe('loadConfig', () => {
  it('starts with no settings at all, CORS off and limits at their defaults', () => {
    const loaded = loadConfig({})
    expect(loaded.ok && loaded.config).toMatchObject({
      ALLOWED_ORIGINS: [],
      UPSTREAM_RATE_PER_SECOND: 5,
      ALLOW_ANONYMOUS: false,
    })
  })

  it('reads cards with the local reader by default, one worker, no cross-check', () => {
    const loaded = loadConfig({})
    expect(loaded.ok && loaded.config).toMatchObject({ READER_WORKERS: 1, LOCAL_CROSSCHECK: false })
    expect(loaded.ok && usesTencent(loaded.config)).toBe(false)
    const two = loadConfig({ READER_WORKERS: '2' })
    expect(two.ok && two.config.READER_WORKERS).toBe(2)
  })

  it('has no setting of the emulator: those are its own entry’s (server/emulator/node.ts)', () => {
    const loaded = loadConfig({ EMULATOR_ANSWER: 'specimen', EMULATOR_PORT: '9401', EMULATOR_CONTROL: '1' })
    expect(loaded.ok && Object.keys(loaded.config).filter((key) => key.startsWith('EMULATOR_'))).toEqual([])
  })

  it('refuses a reader pool of none or too many, and a cross-check with nothing to check', () => {
    const loaded = loadConfig({ READER_WORKERS: '0' })
    const problems = loaded.ok ? [] : loaded.problems
    expect(problems.map((line) => line.split(':')[0]).sort()).toEqual(['READER_WORKERS'])
    const alone = loadConfig({ LOCAL_CROSSCHECK: '1' })
    expect(alone.ok ? [] : alone.problems).toEqual([
      expect.stringMatching(/^LOCAL_CROSSCHECK: needs TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY/),
    ])
    expect(loadConfig({ READER_WORKERS: '9' }).ok).toBe(false)
    const crossCheck = loadConfig({ ...KEYS, ALLOW_ANONYMOUS: '1', LOCAL_CROSSCHECK: '1' })
    expect(crossCheck.ok && crossCheck.config.LOCAL_CROSSCHECK).toBe(true)
  })

  it('refuses real keys without a capture-token secret, saying why and how to fix it', () => {
    const loaded = loadConfig(KEYS)
    expect(loaded.ok).toBe(false)
    const problems = loaded.ok ? [] : loaded.problems
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^CAPTURE_TOKEN_SECRET: .*spend your Tencent credit.*ALLOW_ANONYMOUS=1/)
  })

  it('accepts real keys with a token secret, or with ALLOW_ANONYMOUS=1', () => {
    expect(loadConfig({ ...KEYS, CAPTURE_TOKEN_SECRET: TOKEN_SECRET }).ok).toBe(true)
    expect(loadConfig({ ...KEYS, ALLOW_ANONYMOUS: '1' }).ok).toBe(true)
  })

  it('gives one line per bad value, naming the variable and never echoing a value', () => {
    const env = {
      ...KEYS,
      CAPTURE_TOKEN_SECRET: 'short-secret-value',
      PORT: 'eighty',
      UPSTREAM_RATE_PER_SECOND: '0',
      ALLOWED_ORIGINS: 'https://ok.example, https://bad.example/path',
      ALLOW_ANONYMOUS: 'yes-please',
      OCR_ENDPOINT: 'ftp://x',
    }
    const loaded = loadConfig(env)
    const problems = loaded.ok ? [] : loaded.problems
    expect(problems.map((line) => line.split(':')[0]).sort()).toEqual([
      'ALLOWED_ORIGINS.1',
      'ALLOW_ANONYMOUS',
      'CAPTURE_TOKEN_SECRET',
      'OCR_ENDPOINT',
      'PORT',
      'UPSTREAM_RATE_PER_SECOND',
    ])
    const all = problems.join('\n')
    for (const value of [
      'super-secret-key-value',
      'short-secret-value',
      'eighty',
      'bad.example',
      'yes-please',
    ]) {
      expect(all).not.toContain(value)
    }
  })

  it('keeps a desk → phone hand-off to minutes: 600 s unless set, 5–900 s when set', () => {
    const ttl = (value?: string) => {
      const loaded = loadConfig(value === undefined ? {} : { HANDOFF_TTL_SECONDS: value })
      return loaded.ok ? loaded.config.HANDOFF_TTL_SECONDS : loaded.problems
    }
    expect(ttl()).toBe(600)
    expect(ttl('120')).toBe(120)
    for (const bad of ['901', '4', 'ten'])
      expect(ttl(bad)).toEqual([expect.stringMatching(/^HANDOFF_TTL_SECONDS: /)])
  })

  it('refuses an empty PORT, header-breaking credentials and region, a bad HOST, proxies, hosts or Redis URL', () => {
    const env = {
      PORT: '',
      TENCENTCLOUD_SECRET_ID: 'AKID with space',
      TENCENTCLOUD_SECRET_KEY: 'key-value-0123',
      ALLOW_ANONYMOUS: '1',
      TENCENTCLOUD_REGION: 'ap-hongkong\r\nX-Injected: yes',
      HOST: 'not a host!',
      TRUSTED_PROXIES: 'loopback, proxy.internal',
      ALLOWED_HOSTS: 'kyc.example.com, https://kyc.example.com/',
      REDIS_URL: 'http://cache.internal:6379',
    }
    const loaded = loadConfig(env)
    const problems = loaded.ok ? [] : loaded.problems
    expect(problems.map((line) => line.split(/[.:]/)[0]).sort()).toEqual([
      'ALLOWED_HOSTS',
      'HOST',
      'PORT',
      'REDIS_URL',
      'TENCENTCLOUD_REGION',
      'TENCENTCLOUD_SECRET_ID',
      'TRUSTED_PROXIES',
    ])
    const all = problems.join('\n')
    for (const value of [
      'AKID with',
      'X-Injected',
      'not a host',
      'proxy.internal',
      'cache.internal',
      'https://kyc',
    ]) {
      expect(all).not.toContain(value)
    }
    expect(all).not.toMatch(/[\r]/)
  })

  it('refuses every numeric setting left empty, as it refuses PORT= (none silently becomes 0)', () => {
    const defaults = loadConfig({})
    const numeric = Object.entries(defaults.ok ? defaults.config : {})
      .filter(([, value]) => typeof value === 'number')
      .map(([key]) => key)
    expect(numeric).toEqual(expect.arrayContaining(['PORT', 'UPSTREAM_QUEUE_MAX', 'UPSTREAM_TIMEOUT_MS']))
    for (const key of numeric) {
      for (const empty of ['', '  ']) {
        const loaded = loadConfig({ [key]: empty })
        expect(loaded.ok ? [] : loaded.problems, key).toEqual([
          expect.stringMatching(new RegExp(`^${key}: is empty: set a whole number .+, or unset it$`)),
        ])
      }
    }
    const queue = loadConfig({ UPSTREAM_QUEUE_MAX: '0' })
    expect(queue.ok && queue.config.UPSTREAM_QUEUE_MAX).toBe(0)
  })

  it('reads the connection limits, trusted proxies and allowed hosts', () => {
    const loaded = loadConfig({
      REQUEST_TIMEOUT_MS: '5000',
      MAX_CONNECTIONS: '64',
      MAX_CONNECTIONS_PER_ADDRESS: '8',
      TRUSTED_PROXIES: 'loopback, 10.0.0.0/8',
      ALLOWED_HOSTS: 'KYC.example.com, *.internal.example',
    })
    expect(loaded.ok && loaded.config).toMatchObject({
      REQUEST_TIMEOUT_MS: 5000,
      MAX_CONNECTIONS: 64,
      MAX_CONNECTIONS_PER_ADDRESS: 8,
      HEADERS_TIMEOUT_MS: 10_000,
      ALLOWED_HOSTS: ['kyc.example.com', '*.internal.example'],
    })
    expect(loaded.ok && loaded.config.TRUSTED_PROXIES).toHaveLength(3)
  })

  it('parses ALLOWED_ORIGINS into a lower-cased list', () => {
    const loaded = loadConfig({ ALLOWED_ORIGINS: 'https://Shop.example, http://localhost:5173' })
    expect(loaded.ok && loaded.config.ALLOWED_ORIGINS).toEqual([
      'https://shop.example',
      'http://localhost:5173',
    ])
  })
})

describe('renamed settings', () => {
  it('reads HANDOFF_ORIGIN as RECORD_HOST_ORIGIN and says it is deprecated', () => {
    const loaded = loadConfig({ HANDOFF_ORIGIN: 'https://crm.example' })
    expect(loaded.ok && loaded.config.RECORD_HOST_ORIGIN).toBe('https://crm.example')
    expect(loaded.ok && loaded.deprecations).toEqual([
      'HANDOFF_ORIGIN is deprecated: rename it to RECORD_HOST_ORIGIN',
    ])
  })

  it('prefers the new name when both are set, and still says the old one is deprecated', () => {
    const loaded = loadConfig({
      HANDOFF_ORIGIN: 'https://old.example',
      RECORD_HOST_ORIGIN: 'https://crm.example',
    })
    expect(loaded.ok && loaded.config.RECORD_HOST_ORIGIN).toBe('https://crm.example')
    expect(loaded.ok && loaded.deprecations).toHaveLength(1)
  })

  it('checks the old name by the new rule, naming the setting it now is', () => {
    const loaded = loadConfig({ HANDOFF_ORIGIN: 'https://crm.example/path' })
    expect(loaded.ok).toBe(false)
    expect(!loaded.ok && loaded.problems.join()).toMatch(/^RECORD_HOST_ORIGIN: /)
  })

  it('says nothing when only the new name is set', () => {
    const loaded = loadConfig({ RECORD_HOST_ORIGIN: 'https://crm.example' })
    expect(loaded.ok && loaded.deprecations).toEqual([])
  })
})
