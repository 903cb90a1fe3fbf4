// The recogniser batched against one line a run in headless Chromium, on onnxruntime-web's WASM as the device
// reader loads it: the real line crops of a few real cards (captured at the recogniser's seam on the server's
// reader), grouped by their padded width, up to `most` a run. Every group runs both ways, alternating which goes
// first; the outputs are compared number for number. The page is cross-origin isolated, so the runtime gets threads.
// `tsx bench/reader/recognizer-batch-browser.ts [cards=3] [most=8] [threads=2] [port=7510]`
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { chromium } from '@playwright/test'
import { decodeScaled } from '#server/image/decode-scaled.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels, modelFiles } from '#server/reader/reader-models.ts'
import type { InferenceModel, Tensor } from '#src/reader/inference-model.ts'
import { readCard } from '#src/reader/read-card.ts'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { realCropItems } from './bench-sets.ts'

const [cards = '3', most = '8', threads = '2', port = '7510'] = process.argv.slice(2)
const ORT_DIST = join(dirname(createRequire(import.meta.url).resolve('onnxruntime-web')), '.')

const models = await loadReaderModels({ threads: 1 })
const groups: Tensor[][] = []
for (const item of realCropItems().slice(0, Number(cards))) {
  const lines: Tensor[] = []
  const recognizer: InferenceModel = {
    run(input) {
      lines.push({ data: input.data.slice(), dims: [...input.dims] })
      return models.recognizer.run(input)
    },
  }
  const { image } = await decodeScaled(new Uint8Array(readFileSync(item.path)))
  await readCard(image, { ...models, recognizer }, decodeTables())
  const byWidth = new Map<number, Tensor[]>()
  for (const l of lines) byWidth.set(l.dims[3]!, [...(byWidth.get(l.dims[3]!) ?? []), l])
  for (const g of byWidth.values())
    for (let i = 0; i < g.length; i += Number(most)) groups.push(g.slice(i, i + Number(most)))
}
const batched = groups.filter((g) => g.length > 1)
const payload = Buffer.concat(batched.flat().map((t) => Buffer.from(t.data.buffer)))
const shapes = batched.map((g) => ({ n: g.length, width: g[0]!.dims[3]! }))

const page = `<!doctype html><meta charset="utf-8"><title>recogniser batches</title>`
const server = createServer((req, res) => {
  const headers = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
  const url = req.url ?? '/'
  const send = (body: Buffer | string, type: string) =>
    res.writeHead(200, { ...headers, 'Content-Type': type }).end(body)
  if (url === '/') return send(page, 'text/html')
  if (url === '/lines.bin') return send(payload, 'application/octet-stream')
  if (url === '/rec.onnx') return send(readFileSync(modelFiles().recognizer), 'application/octet-stream')
  if (url.startsWith('/ort/')) {
    const file = join(ORT_DIST, url.slice(5).replace(/[^\w.-]/g, ''))
    return send(readFileSync(file), file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript')
  }
  res.writeHead(404, headers).end()
})
await new Promise<void>((resolve) => server.listen(Number(port), '127.0.0.1', resolve))
const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
try {
  const tab = await browser.newPage()
  // tsx names the functions it compiles through a helper of its own, which the page has not got
  await tab.addInitScript('globalThis.__name = (f) => f')
  await tab.goto(`http://127.0.0.1:${port}/`)
  const result = await tab.evaluate(
    async ({ shapes, threads }) => {
      const ort = await import(/* @vite-ignore */ '/ort/ort.wasm.min.mjs' as string)
      ort.env.wasm.wasmPaths = '/ort/'
      ort.env.wasm.numThreads = crossOriginIsolated ? threads : 1
      const session = await ort.InferenceSession.create(
        new Uint8Array(await (await fetch('/rec.onnx')).arrayBuffer()),
        { executionProviders: ['wasm'], graphOptimizationLevel: 'all' },
      )
      const all = new Float32Array(await (await fetch('/lines.bin')).arrayBuffer())
      const input = session.inputNames[0]
      const output = session.outputNames[0]
      const run = async (data: Float32Array, dims: number[]) =>
        (await session.run({ [input]: new ort.Tensor('float32', data, dims) }))[output].data as Float32Array
      let offset = 0
      let singleMs = 0
      let batchMs = 0
      let lines = 0
      let equal = 0
      for (const [k, { n, width }] of shapes.entries()) {
        const size = 3 * 48 * width
        const data = all.subarray(offset, offset + n * size)
        offset += n * size
        const singles = async () => {
          const started = performance.now()
          const outs: Float32Array[] = []
          for (let i = 0; i < n; i++)
            outs.push(await run(data.slice(i * size, (i + 1) * size), [1, 3, 48, width]))
          singleMs += performance.now() - started
          return outs
        }
        const together = async () => {
          const started = performance.now()
          const out = await run(data.slice(), [n, 3, 48, width])
          batchMs += performance.now() - started
          return out
        }
        const [outs, out] =
          k % 2
            ? [await singles(), await together()]
            : (([b, s]) => [s, b])([await together(), await singles()])
        const each = (out as Float32Array).length / n
        for (let i = 0; i < n; i++) {
          lines++
          const a = (outs as Float32Array[])[i]!
          const b = (out as Float32Array).subarray(i * each, (i + 1) * each)
          if (a.length === b.length && a.every((v, j) => v === b[j])) equal++
        }
      }
      return {
        lines,
        equal,
        singleMs,
        batchMs,
        threads: ort.env.wasm.numThreads,
        isolated: crossOriginIsolated,
      }
    },
    { shapes, threads: Number(threads) },
  )
  console.log(
    `Chromium, onnxruntime-web (${result.threads} threads, isolated ${result.isolated}), at most ${most} lines a run: ${result.lines} lines in ${shapes.length} batches of one width; bit-equal ${result.equal}; one at a time ${result.singleMs.toFixed(0)} ms, batched ${result.batchMs.toFixed(0)} ms (${(result.batchMs / result.singleMs).toFixed(2)}x)`,
  )
} finally {
  await browser.close()
  server.close()
}
process.exit(0)
