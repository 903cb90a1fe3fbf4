// What the compress bench page exposes on `window.compressBench`, shared with the Node runner.

export interface BenchSample {
  ms: number
  bytes: number
  width: number
  height: number
  type: string
  /** Main-thread long tasks (> 50 ms) that overlapped the run */
  longTasks: number
  longestTaskMs: number
}

export interface CompressBenchApi {
  /** Fetches an input once and keeps it as a File; returns its size */
  load(name: string, url: string): Promise<number>
  ours(name: string): Promise<BenchSample>
  browserImageCompression(name: string): Promise<BenchSample>
  compressorjs(name: string): Promise<BenchSample>
  /** Mounts react-webcam on the (fake) camera; returns the video size */
  startCamera(): Promise<{ width: number; height: number }>
  /** Our camera path: a frame as an ImageBitmap, cropped to the card guide, compressed in the worker */
  oursFrame(): Promise<BenchSample>
  /** react-webcam getScreenshot() (JPEG data URL) then browser-image-compression */
  webcamBrowserImageCompression(): Promise<BenchSample>
}
