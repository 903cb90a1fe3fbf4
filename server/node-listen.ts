// Opens the Node server's port with the limits that keep slow or idle clients from holding it: a deadline
// for the headers, one for the whole request (a stalled upload gets 408), an idle time for kept-alive
// connections, and caps on open connections, in all and per client address. What goes wrong while opening it (port in use, an address
// this machine does not have, unreadable certificate files) becomes a StartupError naming the setting.
import { readFileSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { createSecureContext } from 'node:tls'
import { serve, type ServerType } from '@hono/node-server'
import { limitConnectionsPerAddress } from './connections-per-address.ts'

/** A start-up failure the operator can fix: the setting to change and what is wrong, never its value. */
export class StartupError extends Error {
  override readonly name = 'StartupError'
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message)
  }
}

export interface ConnectionLimits {
  headersTimeoutMs: number
  /** The whole request, body included; the app answers a late body with its own 408 just before this. */
  requestTimeoutMs: number
  /** A kept-alive connection with no request is closed after this long. */
  idleTimeoutMs: number
  maxConnections: number
  /** Connections one client address may hold; `exempt` addresses (trusted proxies) are not counted. */
  perAddress?: { max: number; exempt: (address: string) => boolean }
}

export interface ListenOptions {
  fetch: (request: Request, env: unknown) => Response | Promise<Response>
  port: number
  host: string
  tls?: { cert: Buffer; key: Buffer }
  limits: ConnectionLimits
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no file at that path',
  EACCES: 'the file cannot be read (permission denied)',
  EISDIR: 'that path is a folder, not a file',
}

function readSetting(setting: string, path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new StartupError(setting, READ_PROBLEMS[code] ?? `the file cannot be read (${code})`)
  }
}

/** The certificate and key, checked to be PEM and a pair before the server starts. */
export function readTls(certFile: string, keyFile: string): { cert: Buffer; key: Buffer } {
  const cert = readSetting('HTTPS_CERT_FILE', certFile)
  const key = readSetting('HTTPS_KEY_FILE', keyFile)
  try {
    createSecureContext({ cert, key })
  } catch {
    throw new StartupError(
      'HTTPS_CERT_FILE, HTTPS_KEY_FILE',
      'not a PEM certificate and its matching private key',
    )
  }
  return { cert, key }
}

function listenProblem(error: NodeJS.ErrnoException): StartupError {
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(
        'PORT',
        'that port is already in use on this address; choose another or stop what holds it',
      )
    case 'EACCES':
      return new StartupError('PORT', 'this user may not open that port (ports below 1024 need privileges)')
    case 'EADDRNOTAVAIL':
      return new StartupError('HOST', 'is not an address of this machine')
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError('HOST', 'does not resolve to an address of this machine')
    default:
      return new StartupError('HOST, PORT', `cannot listen there (${error.code ?? 'unknown error'})`)
  }
}

export function listenNode({
  fetch,
  port,
  host,
  tls,
  limits,
}: ListenOptions): Promise<{ server: ServerType; port: number }> {
  const serverOptions = {
    headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    // A second after the app's own deadline, so the app's JSON 408 is what a client normally gets.
    requestTimeout: limits.requestTimeoutMs + 1000,
    keepAliveTimeout: limits.idleTimeoutMs,
    // How often Node looks for connections past those deadlines (its default, 30 s, would let them linger).
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    ...(tls ?? {}),
  }
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch,
        port,
        hostname: host,
        serverOptions,
        ...(tls ? { createServer: createHttpsServer } : {}),
      },
      (info: AddressInfo) => {
        server.off('error', onError)
        resolve({ server, port: info.port })
      },
    )
    const onError = (error: NodeJS.ErrnoException) => reject(listenProblem(error))
    server.once('error', onError)
    server.maxConnections = limits.maxConnections
    if (limits.perAddress) limitConnectionsPerAddress(server, limits.perAddress.max, limits.perAddress.exempt)
  })
}
