// Where each pool worker starts. Node does not pass the process's TypeScript loader (tsx) on to worker
// threads, so the worker registers it itself, then runs the worker proper.
import { register } from 'tsx/esm/api'

register()
await import('./worker-entry.ts')
