// English strings of the capture step. zh-HK mirrors every key.
export const capture = {
  heading: 'Photograph the identity card',
  instructions: 'Place the front of the card inside the frame, on a dark surface, in even light.',
  shutter: 'Take photo',
  startingCamera: 'Starting the camera…',
  uploadInstead: 'Upload a photo instead',
  uploadHeading: 'Upload a photo of the card',
  uploadHint: 'JPEG, PNG or WebP. Drop a file here, or choose one.',
  chooseFile: 'Choose a file',
  useCamera: 'Use the camera',
  referenceLabel: 'Customer reference (optional)',
  referenceHint: 'Your own case or customer number; it is added to the verified record.',
  camera: {
    denied: {
      title: 'Camera access is blocked',
      body: 'Allow camera access for this site in your browser settings, then try again — or upload a photo instead.',
    },
    none: {
      title: 'No camera found',
      body: 'This device has no camera we can use. Upload a photo of the card instead.',
    },
    inUse: {
      title: 'The camera is in use',
      body: 'Another app or tab is using the camera. Close it and try again, or upload a photo.',
    },
    insecure: {
      title: 'The camera needs a secure connection',
      body: 'Open this page over HTTPS (or on localhost) to use the camera, or upload a photo.',
    },
    failed: {
      title: 'The camera could not start',
      body: 'Try again, or upload a photo of the card instead.',
    },
    retry: 'Try the camera again',
  },
  fileNotImage: 'That file is not a photo we can read. Choose a JPEG, PNG or WebP image.',
} as const
