// The build writes `_headers` beside the app in dist/: Cloudflare Workers assets serve the static files with the
// headers the Node site gives them (server/http/static-headers.ts). RECORD_HOST_ORIGIN is read at build, as the
// Worker reads it at run time: set it the same for both. Node's site never serves the file.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { staticHeadersFile } from '../server/http/static-headers.ts'

export function staticHeadersPlugin(): Plugin {
  return {
    name: 'hkid:static-headers',
    apply: 'build',
    async writeBundle(options) {
      if (!options.dir) return
      const origin = process.env.RECORD_HOST_ORIGIN?.trim() || null
      // a value the server would refuse (not one bare origin) must not reach a CSP either
      if (origin && URL.parse(origin)?.origin !== origin)
        throw new Error(`RECORD_HOST_ORIGIN must be one origin like https://partner.example, not ${origin}`)
      await writeFile(join(options.dir, '_headers'), await staticHeadersFile(origin))
    },
  }
}
