// The Node site over real HTTP serves the build's precompressed reader assets: brotli or gzip as the request
// accepts (with the compressed length and Vary), the plain file otherwise, and each decodes to the exact file.
// The assets are the build step's output (scripts/precompress-assets.ts) over the runtime's real WASM.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompressAssets } from '../scripts/precompress-assets.ts'
import { createApp } from './app.ts'
import { createSite } from './node-site.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

const WASM = '/assets/ort-wasm-simd-threaded-Abc123.wasm'
const DICTIONARY = '/assets/ppocr_keys_v1-Def456.txt'
const SMALL = '/assets/telecode-table-Ghi789.js'

let dist: string
let server: ServerType
let port: number

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'hkid-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>HKID Capture</title>')
  const runtime = createRequire(import.meta.url).resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm')
  copyFileSync(runtime, join(dist, WASM))
  const words = Array.from({ length: 4000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 37) % 2000)))
  writeFileSync(join(dist, DICTIONARY), words.join('\n'))
  writeFileSync(join(dist, SMALL), 'export const t = 1')
  await precompressAssets(join(dist, 'assets'))
  const api = createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024,
    logSink: () => undefined,
  })
  const site = createSite({ api, distDir: dist, recordHostOrigin: null, allowedHosts: ['127.0.0.1'] })
  server = serve({ fetch: site.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  port = (server.address() as AddressInfo).port
}, 120_000)

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()))
  rmSync(dist, { recursive: true, force: true })
})

/** The raw answer: node:http leaves the body as sent (fetch would decode it and hide the encoding). */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: Buffer
  }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const parts: Buffer[] = []
      res.on('data', (part: Buffer) => parts.push(part))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

const file = (path: string) => readFileSync(join(dist, path))

describe('the Node site sends the reader assets compressed', () => {
  it('sends brotli to a browser that accepts it, with the compressed length, and it decodes to the file', async () => {
    const answer = await get(WASM, 'gzip, deflate, br, zstd')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers['content-type']).toBe('application/wasm')
    expect(answer.headers['vary']).toContain('Accept-Encoding')
    expect(answer.headers['cache-control']).toContain('immutable')
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(answer.body.length).toBe(statSync(join(dist, `${WASM}.br`)).size)
    // The runtime compresses to well under half: what the download size is about
    expect(answer.body.length).toBeLessThan(file(WASM).length / 2)
    expect(brotliDecompressSync(answer.body).equals(file(WASM))).toBe(true)
  })

  it('sends gzip where only gzip is accepted', async () => {
    for (const path of [WASM, DICTIONARY]) {
      const answer = await get(path, 'gzip')
      expect(answer.headers['content-encoding'], path).toBe('gzip')
      expect(Number(answer.headers['content-length']), path).toBe(answer.body.length)
      expect(answer.headers['vary'], path).toContain('Accept-Encoding')
      expect(gunzipSync(answer.body).equals(file(path)), path).toBe(true)
    }
  })

  it('sends the plain file, still saying Vary, where no encoding is accepted', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const answer = await get(WASM, acceptEncoding)
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.headers['vary']).toContain('Accept-Encoding')
      expect(Number(answer.headers['content-length'])).toBe(file(WASM).length)
      expect(answer.body.equals(file(WASM))).toBe(true)
    }
  })

  it('sends a file too small to be worth compressing as it is', async () => {
    const answer = await get(SMALL, 'gzip, br')
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe('export const t = 1')
  })
})
