// A page that exposes the device reader to tests and the bench, built apart from the app (never in its bundle)
// by build-device-reader-page.ts with the app's own Vite config, so the worker and assets are bundled as in the app.
import {
  type DeviceReadingStages,
  deviceReaderSupport,
  prepareDeviceReader,
  readOnDevice,
  releaseDeviceReader,
} from '#src/device-reader/device-reader-client.ts'
import type { DeviceReaderPageApi } from './device-reader-page-api.ts'

const api: DeviceReaderPageApi = {
  support: () => deviceReaderSupport(),
  async prepare() {
    const started = performance.now()
    let loaded = 0
    let total = 0
    const { threads } = await prepareDeviceReader((l, t) => {
      loaded = l
      total = t
    })
    return { ms: performance.now() - started, loaded, total, threads, isolated: crossOriginIsolated }
  },
  async read(url) {
    const photo = await (await fetch(url)).blob()
    const started = performance.now()
    let stages: DeviceReadingStages | undefined
    const outcome = await readOnDevice(photo, { onStages: (s) => (stages = s) })
    return { ms: performance.now() - started, outcome, ...(stages ? { stages } : {}) }
  },
  release: () => releaseDeviceReader(),
}

;(window as unknown as { deviceReader: DeviceReaderPageApi }).deviceReader = api
