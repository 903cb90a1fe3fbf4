// `npm run start:lan`: serves the app over HTTPS on every interface so a phone on the same network can
// open it (browsers only allow the camera on HTTPS or localhost). Makes a self-signed certificate for
// this machine's addresses with openssl on first use, in .certs/ (gitignored).
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'

const dir = '.certs'
const cert = join(dir, 'dev-cert.pem')
const key = join(dir, 'dev-key.pem')
const port = process.env.PORT ?? '8443'

const addresses = Object.values(networkInterfaces())
  .flat()
  .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
  .map((entry) => entry!.address)

if (!existsSync(cert) || !existsSync(key)) {
  mkdirSync(dir, { recursive: true })
  const altNames = [
    'DNS.1 = localhost',
    'IP.1 = 127.0.0.1',
    ...addresses.map((ip, i) => `IP.${i + 2} = ${ip}`),
  ]
  const config = join(dir, 'openssl.cnf')
  writeFileSync(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      'CN = HKID Capture development',
      '[ext]',
      'subjectAltName = @alt',
      'keyUsage = digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
      '[alt]',
      ...altNames,
    ].join('\n'),
  )
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '30',
        '-keyout',
        key,
        '-out',
        cert,
        '-config',
        config,
      ],
      { stdio: 'ignore' },
    )
  } catch {
    console.error('Could not run openssl to make a development certificate. Install openssl and try again.')
    process.exit(1)
  }
}

console.log('On your phone (same network), open one of these and accept the self-signed certificate warning:')
for (const ip of addresses) console.log(`  https://${ip}:${port}/`)

const server = spawn('npx', ['tsx', 'server/node.ts'], {
  stdio: 'inherit',
  env: { ...process.env, HOST: '0.0.0.0', PORT: port, HTTPS_CERT_FILE: cert, HTTPS_KEY_FILE: key },
})
server.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
