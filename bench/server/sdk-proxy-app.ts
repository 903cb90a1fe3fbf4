// The peer for the CPU budget: the same proxy (same body limit, sniff, base64, error table, normalization)
// with the upstream call made by Tencent's official Node SDK instead of our signer and fetch.
import { Agent } from 'node:http'
import { Hono } from 'hono'
import { ocr } from 'tencentcloud-sdk-nodejs-ocr'
import { apiError } from '#server/http/api-error.ts'
import { bytesToBase64 } from '#server/http/base64.ts'
import { readBodyWithLimit } from '#server/http/read-body.ts'
import { sniffImage } from '#server/http/sniff-image.ts'
import type { HkidOcrSuccess } from '#src/hkid/hkid-ocr-response.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'
import { mapUpstreamError } from '#server/upstream/upstream-errors.ts'

export interface SdkProxyOptions {
  /** The emulator's port on loopback. */
  upstreamPort: number
  secretId: string
  secretKey: string
  maxBodyBytes: number
}

export function createSdkProxyApp(options: SdkProxyOptions): Hono {
  // The SDK derives the service from the endpoint's first label, so it needs an `ocr.` host name;
  // this agent resolves it to the emulator on loopback and keeps connections alive, as ours does.
  const agent = new Agent({
    keepAlive: true,
    lookup: ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) =>
      opts.all
        ? callback(null, [{ address: '127.0.0.1', family: 4 }])
        : callback(null, '127.0.0.1', 4)) as never,
  })
  const client = new ocr.v20181119.Client({
    credential: { secretId: options.secretId, secretKey: options.secretKey },
    region: '',
    profile: {
      httpProfile: {
        endpoint: `ocr.emulator.test:${options.upstreamPort}`,
        protocol: 'http://',
        reqTimeout: 10,
        agent,
      },
    },
  })
  const app = new Hono()
  app.post('/api/hkid/recognize', async (c) => {
    // The same body reader as ours (Node fast path included): only the upstream call differs.
    const nodeIncoming = (c.env as { incoming?: unknown } | undefined)?.incoming
    const body = await readBodyWithLimit(c.req.raw, options.maxBodyBytes, nodeIncoming)
    if (!body.ok) return apiError(c, 'IMAGE_TOO_LARGE')
    if (body.bytes.byteLength === 0) return apiError(c, 'EMPTY_BODY')
    if (!sniffImage(body.bytes)) return apiError(c, 'UNSUPPORTED_TYPE')
    try {
      const response = await client.HKIDCardOCR({
        ImageBase64: bytesToBase64(body.bytes),
        ReturnHeadImage: c.req.query('portraits') !== '0',
      })
      return c.json(normalizeHkidOcr(response as HkidOcrSuccess))
    } catch (error) {
      const code = (error as { code?: string }).code
      return apiError(c, code ? mapUpstreamError(code) : 'UPSTREAM_ERROR')
    }
  })
  return app
}
