// English strings about the photo once capture is under way: what holds a stalled auto-capture, the
// photo viewer, the "check your photo" step and the checks an upload gets before it is sent. They arrive
// with that code, prefetched early in capture (later-strings.ts). zh-HK mirrors every key.
export const photo = {
  setting: {
    label: 'Check each photo',
    hint: 'Shows each photo before it is sent.',
  },
  connection: {
    slow: 'Still waiting for an answer; the connection may be slow.',
    waiting: 'Waiting for the connection…',
  },
  stall: {
    held: 'Not taken yet: {{reason}}',
    dark: 'It is too dark for a clear picture.',
    noCard: 'The card’s edges cannot be found.',
    far: 'The card is too small in the picture.',
    corners: 'Something is covering a corner of the card.',
    glare: 'A reflection is hiding part of the card.',
    bright: 'The light is so strong that the print is washing out.',
    blur: 'The picture is not sharp enough.',
    moving: 'The camera keeps moving.',
    invite: 'You can take the photo yourself now.',
    inviteChecked: 'You can take the photo yourself now — you will see it before it is sent.',
    takeNow: 'Take the photo now',
  },
  viewer: {
    alt: 'The photo of the identity card',
    enlarge: 'Enlarge the photo of the card',
    enlargeShort: 'Enlarge',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    close: 'Close',
  },
  check: {
    heading: 'Check your photo',
    intro: 'This is the photo that will be sent. Before you use it, make sure that:',
    sharp: 'the writing is sharp enough to read',
    corners: 'all four corners of the card are in the picture',
    glare: 'no reflection or shadow hides any part of the card',
    useThis: 'Use this photo',
    retake: 'Retake photo',
    chooseAnother: 'Choose another photo',
  },
  problems: {
    heading: 'This photo may not be readable',
    noCard: 'No identity card could be found in this photo.',
    blur: 'This photo looks blurry.',
    glare: 'A reflection is hiding part of the card.',
    dark: 'This photo is too dark.',
    bright: 'This photo is so bright that the print is washed out.',
    corners: 'A corner of the card is hidden or cut off.',
    adviceCamera: 'A new photo will read best. You can still use this one.',
    adviceFile: 'Another photo will read best. You can still use this one.',
    useAnyway: 'Use it anyway',
  },
  // Notes while a reading takes its time, set against the server's own deadline (recognizing-panel.tsx).
  waiting: {
    early: 'This usually takes a few seconds.',
    late: 'Still working — this is taking longer than usual. You can wait, or cancel.',
  },
} as const
