// English strings of the app step. zh-HK mirrors every key.
export const app = {
  title: 'HKID Capture',
  tagline: 'Hong Kong identity card verification',
  demoBanner: 'Demo recognizer: results are a specimen card, not read from your image.',
  steps: { capture: 'Capture', review: 'Review', done: 'Done' },
  nextCustomer: 'Next customer',
  language: 'Language',
} as const
