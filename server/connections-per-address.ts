// One client address may hold only so many of the server's connections: without this, one client refilling
// long-polls (or a slowloris) takes all of MAX_CONNECTIONS and the health probe and everyone else wait. A
// trusted proxy (TRUSTED_PROXIES) carries many clients on its connections, so its address is not capped here.
import type { Server } from 'node:net'

export function limitConnectionsPerAddress(
  server: Pick<Server, 'on'>,
  maxPerAddress: number,
  exempt: (address: string) => boolean,
): void {
  const open = new Map<string, number>()
  server.on('connection', (socket) => {
    const address = socket.remoteAddress
    if (!address || exempt(address)) return
    const count = (open.get(address) ?? 0) + 1
    if (count > maxPerAddress) {
      socket.destroy()
      return
    }
    open.set(address, count)
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1
      if (left > 0) open.set(address, left)
      else open.delete(address)
    })
  })
}
