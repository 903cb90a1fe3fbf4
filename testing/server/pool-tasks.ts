// Tasks for the worker pool's own tests: run inside pool workers, like any product task module.
import { throwIfCancelled } from '#server/image/task-cancel.ts'

export function sumBytes(bytes: Uint8Array, args: { times: number }): number {
  let sum = 0
  for (const byte of bytes) sum += byte
  return sum * args.times
}

export function throwNamed(_bytes: Uint8Array, args: { name: string }): never {
  const error = new Error('refused in the worker')
  error.name = args.name
  throw error
}

/** Keeps the worker's thread busy (no awaits) for `ms`, like a large decode does. */
export function spin(bytes: Uint8Array, args: { ms: number }): number {
  const until = performance.now() + args.ms
  let x = bytes.length
  while (performance.now() < until) x = (x * 1103515245 + 12345) % 2147483647
  return x
}

export function exitWorker(): never {
  process.exit(3)
}

/** How many distinct loads of this module the worker has done: 1 if modules are cached per worker. */
let loads = 0
loads++
export function moduleLoads(): number {
  return loads
}

/** Like spin, but checks for cancellation as it goes, as the reader does between model runs. */
export function spinCooperatively(bytes: Uint8Array, args: { ms: number }): number {
  const until = performance.now() + args.ms
  let x = bytes.length
  while (performance.now() < until) {
    throwIfCancelled()
    x = (x * 1103515245 + 12345) % 2147483647
  }
  return x
}
