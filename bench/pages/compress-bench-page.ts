// The compress benchmark, in the page: our compressor against browser-image-compression and compressorjs on
// the same inputs, and our camera path against react-webcam's getScreenshot() + browser-image-compression.
// Each call does one run and reports its own time; the runner (bench/compress/) repeats and aggregates.
import imageCompression from 'browser-image-compression'
import bicUmdUrl from 'browser-image-compression/dist/browser-image-compression.js?url'
import Compressor from 'compressorjs'
import { createElement, createRef, type ComponentType, type RefAttributes } from 'react'
import { createRoot } from 'react-dom/client'
import Webcam, { type WebcamProps } from 'react-webcam'
import { guideCrop } from '#src/features/capture/lib/card-guide.ts'
import { compressImage } from '#src/features/compress/compress-image.ts'
import type { BenchSample, CompressBenchApi } from './compress-bench-api.ts'

// Self-hosted: the library's worker importScripts() this copy instead of its CDN default.
const BIC_OPTIONS = {
  maxSizeMB: 1,
  maxWidthOrHeight: 2048,
  useWebWorker: true,
  libURL: new URL(bicUmdUrl, location.href).href,
}

const inputs = new Map<string, File>()
const longTasks: PerformanceEntry[] = []
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' })

async function sample(run: () => Promise<Blob>): Promise<BenchSample> {
  const started = performance.now()
  const blob = await run()
  const ms = performance.now() - started
  // Long-task entries arrive asynchronously: let the observer catch up before counting.
  await new Promise((resolve) => setTimeout(resolve, 60))
  const during = longTasks.filter((t) => t.startTime + t.duration > started && t.startTime < started + ms)
  const decoded = await createImageBitmap(blob)
  const result = { ms, bytes: blob.size, width: decoded.width, height: decoded.height, type: blob.type }
  decoded.close()
  return { ...result, longTasks: during.length, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)) }
}

function input(name: string): File {
  const file = inputs.get(name)
  if (!file) throw new Error(`no input ${name}`)
  return file
}

const webcam = createRef<Webcam>()
// react-webcam's types make defaulted props required and widen screenshotFormat; createElement rejects both.
const WebcamComponent = Webcam as unknown as ComponentType<Partial<WebcamProps> & RefAttributes<Webcam>>

function startCamera(): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const onUserMedia = () => {
      const video = webcam.current?.video
      const ready = () => resolve({ width: video!.videoWidth, height: video!.videoHeight })
      if (video?.readyState && video.readyState >= 2) ready()
      else video?.addEventListener('loadeddata', ready, { once: true })
    }
    createRoot(document.getElementById('webcam')!).render(
      createElement(WebcamComponent, {
        ref: webcam,
        audio: false,
        screenshotFormat: 'image/jpeg',
        forceScreenshotSourceSize: true,
        videoConstraints: { width: { ideal: 1920 }, height: { ideal: 1080 } },
        onUserMedia,
        onUserMediaError: (error: string | DOMException) => reject(new Error(String(error))),
      }),
    )
  })
}

const api: CompressBenchApi = {
  async load(name, url) {
    const response = await fetch(url)
    const blob = await response.blob()
    inputs.set(name, new File([blob], url.split('/').pop() ?? name, { type: blob.type }))
    return blob.size
  },
  ours: (name) => sample(async () => (await compressImage(input(name))).blob),
  browserImageCompression: (name) => sample(() => imageCompression(input(name), BIC_OPTIONS)),
  compressorjs: (name) =>
    sample(
      () =>
        new Promise<Blob>((resolve, reject) => {
          new Compressor(input(name), {
            maxWidth: 2048,
            maxHeight: 2048,
            quality: 0.9,
            success: resolve,
            error: reject,
          })
        }),
    ),
  startCamera,
  oursFrame: () =>
    sample(async () => {
      const bitmap = await createImageBitmap(webcam.current!.video!)
      const crop = guideCrop(bitmap.width, bitmap.height)
      return (await compressImage(bitmap, { crop })).blob
    }),
  webcamBrowserImageCompression: () =>
    sample(async () => {
      const dataUrl = webcam.current!.getScreenshot()
      if (!dataUrl) throw new Error('no screenshot')
      const file = await imageCompression.getFilefromDataUrl(dataUrl, 'screenshot.jpg')
      return imageCompression(file, BIC_OPTIONS)
    }),
}

Object.assign(window, { compressBench: api })
