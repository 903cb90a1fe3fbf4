// What a progressive-scan bomb costs a decoder, and what the header check costs instead
// (`npx tsx bench/server/scan-bomb-cost.run.ts [scans…]`, default 10 200): a flat 12 MP frame whose last scan is
// repeated (testing/images/crafted-jpeg.ts), decoded by jpeg-js with the decoder's own limits and inspected by
// server/image/image-header.ts. Prints a row per count, writes nothing. Times are this machine's, loaded or not.
import jpeg from 'jpeg-js'
import { inspectImage } from '#server/image/image-header.ts'
import { scanBombJpeg } from '#testing/images/crafted-jpeg.ts'

const counts = process.argv.slice(2).map(Number)
console.log('| scans | file | jpeg-js decode | header check |')
console.log('|---|---|---|---|')
for (const scans of counts.length ? counts : [10, 200]) {
  const bomb = await scanBombJpeg(4000, 3000, scans)
  let started = performance.now()
  let checked: string
  try {
    checked = `${inspectImage(bomb).scans} scans, passed`
  } catch (error) {
    checked = (error as Error).message
  }
  const checkMs = performance.now() - started
  started = performance.now()
  jpeg.decode(bomb, {
    useTArray: true,
    tolerantDecoding: false,
    maxResolutionInMP: 40,
    maxMemoryUsageInMB: 512,
  })
  const decodeMs = performance.now() - started
  console.log(
    `| ${scans} | ${(bomb.byteLength / 1024).toFixed(0)} KB | ${decodeMs.toFixed(0)} ms | ` +
      `${checkMs.toFixed(1)} ms: ${checked} |`,
  )
}
