// The device reader's module and its preparation, held once per page: loaded and prepared when the camera
// opens (never for the first screen), asked where this device reads under READ_ON, and released when the
// journey ends so the worker's models give their memory back.
import type { ReadOn } from '#src/hkid/client-config.ts'
import { getClientConfig } from '#src/session/client-config.ts'
import { noteProgress } from './device-reader-progress.ts'

type Client = typeof import('#src/device-reader/device-reader-client.ts')

let client: Promise<Client> | undefined
let preparing: Promise<void> | undefined
let ready = false

export function loadDeviceReader(): Promise<Client> {
  const loading = (client ??= import('#src/device-reader/device-reader-client.ts'))
  // A chunk that did not arrive is asked for again next time.
  loading.catch(() => {
    if (client === loading) client = undefined
  })
  return loading
}

/** Where this device reads: READ_ON=auto reads here only when the browser can (SIMD, memory, not a webview). */
export async function readerFor(readOn: ReadOn): Promise<'device' | 'server'> {
  if (readOn !== 'auto') return readOn
  try {
    return (await loadDeviceReader()).deviceReaderSupport().ok ? 'device' : 'server'
  } catch {
    return 'server'
  }
}

/** The background download (joined if under way); a failed one is started afresh by the next call. */
export function prepareReader(reader: Client): Promise<void> {
  const started = (preparing ??= reader.prepareDeviceReader(noteProgress).then(() => {
    ready = true
  }))
  started.catch(() => {
    if (preparing === started) preparing = undefined
  })
  return started
}

export const deviceReaderReady = () => ready

/** The camera is open: start the reader's download now if this journey reads on the device. */
export async function warmDeviceReader(): Promise<void> {
  const { readOn = 'server' } = await getClientConfig()
  if ((await readerFor(readOn)) !== 'device') return
  await prepareReader(await loadDeviceReader()).catch(() => undefined)
}

/** The journey ended (done, next customer, left): the worker and its models go. */
export function releaseDeviceReaderIfLoaded(): void {
  const loaded = client
  preparing = undefined
  ready = false
  void loaded?.then((reader) => reader.releaseDeviceReader()).catch(() => undefined)
}
