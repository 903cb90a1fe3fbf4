// The reader's own pool: readings run in worker threads, checked against the seam's schema when they come back,
// models warmed in every worker. The reading itself is a stand-in here (testing/server/reader-tasks.ts).
import { afterEach, describe, expect, it } from 'vitest'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { workerTask } from '#server/image/worker-pool.ts'
import type { readCanned, readMalformed, warmUpHere } from '#testing/server/reader-tasks.ts'
import { createLocalReader, threadsPerWorker, type LocalReader } from './local-reader.ts'

const TASKS = new URL('../../testing/server/reader-tasks.ts', import.meta.url)
const canned = workerTask<typeof readCanned>(TASKS, 'readCanned')
const malformed = workerTask<typeof readMalformed>(TASKS, 'readMalformed')
const warmUp = workerTask<typeof warmUpHere>(TASKS, 'warmUpHere')

/** A real (tiny) JPEG: the reader checks what an image declares before it queues it */
const image = (shade: number) =>
  encodeJpeg({ width: 16, height: 16, data: new Uint8Array(16 * 16 * 4).fill(shade) }, 80)

let reader: LocalReader | undefined
afterEach(async () => {
  await reader?.close()
  reader = undefined
})

describe('createLocalReader', () => {
  it('reads in a worker thread and hands back the answer, with the cores as inference threads', async () => {
    reader = createLocalReader({ workers: 1, task: canned, warmUpTask: warmUp })
    const answer = await reader.read(image(1), { portraits: false })
    expect(answer.Error).toBeUndefined()
    expect(answer).toMatchObject({ IdNum: 'K234567(9)', Symbol: `threads:${threadsPerWorker(1)}` })
    // Not the main thread (0): the event loop stays free while a card is read.
    expect('EnName' in answer && answer.EnName).toMatch(/^worker:[1-9]\d*$/)
  })

  it('never passes off an answer that is not the seam’s shape', async () => {
    reader = createLocalReader({ workers: 1, task: malformed, warmUpTask: warmUp })
    await expect(reader.read(image(1), { portraits: false })).rejects.toThrow()
  })

  it('warms every worker once, and the readings then share them', async () => {
    reader = createLocalReader({ workers: 2, task: canned, warmUpTask: warmUp })
    await Promise.all([reader.warmUp(), reader.warmUp()])
    await reader.warmUp()
    // Three at once: two run, one waits — the pool never grows past READER_WORKERS, nor the models' memory.
    const answers = await Promise.all([1, 2, 3].map((i) => reader!.read(image(i), { portraits: false })))
    const seen = answers.map((answer) => ('EnName' in answer ? [answer.EnName, answer.CnName] : []))
    expect(new Set(seen.map(([worker]) => worker)).size).toBe(2)
    for (const [, warmed] of seen) expect(warmed).toBe('warmed:1')
  })
})

describe('threadsPerWorker', () => {
  it.each([
    [1, 2, 2],
    [2, 2, 1],
    [3, 2, 1],
    [1, 16, 4],
    [2, 8, 4],
    [4, 8, 2],
  ])('%i worker(s) on %i cores → %i threads each', (workers, cores, threads) => {
    expect(threadsPerWorker(workers, cores)).toBe(threads)
  })
})
