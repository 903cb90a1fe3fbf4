import { afterEach, describe, expect, it } from 'vitest'
import type * as tasks from '#testing/server/pool-tasks.ts'
import {
  OwnerBusyError,
  PoolBusyError,
  TaskAbortedError,
  TaskTimeoutError,
  WorkerCrashedError,
  WorkerPool,
  WorkerTaskError,
  workerTask,
} from './worker-pool.ts'

const module = new URL('../../testing/server/pool-tasks.ts', import.meta.url)
const sumBytes = workerTask<typeof tasks.sumBytes>(module, 'sumBytes')
const throwNamed = workerTask<typeof tasks.throwNamed>(module, 'throwNamed')
const spin = workerTask<typeof tasks.spin>(module, 'spin')
const spinCooperatively = workerTask<typeof tasks.spinCooperatively>(module, 'spinCooperatively')
const exitWorker = workerTask<typeof tasks.exitWorker>(module, 'exitWorker')
const moduleLoads = workerTask<typeof tasks.moduleLoads>(module, 'moduleLoads')

let pool: WorkerPool
afterEach(() => pool?.close())

describe('WorkerPool', () => {
  it('runs a task on a copy of the bytes, or on the bytes themselves when transferred', async () => {
    pool = new WorkerPool({ size: 1 })
    const bytes = new Uint8Array([1, 2, 3])
    expect(await pool.run(sumBytes, bytes, { times: 2 })).toBe(12)
    expect(bytes.byteLength).toBe(3)
    expect(await pool.run(sumBytes, bytes, { times: 1 }, { transfer: true })).toBe(6)
    expect(bytes.byteLength).toBe(0)
    // A module is loaded once per worker and stays loaded.
    expect(await pool.run(moduleLoads, new Uint8Array(0), undefined)).toBe(1)
  })

  it('passes a task’s error back by name', async () => {
    pool = new WorkerPool({ size: 1 })
    const error = await pool.run(throwNamed, new Uint8Array(0), { name: 'DecodeError' }).catch((e) => e)
    expect(error).toBeInstanceOf(WorkerTaskError)
    expect((error as WorkerTaskError).taskErrorName).toBe('DecodeError')
  })

  it('queues up to its bound and refuses past it at once', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 1 })
    const running = pool.run(spin, new Uint8Array(0), { ms: 400 })
    const queued = pool.run(sumBytes, new Uint8Array([5]), { times: 1 })
    await expect(pool.run(sumBytes, new Uint8Array([5]), { times: 1 })).rejects.toThrow(PoolBusyError)
    await running
    expect(await queued).toBe(5)
  })

  it('fails a task over its time limit at once, terminates it when it does not stop within its grace, and the next task runs on a fresh worker', async () => {
    pool = new WorkerPool({ size: 1, cancelGraceMs: 300 })
    await expect(pool.run(spin, new Uint8Array(0), { ms: 60_000 }, { timeoutMs: 200 })).rejects.toThrow(
      TaskTimeoutError,
    )
    expect(await pool.run(sumBytes, new Uint8Array([7]), { times: 1 })).toBe(7)
  })

  it('fails the task of a worker that dies, and replaces the worker', async () => {
    pool = new WorkerPool({ size: 1 })
    await expect(pool.run(exitWorker, new Uint8Array(0), undefined)).rejects.toThrow(WorkerCrashedError)
    expect(await pool.run(sumBytes, new Uint8Array([9]), { times: 1 })).toBe(9)
  })

  it('drops a queued task when its caller aborts', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 4 })
    const running = pool.run(spin, new Uint8Array(0), { ms: 300 })
    const controller = new AbortController()
    const queued = pool.run(sumBytes, new Uint8Array([1]), { times: 1 }, { signal: controller.signal })
    controller.abort(new Error('caller left'))
    await expect(queued).rejects.toThrow('caller left')
    await running
    expect(pool.load).toEqual({ running: 0, queued: 0 })
  })

  // A task far longer than either test may run: only one that stops (at its check, or by its worker's end after
  // the grace) lets the next task finish in time.
  it.each([
    {
      name: 'a task that checks stops at its next check, and the next task starts on the same worker',
      task: spinCooperatively,
      cancelGraceMs: 60_000,
    },
    {
      name: 'a task that does not stop within its grace is terminated, and the next runs on a fresh worker',
      task: spin,
      cancelGraceMs: 500,
    },
  ])(
    'stops a running task when its caller leaves: $name',
    async ({ task, cancelGraceMs }) => {
      pool = new WorkerPool({ size: 1, maxQueue: 4, cancelGraceMs })
      const events: string[] = []
      const controller = new AbortController()
      const hanging = pool
        .run(task, new Uint8Array(0), { ms: 120_000 }, { signal: controller.signal })
        .catch((error: unknown) => {
          events.push(`aborted started=${(error as TaskAbortedError).started}`)
          expect(error).toBeInstanceOf(TaskAbortedError)
        })
      const next = pool
        .run(sumBytes, new Uint8Array([4]), { times: 1 })
        .then((sum) => events.push(`next ${sum}`))
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(pool.load).toEqual({ running: 1, queued: 1 })
      controller.abort(new Error('client hung up'))
      await Promise.all([hanging, next])
      expect(events).toEqual(['aborted started=true', 'next 4'])
      expect(pool.load).toEqual({ running: 0, queued: 0 })
    },
    20_000,
  )

  it('takes waiting tasks from each owner in turn, and refuses an owner past its share', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 8, maxPerOwner: 3 })
    const order: string[] = []
    const run = (owner: string, n: number) =>
      pool.run(sumBytes, new Uint8Array([n]), { times: 1 }, { owner }).then(() => order.push(`${owner}${n}`))
    const blocker = pool.run(spin, new Uint8Array(0), { ms: 300 }, { owner: 'a' })
    const flood = [run('a', 1), run('a', 2)]
    await expect(run('a', 3)).rejects.toBeInstanceOf(OwnerBusyError)
    const honest = [run('b', 1), run('b', 2)]
    await Promise.all([blocker, ...flood, ...honest])
    // b's first task waits behind one of a's at most, however many a had queued first
    expect(order).toEqual(['a1', 'b1', 'a2', 'b2'])
    // the share is given back as tasks end
    await run('a', 9)
  })

  it('prepares every new worker before its first task, outside the task’s time limit', async () => {
    pool = new WorkerPool({ size: 1, prepare: { task: spin, args: { ms: 400 } } })
    // Within 200 ms although the worker first spends 400 ms preparing
    expect(await pool.run(sumBytes, new Uint8Array([3]), { times: 1 }, { timeoutMs: 200 })).toBe(3)
    expect(await pool.run(moduleLoads, new Uint8Array(0), undefined)).toBe(1)
  })

  it('leaves the event loop free while a task computes', async () => {
    pool = new WorkerPool({ size: 1 })
    await pool.run(sumBytes, new Uint8Array(1), { times: 1 }) // worker started and warm
    let last = performance.now()
    let worstGap = 0
    const ticker = setInterval(() => {
      const now = performance.now()
      worstGap = Math.max(worstGap, now - last)
      last = now
    }, 5)
    const started = performance.now()
    await pool.run(spin, new Uint8Array(0), { ms: 800 })
    const took = performance.now() - started
    clearInterval(ticker)
    // On the main thread the loop would stall for the whole task; here it keeps ticking.
    expect(worstGap).toBeLessThan(took / 4)
  })
})
