// How a worker pool's task can fail (worker-pool.ts): callers tell the cases apart by class.

/** The queue is full: answer "busy" now instead of waiting behind more work than the pool can do soon. */
export class PoolBusyError extends Error {
  override readonly name: string = 'PoolBusyError'
}
/** This owner already has its share of tasks waiting or running; others may still be served. */
export class OwnerBusyError extends PoolBusyError {
  override readonly name = 'OwnerBusyError'
}
export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError'
}
export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError'
}
/** The caller's signal aborted: `started` says whether the task had begun (its worker was then stopped). */
export class TaskAbortedError extends Error {
  override readonly name = 'TaskAbortedError'
  constructor(
    readonly started: boolean,
    reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : 'the task was aborted', { cause: reason })
  }
}
/** The task threw in the worker; `taskErrorName` is its error's name (e.g. 'DecodeError'). */
export class WorkerTaskError extends Error {
  override readonly name = 'WorkerTaskError'
  constructor(
    readonly taskErrorName: string,
    message: string,
  ) {
    super(message)
  }
}
