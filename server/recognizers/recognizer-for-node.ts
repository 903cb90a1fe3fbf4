// The recognizer the Node entry runs, chosen once from the configuration: Tencent when keys are set (cross-checked
// by the local reader with LOCAL_CROSSCHECK), else the local reader in this process. It owns the reader's workers.
import { upstreamFromConfig } from '#server/app-options.ts'
import { usesTencent, type ServerConfig } from '#server/config.ts'
import { crossReaderOf } from '#server/reader/cross-reader.ts'
import { createLocalReader, type LocalReader } from '#server/reader/local-reader.ts'
import { localRecognizer } from './local-recognizer.ts'
import type { RecognizerChoice } from './recognizer.ts'
import { tencentRecognizer } from './tencent-recognizer.ts'

export interface NodeRecognizer {
  choice: RecognizerChoice
  /** For the start-up line: which recognizer reads the cards */
  description: string
  /** Stops the reader's workers, if any */
  close(): Promise<void>
  /** Settles once the reader's models are loaded (at once without a reader; never rejects: a failed warm-up
   * leaves the first reading to load them itself) */
  ready: Promise<void>
}

export function recognizerForNode(
  config: ServerConfig,
  makeReader: (workers: number) => LocalReader = (workers) => createLocalReader({ workers }),
): NodeRecognizer {
  if (usesTencent(config)) {
    const upstream = upstreamFromConfig(config)
    if (!config.LOCAL_CROSSCHECK) {
      return {
        choice: tencentRecognizer(upstream),
        description: 'Tencent Cloud',
        close: async () => {},
        ready: Promise.resolve(),
      }
    }
    const reader = makeReader(config.READER_WORKERS)
    return {
      choice: tencentRecognizer(upstream, { crossCheck: crossReaderOf(reader) }),
      description: 'Tencent Cloud, cross-checked by the local reader',
      close: () => reader.close(),
      ready: reader.warmUp().catch(() => {}),
    }
  }
  const reader = makeReader(config.READER_WORKERS)
  return {
    choice: localRecognizer(reader, { timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    description: 'the local reader on this machine',
    close: () => reader.close(),
    // The models start loading now, while the store opens
    ready: reader.warmUp().catch(() => {}),
  }
}
