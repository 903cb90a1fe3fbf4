// TEST ONLY — never for a real business. A P-256 key pair and a Standard Webhooks secret made once with jose
// (generateKeyPair('ECDH-ES', { crv: 'P-256' })) for record delivery tests: the browser seals to the public
// key, the reference receiver opens with the private one and checks signatures with the secret. Anyone can
// read this file, so anything sealed to this key is readable by anyone.
import type { RecordPublicJwk } from '#src/hkid/record-delivery-contract.ts'

export const TEST_RECORD_PUBLIC_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: '9a8OvkHwrps_lgJaLtItKwhJZ_eAy4l_lx_Yc5iNUac',
  y: 'fv73rTnsNL-PKOOpc3uVd1Z7FEgQRwLJj4pxicrF-eQ',
  kid: 'test-record-key-1',
  use: 'enc',
  alg: 'ECDH-ES',
} as const satisfies RecordPublicJwk

export const TEST_RECORD_PRIVATE_JWK = {
  ...TEST_RECORD_PUBLIC_JWK,
  d: 'rLhkRTVM2At7xLInCBwOclOaoAQluExCYJqCRxOh1-k',
} as const

export const TEST_RECORD_WEBHOOK_SECRET = 'whsec_Blo+zRaoYbSP5Jknq4gHwcR+vCP4Q5mC'
