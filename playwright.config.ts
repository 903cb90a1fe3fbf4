import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { fakeCameraArgs, generated } from '#testing/fixtures/fixture-files.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import {
  E2E_APP_PORT,
  E2E_APP_URL,
  E2E_EMULATOR_PORT,
  E2E_READER_PORT,
  E2E_READER_URL,
} from '#testing/e2e/ports.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'
import {
  makeRecordDirs,
  receiverServer,
  recordDeliveryEnv,
  redisServer,
} from '#testing/e2e/record-delivery-env.ts'
import { E2E_PICS } from '#testing/e2e/pics-env.ts'

makeRecordDirs()

const executablePath = chromiumExecutablePath()
const launch = (extraArgs: string[]) => ({
  ...(executablePath ? { executablePath } : {}),
  args: [...chromiumArgs, ...extraArgs],
})

/** What both apps share: loopback, generous per-IP limits, room for a local reading, a partner origin. */
function appEnv(port: number): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    // A partner origin other than the app's own (127.0.0.1): the hand-off crosses origins.
    RECORD_HOST_ORIGIN: `http://localhost:${E2E_APP_PORT}`,
    // Room for a local reading on a busy 2-core machine (a second or two, several when other work runs);
    // E2E_UPSTREAM_TIMEOUT_MS gives more on a machine shared by heavier work (at most 60000).
    UPSTREAM_TIMEOUT_MS: process.env.E2E_UPSTREAM_TIMEOUT_MS ?? '20000',
    // Every spec comes from one loopback address: the per-IP limit would otherwise throttle the suite.
    RATE_PER_IP_PER_MINUTE: '1000',
  }
}

/** Specs (file names without .spec.ts) that need a camera feed, browser or reader of their own; the last
 *  project runs every spec not named here. */
export const CLAIMED = {
  camera: ['flow', 'capture-camera', 'csp-camera', 'review-next-customer', 'photo-check'],
  poorFeed: ['capture-poor-feed'],
  readerCamera: ['local-reader-camera'],
  readerUpload: ['local-reader', 'cross-check', 'real-card'],
  sceneBank: ['scene-bank', 'capture-stall', 'capture-specimen'],
  cameraDenied: ['camera-denied'],
  noCamera: ['no-camera', 'capture-no-camera'],
} as const satisfies Record<string, readonly string[]>

/** Exactly these files of e2e/ (Playwright matches a RegExp against the absolute path). */
function specFiles(names: readonly string[]): RegExp {
  return new RegExp(`[\\\\/]e2e[\\\\/](${names.join('|')})\\.spec\\.ts$`)
}

export default defineConfig({
  testDir: 'e2e',
  // Per port, so two runs on one machine (the shards, too) do not delete each other's artifacts.
  outputDir: `test-results/${E2E_APP_PORT}`,
  globalSetup: './testing/e2e/global-setup.ts',
  fullyParallel: false,
  // One emulator with one outcome queue serves every test of a run: one at a time. The second core goes to a
  // second run with its own ports and emulator (testing/e2e/run-shards.ts, `npm run test:e2e`).
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: E2E_APP_URL,
    trace: 'retain-on-failure',
    browserName: 'chromium',
  },
  projects: [
    {
      // The sharp card feed: auto-capture fires about a second after the camera starts.
      name: 'camera',
      testMatch: specFiles(CLAIMED.camera),
      use: { launchOptions: launch(fakeCameraArgs()) },
    },
    // Poor camera feeds: each must show its own guidance and never auto-capture.
    ...(
      [
        [
          'blurred',
          generated.cardBlurredMjpeg,
          { guidance: 'blur', text: /Bring the card into focus/, stall: /not sharp enough/ },
        ],
        [
          'glare',
          generated.cardGlareMjpeg,
          { guidance: 'glare', text: /remove the reflection/, stall: /reflection is hiding/ },
        ],
        ['dark', generated.cardDarkMjpeg, { guidance: 'dark', text: /More light/, stall: /too dark/ }],
        ['empty', generated.emptyMjpeg, { guidance: 'noCard', text: /Place the card in the frame/ }],
      ] as const
    ).map(([feed, mjpeg, metadata]) => ({
      name: `camera-${feed}`,
      testMatch: specFiles(CLAIMED.poorFeed),
      metadata,
      use: { launchOptions: launch(fakeCameraArgs(mjpeg)) },
    })),
    {
      // The local reader reading what the camera sees: a card of someone other than the specimen.
      name: 'reader-camera',
      testMatch: specFiles(CLAIMED.readerCamera),
      use: { baseURL: E2E_READER_URL, launchOptions: launch(fakeCameraArgs(readerCard('camera').mjpeg)) },
    },
    {
      // The local reader on uploads (and cross-checking Tencent), with a camera that sees an empty desk.
      name: 'reader-upload',
      testMatch: specFiles(CLAIMED.readerUpload),
      use: { baseURL: E2E_READER_URL, launchOptions: launch(fakeCameraArgs(generated.emptyMjpeg)) },
    },
    {
      // The scene bank: each test launches its own browser with its scene's fake camera.
      name: 'scene-bank',
      testMatch: specFiles(CLAIMED.sceneBank),
    },
    {
      // A camera exists but the permission prompt is answered "Block": a real NotAllowedError.
      name: 'camera-denied',
      testMatch: specFiles(CLAIMED.cameraDenied),
      use: { launchOptions: launch(['--use-fake-device-for-media-stream']) },
    },
    {
      // No camera device at all: a real NotFoundError.
      name: 'no-camera',
      testMatch: specFiles(CLAIMED.noCamera),
      use: { launchOptions: launch([]) },
    },
    {
      // Every other spec, a new one too: a camera that sees an empty desk, so auto-capture never races an upload.
      name: 'upload',
      testMatch: /\.spec\.ts$/,
      testIgnore: specFiles(Object.values(CLAIMED).flat()),
      use: { launchOptions: launch(fakeCameraArgs(generated.emptyMjpeg)) },
    },
  ],
  // The emulator in its own process, the app calling it with the demo keys as it would call Tencent, and an app
  // with no keys reading in its own process (the local reader's specs); the receiver both deliver records to,
  // and the redis-server the first app keeps its state and record queue in. Ready when each answers.
  webServer: [
    receiverServer,
    redisServer,
    {
      command: 'tsx server/emulator/node.ts',
      url: `http://127.0.0.1:${E2E_EMULATOR_PORT}/__emulator/answer`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        EMULATOR_PORT: String(E2E_EMULATOR_PORT),
        EMULATOR_CONTROL: '1',
        // Most specs need the same answer every time: the specimen (each test starts with it).
        EMULATOR_ANSWER: 'specimen',
      },
    },
    {
      command: 'tsx server/node.ts',
      url: `${E2E_APP_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...appEnv(E2E_APP_PORT),
        TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
        TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
        OCR_ENDPOINT: `http://127.0.0.1:${E2E_EMULATOR_PORT}`,
        // Keys need a capture-token secret or this; specs that test capture links start a server of their own.
        ALLOW_ANONYMOUS: '1',
        ...recordDeliveryEnv('sqlite', 'app'),
        ...E2E_PICS,
      },
    },
    {
      command: 'tsx server/node.ts',
      url: `${E2E_READER_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...appEnv(E2E_READER_PORT),
        TENCENTCLOUD_SECRET_ID: '',
        TENCENTCLOUD_SECRET_KEY: '',
        ...recordDeliveryEnv('redis', 'reader'),
      },
    },
  ],
})
