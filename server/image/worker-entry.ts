// The body of every pool worker: runs named exports of task modules on the bytes it is sent. Modules are
// imported once per worker and stay loaded, so a task module can keep what is costly to build (a decoder,
// a model session) at module level and have it ready for the next task.
import { parentPort } from 'node:worker_threads'
import { withCancelFlag } from './task-cancel.ts'
import type { TaskRequest, TaskReply } from './worker-pool.ts'

type TaskFunction = (bytes: Uint8Array, args: unknown) => unknown

const modules = new Map<string, Promise<Record<string, unknown>>>()

async function taskFunction(module: string, name: string): Promise<TaskFunction> {
  let loading = modules.get(module)
  if (!loading) modules.set(module, (loading = import(module) as Promise<Record<string, unknown>>))
  const fn = (await loading)[name]
  if (typeof fn !== 'function') throw new TypeError(`worker task ${name} is not a function of its module`)
  return fn as TaskFunction
}

parentPort?.on('message', async ({ id, module, name, bytes, args, cancel }: TaskRequest) => {
  let reply: TaskReply
  try {
    const fn = await taskFunction(module, name)
    reply = { id, ok: true, value: await withCancelFlag(cancel, async () => fn(bytes, args)) }
  } catch (error) {
    // Only the name and message cross back: the caller tells errors apart by name (e.g. DecodeError).
    const { name: errorName, message } = error instanceof Error ? error : new Error(String(error))
    reply = { id, ok: false, errorName, message }
  }
  parentPort?.postMessage(reply)
})
