// `import size from '<file>?size'`: the byte length of a file the build also emits with `?url`. The device
// reader's worker knows each asset's decoded size before it downloads it, so its progress and its length check
// hold when the server sends the file compressed (Content-Length is then the compressed size).
import { stat } from 'node:fs/promises'
import type { Plugin } from 'vite'

const PREFIX = '\0asset-size:'
// The virtual module ends in `.js`: one ending in `.txt` would be taken by Vite's own asset handling as text.
const SUFFIX = '.size.js'

export function assetSizeImports(): Plugin {
  return {
    name: 'hkid:asset-size-imports',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('?size')) return null
      const resolved = await this.resolve(source.slice(0, -'?size'.length), importer, { skipSelf: true })
      return resolved ? PREFIX + resolved.id + SUFFIX : null
    },
    async load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null
      return `export default ${(await stat(id.slice(PREFIX.length, -SUFFIX.length))).size}`
    },
  }
}
