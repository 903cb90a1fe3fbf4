// What a worker pool runs (worker-pool.ts) and what crosses to its workers and back (worker-entry.ts).

/** A named export of a module, run in a worker as `fn(bytes, args)`; its result must be cloneable. */
export interface WorkerTask<Args, Result> {
  readonly module: string
  readonly name: string
  /** Type-level only: ties run()'s arguments and result to the function. */
  readonly __types?: (args: Args) => Result
}

type TaskFn = (bytes: Uint8Array, args: never) => unknown

export function workerTask<Fn extends TaskFn>(
  module: URL | string,
  name: string,
): WorkerTask<Parameters<Fn>[1], Awaited<ReturnType<Fn>>> {
  return { module: String(module), name }
}

export interface TaskRequest {
  id: number
  module: string
  name: string
  bytes: Uint8Array
  args: unknown
  /** Raised by the pool to ask the task to stop (task-cancel.ts) */
  cancel?: SharedArrayBuffer
}
export type TaskReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; errorName: string; message: string }
