import { describe, expect, it } from 'vitest'

describe('zod-jitless', () => {
  it('turns on jitless mode in zod loaded after it, without importing zod itself', async () => {
    await import('./zod-jitless.ts')
    const { z } = await import('zod')
    expect(z.config().jitless).toBe(true)
  })
})
