// Cooperative cancellation inside a pool worker: the pool raises a shared flag when a task's caller leaves or
// its time runs out, and the task stops at its next check (the reader checks before each model run).
// Terminating a worker in the middle of a native call (ONNX Runtime, sharp) can abort the whole process, so
// stopping is asked for first; the pool terminates only a worker that does not stop within its grace.

let current: Int32Array | null = null

export class TaskCancelledError extends Error {
  override readonly name = 'TaskCancelledError'
}

/** Runs `fn` with `flag` as the current task's flag (worker-entry.ts, one task at a time per worker). */
export async function withCancelFlag<T>(
  flag: SharedArrayBuffer | undefined,
  fn: () => Promise<T>,
): Promise<T> {
  current = flag ? new Int32Array(flag) : null
  try {
    return await fn()
  } finally {
    current = null
  }
}

/** Throws TaskCancelledError when the running task was asked to stop; a no-op outside a pool task. */
export function throwIfCancelled(): void {
  if (current && Atomics.load(current, 0) === 1) throw new TaskCancelledError('the task was cancelled')
}

/** The pool's side: a flag to send with a task, and raising it. */
export function newCancelFlag(): SharedArrayBuffer {
  return new SharedArrayBuffer(4)
}
export function raiseCancelFlag(flag: SharedArrayBuffer): void {
  Atomics.store(new Int32Array(flag), 0, 1)
}
