// `npm run capture-link`: mints a capture token and prints the link carrying it in its #fragment.
// Usage: npm run capture-link -- [--journey customer|operator] [--minutes 30] [--calls 5]
//        [--url https://kyc.example.com/] [--qr]
// A customer's link (the default) opens the self-service journey; an operator's opens the desk, which may
// also hand a capture to a phone. A customer's record must go somewhere — the business's webhook
// (RECORD_WEBHOOK_URL) or a page that embeds the app (RECORD_HOST_ORIGIN) — so without either no customer
// link is made: the customer would confirm their card and nothing would reach the business.
import { parseArgs } from 'node:util'
import QRCode from 'qrcode'
import {
  MAX_TOKEN_CALLS,
  MAX_TOKEN_LIFETIME_SECONDS,
  mintCaptureToken,
} from '#server/access/capture-token.ts'
import { loadConfig } from '#server/config.ts'

function fail(message: string): never {
  console.error(`capture-link: ${message}`)
  process.exit(1)
}

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    calls: { type: 'string', default: '5' },
    url: { type: 'string' },
    qr: { type: 'boolean', default: false },
    journey: { type: 'string', default: 'customer' },
  },
})

const loaded = loadConfig(process.env)
if (!loaded.ok) fail(`fix these settings first:\n  - ${loaded.problems.join('\n  - ')}`)
const secret = loaded.config.CAPTURE_TOKEN_SECRET
if (!secret) fail('CAPTURE_TOKEN_SECRET is not set: set it to the same value the server uses.')

const minutes = Number(values.minutes)
if (!Number.isInteger(minutes) || minutes < 1 || minutes * 60 > MAX_TOKEN_LIFETIME_SECONDS) {
  fail(`--minutes must be a whole number from 1 to ${MAX_TOKEN_LIFETIME_SECONDS / 60}`)
}
const calls = Number(values.calls)
if (!Number.isInteger(calls) || calls < 1 || calls > MAX_TOKEN_CALLS) {
  fail(`--calls must be a whole number from 1 to ${MAX_TOKEN_CALLS}`)
}
const journey = values.journey
if (journey !== 'customer' && journey !== 'operator') fail('--journey must be customer or operator')
if (journey === 'customer' && !loaded.config.RECORD_WEBHOOK_URL && !loaded.config.RECORD_HOST_ORIGIN) {
  fail(
    "a customer's record would reach no one: set RECORD_WEBHOOK_URL, RECORD_WEBHOOK_SECRET and RECORD_PUBLIC_JWK " +
      '(record delivery by webhook, docs/record-delivery.md; `npm run record-keys` makes the secret and key), ' +
      'or RECORD_HOST_ORIGIN when a page of yours embeds the app — the same settings the server uses. ' +
      'An operator’s link (--journey operator) needs neither: the desk can download the record.',
  )
}
let base: URL
try {
  base = new URL(values.url ?? process.env.PUBLIC_URL ?? `http://127.0.0.1:${loaded.config.PORT}/`)
} catch {
  fail('--url (or PUBLIC_URL) must be an absolute URL such as https://kyc.example.com/')
}

const token = await mintCaptureToken({ secret, lifetimeSeconds: minutes * 60, calls, journey })
base.hash = `token=${token}`
const link = base.toString()
console.log(link)
console.error(
  `${journey === 'operator' ? 'an operator' : 'a customer'}'s link, valid for ${minutes} min, ${calls} recognition${calls === 1 ? '' : 's'}; ` +
    'anyone with the link can use it.',
)
if (values.qr) console.error(await QRCode.toString(link, { type: 'terminal', small: true }))
