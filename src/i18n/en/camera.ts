// English strings for a camera that cannot be used: what happened and the way on. They arrive with the
// notice that shows them (capture-step.tsx loads both early in capture). zh-HK mirrors every key.
export const camera = {
  denied: {
    title: 'Camera access is blocked',
    body: 'Allow camera access for this site in your browser settings, then try again — or upload a photo instead.',
  },
  none: {
    title: 'No camera found',
    body: 'This device has no camera we can use. Upload a photo of the card, or continue on a phone.',
  },
  inUse: {
    title: 'The camera is in use',
    body: 'Another app or tab is using the camera. Close it and try again, or upload a photo.',
  },
  insecure: {
    title: 'The camera needs a secure connection',
    body: 'Open this page over HTTPS (or on localhost) to use the camera, or upload a photo.',
  },
  overconstrained: {
    title: 'This camera cannot take the photo',
    body: 'The camera would not start at any size we asked for. Try again, pick another camera, or upload a photo.',
  },
  ended: {
    title: 'The camera stopped',
    body: 'The camera was switched off or unplugged, or another app took it. Try again, or upload a photo.',
  },
  failed: {
    title: 'The camera could not start',
    body: 'Try again, or upload a photo of the card instead.',
  },
  retry: 'Try the camera again',
  // On a phone, "continue on a phone" is no way forward: the photo library and the browser's settings are.
  onPhone: {
    none: 'This browser did not give us your phone’s camera. Choose a photo of your card from your photo library below — or turn on camera access for this browser in your phone’s settings, or open your link again in another browser.',
  },
} as const
