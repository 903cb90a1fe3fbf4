// A tiny loopback file server for the built bench pages (dist-bench/) and named input files, on a free port.
// Pages must come from http:// (module workers and createImageBitmap refuse file://).
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
}

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

/** Serves `root` at `/`, and each `files[name]` (an absolute path) at `/inputs/<name>`. */
export async function serveStatic(root: string, files: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const target = path.startsWith('/inputs/')
      ? files[path.slice('/inputs/'.length)]
      : normalize(join(root, path === '/' ? 'index.html' : path))
    const inside = target && (path.startsWith('/inputs/') || target.startsWith(root.replace(/[\\/]?$/, sep)))
    if (!inside || !existsSync(target) || !statSync(target).isFile()) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, {
      'content-type': MIME[extname(target).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    createReadStream(target).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
